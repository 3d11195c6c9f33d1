"""The timeline faults the twenty-seventh read found (bench/BRIEF_REVIEW.md, "time25"): the day of what a sentence
reports marked a mention through a possessive day on an occasion that a verb of coming goes "to". Fixtures are made
up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

WED = dt.date(2019, 11, 20)  # a Wednesday


def _entries(*texts: str) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text)
            for e in build_timeline(story(*texts, published=WED), same_thing)]


def test_coming_to_a_possessive_days_gathering_is_that_days_news() -> None:
    got = _entries("Mara Quill did not know the mayor was coming to Tuesday’s harvest supper but welcomed the "
                   "visit warmly.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-19", False)], got


def test_going_to_a_possessive_days_hearing_is_that_days_news() -> None:
    got = _entries("Two neighbours went to Monday’s zoning hearing to object to the new depot.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_knowing_little_before_a_possessive_days_event_stays_a_mention() -> None:
    got = _entries("Tom Verey said he knew little about the mayor before Tuesday’s supper, but he left impressed.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-19", True)], got


def test_a_present_plan_to_a_possessive_days_event_is_not_made_the_news() -> None:
    got = _entries("The club posted a map to Saturday’s parade route on its site.")
    assert [m for _, m, _, _ in got] == [True], got


def test_went_to_a_hearing_on_a_weekday_is_past_not_going_to() -> None:
    got = _entries("Two neighbours went to the zoning hearing on Monday.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-18", False)], got
