"""The forty-third to forty-fifth reads' entity junk, by kind (bench/BRIEF_REVIEW.md, "ents42"), on made-up text: a
technical acronym written as a thing ("the victim's QRZ address", "a random QRZ.", "a cumulative KPX of 2.5") names
no body. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from storyline.entities.facility_heads import facility_head
from storyline.entities.thing_acronyms import thing_acronym
from test_brief_review23 import tagged


def test_acronyms_written_as_technical_things_are_no_bodies() -> None:
    text = ("The intruder copies the victim's QRZ and sends a ping from a random QRZ. Each QRZ address is logged, "
            "Ana Ruiz of Tarnwell Labs said. Students need a cumulative KPX of 2.5, and WVB queries leak, "
            "Tarnwell Labs said. Pages render on the server, or ZSR (zone server rendering).")
    got = tagged((text, [("QRZ", "org"), ("QRZ", "org"), ("QRZ", "org"), ("Ana Ruiz", "person"),
                         ("Tarnwell Labs", "org"), ("KPX", "org"), ("WVB", "org"), ("Tarnwell Labs", "org"),
                         ("ZSR", "org")]))
    assert not set(got) & {"QRZ", "KPX", "WVB", "ZSR"}, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_body_written_by_such_an_acronym_stays() -> None:
    texts = ["The QRZ said a random fault hit its QRZ address book.", "Bo Lund told the WVB the WVB queries stop.",
             "KPX officials chose a cumulative KPX of 2.5.", "The Quorley Regional Zone (QRZ) keeps the QRZ address."]
    assert not any(thing_acronym(n, [t], {}) for n, t in zip(("QRZ", "WVB", "KPX", "QRZ"), texts, strict=True))
    assert thing_acronym("QRZ", ["The Quorley Regional Zone (QRZ) keeps the QRZ format."], {})


def test_a_mixed_case_acronym_spelled_out_in_lower_case_is_a_thing() -> None:
    texts = ["A full zone-in-the-hub (ZitH) attack lets the intruder read traffic. The ZitH targets the router."]
    assert thing_acronym("ZitH", texts, {})
    assert not thing_acronym("ZitH", ["ZitH said the router was safe."], {})
    assert not thing_acronym("Tarnwell", ["A Tarnwell (tiny area rule) is set."], {})


def test_a_device_model_typed_a_body_is_no_body() -> None:
    text = ("The team tested the Quorley Hawk x6 and the Tarnwell RZ2 Pro routers, Ana Ruiz said. Quorley said a fix "
            "is coming. Channel 4 aired the test.")
    got = tagged((text, [("Quorley Hawk x6", "org"), ("Tarnwell RZ2 Pro", "person"), ("Ana Ruiz", "person"),
                         ("Quorley", "org"), ("Channel 4", "org")]))
    assert not set(got) & {"Quorley Hawk x6", "Tarnwell RZ2 Pro"}, got
    assert got.get("Quorley", ("",))[0] == "org" and got.get("Channel 4", ("",))[0] == "org", got


def test_a_known_group_the_model_left_untagged_is_listed() -> None:
    text = ("Gunmen linked to the Islamic State attacked Velbrook, Ana Ruiz said. Many joined groups in Tarnia, "
            "including the Islamic State, Ana Ruiz said.")
    got = tagged((text, [("Velbrook", "place"), ("Ana Ruiz", "person"), ("Tarnia", "place"), ("Ana Ruiz", "person")]))
    assert got.get("Islamic State", ("",))[0] == "org", got
    once = tagged(("Gunmen linked to the Islamic State attacked Velbrook, Ana Ruiz said.", [("Ana Ruiz", "person")]))
    assert "Islamic State" not in once, once


def test_a_relatives_full_name_the_model_left_untagged_is_a_person() -> None:
    text = ("Marisol Tarnby, 21, was taken to hospital in Velbrook. As Marisol weakened, her mother, Ana Tarnby, "
            "stayed, Mrs Tarnby said. Ana Tarnby urged care.")
    got = tagged((text, [("Velbrook", "place"), ("Ana Tarnby", "person"), ("Ana Tarnby", "person")]))
    assert got.get("Marisol Tarnby", ("",))[0] == "person", got
    assert "Mrs Tarnby" not in got, got
    opener = tagged(("Yesterday Tarnby left Velbrook. Yesterday, Ana Tarnby said, it rained.",
                     [("Tarnby", "person"), ("Velbrook", "place"), ("Ana Tarnby", "person")]))
    assert "Yesterday Tarnby" not in opener, opener


def test_a_name_in_apposition_to_a_body_noun_is_a_body() -> None:
    text = ("Tarnia banned the group behind the raid — Ansar Velbrook, an al-Qaeda-linked organization — on Monday, "
            "Ana Ruiz, a member of the party, said.")
    got = tagged((text, [("Tarnia", "place"), ("Ansar Velbrook", "person"), ("Ana Ruiz", "person")]))
    assert got.get("Ansar Velbrook", ("",))[0] == "org", got
    assert got.get("Ana Ruiz", ("",))[0] == "person", got


def test_an_award_typed_a_person_is_no_person() -> None:
    text = "Bo Lund won the Tarnwell Heritage Bronze Award, Ana Ruiz said."
    got = tagged((text, [("Bo Lund", "person"), ("Heritage Bronze Award", "person"), ("Ana Ruiz", "person")]))
    assert "Heritage Bronze Award" not in got and got.get("Bo Lund", ("",))[0] == "person", got


def test_a_facilitys_short_name_typed_a_person_is_no_person() -> None:
    texts = ["Gunmen stormed the Velbrook National Museum. The Velbrook museum hosts mosaics, Ana Ruiz said."]
    assert facility_head("Velbrook", "person", texts, {})
    assert not facility_head("Velbrook", "person", [*texts, "Velbrook said the museum would reopen."], {})
    assert not facility_head("Velbrook", "org", texts, {})


def test_a_body_name_cut_at_its_own_lists_comma_is_whole() -> None:
    text = "It was shown at the meeting of the Tarnwell Academy of Allergy, Asthma and Immunology in Velbrook."
    got = tagged((text, [("Tarnwell Academy of Allergy", "org"), ("Asthma and Immunology", "org"),
                         ("Velbrook", "place")]))
    assert "Tarnwell Academy of Allergy, Asthma and Immunology" in got and "Asthma and Immunology" not in got, got


def test_numbered_parts_are_no_body() -> None:
    text = "The flaw sits in Tiers 1 and 2 of the stack, Ana Ruiz of Tarnwell Labs said."
    got = tagged((text, [("Tiers 1", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org")]))
    assert "Tiers 1" not in got and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_name_only_written_before_a_noun_of_computing_is_a_thing() -> None:
    assert thing_acronym("Group Velbrook", ["The ping is wrapped in a Group Velbrook key, Ana Ruiz said."], {})
    assert not thing_acronym("Group Velbrook", ["A Group Velbrook key. Group Velbrook said so."], {})


def test_a_lower_case_things_short_name_and_a_hyphened_header_are_things() -> None:
    assert thing_acronym("QNP", ["The pills held quinitrol, known as QNP, a toxic chemical. QNP is deadly."], {})
    assert not thing_acronym("QNP", ["The agency, known as QNP, said no."], {})
    assert thing_acronym("X-Tarn-Prefix", ["It injects headers via the X-Tarn-Prefix header, Ana Ruiz said."], {})

