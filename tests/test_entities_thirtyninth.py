"""The thirty-third to thirty-sixth reads' entity junk left open, by kind (bench/BRIEF_REVIEW.md, "ents39"), on
made-up text: a device's or a medium's acronym written as a thing's ("DVR features", "CCTV units") names no body.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_device_acronyms_written_as_things_are_no_bodies() -> None:
    text = ("Tarnwell's new box adds enhanced DVR features and mobile VOD access, Ana Ruiz of Tarnwell Labs said. "
            "It stores 2TB per DVR. Standard CCTV units watch the depot, Tarnwell Labs said.")
    got = tagged((text, [("DVR", "org"), ("VOD", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("DVR", "org"), ("CCTV", "org"), ("Tarnwell Labs", "org")]))
    assert not set(got) & {"DVR", "VOD", "CCTV"}, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_broadcaster_written_by_a_device_acronym_stays() -> None:
    text = ("State broadcaster CCTV said the Velbrook dam held, Ana Ruiz of Tarnwell Labs said. CCTV cameras showed "
            "the spillway, Tarnwell Labs said.")
    got = tagged((text, [("CCTV", "org"), ("Velbrook", "place"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("CCTV", "org"), ("Tarnwell Labs", "org")]))
    assert got.get("CCTV", ("",))[0] == "org", got


def test_names_listed_after_a_plural_body_noun_are_bodies() -> None:
    text = ("Tarnwell grew thanks to companies making drones, like Quorley, Velbrook, and Marisol, Ana Ruiz said. "
            "NGOs such as Bexhaven document the raids, Ana Ruiz said.")
    got = tagged((text, [("Tarnwell", "place"), ("Quorley", "org"), ("Velbrook", "person"), ("Marisol", "person"),
                         ("Ana Ruiz", "person"), ("Bexhaven", "person"), ("Ana Ruiz", "person")]))
    assert all(got.get(n, ("",))[0] == "org" for n in ("Velbrook", "Marisol", "Bexhaven")), got
    assert got.get("Ana Ruiz", ("",))[0] == "person", got


def test_an_owner_or_a_speaker_after_a_body_list_stays_a_person() -> None:
    text = "Rivals grew at companies like Ana Ruiz's Tarnwell. Firms like Quorley, Bo Lund said, grew too."
    got = tagged((text, [("Ana Ruiz", "person"), ("Tarnwell", "org"), ("Quorley", "org"), ("Bo Lund", "person")]))
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got


def test_a_product_named_after_its_noun_and_known_as_is_no_person() -> None:
    text = ("One strand of the army's software, known as Grey Heron, scans faces, Ana Ruiz of Tarnwell Labs said. "
            "Data goes into Grey Heron, Ana Ruiz said. A farmer known as Bo Lund said he was scanned.")
    got = tagged((text, [("Grey Heron", "person"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("Grey Heron", "person"), ("Ana Ruiz", "person"), ("Bo Lund", "person")]))
    assert "Grey Heron" not in got, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got
