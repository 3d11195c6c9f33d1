"""The thirty-fourth read's misplaced place ("New York" the city for the state's attorney general: bench/
BRIEF_REVIEW.md, "ents37"), on made-up text: a name both a state's and a city's, written with a state's office,
is the state's. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, str]:
    return {p.name: p.kind for p in locate_places(story(*texts)).places}


def test_a_name_before_a_states_office_is_the_state() -> None:
    got = _rows("Ana Ruiz said she would fight the suit the New York attorney general brought against Acme Homes "
                "in Chicago.")
    assert got.get("New York") == "region" and got.get("Chicago") == "city", got


def test_a_name_after_a_states_office_and_of_is_the_state() -> None:
    got = _rows("The governor of Washington signed the bill on Monday, aides to Ana Ruiz said in Seattle.")
    assert got.get("Washington") == "region" and got.get("Seattle") == "city", got


def test_a_name_with_no_office_stays_the_city() -> None:
    got = _rows("Ana Ruiz flew from New York to Chicago on Monday to meet Acme Homes.")
    assert got.get("New York") == "city", got
