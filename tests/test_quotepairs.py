"""A paragraph's double quotes read as the pipeline counts them, and a quotation closed by an apostrophe
(clean/quotepairs.py, inputs69). Made-up sentences about a bakery; each fails without its rule."""

from __future__ import annotations

from storyline.clean.quotepairs import close_quotations, misread


def test_marks_that_pair_are_not_misread() -> None:
    assert misread('"We open at dawn," the baker said. "Bread is dear," she added.') == 0


def test_an_apostrophe_written_as_a_double_quote_turns_later_marks_around() -> None:
    assert misread('"I don"t know," the baker said. "We open at dawn," she added.') == 4


def test_a_quotation_left_open_is_one_misread() -> None:
    assert misread('The baker said "we open at dawn and left.') == 1


def test_a_quotation_closed_by_an_apostrophe_is_closed_by_a_double_quote() -> None:
    text = 'The baker called it "Fine bread\' in May. "The oven was cold," he said.'
    assert close_quotations(text) == (
        'The baker called it "Fine bread" in May. "The oven was cold," he said.', [("bread'", 'bread"')])
    assert close_quotations('The mayor said "we are done.\'')[0] == 'The mayor said "we are done."'


def test_single_quoted_words_inside_are_not_its_close() -> None:
    text = 'The "Rock \'n\' roll bakery\' closed.'
    assert close_quotations(text)[0] == 'The "Rock \'n\' roll bakery" closed.'


def test_a_quotation_that_closes_or_a_possessive_outside_one_is_left() -> None:
    for text in ('"Fine bread," said the bakers\' guild.', "The bakers' guild met.", 'The "Fine bread" won.'):
        assert close_quotations(text) == (text, [])


def test_a_closing_mark_glued_to_the_next_sentence_closes() -> None:
    assert misread('"We open at dawn."The baker left. "Bread is dear," she said.') == 0


def test_an_apostrophe_sentences_after_the_opening_mark_is_no_close() -> None:
    text = 'The mayor said "bread is dear. The bakers\' guild met on Monday. "We open at dawn," she said.'
    assert close_quotations(text) == (text, [])
