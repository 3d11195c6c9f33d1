"""The timeline faults the nineteenth and twentieth reads found (bench/BRIEF_REVIEW.md, "time19"): a named day
read as its weekday, a survey question's "past month" read as the month before the report, and a timetable's
coming weekday resolved to the past. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

NOV = dt.date(2019, 11, 20)  # a Wednesday


def _entries(*texts: str, published: dt.date | None = NOV) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published),
                                                                          same_thing)]


def test_a_named_day_is_no_weekday() -> None:
    got = _entries("The toaster maker cut its prices on Monday. Black Friday pricing is now live on the kettles, "
                   "a saving of 30 percent.")
    assert not any(t.startswith("Black Friday") for _, _, _, t in got), got


def test_a_surveys_past_month_is_no_span_before_the_report() -> None:
    got = _entries("The institute published the study on Monday. Among adults, the share of respondents who "
                   "smoked in the past month fell by a fifth between 2010 and 2016. The number of teenagers who "
                   "said they had smoked in the past month fell too.")
    assert not any(d.startswith("2019-10") for d, _, _, _ in got), got


def test_a_timetables_weekday_is_the_coming_one() -> None:
    got = _entries("The boat fair drew dealers from three countries on Monday. The fair opens to the public on "
                   "Friday, organisers said.")
    dated = [d for d, _, _, t in got if t.startswith("The fair opens")]
    assert dated == ["2019-11-22"], got


def test_a_past_weekday_stays_past() -> None:
    got = _entries("The boat fair opened to the public on Friday, organisers said on Monday.")
    assert all(d < "2019-11-20" for d, _, _, _ in got), got
