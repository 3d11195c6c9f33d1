"""summ50: one act told twice, on made-up text (a town's parking fees, a ferry line): a line that quotes a few of a
speaker's words and the line of one report that gives the quotation they come from tell one statement once; two
lines that quote different words, share only a name, or are of two reports (one quotes the words to answer them),
stay."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import sentence_figures
from storyline.summary.retold import retold

_DAY = dt.date(2021, 4, 14)

_FEES = ('Mayor Ilse Dunn has promised "no new parking fees" in the old town this year, despite a gap in the budget. '
         'The council met on Monday to discuss the budget. '
         '"There will be no, repeat no new parking fees," Ms Dunn told a meeting of shop owners in Varna.')


def test_a_quoted_phrase_and_the_quotation_it_comes_from_are_one_statement() -> None:
    analyses = story(_FEES, published=_DAY)
    a = analyses[0]
    chosen = [a.sentences[0], a.sentences[2]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {1: 0}


def test_other_words_quoted_or_only_a_name_shared_are_two_statements() -> None:
    analyses = story('Mayor Ilse Dunn has promised "no new parking fees" in the old town this year. '
                     '"The ferry line will run every hour from May," Ms Dunn told reporters. '
                     'Ms Dunn said the "new parking" rules were fair.', published=_DAY)
    a = analyses[0]
    chosen = list(a.sentences[:3])
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False, False]) == {}


def test_another_reports_line_that_quotes_the_words_to_answer_them_stays() -> None:
    analyses = story('Mayor Ilse Dunn told the radio she wants the harbour to be "the busiest on the coast," a plan '
                     'her deputy expanded on.',
                     '"Mayor Dunn is wrong again: no town gets to be the busiest on the coast by cutting its ferry '
                     'line," the shippers said in a statement.', published=_DAY)
    chosen = [a.sentences[0] for a in analyses]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {}


def test_a_quotation_of_someone_else_that_answers_the_words_stays() -> None:
    analyses = story('Mayor Ilse Dunn told the radio she wants the harbour to be "the busiest on the coast." '
                     '"Mayor Dunn is wrong again: no town gets to be the busiest on the coast by cutting its ferry '
                     'line," the shippers said in a statement.', published=_DAY)
    a = analyses[0]
    chosen = list(a.sentences[:2])
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {}


def test_a_title_in_quotation_marks_is_not_a_speakers_words() -> None:
    analyses = story('Mayor Ilse Dunn opened the "Harbour Lights Winter Festival" on Friday. '
                     '"We built the Harbour Lights Winter Festival for every family," Ms Dunn told the crowd.',
                     published=_DAY)
    a = analyses[0]
    chosen = list(a.sentences[:2])
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {}
