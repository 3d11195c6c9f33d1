"""summ47: what a freed slot let into the summary that is no item of the account: a credit line
(who reported or edited the report) left inside a record's one-paragraph text; and two reports' ledes that read alike
(``retold.LEDES_ALIKE``) telling the story's news twice. Fixtures are made up (a cycling race, a library's reopening,
a tram line); none comes from the bench or the pools."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from conftest import story
from storyline.newswriting import credit_line
from storyline.summary.retold import retold
from storyline.summary.standalone import why_not_alone

_DAY = dt.date(2021, 6, 12)


@pytest.mark.parametrize("text", [
    "Reporting by Tomas Elling in Ghent; Editing by Maria Soto.",
    "Additional reporting by Pia Lund in Bruges.",
    "(Writing by Ken Adair; editing by Jo Mertens.)",
    "Radio Ghent's Lotte Pauwels contributed to this report.",
    "Pia Lund contributed reporting.",
])
def test_a_credit_line_is_no_statement_of_the_story(text: str) -> None:
    assert credit_line(text)


@pytest.mark.parametrize("text", [
    "Reporting by local volunteers helped the race organisers find the missing rider.",
    "The rider said her team contributed to this report of doping by the federation's own doctors, which named "
    "six riders, four coaches and two team doctors from three countries over the last two seasons of racing in "
    "the north of the country.",
    "The library's editor, Ann Pike, said the new wing would open on Monday.",
])
def test_a_sentence_of_the_story_is_no_credit_line(text: str) -> None:
    assert not credit_line(text)


def test_a_credit_line_in_a_records_paragraph_is_no_summary_sentence() -> None:
    a = story("The Ghent library reopened its east wing on Friday after two years of repairs. "
              "Radio Ghent's Lotte Pauwels contributed to this report.", published=_DAY)
    credit = next(s for s in a[0].sentences if "contributed" in s.text)
    assert why_not_alone(a[0], credit) is not None


retold_module = importlib.import_module("storyline.summary.retold")  # the package's name is the function

_TRAM = ("The Ghent city council has approved the new tram line, clearing the way for work to start on the Dampoort "
         "bridge in May.",
         "Ghent's tram plan won final backing from councillors, giving the city the go-ahead to rebuild the Dampoort "
         "crossing.")


def test_two_reports_ledes_that_read_alike_tell_the_news_once() -> None:
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {1: 0}


def test_without_the_ledes_bar_they_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retold_module, "LEDES_ALIKE", 1.01)
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {}


def test_two_sentences_that_are_no_ledes_at_that_bar_stay_two() -> None:
    a = story(*_TRAM, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,)) == {}
