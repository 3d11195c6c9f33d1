"""Names that are not actors and places the gazetteer must know (issue 12 review): storms, time
zones, natural features, provinces and states of other countries, state abbreviations. Fixtures
are written for these tests in the style of wire copy."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyse import analyse
from storyline.entities import merge_entities
from storyline.entities.shapes import document_name
from storyline.model import Document
from storyline.names.natural import feature_name, is_storm, storm_names
from storyline.places import locate_places
from storyline.places.gazetteer import distance_km, load_gazetteer

STORM_STORY = (
    "Hurricane Marisol made landfall near Cape Fear, N.C., at 6 a.m. EST on Sunday, the National "
    "Hurricane Center said. Marisol then weakened as it moved over Raleigh, N.C. Forecasters compared "
    "it with Hurricane Gloria in 1985.",
    "Officials in Halifax, Nova Scotia, said Marisol could reach the province by Tuesday. Power company "
    "spokesman Daniel Price said crews were ready in Wilmington, N.C., and Norfolk, Va.",
)


def _brief_names(*texts: str) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    analyses = analyse([Document(id=f"d{i}", text=t, title=f"d{i}") for i, t in enumerate(texts)])
    located = locate_places(analyses)
    entities = {n: e.kind for e in merge_entities(analyses, located) for n in (e.name, *e.aliases)}
    return entities, {r.name: r.to_dict() for r in located.places}


@pytest.fixture(scope="module")
def storm_story() -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    return _brief_names(*STORM_STORY)


def test_storm_names_and_time_zones_are_not_listed(storm_story: tuple[dict[str, str], Any]) -> None:
    entities, places = storm_story
    for name in ("Marisol", "Hurricane Marisol", "Gloria", "Hurricane Gloria", "EST"):
        assert name not in entities, (name, entities.get(name))
        assert name not in places
    assert entities.get("Daniel Price") == "person"  # a person is still a person


def test_a_cape_is_a_place_not_a_person(storm_story: tuple[dict[str, str], Any]) -> None:
    entities, _ = storm_story
    assert entities.get("Cape Fear") == "place"


def test_state_abbreviations_name_their_states(storm_story: tuple[dict[str, str], Any]) -> None:
    _, places = storm_story
    nc = places["North Carolina"]
    assert nc["country"] == "US" and "N.C." in nc["aliases"]
    assert places["Virginia"]["country"] == "US"
    raleigh = places["Raleigh"]
    assert distance_km(raleigh["lat"], raleigh["lon"], 35.78, -78.64) < 30  # Raleigh, N.C., not another
    norfolk = places["Norfolk"]
    assert distance_km(norfolk["lat"], norfolk["lon"], 36.85, -76.29) < 30  # Norfolk, Va., not England


def test_a_canadian_province_is_a_place(storm_story: tuple[dict[str, str], Any]) -> None:
    _, places = storm_story
    assert places["Nova Scotia"]["country"] == "CA" and places["Nova Scotia"]["kind"] == "region"
    halifax = places["Halifax"]
    assert distance_km(halifax["lat"], halifax["lon"], 44.65, -63.58) < 30  # Halifax, Nova Scotia, not England


def test_a_bare_word_is_not_a_state() -> None:
    _, places = _brief_names("The singer, who was crowned Miss Texas, said she would wash the car in Dallas.")
    assert "Mississippi" not in places and "Washington" not in places
    assert places["Dallas"]["country"] == "US"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Nova Scotia", "CA"), ("Punjab", "PK"), ("Lombardy", "IT"), ("New South Wales", "AU"), ("Saxony", "DE")],
)
def test_gazetteer_knows_first_level_divisions(name: str, country: str) -> None:
    regions = [m.place for m in load_gazetteer().lookup(name) if m.place.kind == "region" and m.primary]
    assert any(p.country == country and p.admin1 for p in regions), [(p.name, p.country) for p in regions]


def test_generic_division_names_are_left_out() -> None:
    """"Western", "Central" are regions somewhere, but in running text they are plain words."""
    for word in ("Western", "Central", "Northern", "Capital"):
        assert not [m for m in load_gazetteer().lookup(word) if m.place.kind == "region"], word


def test_storm_and_feature_words() -> None:
    storms = storm_names(["Tropical Storm Lee flooded the valley; Typhoon  Haiyan hit later. The hurricane season"])
    assert storms == {"lee", "haiyan"}
    assert is_storm("Hurricane Irene", set()) and is_storm("Lee", storms) and not is_storm("Lee Smith", storms)
    assert feature_name("Cape Hatteras") and feature_name("Jordan River") and feature_name("Mount Sinjar")
    assert not feature_name("Cape") and not feature_name("Ricki Lake") and not feature_name("Michael Bay")


def test_treaties_and_cut_flight_numbers_are_not_listed() -> None:
    entities, _ = _brief_names(
        "LONDON (AP) _ Police arrested the former ruler under the European Convention on Terrorism, a "
        "spokeswoman for Scotland Yard said. The request came from a judge in Madrid.",
        "The wreckage of Air France Flight 447 was found on Tuesday, officials said. Air France said the "
        "search would go on. The Omnibus Parks and Public Lands Act passed the Senate on Friday. Two "
        "Boeing 777 jets were sent.",
    )
    for name in ("European Convention on Terrorism", "Air France Flight", "Omnibus Parks and Public Lands Act"):
        assert name not in entities, (name, entities.get(name))
    assert entities.get("Air France") == "org" and entities.get("Scotland Yard") == "org"
    assert entities.get("Boeing") == "org"  # a maker before a model number is still listed


def test_document_names() -> None:
    assert document_name("Kyoto Protocol") and document_name("European Convention on Terrorism")
    assert not document_name("North Atlantic Treaty Organization") and not document_name("Act")
    assert not document_name("Actors Equity")
