"""inputs67: spaces a record's text lost, told by word statistics — a function word run into a word, a hyphen
between a function word and a number or a name.

Made-up text of other subjects than the pool's (a rowing club, a cheese fair, a lighthouse, a library)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, lostspaces
from storyline.clean.lostspaces import mend_spaces
from storyline.model import RawDocument


def test_a_function_word_run_into_a_word_is_split() -> None:
    text = "The rowing club said the boathouse, whichflooded in the spring, will reopen by announcingit on Monday."
    out, repairs = mend_spaces(text)
    assert out == ("The rowing club said the boathouse, which flooded in the spring, will reopen by announcing it on "
                   "Monday.")
    assert repairs == [("whichflooded", "which flooded"), ("announcingit", "announcing it")]


def test_words_misspelt_foreign_compound_or_split_two_ways_stay() -> None:
    text = ("The cheese fair's attourney spoke sofern the stalls stay curtainless and monthslong, as the judges "
            "outcompete each other; the adscan and the video upsample went on.")
    assert mend_spaces(text) == (text, [])


def test_a_hyphen_between_a_function_word_and_a_number_is_a_space() -> None:
    text = ("The lighthouse drew a crowd of-300 visitors at 9pm-yesterday, among them a-12-year-old girl, and "
            "raised £40k-for the keepers.")
    out, repairs = mend_spaces(text)
    assert out == ("The lighthouse drew a crowd of 300 visitors at 9pm yesterday, among them a 12-year-old girl, and "
                   "raised £40k for the keepers.")
    assert len(repairs) == 4


def test_a_hyphen_between_a_function_word_and_a_name_is_a_space() -> None:
    text = ("The library in Hartlepool-with the oldest maps lent them to Whitby and-Scarborough, and the RNLI-and "
            "the council met the readers in Filey-during the summer.")
    out, _ = mend_spaces(text)
    assert out == ("The library in Hartlepool with the oldest maps lent them to Whitby and Scarborough, and the RNLI "
                   "and the council met the readers in Filey during the summer.")


@pytest.mark.parametrize("text", [
    "The well-known rower, a two-year-old club and the under-21 crew raced from Stoke-on-Trent to Mar-a-Lago.",
    "Set-up and handling of the boats took an hour.",
    "Pop-up stalls opened. Fifty-one percent of the crews were all-American, the odds 5,000-to-1 and 2-1.",
    "The club's Line-up Almost Doubled; Facebook-f Linkedin-in Twitter.",
    "The mayor Moon Jae-in rowed on the I-10 river and the an-Nasr lake, one-3,000th of the way.",
    "The crews met at the boathouse, 614 Gyeongsangbuk-do, Korea.",
    "The club thanked the now-Mayor Jane Rowe and the now-defunct ferry company.",
])
def test_compounds_names_titles_and_scores_stay(text: str) -> None:
    assert mend_spaces(text) == (text, [])


def test_a_token_in_an_address_or_a_handle_stays() -> None:
    text = "See https://rowing.example/whichflooded and @announcingit for more on the regatta this weekend."
    assert mend_spaces(text) == (text, [])


def test_the_repairs_are_logged_in_the_records_cleaning_reasons() -> None:
    text = ("The rowing club's boathouse, whichflooded in March, reopens on Saturday with a regatta of-40 crews "
            "from across the county. The club's captain said the river was calm again and the crews were ready.")
    doc = clean_document(RawDocument(id="a.json", text=text, title="Boathouse reopens", source="json"))
    assert "which flooded" in doc.text and "of 40 crews" in doc.text
    logged = [(r.reason, r.text) for r in doc.removed if r.reason == "lost space restored"]
    assert logged == [("lost space restored", "whichflooded -> which flooded"),
                      ("lost space restored", "of-40 -> of 40")]


def test_switch_off_leaves_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lostspaces, "ENABLED", False)
    assert mend_spaces("a crowd of-300 visitors, whichflooded") == ("a crowd of-300 visitors, whichflooded", [])


# -- a crosshead before a capitalised word (gluedstarts.CAPITAL_AFTER) ---------------------------------------------

_REGATTA = ("The rowing club held its regatta on the river in front of more than two thousand people who came to "
            "watch. ")


def test_a_crosshead_glued_before_a_role_and_a_name_is_cut() -> None:
    from storyline.clean import gluedstarts

    text = (_REGATTA + "Most crews finished the course before the rain came Moving beyond the river Former Olympic "
            "rower Jane Roe said the regatta would move to the lake next year.")
    assert [text[a:b] for a, b in gluedstarts.glued_heads(text)] == ["Moving beyond the river"]


@pytest.mark.parametrize("text", [
    _REGATTA + "The resignation of authoritarian Bolivian President Evo Morales in May changed the whole country.",
    _REGATTA + "Meanwhile, the Interior Ministry in the southern Bolivian region of Oruro offered on Monday to help.",
])
def test_a_name_inside_a_sentence_is_no_glued_start(text: str) -> None:
    from storyline.clean import gluedstarts

    assert gluedstarts.glued_heads(text) == []


def test_capital_after_switch_off_keeps_the_crosshead(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.clean import gluedstarts

    monkeypatch.setattr(gluedstarts, "CAPITAL_AFTER", False)
    text = (_REGATTA + "Most crews finished the course before the rain came Moving beyond the river Former Olympic "
            "rower Jane Roe said the regatta would move to the lake next year.")
    assert gluedstarts.glued_heads(text) == []
