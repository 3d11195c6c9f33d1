"""A make and model written as a thing ("a Tata Nano, a small car"): usertest10 saw a two-word model listed as
a person; the rule that keeps "a Maserati" out of the people held for one word only. Made-up text."""

from __future__ import annotations

from conftest import entities


def test_a_two_word_model_written_as_a_thing_is_not_a_person() -> None:
    got = entities(
        "Witnesses said the two men drove away in a Tata Nano, a small car common in the city, "
        "police spokesman Daniel Otieno said on Monday.",
        "The second car was a Tata Nano, a small car that had been parked near the market, Otieno said.")
    names = {name: kind for name, kind, _ in got}
    assert "Tata Nano" not in names or names["Tata Nano"] not in ("person", "org"), got
    assert names.get("Daniel Otieno") == "person", got


def test_a_person_written_with_an_article_stays_a_person() -> None:
    got = entities(
        "A spokesman, Daniel Otieno, said the car was found on Monday.",
        "Daniel Otieno said the search would go on, and Otieno thanked the public.")
    assert ("Daniel Otieno", "person") in {(n, k) for n, k, _ in got}, got
