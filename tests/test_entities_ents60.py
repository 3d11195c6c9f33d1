"""ents60: wrong-type entity kinds half A of pool7's in-sample stories showed (bench/BRIEF_REVIEW.md, "ents60"), on
made-up text of another subject. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_one_word_name_written_mostly_before_a_facilitys_noun_is_no_body() -> None:
    one = ("Inspectors found 300 inmates sharing 40 cells at Velmoor prison, the report said. The old prison at "
           "Velmoor was built in 1890.")
    two = "Velmoor held twice its number of beds, said Ana Ruiz, who led the visit to Velmoor prison."
    got = tagged((one, [("Velmoor", "org"), ("Velmoor", "org")]),
                 (two, [("Velmoor", "org"), ("Ana Ruiz", "person"), ("Velmoor", "org")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_body_that_speaks_or_is_named_once_before_a_facility_stays_a_body() -> None:
    one = "Acmeco said on Monday it would open a new Acmeco hospital in the valley by June."
    two = "The Tarnfield hospital trust, Corvane, said beds were short. Corvane hospital staff went on strike."
    got = tagged((one, [("Acmeco", "org"), ("Acmeco", "org")]),
                 (two, [("Corvane", "org"), ("Corvane", "org")]))
    assert got.get("Acmeco", ("",))[0] == "org", got
    assert got.get("Corvane", ("",))[0] == "org", got


def test_a_name_after_a_lower_case_office_is_its_holders_whatever_the_model_tagged() -> None:
    text = ("The mine's shaft flooded on Monday. Mines minister Tigist Alemu said 40 workers were brought out. The "
            "rescue took nine hours, said regional governor Halku Beyene.")
    got = tagged((text, [("Tigist Alemu", "org"), ("Halku Beyene", "org")]))
    assert got.get("Tigist Alemu", ("",))[0] == "person", got
    assert got.get("Halku Beyene", ("",))[0] == "person", got
