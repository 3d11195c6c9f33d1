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
