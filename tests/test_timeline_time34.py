"""The timeline faults the forty-fifth and forty-sixth reads left open (bench/BRIEF_REVIEW.md, "time34"): an event in
a "before …ing" clause labelled *(mentioned)*, a coming event dated by its comparison's yardstick ("similar to what we
saw last week"), the writer's remark to the reader as an entry, and one event a report tells twice on one day.
Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

AUG13 = dt.date(2010, 8, 13)  # a Friday
AUG30 = dt.date(2010, 8, 30)


def test_a_before_gerunds_date_is_the_lines_own() -> None:
    got = timeline_rows("He sailed to Oslo, then crossed Sweden and Finland before arriving in Halden in early June.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-06", False)], got


def test_a_before_gerund_beside_the_main_clauses_date_stays_context() -> None:
    got = timeline_rows("Berg left her home town in early May, before arriving in Halden in early June.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-05", False)], got


def test_a_comparisons_free_relative_date_is_a_mention() -> None:
    got = timeline_rows("Rain will be similar to what we saw last week in the valley, so towns need to be on alert.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-W31", True)], got


def test_a_free_relative_with_no_comparison_keeps_its_date() -> None:
    got = timeline_rows("The harbour board listened to what the mayor said last week about the ferry.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-W31", False)], got


def test_the_writers_remark_to_the_reader_is_no_entry() -> None:
    got = timeline_rows("We realize talking about your holiday weather a week out might be a bit early, but with the "
                        "storms building this week, there are some things we think you should know.", published=AUG13)
    assert got == [], got


def test_a_quoted_or_third_person_awareness_stays() -> None:
    got = timeline_rows("“We know your pain,” the mayor told families on Monday. Officials realize your town was "
                        "flooded last week.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2010-W31", "2010-08-09"], got


def test_a_day_a_report_tells_twice_is_one_entry() -> None:
    got = timeline_rows("On August 21, there was a surge in tensions after guards also harassed women and children "
                        "taking part in the protests.\n\nThere was a surge in tensions in Halden on August 21.",
                        published=AUG30)
    assert [(d, t[:12]) for d, _, _, t in got] == [("2010-08-21", "On August 21")], got


def test_two_events_of_one_day_in_one_report_stay() -> None:
    got = timeline_rows("Police arrested 20 protesters on Monday in the square. Thousands of protesters marched "
                        "through the capital on Monday.", published=AUG13)
    assert len(got) == 2, got


def test_a_fronted_before_gerunds_date_stays_a_landmark() -> None:
    got = timeline_rows("Before leaving the harbour board in 2008, Berg helped the town build a new ferry pier.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2008", True)], got
