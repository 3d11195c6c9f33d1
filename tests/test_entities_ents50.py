"""The 60th–62nd reads' entity and place faults, by kind (bench/BRIEF_REVIEW.md, "ents50"), on made-up text: a
crosshead's first word placed as a town or typed a person, a person's row of titles alone. Fixtures are made up for
these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.entities.common_words import headline_words
from storyline.entities.kinds import titles_only
from storyline.entities.list_runs import plural_bodies
from storyline.places import locate_places
from storyline.places.written import crosshead_first, crosshead_word
from test_brief_review23 import tagged


def test_a_crossheads_ordinary_first_word_is_no_town() -> None:
    text = ("Farmers in London bought a faster pump, Bo Lund of Imperial College London said.\nHidden data\nThis pump "
            "is different to other pumps in that it reads the soil before it runs.\nDr Lund said the pump was cheap.")
    at = text.index("Hidden")
    assert crosshead_word(text, at, at + 6)
    assert {p.name for p in locate_places(story(text)).places} == {"London"}
    said = "Farmers in London bought a pump.\nReading police said the farms were safe."
    assert not crosshead_first(said, said.index("Reading"), said.index("Reading") + 7)  # a sentence, no heading


def test_a_crossheads_first_word_is_no_person() -> None:
    text = "Velbrook makes pumps, Bo Lund said.\nSquishy valves\nThe valves bend, Bo Lund said."
    got = tagged((text, [("Velbrook", "org"), ("Bo Lund", "person"), ("Squishy", "person"), ("Bo Lund", "person")]))
    assert "Squishy" not in got and "Bo Lund" in got, got
    named = "Velbrook makes pumps, Bo Lund said.\nLund speaks\nThe valves bend, Bo Lund said."
    got = tagged((named, [("Velbrook", "org"), ("Bo Lund", "person"), ("Lund", "person"), ("Bo Lund", "person")]))
    assert "Bo Lund" in got, got  # a surname of the story's person stays his


def test_a_persons_row_of_titles_alone_is_no_one() -> None:
    assert titles_only("Surgeon Dr") and titles_only("Nurse Dr.") and not titles_only("Emma Ruiz")
    assert not titles_only("Dr") and not titles_only("Dr Ana Ruiz")
    text = "Nurse Dr Ana Ruiz said the pump worked. Dr Ana Ruiz runs the ward."
    got = tagged((text, [("Nurse Dr", "person"), ("Ana Ruiz", "person"), ("Dr Ana Ruiz", "person")]))
    assert "Nurse Dr" not in got and "Ana Ruiz" in got, got


def test_a_state_listed_among_cities_places_no_small_town_of_its_own() -> None:
    text = ("The tour will visit Boston, Oklahoma, Seattle and Atlanta in 2014, Bo Lund said. This year it went to "
            "Chicago, Miami, Denver and Houston.")
    got = {p.name: (round(p.lat), round(p.lon)) for p in locate_places(story(text)).places}
    assert got["Miami"] == (26, -80), got  # the big city of the list, not Miami, Oklahoma
    home = "Bo Lund grew up in Oklahoma. He now runs a shop in Miami, near the airport."
    got = {p.name: (round(p.lat), round(p.lon)) for p in locate_places(story(home)).places}
    assert got["Miami"] == (37, -95), got  # the report's own state, as before


def test_a_quoted_headlines_words_are_no_person() -> None:
    assert headline_words("Whale Eats") and not headline_words("Bo Lund") and not headline_words("Harry Lund")
    text = ('The papers love a scare. "Whale Eats Fishing Boat Off Cork," one headline said, Bo Lund said. Bo Lund '
            "studies whales.")
    got = tagged((text, [("Whale Eats", "person"), ("Bo Lund", "person"), ("Bo Lund", "person")]))
    assert "Whale Eats" not in got and "Bo Lund" in got, got
    plain = "Whale Eats said the boat was safe. Whale Eats runs the harbour, Bo Lund said."
    got = tagged((plain, [("Whale Eats", "person"), ("Whale Eats", "person"), ("Bo Lund", "person")]))
    assert "Whale Eats" in got, got  # written outside a headline, as a person's: kept


def test_a_name_ending_in_a_firms_plural_noun_is_no_person() -> None:
    text = "Quarn Tide Systems, a Perth start-up, makes wave sensors. Quarn Tide Systems said sales rose, Bo Lund said."
    got = tagged((text, [("Quarn Tide Systems", "person"), ("Quarn Tide Systems", "person"), ("Bo Lund", "person")]))
    assert got.get("Quarn Tide Systems", ("",))[0] == "org" and got["Bo Lund"][0] == "person", got


def test_bodies_under_one_plural_noun_are_no_one_body() -> None:
    assert plural_bodies("Ministries of Trade and Industry") and plural_bodies("Departments of Roads and Health")
    assert not plural_bodies("Department of Health and Human Services") and not plural_bodies("Friends of the Earth")
    text = ("The plan was backed by the Ministries of Fisheries and Rural Affairs, Bo Lund said. The Ministry of "
            "Rural Affairs had no comment.")
    got = tagged((text, [("Ministries of Fisheries and Rural Affairs", "org"), ("Bo Lund", "person"),
                         ("Ministry of Rural Affairs", "org")]))
    assert "Ministries of Fisheries and Rural Affairs" not in got and "Ministry of Rural Affairs" in got, got
