"""The thirty-fifth read's misplaced place ("Georgia" the country for the US state of "Georgia Sea Grant": bench/
BRIEF_REVIEW.md, "ents38"), on made-up text: a country's name that is also a first-level division of the one other
country the story's places are in is the division. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, str]:
    return {p.name: p.kind for p in locate_places(story(*texts)).places}


def test_a_country_name_in_a_story_of_another_countrys_places_is_its_division() -> None:
    got = _rows("Crews from Tampa, Florida, mapped the slick on Monday, and Ana Ruiz, who leads a fisheries lab in "
                "Georgia, said officials in Washington had seen the data.")
    assert got.get("Georgia") == "region" and got.get("Tampa") == "city", got


def test_a_country_name_beside_a_third_country_stays_the_country() -> None:
    got = _rows("Officials in Washington and Moscow traded warnings on Monday as talks on Georgia stalled, "
                "Ana Ruiz said in Tampa, Florida.")
    assert got.get("Georgia") == "country", got
