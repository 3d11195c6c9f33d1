"""The thirty-ninth and fortieth reads' entity junk, by kind (bench/BRIEF_REVIEW.md, "ents40"), on made-up text: a
street's or a square's name written in one word ("Quorleyallee", "Maji-Maji-Allee") or opening with a street word
("Rue Velbrook") is a place inside a town, no person and no body. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_one_word_and_hyphened_street_names_are_no_people_or_bodies() -> None:
    text = ("Quorleyallee will be renamed, Ana Ruiz of Tarnwell Labs said. Velbrookstraße and Marisolplatz keep their "
            "names; Bexhaven-Dorn-Allee and Rue Velbrook get new ones, Ana Ruiz said.")
    got = tagged((text, [("Quorleyallee", "person"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("Velbrookstraße", "org"), ("Marisolplatz", "org"), ("Bexhaven-Dorn-Allee", "person"),
                         ("Rue Velbrook", "org"), ("Ana Ruiz", "person")]))
    assert not set(got) & {"Quorleyallee", "Velbrookstraße", "Marisolplatz", "Bexhaven-Dorn-Allee",
                           "Rue Velbrook"}, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_name_that_only_holds_a_street_ending_stays() -> None:
    text = "Ana Platz and Bo Steinweg of Tarnwell Labs said Strasse Capital and Allee Partners grew."
    got = tagged((text, [("Ana Platz", "person"), ("Bo Steinweg", "person"), ("Tarnwell Labs", "org"),
                         ("Strasse Capital", "org"), ("Allee Partners", "org")]))
    assert all(n in got for n in ("Ana Platz", "Bo Steinweg", "Strasse Capital", "Allee Partners")), got
