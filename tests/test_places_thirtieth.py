"""The thirtieth read's misplaced places (bench/BRIEF_REVIEW.md, "Thirtieth read"; branch ents34), on made-up text.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places
from storyline.places.other_names import names_a_venue


def _rows(*texts: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.kind, p.country) for p in locate_places(story(*texts)).places}


def test_a_province_the_story_names_picks_among_namesakes_in_a_list() -> None:
    got = _rows("The singer will visit 12 cities including Dallas, Toronto, Boston and Miami next summer.\n"
                "Dates:\nMay 2 -- Orbis Hall, Boston, MA\nMay 9 -- Quarrow Stage, Toronto, ON\n"
                "May 12 -- Tarn Arena, Miami, FL")
    assert got.get("Toronto") == ("city", "CA"), got
    assert got.get("Dallas") == ("city", "US"), got


def test_a_title_in_a_list_of_quoted_titles_is_no_place() -> None:
    got = _rows("Fans in Raleigh, North Carolina, heard the hits “Long Road Home,” “China Spring,” “Dancing Alone” "
                "and others.")
    assert "China" not in got and "China Spring" not in got, got
    assert "Raleigh" in got, got
    got = _rows("The song “China Spring” topped the charts in China and Japan.")
    assert "China" in got, got  # a title alone, and the country named outside it


def test_a_place_word_inside_a_venues_name_is_no_place() -> None:
    text = "The tour ends at the Malibu Casino Amphitheatre - Tulsa, Broken Arrow, Oklahoma, in a Dallas arena too."
    at = text.index("Malibu")
    assert names_a_venue(text, at, at + len("Malibu")), text
    at = text.index("Dallas")
    assert not names_a_venue(text, at, at + len("Dallas")), text  # a venue's noun in lower case: the town's
    got = _rows(text)
    assert "Malibu" not in got and "Broken Arrow" in got, got
