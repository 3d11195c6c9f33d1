"""The twenty-eighth read's entity junk and misses by kind (issue 12, bench/BRIEF_REVIEW.md, "ents32"). Fixtures
are made up; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_conditions_name_before_its_noun_is_no_person() -> None:
    text = ("Ana Ruiz had Velbrook Fen disease, a doctor found. Velbrook Fen disease is rare. Bo Lund has Quarrow's "
            "disease, and Cy Quarrow said so. Tarn Velbrook Fen disease\nIt is a kind of Tarn Lung syndrome.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook Fen", "person"), ("Velbrook Fen", "person"),
                         ("Bo Lund", "person"), ("Quarrow", "person"), ("Cy Quarrow", "person"), ("Velbrook", "person"),
                         ("Tarn", "person")]))
    assert "Velbrook Fen" not in got and "Velbrook" not in got and "Tarn" not in got, got  # words of the name too
    assert "Ana Ruiz" in got and "Bo Lund" in got, got
    assert any(k.endswith("Quarrow") for k in got), got  # also written as a person's name: stays


def test_a_questions_auxiliary_is_no_given_name() -> None:
    text = ("Ana Ruiz led the poll. Ruiz was attacked. Will Ruiz keep the lead tonight? Will Tarn said so. "
            "Can Bo Lund win?")
    got = tagged((text, [("Ana Ruiz", "person"), ("Ruiz", "person"), ("Will Ruiz", "person"),
                         ("Will Tarn", "person"), ("Can Bo Lund", "person")]))
    assert "Will Ruiz" not in got and "Ana Ruiz" in got, got
    assert "Will Tarn" in got, got  # no question
    assert "Can Bo Lund" in got, got  # the rest written nowhere else: left alone


def test_a_units_field_between_head_of_and_at_is_no_body() -> None:
    text = ("“Rates will fall,” said Rusa Tam, Head of Equity Research at Acme Bank. Cy Holt, director of Marketing "
            "at Velbrook, agreed. Equity Research is a team, Holt said. Bo Lund, head of Tarn Capital, disagreed. "
            "Al Marr, vice president of Deep Systems Programs at Velbrook, said so.")
    got = tagged((text, [("Rusa Tam", "person"), ("Equity Research", "org"), ("Acme Bank", "org"),
                         ("Cy Holt", "person"), ("Marketing", "org"), ("Velbrook", "org"), ("Equity Research", "org"),
                         ("Holt", "person"), ("Bo Lund", "person"), ("Tarn Capital", "org"), ("Al Marr", "person"),
                         ("Deep Systems Programs", "org"), ("Velbrook", "org")]))
    assert "Marketing" not in got and "Acme Bank" in got and "Velbrook" in got, got
    assert "Equity Research" in got, got  # also written on its own
    assert "Tarn Capital" in got, got  # no "at" after: the body a person heads
    assert "Deep Systems Programs" in got, got  # no field of work: a division's own name


def test_initials_and_a_bodys_name_are_two_bodies() -> None:
    text = ("Tarn Capital named VBC and Quorley Savings Bank as its key beneficiaries. Ana Ruiz bought AT and T "
            "shares.")
    got = tagged((text, [("Tarn Capital", "org"), ("VBC and Quorley Savings Bank", "org"), ("Ana Ruiz", "person"),
                         ("AT and T", "org")]))
    assert "VBC" in got and "Quorley Savings Bank" in got and "VBC and Quorley Savings Bank" not in got, got
    assert "AT and T" in got, got  # no body's word after "and": one name


def test_a_crafts_short_name_is_no_body() -> None:
    text = ("The Kestrel Space Telescope saw a plume, Ana Ruiz said. Kestrel's images showed water. The Acme Lunar "
            "Lander will fly; Acme said so.")
    got = tagged((text, [("Kestrel Space Telescope", "org"), ("Ana Ruiz", "person"), ("Kestrel", "org"),
                         ("Acme Lunar Lander", "org"), ("Acme", "org")]))
    assert "Kestrel" not in got and "Ana Ruiz" in got, got
    assert "Acme" in got, got  # also written as a body: stays


def test_a_name_after_an_athletes_false_title_is_a_person() -> None:
    text = "At the meet, Ardley diver Keelan Marsh won with 409.3 points; Ardley took the title."
    got = tagged((text, [("Ardley", "org"), ("Keelan Marsh", "org"), ("Ardley", "org")]))
    assert got.get("Keelan Marsh", ("",))[0] == "person", got


def test_a_towns_name_and_a_compass_point_before_a_student_is_a_school() -> None:
    text = ("Ardley North's Jo Tarn won the 100 yards. Velbrook West senior Bo Lund was second. Ardley East's Al "
            "Marr was third. Kanye West's Cy Holt came fourth, and Ardley North said so.")
    got = tagged((text, [("Ardley North", "person"), ("Jo Tarn", "person"), ("Bo Lund", "person"),
                         ("Al Marr", "person"), ("Kanye West", "person"), ("Cy Holt", "person")]))
    assert got.get("Ardley North", ("",))[0] == "org" and got.get("Velbrook West", ("",))[0] == "org", got
    assert got.get("Ardley East", ("",))[0] == "org", got  # untagged: added
    assert got.get("Kanye West", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got


def test_a_races_event_after_its_distance_is_no_body() -> None:
    text = ("Jo Tarn won the 200 yard Velbrook Medley title and the 100m Quarrow Dash. Ardley took the team title; "
            "Quarrow Dash staff said so.")
    got = tagged((text, [("Jo Tarn", "person"), ("Velbrook Medley", "org"), ("Quarrow Dash", "org"),
                         ("Ardley", "org"), ("Quarrow Dash", "org")]))
    assert "Velbrook Medley" not in got and "Jo Tarn" in got and "Ardley" in got, got
    assert "Quarrow Dash" in got, got  # also written otherwise: stays
    got = tagged(("The 7-foot Aldo Brenner scored 30 points.", [("Aldo Brenner", "person")]))
    assert "Aldo Brenner" in got, got  # a player's height: a person

