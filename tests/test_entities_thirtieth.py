"""The twenty-sixth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents30"). Fixtures are made up;
none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged

_LIST = ("The agency chose seven firms: Orrin Labs, Veldt Dynamics, Harrow, Kestrel Aero, Pell Tanner, Quill Orbital "
         "Works and Tamsin. Veldt Dynamics said it was pleased.")


def test_a_lists_items_are_read_from_its_commas() -> None:
    got = tagged((_LIST, [("Veldt Dynamics", "org"), ("Harrow, Kestrel Aero", "org"), ("Pell", "org"),
                          ("Tanner", "person"), ("Quill Orbital Works", "person"), ("Tamsin", "org"),
                          ("Veldt Dynamics", "org")]))
    assert "Harrow, Kestrel Aero" not in got and got.get("Harrow", ("",))[0] == "org", got
    assert got.get("Kestrel Aero", ("",))[0] == "org", got
    assert "Pell" not in got and "Tanner" not in got and got.get("Pell Tanner", ("",))[0] == "org", got
    assert got.get("Quill Orbital Works", ("",))[0] == "org", got  # a list of bodies: the items are bodies
    assert got.get("Orrin Labs", ("",))[0] == "org", got  # an item the model left untagged


def test_a_list_of_people_keeps_its_people_and_adds_none() -> None:
    text = "Speakers included Ana Ruiz, Bo Lund, Cy Marsh and Acme. Ana Ruiz said so."
    got = tagged((text, [("Ana Ruiz", "person"), ("Bo Lund", "person"), ("Acme", "org"), ("Ana Ruiz", "person")]))
    assert got.get("Bo Lund", ("",))[0] == "person" and got.get("Acme", ("",))[0] == "org", got
    assert "Cy Marsh" not in got, got  # not a list of bodies: an untagged item is not guessed


def test_a_place_named_with_its_kinds_noun_is_a_location_alone_too() -> None:
    text = ("The craft fell in Kereth province on Monday. Fighters held a post in the Dunmore area of Velbrook, "
            "Kereth, the group said.")
    got = tagged((text, [("Kereth province", "place"), ("Velbrook", "org"), ("Kereth", "org")]))
    assert "Kereth" not in got and "Velbrook" not in got, got


def test_a_list_with_a_place_in_it_keeps_its_bodies() -> None:
    text = "The fund backs Acme, Kereth, Bolt and Crane. Kereth province is far. Acme said so, in Velbrook, Bolt said."
    got = tagged((text, [("Acme", "org"), ("Kereth", "place"), ("Bolt", "org"), ("Crane", "org"),
                         ("Kereth province", "place"), ("Acme", "org"), ("Velbrook", "place"), ("Bolt", "org")]))
    assert got.get("Acme", ("",))[0] == "org" and got.get("Bolt", ("",))[0] == "org", got


def test_a_measure_and_a_heading_of_common_words_are_no_names() -> None:
    text = ("The boot holds 12.5 cu.ft with the seats up. Acme said so.\nSafety and Comfort\nThe seats are soft, Acme "
            "said.")
    got = tagged((text, [("12.5 cu.ft", "org"), ("Acme", "org"), ("Safety and Comfort", "org"), ("Acme", "org")]))
    assert "12.5 cu.ft" not in got and "Safety and Comfort" not in got and "Acme" in got, got


def test_a_sentences_two_names_by_and_are_no_heading() -> None:
    text = "Acme hired Bolt.\nSmith and Wesson said on Monday that it agreed.\nBolt and Crane\n"
    got = tagged((text, [("Acme", "org"), ("Bolt", "org"), ("Smith and Wesson", "org")]))
    assert "Smith and Wesson" in got, got


def test_an_acronym_written_after_a_and_an_adjective_is_a_kind() -> None:
    text = "It is a roomy HEV, certainly. Buyers of the HEV will get a charger. The HEV. Acme said the ATB will rule."
    got = tagged((text, [("HEV", "org"), ("HEV", "org"), ("HEV", "org"), ("Acme", "org"), ("ATB", "org")]))
    assert "HEV" not in got, got
    assert "ATB" in got, got


def test_an_owners_design_before_a_parts_noun_is_no_person() -> None:
    text = "At the front there is Acme’s familiar Arrowhead grille, with struts in grey. Acme said so."
    got = tagged((text, [("Acme", "org"), ("Arrowhead", "person"), ("Acme", "org")]))
    assert "Arrowhead" not in got and "Acme" in got, got


def test_a_bodys_name_with_a_nations_adjective_joins_the_bare_name() -> None:
    text = ("The French Velmar claimed the attack. Velmar fighters were seen. The Velmar said so. The Iraqi Army "
            "and the Army of Ardley differ; the Army said it would not comment.")
    got = tagged((text, [("The French Velmar", "org"), ("Velmar", "org"), ("Velmar", "org"),
                         ("The Iraqi Army", "org"), ("the Army", "org")]))
    assert "French Velmar" in got.get("Velmar", ("", []))[1] and "French Velmar" not in got, got
    assert "Iraqi Army" in got, got  # a kind's noun ("the Army"): two bodies, perhaps
