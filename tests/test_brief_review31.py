"""The eighteenth read's rules (bench/BRIEF_REVIEW.md, "Eighteenth read"), on made-up text.

Places: names a list closes with a plural division noun ("Barry, Calhoun and Cass counties") are counties, no
town of the map; a town named alone, or a list that is not closed so, is placed as before.
"""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places
from storyline.places.division_lists import in_county_list


def _located(*texts: str) -> dict[str, float]:
    return {p.name: p.lat for p in locate_places(story(*texts)).places}


def test_names_a_list_of_counties_closes_are_no_towns() -> None:
    text = "The virus has been found in Barry, Calhoun, Ottawa and Van Buren counties, officials in Michigan said."
    for name in ("Barry", "Calhoun", "Ottawa", "Van Buren"):
        at = text.index(name)
        assert in_county_list(text, at, at + len(name)), name
    got = _located(text)
    assert "Calhoun" not in got and "Ottawa" not in got and "Barry" not in got, got
    assert "Michigan" in got, got


def test_a_parish_list_too() -> None:
    text = "Flooding closed roads in the Orleans and Jefferson parishes on Sunday."
    at = text.index("Orleans")
    assert in_county_list(text, at, at + len("Orleans"))


def test_a_town_named_alone_or_an_open_list_stays() -> None:
    text = "She moved from Ottawa, Toronto and Calgary to the counties of the north."
    for name in ("Ottawa", "Toronto", "Calgary"):
        at = text.index(name)
        assert not in_county_list(text, at, at + len(name)), name
    got = _located("The minister flew from Ottawa to Toronto on Monday.")
    assert "Ottawa" in got and "Toronto" in got, got


def test_a_singular_county_after_a_list_is_not_read_as_the_plural() -> None:
    text = "The storm hit Calhoun, and Kalamazoo County declared an emergency."
    at = text.index("Calhoun")
    assert not in_county_list(text, at, at + len("Calhoun"))


def test_a_capitalised_plural_closes_the_list_too() -> None:
    text = "Schools closed in Barry and Calhoun Counties on Monday."
    at = text.index("Barry")
    assert in_county_list(text, at, at + len("Barry"))


def test_one_name_before_the_plural_is_a_states_counties() -> None:
    text = "Fires burned across Southern California counties and in Orange and Riverside counties."
    at = text.index("California")
    assert not in_county_list(text, at, at + len("California"))
    for name in ("Orange", "Riverside"):
        at = text.index(name)
        assert in_county_list(text, at, at + len(name)), name
