"""The twenty-second read's misplaced places (bench/BRIEF_REVIEW.md, "Twenty-second read"; branch places20), on
made-up text: a name both a state's and a city's written as the state's (before a person noun, after a court's
district) and a club named by its town before a sports role. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, tuple[str, int]]:
    return {p.name: (p.kind, p.mentions) for p in locate_places(story(*texts)).places}


# --- a state's name before a person noun, or after a court's district ----------------------------------------------


def test_a_state_before_a_person_noun_is_the_state() -> None:
    got = _rows("A Washington woman was arrested on Monday at her home near Spokane, police said.")
    assert got.get("Washington") == ("region", 1), got


def test_a_province_before_a_person_noun_is_the_province() -> None:
    got = _rows("A 34-year-old Quebec man was fined in Montreal on Monday.")
    assert got.get("Quebec") == ("region", 1) and "Montreal" in got, got


def test_a_court_district_names_the_state() -> None:
    got = _rows("Jane Roe, the U.S. Attorney for the Western District of New York, said the case was closed.")
    assert got.get("New York") == ("region", 1), got


def test_a_court_district_names_the_state_even_where_the_story_writes_the_city() -> None:
    got = _rows("The Northern District of New York charged the man on Monday.\n"
                "He had flown to New York City a week before.")
    assert got.get("New York") == ("region", 1), got


def test_the_city_written_elsewhere_keeps_the_person_noun_on_the_city() -> None:
    got = _rows("A New York man was hurt on Monday, officials in New York City said.")
    assert got.get("New York City", ("", 0))[0] == "city" and "New York" not in got, got


def test_only_the_mention_so_written_moves() -> None:
    got = locate_places(story("A Washington man was fined on Monday.\nOfficials in Washington said the law was "
                              "clear.")).places
    kinds = sorted(p.kind for p in got if p.name == "Washington")
    assert kinds == ["city", "region"], [(p.name, p.kind, p.mentions) for p in got]


def test_a_city_state_keeps_its_city() -> None:
    got = _rows("A Berlin man was arrested in Potsdam on Monday.")
    assert got.get("Berlin") == ("city", 1), got


# --- a club named by its town before a sports role -----------------------------------------------------------------


def test_a_town_before_a_sports_role_is_the_club_in_any_report() -> None:
    got = _rows("A charity co-founded by Barcelona soccer player Juan Doe opened a school in Madrid on Monday.")
    assert "Barcelona" not in got and "Madrid" in got, got


def test_a_town_before_player_and_a_name_is_the_club() -> None:
    got = _rows("The court in Madrid heard on Monday that Barcelona player Juan Doe had paid the fine.")
    assert "Barcelona" not in got and "Madrid" in got, got


def test_a_town_before_a_position_is_the_club_in_any_report() -> None:
    got = _rows("Police in Leeds said on Monday that a Liverpool goalkeeper had been robbed.")
    assert "Liverpool" not in got and "Leeds" in got, got


def test_an_individual_sports_player_keeps_the_town() -> None:
    got = _rows("A Barcelona tennis player won the title in Madrid on Monday.")
    assert "Barcelona" in got, got


def test_a_role_use_makes_only_that_mention_the_club() -> None:
    got = _rows("Barcelona soccer player Juan Doe was robbed on Monday.\nBarcelona police said two men were held.")
    assert got.get("Barcelona") == ("city", 1), got
