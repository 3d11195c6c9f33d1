"""The thirty-ninth read's states typed people or bodies ("Mato Grosso (person)", "Rondônia (org)":
bench/BRIEF_REVIEW.md, "ents40"), on made-up text: the names of a list a plural division noun opens ("the states
of X and Y", "states, such as X and Y") are first-level divisions, placed as regions from the gazetteer's rows.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places
from storyline.places.division_lists import in_division_list


def _rows(*texts: str) -> dict[str, str]:
    return {p.name: p.kind for p in locate_places(story(*texts)).places}


def test_names_a_plural_division_noun_opens_are_divisions() -> None:
    text = ("Smoke covered parts of the Brazilian states of Mato Grosso and Paraná on Monday, Ana Ruiz of Tarnwell "
            "Labs said in Brazil. Fires rose in some states, such as Tocantins and Rondônia.")
    got = _rows(text)
    assert all(got.get(n) == "region" for n in ("Mato Grosso", "Paraná", "Rondônia", "Tocantins")), got


def test_a_capitalised_states_of_is_no_list() -> None:
    text = "Ana Ruiz left the United States of America. Bo Lund visited states like Ohio and Utah."
    assert not in_division_list(text, text.index("America"))
    assert in_division_list(text, text.index("Ohio")) and in_division_list(text, text.index("Utah"))


def test_a_name_an_appositive_calls_a_state_is_the_state() -> None:
    text = ("Boston and Chicago will gain seats, Ana Ruiz said. New York, the nation's third-largest state and a "
            "stronghold of the party, will lose two seats.")
    got = _rows(text)
    assert got.get("New York") == "region", got


def test_a_city_an_appositive_calls_a_states_city_stays_the_city() -> None:
    text = ("Boston and Chicago will gain seats, Ana Ruiz said. New York, the state's largest city, will lose two "
            "seats.")
    got = _rows(text)
    assert got.get("New York") == "city", got


def test_a_listed_division_leaves_the_towns_other_mentions_alone() -> None:
    text = ("The Sao Paulo stock market fell on Monday, Ana Ruiz of Tarnwell Labs said in Sao Paulo. Runoffs are due "
            "in the states of Sao Paulo, Minas Gerais and Bahia.")
    rows = [(p.name, p.kind, p.mentions) for p in locate_places(story(text)).places if p.name == "Sao Paulo"]
    assert ("Sao Paulo", "region", 1) in rows and any(k == "city" for _, k, _ in rows), rows
