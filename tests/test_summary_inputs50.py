"""A story of one outlet's article and its shorter page repeating the article's first lines (an original and its
copy, ``sources``): the repeated sentences are the article's candidates and its lede leads as one report's does
(bench/BRIEF_REVIEW.md, "inputs50"). Made-up reports of another subject."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from storyline.analyse import analyse
from storyline.model import Document
from storyline.sources import mark_copies

cand_mod = importlib.import_module("storyline.summary.candidates")  # the package exports a function of that name
single_report = importlib.import_module("storyline.summary.single_report")
DAY = dt.date(2024, 5, 2)
LEDE = "A port in the north of Varnia has opened the country's first dock run entirely on tidal power."
SECOND = "The Kell Harbour board hopes the dock will cut its energy bill by half within three years."
FULL = (f"{LEDE}\n{SECOND}\n"
        "The dock's six turbines sit under the harbour wall and turn with each tide.\n"
        "Engineers spent two years testing the turbines in a flooded quarry near Kell.\n"
        "Tests on 40 tides showed the turbines gave enough power for the cranes at low tide.\n"
        "Other ports in Varnia are watching the trial closely, the board said.\n"
        "The turbines were built by a firm in the south of the country.\n")
EXCERPT = f"{LEDE}\n{SECOND}\nAnn Lee reports.\n"


def _analyses() -> list:  # type: ignore[type-arg]
    return analyse(mark_copies([Document(id="video", text=EXCERPT, outlet="Port Radio", published=DAY),
                                Document(id="article", text=FULL, outlet="Port Radio", published=DAY)]))


def test_a_sentence_a_copy_repeats_is_its_originals_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = _analyses()
    assert [a.doc.copy_of for a in analyses] == ["article", None]
    lede = [s for s in cand_mod.candidates(analyses) if s.text == LEDE]
    assert [s.doc for s in lede] == ["article"]
    monkeypatch.setattr(cand_mod, "ORIGINALS_FIRST", False)
    assert [s.doc for s in cand_mod.candidates(analyses) if s.text == LEDE] == ["video"]


def test_an_original_and_its_copies_alone_are_one_reports_story(monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = _analyses()
    sents = cand_mod.candidates(analyses)
    i = single_report.lede_index(analyses, sents)
    assert i is not None and sents[i].text == LEDE
    monkeypatch.setattr(single_report, "ONE_SOURCE", False)
    assert single_report.lede_index(analyses, sents) is None


def test_an_update_that_adds_its_own_news_keeps_the_story_of_two_reports() -> None:
    update = (f"{LEDE}\nThe harbour's fishermen said on Tuesday the turbines had driven the cod from the wall.\n"
              "The board will meet the fishermen's union next week to hear their complaint.\n"
              "A union leader said boats had landed a third less cod since the dock opened.\n"
              "Ministers in the capital have asked for a report on the dock by the end of the month.\n")
    analyses = analyse([Document(id="a", text=FULL, outlet="Port Radio", published=DAY),
                        Document(id="b", text=update, outlet="Port Radio", published=DAY, copy_of="a")])  # an update
    assert single_report.lede_index(analyses, cand_mod.candidates(analyses)) is None
    excerpt = analyse([Document(id="a", text=FULL, outlet="Port Radio", published=DAY),
                       Document(id="b", text=EXCERPT, outlet="Port Radio", published=DAY, copy_of="a")])
    assert single_report.lede_index(excerpt, cand_mod.candidates(excerpt)) is not None
