"""The timeline kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time49"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

MON = dt.date(2011, 3, 14)  # a Monday


def test_last_week_for_an_act_another_report_dates_by_its_day_is_one_entry_under_the_day() -> None:
    # "Last week, Mubarak was acquitted …" (a Monday's report, for a Thursday eleven days back) beside "On March 2,
    # Mubarak was acquitted …": one act under the week and under the day
    got = timeline_rows("On March 3, the city council approved the new tram budget by a narrow margin.",
                        "Last week, the city council approved the new tram budget by a narrow margin.",
                        published=MON)
    assert [d for d, _, _, t in got if "tram budget" in t] == ["2011-03-03"], got


def test_a_week_told_act_under_a_day_its_sentence_only_mentions_shows_the_act() -> None:
    # "Last week, … Trump tweeted that …" beside "… also responded to Trump's tweet of February 3, …": the day's
    # sentence only mentions the tweet, so the act's own sentence is shown, under the day
    got = timeline_rows("Earlier this week, the ferry company cut its winter timetable to two sailings a day.",
                        "The island's mayor complained about the ferry company's timetable cut of March 8, which "
                        "leaves the ferry company with two sailings a day.",
                        published=dt.date(2011, 3, 10))
    rows = [(d, m, t[:30]) for d, m, _, t in got if "ferry" in t]
    assert rows == [("2011-03-08", False, "Earlier this week, the ferry c")], got


def test_a_day_outside_the_week_and_another_act_stay_apart() -> None:
    # guards: a day two weeks before "last week" is not its day; another act of the week's day is not the same act
    got = timeline_rows("On February 21, the city council approved the new tram budget by a narrow margin. On March 8, "
                        "the city council rejected a plan to close the old bus depot.",
                        "Last week, the city council approved the new tram budget by a narrow margin.",
                        published=MON)
    assert sorted(d for d, _, _, _ in got) == ["2011-02-21", "2011-03-08", "2011-W10"], got
