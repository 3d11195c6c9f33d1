"""ents67: one thing one entry and its type (a body glued before a person's name, a body's name in singular and
plural, a ship's name, a town the model typed a person) and places (a name before "states", a county of another state
than its sentence names), on made-up text. Fixtures are made up for these tests; none comes from the bench or the
pool."""

from __future__ import annotations

from conftest import story
from storyline.entities import merge_entities
from storyline.entities.organisations import _join_plurals, _singulars
from storyline.entities.place_pairs import place_pair
from storyline.model import EntityKind
from storyline.places import locate_places
from storyline.unionfind import UnionFind
from test_brief_review23 import tagged
from test_places import places_of


def _listed(*texts: str) -> dict[str, str]:
    analyses = story(*texts)
    return {e.name: e.kind for e in merge_entities(analyses, locate_places(analyses))}


def test_a_body_run_into_a_persons_full_name_is_no_entry() -> None:
    got = tagged(("The Transport Ministry said the bridge would reopen. Transport Ministry Ana Velu told reporters "
                  "the repairs were done.", [("Transport Ministry", "org"), ("Transport Ministry Ana Velu", "org")]),
                 ("Ana Velu said the bridge was safe.", [("Ana Velu", "person")]))
    assert "Transport Ministry Ana Velu" not in got, got
    assert got["Ana Velu"][0] == "person" and got["Transport Ministry"][0] == "org", got


def test_a_body_run_into_a_persons_name_without_its_particle_is_no_entry() -> None:
    got = tagged(("The UN envoy spoke first. UN Hadi Velmari told the talks the ceasefire held.",
                  [("UN", "org"), ("UN Hadi Velmari", "org")]),
                 ("Hadi al-Velmari said the talks would go on.", [("Hadi al-Velmari", "person")]))
    assert "UN Hadi Velmari" not in got and got["Hadi al-Velmari"][0] == "person", got


def test_a_body_before_a_name_no_one_else_bears_stays_whole() -> None:
    got = tagged(("Harbour Board Ana Velu Trust gave the grant.", [("Harbour Board Ana Velu Trust", "org")]),
                 ("The Harbour Board met on Monday.", [("Harbour Board", "org")]))
    assert "Harbour Board Ana Velu Trust" in got, got  # no person of the story is named "Ana Velu Trust"


def test_a_bodys_name_in_the_singular_and_the_plural_is_one_entry() -> None:
    got = tagged(("The Harbour Renewal Grant paid for the quay.", [("Harbour Renewal Grant", "org")]),
                 ("Harbour Renewal Grants will end next year, the council said.", [("Harbour Renewal Grants", "org")]))
    assert len(got) == 1, got
    assert _singulars("grants") == ("grant",) and "body" in _singulars("bodies") and _singulars("press") == ()


def test_one_word_names_in_the_singular_and_the_plural_stay_apart() -> None:
    orgs: list[tuple[EntityKind, str]] = [("org", "time"), ("org", "times"), ("org", "velby grant"),
                                          ("org", "velby grants"), ("org", "velby fund")]
    uf: UnionFind[tuple[EntityKind, str]] = UnionFind()
    _join_plurals(uf, orgs)
    assert uf.find(orgs[0]) != uf.find(orgs[1]) and uf.find(orgs[2]) == uf.find(orgs[3]) != uf.find(orgs[4])


def test_a_ship_named_after_its_vessels_noun_is_no_person() -> None:
    got = tagged(("The aircraft carrier Admiral Velmaro left port on Monday, the navy said.",
                  [("Velmaro", "person")]),
                 ("The Admiral Velmaro carries 40 jets.", [("Velmaro", "person")]))
    assert "Velmaro" not in got, got


def test_a_person_written_after_a_vessels_noun_and_as_a_speaker_stays() -> None:
    got = tagged(("The frigate Ana Velu sailed.", [("Ana Velu", "person")]),
                 ("Ana Velu said the crew was safe.", [("Ana Velu", "person")]))
    assert got.get("Ana Velu", ("",))[0] == "person", got


def test_a_town_the_model_types_a_person_is_a_place_where_its_country_is_named() -> None:
    got = _listed("Soldiers were seen at an airbase in Ras Gharib, officials in Egypt said.",
                  "Reports said the soldiers stayed at Ras Gharib for a week. Ras Gharib is on the coast.")
    assert got.get("Ras Gharib") == "place", got


def test_a_town_the_places_stage_placed_is_one_entry_not_a_person_too() -> None:
    got = _listed("Soldiers were seen at an airbase in Sidi Ifni, officials in Morocco said.",
                  "Reports said the soldiers stayed at Sidi Ifni for a week. Sidi Ifni is on the coast.")
    assert got.get("Sidi Ifni") == "place", got


def test_a_name_before_states_is_no_sea() -> None:
    got = places_of("Russia has moved troops near the Baltic states, NATO said on Monday.",
                    "Governors of 20 US states met in Denver.")
    assert not any("Baltic" in n for n in got), got
    assert "US" in got or "United States" in got, got  # a country's own name before "states" stays


def test_a_county_of_another_state_than_its_sentence_names_is_no_place() -> None:
    assert "Rankin County" not in places_of("A Georgia resident, Ana Velu, lives in Rankin County and drives to work.")
    assert "Rankin County" in places_of("A Mississippi resident, Ana Velu, lives in Rankin County and drives to work.")


def test_two_places_joined_by_a_hyphen_are_no_body() -> None:
    got = tagged(("Trucks queued at the Velmar-Ruritania border on Monday.", [("Velmar-Ruritania", "org")]),
                 ("Ruritania closed the crossing.", [("Ruritania", "org")]))
    assert "Velmar-Ruritania" in got, got  # neither part a place the story or the map knows: left alone
    got = tagged(("Trucks queued at the Mexico-Guatemala border on Monday.", [("Mexico-Guatemala", "org")]),)
    assert "Mexico-Guatemala" not in got, got
    assert not place_pair("Winston-Salem", set()) and not place_pair("Hewlett-Packard", set())



def test_a_persons_full_name_holding_another_name_of_the_story_stays_whole() -> None:
    got = tagged(("Senator Ana de Velu was held on Friday. De Velu denied the charges.",
                  [("Ana de Velu", "person"), ("De Velu", "person")]),
                 ("Ko Min Tal, the envoy, left. Min Tal said nothing. Ko Min-tal flew home.",
                  [("Ko Min Tal", "person"), ("Min Tal", "person"), ("Ko Min-tal", "person")]),
                 ("The House Harbour Caucus met. Harbour Caucus members left. The Harbour Caucus and the Harbour "
                  "Caucus voted.", [("House Harbour Caucus", "org"), ("Harbour Caucus", "person"),
                                    ("Harbour Caucus", "org"), ("Harbour Caucus", "org")]),
                 ("The House met, the House voted and the House rose.", [("House", "org")] * 3))
    names = set(got) | {a for _, al in got.values() for a in al}
    assert {"Ana de Velu", "Ko Min Tal", "House Harbour Caucus"} <= names, got
