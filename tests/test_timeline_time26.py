"""The timeline faults the twenty-ninth read found (bench/BRIEF_REVIEW.md, "time26"): a past expectation ("once
expected") marked expected, a quoted statement's "yesterday" dated from the report's day, a launch "tomorrow" not
expected and shown twice, an entry cut before its attribution tail. Fixtures are made up for these tests; none
comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

MON = dt.date(2019, 11, 18)  # a Monday


def _entries(*texts: str, published: dt.date = MON) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text)
            for e in build_timeline(story(*texts, published=published), same_thing)]


def test_a_past_expectation_is_no_forecast() -> None:
    got = _entries("A ferry deal, once expected to be signed within weeks of an October meeting between the two "
                   "mayors, has stalled.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-10", False)], got


def test_a_present_expectation_is_still_a_forecast() -> None:
    got = _entries("A ferry deal is expected to be signed within weeks of a December meeting between the mayors.")
    assert [f for _, _, f, _ in got] == [True], got



def test_a_launch_tomorrow_is_expected() -> None:
    got = _entries("The Harlow ferry service launches tomorrow and early reviews are mixed.")
    assert [(d, m, f) for d, m, f, _ in got] == [("2019-11-19", False, True)], got


def test_next_month_is_expected() -> None:
    got = _entries("The harbour board hires forty ferry crews next month.")
    assert [f for _, _, f, _ in got] == [True], got
