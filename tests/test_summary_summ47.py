"""summ47: what a freed slot let into the summary that is no item of the account: a credit line (who reported or
edited the report) left inside a record's one-paragraph text; two reports' ledes that read alike
(``retold.LEDES_ALIKE``) telling the story's news twice; a sentence that needs the one before it: "since then", "The
two …", "Both men …" (``counted``); a filler whose pronoun stands for no one it names (``fillers``). Fixtures are made
up (a cycling race, a library's reopening, a tram line); none comes from the bench or the pools."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

import storyline.summary as summary_package
from conftest import story
from storyline.newswriting import credit_line
from storyline.summary import rank
from storyline.summary.counted import counted_items
from storyline.summary.fillers import leaning_filler
from storyline.summary.retold import retold
from storyline.summary.standalone import then_back, why_not_alone

_DAY = dt.date(2021, 6, 12)


@pytest.mark.parametrize("text", [
    "Reporting by Tomas Elling in Ghent; Editing by Maria Soto.",
    "Additional reporting by Pia Lund in Bruges.",
    "(Writing by Ken Adair; editing by Jo Mertens.)",
    "Radio Ghent's Lotte Pauwels contributed to this report.",
    "Pia Lund contributed reporting.",
])
def test_a_credit_line_is_no_statement_of_the_story(text: str) -> None:
    assert credit_line(text)


@pytest.mark.parametrize("text", [
    "Reporting by local volunteers helped the race organisers find the missing rider.",
    "The rider said her team contributed to this report of doping by the federation's own doctors, which named "
    "six riders, four coaches and two team doctors from three countries over the last two seasons of racing in "
    "the north of the country.",
    "The library's editor, Ann Pike, said the new wing would open on Monday.",
])
def test_a_sentence_of_the_story_is_no_credit_line(text: str) -> None:
    assert not credit_line(text)


def test_a_credit_line_in_a_records_paragraph_is_no_summary_sentence() -> None:
    a = story("The Ghent library reopened its east wing on Friday after two years of repairs. "
              "Radio Ghent's Lotte Pauwels contributed to this report.", published=_DAY)
    credit = next(s for s in a[0].sentences if "contributed" in s.text)
    assert why_not_alone(a[0], credit) is not None


retold_module = importlib.import_module("storyline.summary.retold")  # the package's name is the function

_TRAM = ("The Ghent city council has approved the new tram line, clearing the way for work to start on the Dampoort "
         "bridge in May.",
         "Ghent's tram plan won final backing from councillors, giving the city the go-ahead to rebuild the Dampoort "
         "crossing.")


def test_two_reports_ledes_that_read_alike_tell_the_news_once() -> None:
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {1: 0}


def test_without_the_ledes_bar_they_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retold_module, "LEDES_ALIKE", 1.01)
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {}


def test_two_sentences_that_are_no_ledes_at_that_bar_stay_two() -> None:
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,)) == {}


@pytest.mark.parametrize("text", [
    "Volunteers have been drying books in the library's car park since then.",
    "By then, the river had reached the reading room.",
    "The east wing stayed shut until then, the board said.",
])
def test_a_time_counted_from_the_sentence_before_points_back(text: str) -> None:
    assert then_back(text) is not None


@pytest.mark.parametrize("text", [
    "Volunteers have been drying books in the car park since the flood in March.",
    '"We have not slept since then," a librarian said.',
    "The board then voted to reopen the wing.",
])
def test_a_time_named_or_quoted_does_not_point_back(text: str) -> None:
    assert then_back(text) is None


def _reasons(*texts: str) -> dict[str, str | None]:
    a = story(" ".join(texts), published=_DAY)
    return {s.text: why_not_alone(a[0], s) for s in a[0].sentences}


def test_since_then_does_not_stand_alone() -> None:
    why = _reasons("Two riders crashed near the finish in Ghent on Friday.",
                   "Volunteers have been clearing the road since then.")
    assert why["Two riders crashed near the finish in Ghent on Friday."] is None
    assert why["Volunteers have been clearing the road since then."] is not None


_CRASH = ("Two riders crashed near the finish in Ghent on Friday.", "The two were taken to hospital.",
          "The two riders were treated for cuts.", "Both riders will miss the next stage.",
          "The two riders who crashed on Friday were treated for cuts in Ghent.",
          "Both Ghent and Bruges sent riders to the race.")


def test_an_item_that_counts_what_the_sentence_before_named_is_not_shown_alone() -> None:
    a = story(" ".join(_CRASH), published=_DAY)
    sents = a[0].sentences
    assert [t.text for s in sents[1:4] for t in counted_items([s], a)] == list(_CRASH[1:4])
    assert counted_items(sents[:2], a) == []  # the sentence before it is an item: it names the two
    assert counted_items(sents[:1], a) == []  # a lede is left alone
    assert counted_items([sents[0], sents[2]], a) == []  # another item names the riders it counts


def test_a_count_that_says_which_stands() -> None:
    a = story(*_CRASH[4:], published=_DAY)
    assert counted_items([a[0].sentences[0], a[1].sentences[0]], a) == []


_RACE = ("Marta Claes won the Ghent stage race on Friday after a late attack on the cobbles.",
         "Rider Tom Peeters crashed on the last bend of the Ghent race on Friday. Officials said he had been riding "
         "without a helmet.")


def test_a_filler_whose_pronoun_stands_for_no_one_leans_on_what_is_not_shown() -> None:
    a = story(*_RACE, published=_DAY)
    crash, helmet = a[1].sentences[0], a[1].sentences[1]
    assert leaning_filler(a[1], helmet, [a[0].sentences[0]]) is not None
    assert leaning_filler(a[1], helmet, [a[0].sentences[0], crash]) is None  # the sentence before it is an item
    assert leaning_filler(a[1], crash, [a[0].sentences[0]]) is None  # it names whom it is about


def test_a_refill_leaves_out_a_filler_that_leans_on_a_pronoun(monkeypatch: pytest.MonkeyPatch) -> None:
    a = story(*_RACE, published=_DAY)
    crash = a[1].sentences[0]
    ranked = rank(a, words=200)
    chosen, _ = summary_package._refill(ranked, 200, a, [crash], {})
    assert not any("helmet" in s.text for s in chosen)
    monkeypatch.setattr(summary_package, "leaning_filler", lambda *_: None)
    chosen, _ = summary_package._refill(ranked, 200, a, [crash], {})
    assert any("helmet" in s.text for s in chosen)
