"""The thirty-fourth read's territory typed a body ("West Bank (org)": bench/BRIEF_REVIEW.md, "ents39"), on made-up
text: a name the gazetteer holds whole as a region, not a town, is a place though its last word ends bodies' names
("Bank"); a bank's name written so stays no place. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, str]:
    return {p.name: p.kind for p in locate_places(story(*texts)).places}


def test_a_region_whose_name_ends_in_a_bodys_word_is_placed() -> None:
    got = _rows("Checkpoints across the West Bank closed on Monday, Ana Ruiz of Tarnwell Labs said in Ramallah.")
    assert got.get("West Bank") == "region", got


def test_a_banks_name_after_a_town_stays_no_place() -> None:
    got = _rows("Velbrook Bank and Tarnwell Bank raised rates on Monday, Ana Ruiz said in Ramallah.")
    assert "Velbrook Bank" not in got and "Tarnwell Bank" not in got, got
