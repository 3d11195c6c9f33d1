"""The timeline faults the thirty-ninth and fortieth reads left (bench/BRIEF_REVIEW.md, "time31"): the report's own
day on a noun labelled *(mentioned)*. Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

MAY14 = dt.date(2020, 5, 14)  # a Thursday


def test_the_reports_own_day_before_its_noun_is_the_days_news_not_a_mention() -> None:
    got = timeline_rows("Former rowers say today's announcement of a cut to the club's grant has dealt a further "
                        "blow to the sport.", published=MAY14)
    assert [(d, m) for d, m, _, _ in got] == [("2020-05-14", False)], got


def test_an_earlier_day_before_its_noun_stays_a_mention() -> None:
    got = timeline_rows("Former rowers say Wednesday's announcement of a cut to the club's grant has dealt a further "
                        "blow to the sport.", published=MAY14)
    assert [(d, m) for d, m, _, _ in got] == [("2020-05-13", True)], got



AUG21 = dt.date(2019, 8, 21)


def test_a_mentioned_date_written_in_a_clause_another_date_shows_is_no_second_entry() -> None:
    got = timeline_rows("The storm season on the coast is just beginning. It runs from June through November, with its "
                        "peak coming in mid-September, and the harbour is already closed to small boats.",
                        published=AUG21)
    assert sum("peak coming" in t for _, _, _, t in got) == 1, got
    assert not any(m and "peak coming" in t for _, m, _, t in got), got


def test_a_mention_whose_date_no_other_entry_shows_stays() -> None:
    got = timeline_rows("The harbour, which closed to small boats in March, is expected to reopen in the spring.",
                        published=AUG21)
    assert [(d, m) for d, m, _, _ in got] == [("2019-03", True)], got


def test_a_quantitys_change_from_one_year_to_another_is_one_period() -> None:
    got = timeline_rows("Membership of the rowing club grew from 12 members in 2001 to more than 40 in 2009, its "
                        "secretary notes.", published=AUG21)
    assert [(d, m) for d, m, _, _ in got] == [("2001", False)], got
    entries = build_timeline(story("Membership of the rowing club grew from 12 members in 2001 to more than 40 in "
                                   "2009, its secretary notes.", published=AUG21), same_thing)
    assert [(e.date, e.end) for e in entries] == [("2001", "2009")], entries


def test_from_a_place_in_one_year_to_a_verb_is_no_change_of_a_quantity() -> None:
    got = timeline_rows("The rowing coach moved from Leeds in 2001 to take a job in York in 2009.", published=AUG21)
    assert [d for d, _, _, _ in got] == ["2001"], got
