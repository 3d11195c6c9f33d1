"""One act, one entry across a day and its month or year (time57, issue 12): an act told under its day by one report
and under its month by another is one entry under the day; one month told twice is one entry; the noun a participle
describes ("the audit released on Monday") is its act's party. Fixtures are made up for these tests; none comes
from the pool or the bench."""

from __future__ import annotations

import datetime as dt

from test_timeline_time56 import _rows  # (date, cited reports, text, other reading) of each entry

JUN, WED = dt.date(2021, 6, 20), dt.date(2021, 6, 9)


def test_one_act_under_its_day_and_its_month_is_one_entry_under_the_day() -> None:
    got = _rows(("The Kelso council raised the harbour fee for fishing boats in March, angering skippers.", JUN),
                ("Skippers protested after the council raised the harbour fee on March 12, 2021, by a third.", JUN))
    assert [(d, docs) for d, docs, _, _ in got] == [("2021-03-12", ["d0", "d1"])], got
    assert got[0][3] is None, got  # a month holding the day is no second reading


def test_one_month_told_by_two_reports_in_their_own_words_is_one_entry() -> None:
    got = _rows(("Prior to this week's move, the Delmar mill had cut its paper output last December for only the "
                 "second time since it opened.", JUN),
                ("The mill then waited a whole year before cutting output again in December.", JUN))
    assert [(d, docs) for d, docs, _, _ in got] == [("2020-12", ["d0", "d1"])], got


def test_two_acts_of_one_party_in_one_month_of_one_report_stay_two() -> None:
    # guard: one council, one month, one report, two verbs and two things done
    got = _rows(("The Kelso council raised the harbour fee in March after a long debate. The Kelso council "
                 "rejected the plan for a second ferry terminal in March, its leader said.", JUN),)
    assert len(got) == 2, got


def test_two_acts_under_a_day_and_its_month_stay_two() -> None:
    # guard: a day inside a month, one party, but two verbs and two things done
    got = _rows(("The Kelso council approved the new harbour budget in March after a long debate.", JUN),
                ("The Kelso council rejected the plan for a second ferry terminal on March 12, 2021.", JUN))
    assert len(got) == 2, got


def test_a_thing_a_participle_describes_is_its_acts_party() -> None:
    # "the audit released on Monday" and "released an audit on Tuesday": one release, two days, both shown
    got = _rows(("The audit released on Monday found that the Tarvos water board had overcharged 4,000 homes.", WED),
                ("The water board in Tarvos released an audit of its billing on Tuesday.", WED))
    assert [(d, docs) for d, docs, _, _ in got] == [("2021-06-08", ["d0", "d1"])], got  # the day an entry tells
    assert got[0][3] == "one report: 7 Jun 2021", got  # the other day is said
