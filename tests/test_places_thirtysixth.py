"""The thirty-first read's misplaced place left open by ents35 ("Cisco" placed in Texas: bench/BRIEF_REVIEW.md,
"ents36"), on made-up text: a small town's name listed with a name the model tags an organisation is the company's.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, tuple[str, int]]:
    return {p.name: (p.kind, p.mentions) for p in locate_places(story(*texts)).places}


def test_a_small_towns_name_listed_after_a_company_is_no_town() -> None:
    got = _rows("The deal would not sit well with Motorola and Cisco, which sell most boxes, the carrier said in "
                "New York.")
    assert "Cisco" not in got and "New York" in got, got


def test_a_small_towns_name_listed_before_a_company_is_no_town() -> None:
    got = _rows("The carrier said in New York that Cisco and Motorola had been asked to bid for the contract.")
    assert "Cisco" not in got and "New York" in got, got
