"""ents59: entity kinds half A of pool7's in-sample stories and last session's clean check showed
(bench/BRIEF_REVIEW.md, "ents59"), on made-up text. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged

HARVEST = ("Farmers in the Velbury valley brought in a record apple harvest this autumn, the growers' union said. "
           "Union chair Ana Ruiz said the dry summer helped. \"We have never seen fruit like it,\" Ruiz said. "
           "— Associated Press writer Jo Tarn in Velbury contributed to this report.")


def test_a_credit_sentence_closing_a_paragraph_names_no_one_of_the_story() -> None:
    got = tagged((HARVEST, [("Ana Ruiz", "person"), ("Ruiz", "person"), ("Jo Tarn", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_bracketed_wire_credit_inside_a_paragraph_names_no_one_of_the_story() -> None:
    text = ("The ferry line will add two crossings a day from May, its chief Tom Bale said on Monday. Bale said "
            "bookings were up a fifth. (Reporting by Jo Tarn; Writing by Bo Lund; Editing by Ana Ruiz and Kit Marr)")
    got = tagged((text, [("Tom Bale", "person"), ("Bale", "person"), ("Jo Tarn", "person"), ("Bo Lund", "person"),
                         ("Ana Ruiz", "person"), ("Kit Marr", "person")]))
    assert set(got) == {"Tom Bale"}, got


def test_a_sentence_using_a_credit_cues_words_is_no_credit() -> None:
    text = ("Tom Bale said storms had contributed to this report's delay. Ana Ruiz, who chairs the ferry board, "
            "said the report would come in June.")
    got = tagged((text, [("Tom Bale", "person"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Tom Bale", "Ana Ruiz"}, got
