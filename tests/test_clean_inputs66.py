"""inputs66: crossheads found by the sentence glued after them — a capitalised word that opens a sentence where no
sentence can go on, and a heading before a name that opens its clause in a record holding another heading.

Made-up text of other subjects than the pool's (a harbour, a bakery, a kingdom, a library)."""

from __future__ import annotations

import pytest

from storyline.clean import crossheads, gluedstarts
from storyline.clean.inlineparts import cut_record_furniture

_OPENING = ("The harbour board met on Monday to set the fees for the season. Fishermen said the new fees were too "
            "high for small boats. ")


def _cut(text: str) -> tuple[str, list[str]]:
    out, parts = cut_record_furniture(text)
    return out, [p.text for p in parts]


def _off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The earlier crosshead kinds off, so a test reads this round's rule alone."""
    for switch in ("WORD_OPENS", "CLAUSE_OPENS", "NAME_HEADS", "OPENER_ENDS"):
        monkeypatch.setattr(crossheads, switch, False)


def test_a_heading_before_a_glued_opener_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """"The" after a noun with no stop opens a sentence; the two nouns before it are the page's heading."""
    _off(monkeypatch)
    text = _OPENING + ("Fuel worries The Port Authority said its own costs had risen by a third since the spring. "
                       "The board will meet again in June.")
    out, parts = _cut(text)
    assert "Fuel worries" not in out and "high for small boats. The Port Authority said" in out
    assert parts == ["Fuel worries"]
    monkeypatch.setattr(gluedstarts, "ENABLED", False)
    assert _cut(text)[0] == text


def test_a_heading_before_an_ordinary_word_written_capitalised_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch)
    text = _OPENING + ("Damage to the old pier Several crews began work on the slipway on Tuesday and expect to finish "
                       "by May. The board will meet again in June.")
    out, parts = _cut(text)
    assert parts == ["Damage to the old pier"] and "boats. Several crews began work on the slipway" in out
    monkeypatch.setattr(gluedstarts, "ENABLED", False)
    assert _cut(text)[0] == text


def test_a_subject_and_its_verb_before_a_name_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words with a finite verb before a capitalised word are a sentence's start, not a heading; a name inside a
    sentence ("the entire Harbour Council") is no glued start."""
    _off(monkeypatch)
    text = _OPENING + ("Analysts expect The Harbour Trust will raise its own fees again before the summer. "
                       "In addition to the entire Harbour Council, two traders opposed the plan on Monday.")
    assert _cut(text)[0] == text


def test_a_word_repeated_as_the_name_that_takes_the_verb_is_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch)
    text = ("The kingdom's bakers went on strike on Monday over the price of flour. They want the tax cut. "
            "Ruritania Ruritania is a small kingdom whose bread is made from imported wheat. The strike goes on.")
    out, parts = _cut(text)
    assert parts == ["Ruritania"] and "cut. Ruritania is a small kingdom" in out
    monkeypatch.setattr(gluedstarts, "NAME_STARTS", False)
    assert _cut(text)[0] == text


def test_a_heading_before_a_name_is_cut_in_a_record_with_another_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch)
    text = ("The kingdom's bakers went on strike on Monday over the price of flour. They want the tax cut. "
            "Ruritania Ruritania is a small kingdom whose bread is made from imported wheat. "
            "Rising prices Monday's walkout was the first in the trade for twenty years, the union said. "
            "The strike goes on.")
    out, parts = _cut(text)
    assert sorted(parts) == ["Rising prices", "Ruritania"] and "wheat. Monday's walkout was" in out
    monkeypatch.setattr(gluedstarts, "NAME_STARTS", False)
    assert _cut(text)[0] == text


def test_a_noun_before_a_name_alone_stays_and_a_phrase_of_time_or_a_preposition_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Alone, a noun before a name reads as apposition ("The charity Oxfam said"); a preposition's phrase, an owned
    noun and a person's name after a role are a sentence's own words."""
    _off(monkeypatch)
    text = ("The library reopened on Monday after a long closure. Readers queued from dawn. "
            "The charity Bookaid said it would send more books to the town this year. "
            "At the time Town Hall said the building was safe to use again. "
            "Her new novel Lanterns sold out in the shop within an hour of opening. "
            "Chief librarian Jane Roe said the queue was the longest she had seen.")
    assert _cut(text)[0] == text
