"""ents55: entity kinds half A of pool7's in-sample stories showed (bench/BRIEF_REVIEW.md, "ents55"), on made-up text.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_event_word_written_as_a_modifier_and_a_noun_never_as_anyones_is_no_person() -> None:
    text = ("The Quellit vote is set for May. Ana Ruiz said the Quellit talks would be hard. Farmers fear the terms "
            "of Quellit will hurt them, and the Quellit process could take two years.")
    got = tagged((text, [("Quellit", "person"), ("Ana Ruiz", "person"), ("Quellit", "person"), ("Quellit", "person"),
                         ("Quellit", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_one_word_name_written_as_a_modifier_and_as_a_speaker_stays() -> None:
    text = ("The Quarrow vote is set for May. The Quarrow talks would be hard, Quarrow said on Monday, and the "
            "Quarrow process could take two years.")
    got = tagged((text, [("Quarrow", "person"), ("Quarrow", "person"), ("Quarrow", "person"), ("Quarrow", "person")]))
    assert "Quarrow" in got, got


def test_a_portfolio_before_a_lower_case_title_and_its_holder_is_no_name() -> None:
    text = "Velsh Tariffs minister Jo Kerr welcomed the vote. Kerr said the harbour would reopen in June."
    got = tagged((text, [("Velsh Tariffs", "org"), ("Jo Kerr", "person"), ("Kerr", "person")]))
    assert set(got) == {"Jo Kerr"}, got
