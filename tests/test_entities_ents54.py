"""ents54: entity kinds the clean check left (bench/BRIEF_REVIEW.md, "ents54"), on made-up text. Fixtures are made up
for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_launch_craft_written_mostly_before_its_noun_is_no_body() -> None:
    one = ("The probe will ride on Kestrel Aerospace's Velta Heavy rocket, which has never flown. Velta Heavy is "
           "twice as powerful as the old launcher, Ana Ruiz said.")
    two = ("Kestrel Aerospace said the Crew Velta capsule and the Velta Heavy rocket were ready. An unmanned "
           "Velta Capsule flew last year.")
    got = tagged((one, [("Kestrel Aerospace", "org"), ("Velta Heavy", "org"), ("Velta Heavy", "org"),
                        ("Ana Ruiz", "person")]),
                 (two, [("Kestrel Aerospace", "org"), ("Crew Velta", "org"), ("Velta Heavy", "org"),
                        ("Velta Capsule", "org")]))
    assert set(got) == {"Kestrel Aerospace", "Ana Ruiz"}, got


def test_a_group_written_before_rocket_fire_stays() -> None:
    text = ("Tarn Front rocket fire hit the town. Tarn Front rockets fell all night. Tarn Front said it would stop. "
            "Velmar rocket fire went on too, and Velmar rocket attacks grew.")
    got = tagged((text, [("Tarn Front", "org"), ("Tarn Front", "org"), ("Tarn Front", "org"), ("Velmar", "org"),
                         ("Velmar", "org")]))
    assert set(got) == {"Tarn Front", "Velmar"}, got
