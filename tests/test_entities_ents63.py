"""ents63: one person or body, one entry; a team no town — by mechanism (bench/BRIEF_REVIEW.md, "ents63"), on
made-up text of another subject. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_one_word_description_after_the_is_the_body_whose_name_it_ends() -> None:
    text = ("The Royal Tannery will close its Velby works in June. The Tannery said 300 jobs would go. Unions met "
            "the Tannery on Friday.")
    got = tagged((text, [("Royal Tannery", "org"), ("Tannery", "org"), ("Tannery", "org")]))
    assert "Tannery" not in got and "Tannery" in got["Royal Tannery"][1], got


def test_a_one_word_kind_noun_is_no_description_of_one_body() -> None:
    text = "The Free Dorado Army took the town. The Army said 30 soldiers died."
    got = tagged((text, [("Free Dorado Army", "org"), ("Army", "org")]))
    assert "Army" not in got["Free Dorado Army"][1], got


def test_a_one_word_name_written_bare_is_no_description() -> None:
    text = "The Royal Tannery will close its Velby works in June. Tannery said 300 jobs would go."
    got = tagged((text, [("Royal Tannery", "org"), ("Tannery", "org")]))
    assert "Tannery" not in got["Royal Tannery"][1], got


def test_a_bare_surname_joins_the_full_name_whose_given_name_a_report_misspells() -> None:
    text = ("Harbour master Annabel Quorrow said the quay would reopen. Mrs Quorrow said the tide had fallen. "
            "The first response from Anabel Quorrow was cautious, a pilot said.")
    got = tagged((text, [("Annabel Quorrow", "person"), ("Quorrow", "person")]))
    assert "Quorrow" not in got and "Mrs Quorrow" in got["Annabel Quorrow"][1], got


def test_a_bare_surname_beside_another_given_name_of_it_joins_neither() -> None:
    text = ("Harbour master Annabel Quorrow said the quay would reopen. Quorrow said the tide had fallen. "
            "The first response from Ottilie Quorrow, her sister, was cautious.")
    got = tagged((text, [("Annabel Quorrow", "person"), ("Quorrow", "person")]))
    assert "Quorrow" not in got["Annabel Quorrow"][1], got


def test_a_wife_named_by_her_title_and_surname_is_not_her_husbands_alias() -> None:
    text = ("Dov Marrick and his wife were crossing the square when the tram hit them. Mrs Marrick was badly hurt. "
            "Dov Marrick, 61, died in hospital.")
    got = tagged((text, [("Dov Marrick", "person"), ("Marrick", "person"), ("Dov Marrick", "person")]))
    assert "Mrs Marrick" not in got["Dov Marrick"][1], got


def test_his_own_title_and_surname_still_join_him() -> None:
    text = ("Dov Marrick and his wife were crossing the square when the tram hit them. Mr Marrick was badly hurt. "
            "Dov Marrick, 61, spoke from hospital.")
    got = tagged((text, [("Dov Marrick", "person"), ("Marrick", "person"), ("Dov Marrick", "person")]))
    assert "Mr Marrick" in got["Dov Marrick"][1], got
