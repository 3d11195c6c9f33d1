"""The timeline faults the twenty-fifth read found (bench/BRIEF_REVIEW.md, "time23"): a sentence opening "A year ago"
dated by its plan's "next year", the day of what a sentence reports marked a mention in a cleft sentence and in a
clause after "told reporters at … that", and one sentence listed under two dates (a thing's day beside the
sentence's own). Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline
from storyline.timeline.expressions import find_dates

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str) -> list[tuple[str, bool, str]]:
    return [(e.date, e.mention, e.text) for e in build_timeline(story(*texts, published=TUE), same_thing)]


def test_a_capitalised_ago_phrase_is_a_date() -> None:
    assert [e.text for e in find_dates("A year ago, the mayor quit. Two weeks ago he came back.", [])] == [
        "A year ago", "Two weeks ago"]


def test_a_sentence_opening_a_year_ago_is_dated_by_it_not_by_its_plans_year() -> None:
    got = _entries("A year ago, the agency announced that six firms could bid for contracts to fly crews to the "
                   "station as early as next year.")
    assert [d for d, _, _ in got] == ["2018"], got


def test_a_cleft_sentences_clause_is_the_news_not_a_mention() -> None:
    got = _entries("It is for that reason that the city council on Monday hired three builders to repair the old "
                   "bridge.")
    assert [(d, m) for d, m, _ in got] == [("2019-11-18", False)], got


def test_a_clause_told_after_a_briefing_is_the_news_not_a_mention() -> None:
    got = _entries("Deputy Fire Chief Ann Oset told reporters at a briefing that crews began receiving calls Monday "
                   "morning about smoke in a school.")
    assert [(d, m) for d, m, _ in got] == [("2019-11-18", False)], got


def test_a_true_relative_clause_after_a_told_place_stays_a_mention() -> None:
    got = _entries("The mayor told reporters at the bridge that the council shut on Monday about the repairs.")
    assert [(d, m) for d, m, _ in got] == [("2019-11-18", True)], got


def test_a_cleft_on_a_noun_with_a_true_relative_clause_stays_a_mention() -> None:
    got = _entries("It is the bridge that the council shut on Monday.")
    assert [(d, m) for d, m, _ in got] == [("2019-11-18", True)], got


def test_one_sentence_is_not_listed_under_a_things_day_and_its_own() -> None:
    got = _entries("Reed was the second witness testifying Monday who saw the July 12 crash on the coast road.")
    assert [d for d, _, _ in got] == ["2019-11-18"], got


def test_a_things_day_alone_in_its_sentence_stays() -> None:
    got = _entries("Reed said the July 12 crash on the coast road had frightened the whole village.")
    assert [(d, m) for d, m, _ in got] == [("2019-07-12", True)], got


def test_a_things_day_after_a_possessive_name_goes_when_its_sentence_has_its_own() -> None:
    got = _entries("Reed was the second witness testifying Monday who saw Ann Oset's July 12 crash on the coast road.")
    assert [d for d, _, _ in got] == ["2019-11-18"], got
