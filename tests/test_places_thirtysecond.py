"""The thirty-first and thirty-second reads' misplaced places (bench/BRIEF_REVIEW.md, "Thirty-second read"; branch
ents35), on made-up text: a name both a state's and a city's written as the state's, after a town of that state and
a comma ("Tacoma, Washington") or listed with the country's states ("in Ohio and New York"). Fixtures are made up for
these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, tuple[str, int]]:
    return {p.name: (p.kind, p.mentions) for p in locate_places(story(*texts)).places}


def test_a_state_after_its_town_and_a_comma_is_the_state() -> None:
    got = _rows("The plant in Spokane, Washington, will close in May, the company said on Monday.")
    assert got.get("Washington", ("", 0))[0] == "region" and got.get("Spokane", ("", 0))[0] == "city", got


def test_a_state_after_its_town_before_a_title_is_the_state() -> None:
    got = _rows("Speaking at the firm's offices in Spokane, Washington, Chief Executive Jane Roe said it would grow.")
    assert got.get("Washington", ("", 0))[0] == "region", got


def test_a_state_listed_with_states_is_the_state() -> None:
    got = _rows("The fee will rise to $9 in Ohio and New York next year, lawmakers said on Monday.")
    assert got.get("New York", ("", 0))[0] == "region", got


def test_a_city_before_its_own_district_and_a_comma_stays_the_city() -> None:
    got = _rows("Jane Roe, a chemist at a lab in Laurel, Maryland, and a college in Washington, D.C., said Monday.")
    assert got.get("Washington", ("", 0))[0] == "city", got


def test_a_city_listed_with_cities_stays_the_city() -> None:
    got = _rows("Flights to Boston and New York were cancelled on Monday.")
    assert got.get("New York", ("", 0))[0] == "city", got


def test_a_name_written_after_the_elsewhere_is_no_tagged_town() -> None:
    got = _rows("North Korea fired two missiles on Tuesday, officials in Seoul and Washington said.\n"
                "The North has also carried out drills near the border in recent weeks.\n"
                "Earlier last week, the North warned that talks with the United States would not resume.")
    assert "North" not in got and "South" not in got and "Seoul" in got, got
