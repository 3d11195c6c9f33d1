"""The thirty-third and thirty-fourth reads' entity faults by kind (issue 12, bench/BRIEF_REVIEW.md, "ents37").
Fixtures are made up; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_landmarks_or_a_structures_name_is_no_body_nor_person() -> None:
    text = ("The Aldbury Monument was closed on Tuesday after the quake, Ana Ruiz of Acme Parks said. Visitors who "
            "flew in via Quarrow Airport found the Velbrook Cathedral shut too.")
    got = tagged((text, [("Aldbury Monument", "org"), ("Ana Ruiz", "person"), ("Acme Parks", "org"),
                         ("Quarrow Airport", "person"), ("Velbrook Cathedral", "org")]))
    assert "Aldbury Monument" not in got and "Quarrow Airport" not in got and "Velbrook Cathedral" not in got, got
    assert "Ana Ruiz" in got and "Acme Parks" in got, got


def test_a_bodys_name_cut_at_for_the_before_its_purpose_is_one_name() -> None:
    text = ("At least 12 people were hurt, according to the Quarrow Nations Office for the Coordination of Relief "
            "Affairs. Ana Ruiz of Acme Aid said more help was needed.")
    got = tagged((text, [("the Quarrow Nations Office", "org"), ("Coordination of Relief Affairs", "org"),
                         ("Ana Ruiz", "person"), ("Acme Aid", "org")]))
    assert "Coordination of Relief Affairs" not in got and "Quarrow Nations Office" not in got, got
    assert "Quarrow Nations Office for the Coordination of Relief Affairs" in got and "Acme Aid" in got, got
    got = tagged((text, [("the Quarrow Nations Office", "org"), ("the Coordination of Relief Affairs", "org"),
                         ("Ana Ruiz", "person"), ("Acme Aid", "org")]))
    assert "Coordination of Relief Affairs" not in got and "Quarrow Nations Office" not in got, got
    assert "Quarrow Nations Office for the Coordination of Relief Affairs" in got, got


def test_a_long_run_with_lower_case_words_is_still_no_name() -> None:
    text = "Ana Ruiz said the Quarrow Board would meet the Acme Union on the Velbrook Road plan in May."
    got = tagged((text, [("Ana Ruiz", "person"), ("Quarrow Board would meet the Acme Union on the Velbrook", "org")]))
    assert "Quarrow Board would meet the Acme Union on the Velbrook" not in got and "Ana Ruiz" in got, got
