"""inputs57: hyphens a page wrote for spaces, mended in a JSON record's text (clean/hyphens.py, ``ENABLED``).

Some records reach us with hyphens where spaces belong ("lawmakers are-currently debating", "the coach-said it-was-one
of", "final.-The club"). Only hyphens no English compound puts are mended: beside a closed-class word of
``lexicon/spaced_hyphen_words.txt``, or right after a clause's mark. Made-up records of a football club and a ferry
strike; each positive test fails with the rule switched off.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline import read_documents
from storyline.clean import hyphens, inlineparts
from storyline.clean.hyphens import mend_hyphens
from storyline.clean.inlineparts import cut_inline_furniture
from storyline.clean.lines import Line


def test_a_hyphen_beside_a_closed_class_word_is_a_space() -> None:
    text = ("Supporters are-currently queueing for tickets, and the coach-said it-was-one of the best nights in the "
            "club's history. The keeper, who-was injured, watched from a-seat in the stand.")
    assert mend_hyphens(text) == (
        "Supporters are currently queueing for tickets, and the coach said it was one of the best nights in the "
        "club's history. The keeper, who was injured, watched from a seat in the stand.")


def test_a_hyphen_after_a_clause_mark_is_a_space() -> None:
    text = 'The ferry stayed in port,-the union said. It was the third strike this year.-The owners replied:-"No."'
    assert mend_hyphens(text) == 'The ferry stayed in port, the union said. It was the third strike this year. The ' \
        'owners replied: "No."'


@pytest.mark.parametrize("text", [
    "a would-be buyer", "a so-called friendly", "a state-of-the-art stadium", "the man-of-the-match award",
    "his mother-in-law", "a for-profit club", "a has-been striker", "the U.S.-based owner", "a smile :-) here",
    "see www.club.example/the-match-of-the-season now", "the Mawlid an-Nabi holiday", "a hit-and-run crash",
    "Turkish-backed rebels", "a state-run broadcaster",
])
def test_compounds_and_addresses_stay(text: str) -> None:
    assert mend_hyphens(text) == text


def test_the_length_is_kept() -> None:
    text = "The fans were-singing,-and the club-said its-statement was final.-Then it rained."
    assert len(mend_hyphens(text)) == len(text)


def _record(tmp_path: Path) -> Path:
    folder = tmp_path / "ferry"
    folder.mkdir()
    text = ("Ferry crews on the northern islands walked out on Monday in a dispute over pay, and the union-said "
            "the strike would last a week. Passengers were-told to expect no sailings before Friday. The operator "
            "said it had offered a rise of four percent,-which the crews turned down. Shops on the islands reported "
            "that fresh milk and bread were running short. The transport minister will meet both sides on Tuesday.")
    (folder / "islands.json").write_text(json.dumps({"id": "f-1", "title": "Ferry crews strike", "text": text,
                                                     "published": "2021-05-03", "source": "islandnews.example"}))
    return folder


def test_a_records_text_is_mended(tmp_path: Path) -> None:
    docs, _ = read_documents([str(_record(tmp_path))])
    assert "the union said the strike" in docs[0].text and "Passengers were told" in docs[0].text
    assert "four percent, which" in docs[0].text


def test_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "ENABLED", False)
    assert mend_hyphens("they were-told") == "they were-told"
    docs, _ = read_documents([str(_record(tmp_path))])
    assert "the union-said" in docs[0].text


# The sign-off (inputs57, ``inlineparts.SIGNOFFS``): an editor's initials and the wires in brackets end the report;
# glued to its last sentence they were shown in the brief. Made-up records of a harbour's new crane.
_CRANE = ("The port of Selvik unveiled its largest crane on Thursday, a machine able to lift 80 tonnes. The harbour "
          "master said ships would be unloaded in half the time. Dock workers watched the first lift from the quay. "
          "The crane was built over two years in a yard on the east coast. It cost the city about 30 million euros.")


def _crane(tmp_path: Path, ending: str) -> Path:
    folder = tmp_path / "crane"
    folder.mkdir()
    (folder / "port.json").write_text(json.dumps({"id": "c-1", "title": "Selvik's new crane", "text": _CRANE + ending,
                                                  "published": "2021-06-10", "source": "harbourtimes.example"}))
    return folder


def test_a_sign_off_is_cut_and_its_wire_still_credited(tmp_path: Path) -> None:
    docs, _ = read_documents([str(_crane(tmp_path, " dm/jm (AFP, dpa)"))])
    assert docs[0].text.endswith("about 30 million euros."), docs[0].text
    assert docs[0].outlet == "harbourtimes.example (with AFP)"


def test_an_editors_initials_alone_sign_off_too(tmp_path: Path) -> None:
    docs, _ = read_documents([str(_crane(tmp_path, " aw/ (AFP) Send Facebook Twitter Google+ Whatsapp"))])
    assert docs[0].text.endswith("about 30 million euros."), docs[0].text
    assert docs[0].outlet == "harbourtimes.example (with AFP)"


def test_the_sign_off_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlineparts, "SIGNOFFS", False)
    docs, _ = read_documents([str(_crane(tmp_path, " dm/jm (AFP, dpa)"))])
    assert docs[0].text.endswith("euros. dm/jm (AFP, dpa)") and docs[0].outlet == "harbourtimes.example (with AFP)"


def test_a_quoted_crosshead_right_after_a_share_bar_is_cut() -> None:
    """inputs57 (``crossheads.HEADS_AFTER_BARS``): made-up record of a town's library."""
    text = ("The town library reopened on Saturday after a year of repairs. Readers queued from early morning. The "
            "roof had leaked for a decade. Send Facebook Twitter Google+ Whatsapp Tumblr Permalink http://example.test/"
            "p/7Hq 'A new chapter' Speaking at the door, the mayor thanked the builders. It holds 40,000 books.")
    line = Line(text)
    cut_inline_furniture(line)
    assert "A new chapter" not in line.text and "Speaking at the door, the mayor" in line.text, line.text


def test_a_crosshead_ends_before_an_opener_with_a_capitalised_word_after_it() -> None:
    """inputs57 (``crossheads.OPENER_ENDS``): the run ends before "Ahead" though "Easter" comes later; made-up
    record of a town's bridge."""
    text = ("The river bridge in Tolmar will shut for a month, the council said on Monday. Traffic will go through the "
            "town centre. Buses will run every ten minutes. Bridge to close for repairs Ahead of the Easter holiday, "
            "drivers were told to plan longer trips. The works will cost 2 million euros.")
    line = Line(text)
    cut_inline_furniture(line)
    assert "Bridge to close for repairs" not in line.text, line.text
    assert "Ahead of the Easter holiday, drivers were told" in line.text


def test_a_hyphen_glued_to_one_side_of_a_space_is_dropped() -> None:
    """inputs57 (``hyphens.GLUED``): made-up sentences of a football club."""
    assert mend_hyphens("a letter to Chairman- Ann Holt about the- stadium and the -future of the club") == \
        "a letter to Chairman Ann Holt about the stadium and the future of the club"


@pytest.mark.parametrize("text", ["pre- and post-match interviews", "the club's opera- tions", "a fall of -5 goals"])
def test_suspended_compounds_and_broken_words_keep_their_hyphen(text: str) -> None:
    assert mend_hyphens(text) == text


def test_the_glued_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "GLUED", False)
    assert mend_hyphens("to Chairman- Ann Holt") == "to Chairman- Ann Holt"
