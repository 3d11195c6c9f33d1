"""The timeline faults the twenty-sixth read found (bench/BRIEF_REVIEW.md, "time24"): forecasts of a coming year
under a modal not marked expected, a failed vow's missed day put in the next year, the day of what a sentence
reports marked a mention through a weekday's possessive, "midway through next year" shown as "until". Fixtures are
made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str) -> list[tuple[str, bool, bool, str]]:
    return timeline_rows(*texts, published=TUE)


def test_a_coming_year_under_could_is_expected() -> None:
    got = _entries("Harlow said the first ferry crossings could begin in 2021.")
    assert [(d, f) for d, _, f, _ in got] == [("2021", True)], got


def test_a_coming_year_under_would_be_able_to_is_expected() -> None:
    got = _entries("The yard would be able to launch two ferries in 2022, she said.")
    assert [(d, f) for d, _, f, _ in got] == [("2022", True)], got


def test_a_coming_year_on_a_participle_under_should_be_is_expected() -> None:
    got = _entries("Harlow said the new ferry should be ready for crossings starting in 2023.")
    assert [(d, f) for d, _, f, _ in got] == [("2023", True)], got


def test_a_past_year_under_could_have_is_not_expected() -> None:
    got = _entries("Harlow said the crossings could have begun in 2021 had the yard been paid.")
    assert [f for _, _, f, _ in got] == [False], got


def test_a_failed_vows_missed_day_keeps_the_reports_year() -> None:
    got = _entries("The mayor is under fire for failing to deliver on his vow that the bridge would open on Oct. 31.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-10-31", False)], got


def test_a_broken_promises_day_keeps_the_reports_year() -> None:
    got = _entries("The mayor broke his promise that the bridge would open on Oct. 3.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-10-03", False)], got


def test_a_vow_not_said_to_fail_stays_a_plan_in_the_next_year() -> None:
    got = _entries("The mayor has vowed that the bridge would open on Oct. 31.")
    assert [(d, f) for d, _, f, _ in got] == [("2020-10-31", True)], got


def test_an_occasions_day_on_a_participle_of_the_object_is_the_news() -> None:
    got = _entries("Renamed to look like a neutral account, it posted a string of messages praising Harlow during "
                   "Monday’s hearing.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_midway_through_next_year_is_in_it_not_until_it() -> None:
    got = build_timeline(story("The new ferry is expected to enter service midway through next year.",
                               published=TUE), same_thing)
    assert [(e.date, e.relation, e.future) for e in got] == [("2020", None, True)], got


def test_through_next_year_alone_is_until_it() -> None:
    got = build_timeline(story("The old ferry will stay in service through next year.", published=TUE), same_thing)
    assert [(e.date, e.relation) for e in got] == [("2020", "until")], got


def test_halfway_through_a_stated_year_is_in_it() -> None:
    got = build_timeline(story("The ferry is expected to enter service halfway through 2021.", published=TUE),
                         same_thing)
    assert [(e.date, e.relation) for e in got] == [("2021", None)], got


def test_a_past_ability_on_a_bare_day_keeps_the_last_one() -> None:
    got = _entries("Harlow said he could not attend the Oct. 3 meeting at the yard because of the strike.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-10-03", False)], got
