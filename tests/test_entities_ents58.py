"""ents58: entity kinds half A of pool7's in-sample stories showed (bench/BRIEF_REVIEW.md, "ents58"), on made-up
text. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_named_procedure_is_no_organisation() -> None:
    text = "The fishing bill is expected to receive Presidential Assent on Tuesday, the minister Ana Ruiz said."
    got = tagged((text, [("Presidential Assent", "org"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_coined_exit_is_no_organisation_or_person() -> None:
    text = ("Velxit, the Velsh exit from the fishing pact, begins in May. Ana Ruiz said Velxit would cost the "
            "harbour dearly, and Velxit talks resume on Monday.")
    got = tagged((text, [("Velxit", "org"), ("Ana Ruiz", "person"), ("Velxit", "person"), ("Velxit", "org")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_surname_ending_like_an_exit_word_written_as_a_persons_stays() -> None:
    text = "Mr Dexter said the harbour was safe. Tom Dexter has run it for years."
    got = tagged((text, [("Dexter", "person"), ("Tom Dexter", "person")]))
    assert "Tom Dexter" in got, got


def test_a_short_surname_two_letters_swapped_after_the_same_title_is_the_one_person() -> None:
    text = ("Mayor Tom Bale opened the new harbour wall on Monday. \"The sea will not take this town,\" Mayor Bael "
            "said. Bale said the wall cost less than planned.")
    got = tagged((text, [("Tom Bale", "person"), ("Bael", "person"), ("Bale", "person")]))
    assert set(got) == {"Tom Bale"}, got


def test_a_short_name_two_letters_swapped_without_the_title_stays_its_own() -> None:
    text = "Tom Reid opened the harbour wall on Monday. Ried, a fisherman, said the wall was too low."
    got = tagged((text, [("Tom Reid", "person"), ("Ried", "person")]))
    assert set(got) == {"Tom Reid", "Ried"}, got
