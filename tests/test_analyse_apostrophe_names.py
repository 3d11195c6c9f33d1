"""Sentence splitting: a capitalised word closed by an apostrophe before another ("Governor Anyang’ Nyong’o") is no
sentence end, and the name is one mention (issue 12, "Names and places"; fixtures made up for these tests)."""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.model import Document

_TEXT = ("Kisumu Governor Anyang{m} Nyong{m}o has cautioned unscrupulous brokers who irregularly acquired stalls at "
         "the new market. Prof Nyong’o spoke on Friday.")


def test_a_name_part_ending_in_an_apostrophe_keeps_its_sentence_whole() -> None:
    for mark in ("’", "'"):
        result = analyse([Document(id="d", text=_TEXT.format(m=mark))])[0]
        assert [s.text for s in result.sentences] == [
            f"Kisumu Governor Anyang{mark} Nyong{mark}o has cautioned unscrupulous brokers who irregularly acquired "
            "stalls at the new market.",
            "Prof Nyong’o spoke on Friday.",
        ]


def test_the_name_with_an_apostrophe_is_one_mention() -> None:
    result = analyse([Document(id="d", text=_TEXT.format(m="’"))])[0]
    names = [m.text for m in result.mentions]
    assert "Anyang’ Nyong’o" in names
    assert "Anyang’" not in names and "Nyong’o" not in names


def test_a_plural_possessive_and_real_ends_still_split() -> None:
    text = "The Smiths’ house burned on Monday. Firefighters said the cause was a heater. Mr Ng’ang’a said so."
    assert len(analyse([Document(id="d", text=text)])[0].sentences) == 3


def test_a_closing_quote_after_a_capitalised_word_joins_nothing() -> None:
    from storyline.analyse import _apostrophe_name_joins

    assert _apostrophe_name_joins("Senator Blasts Rivals As 'Fringe' Candidates With Plans") == []
    assert _apostrophe_name_joins("The ‘Monday Night Football’ Opener was pulled") == []
    assert _apostrophe_name_joins("Kisumu Governor Anyang’ Nyong’o spoke") == [24]
