"""The thirty-fifth read's entity junk of its most frequent kind (file types typed bodies: bench/BRIEF_REVIEW.md,
"ents38"), on made-up text: a file format's acronym written before a file's noun or listed beside another format
names a kind of file, no body. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_file_formats_in_a_list_and_before_files_are_no_bodies() -> None:
    text = ("The Velbrook malware encrypts DOC, PPT and XLS files, Ana Ruiz of Tarnwell Labs said. It leaves GIF "
            "images alone, Tarnwell Labs said.")
    got = tagged((text, [("DOC", "org"), ("PPT", "org"), ("XLS", "org"), ("Ana Ruiz", "person"),
                         ("Tarnwell Labs", "org"), ("GIF", "org"), ("Tarnwell Labs", "org")]))
    assert not set(got) & {"DOC", "PPT", "XLS", "GIF"}, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_body_defined_by_a_formats_letters_stays() -> None:
    text = ("The Department of Corrections (DOC) found PDF files on the phone, Ana Ruiz said. DOC officers and the "
            "DOC, PDF readers aside, would say more.")
    got = tagged((text, [("Department of Corrections", "org"), ("DOC", "org"), ("Ana Ruiz", "person"),
                         ("DOC", "org"), ("DOC", "org")]))
    assert "Department of Corrections" in got or "DOC" in got, got


def test_a_text_messages_acronym_is_no_body() -> None:
    text = "The Velbrook malware spreads via SMS messages and links, Ana Ruiz of Tarnwell Labs said."
    got = tagged((text, [("SMS", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org")]))
    assert "SMS" not in got and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_an_epochs_name_is_no_body_nor_person() -> None:
    text = ("Seas were as warm in the Pliocene as they will be by 2100, Ana Ruiz of Tarnwell Labs said. The Holocene "
            "was calmer, Tarnwell Labs said.")
    got = tagged((text, [("Pliocene", "person"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("Holocene", "org"), ("Tarnwell Labs", "org")]))
    assert "Pliocene" not in got and "Holocene" not in got, got
    assert got.get("Ana Ruiz", ("",))[0] == "person", got
