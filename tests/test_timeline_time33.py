"""The timeline faults of the forty-third to forty-fifth reads (bench/BRIEF_REVIEW.md, "time33"): a forecast of "this
month" under a modal with no *(expected)*, *(mentioned)* on the line's own event (a past "were the X that I did … ago",
"warned against making … during his March 3 address"), "Today" on a modal state ("could not differ more") dated as
the report's day, and "til 2014" read as no date. Fixtures are made up for these tests; none comes from the bench or
the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

AUG13 = dt.date(2010, 8, 13)  # a Friday


def test_a_modal_forecast_of_this_month_is_expected() -> None:
    got = timeline_rows("The first real test for the ferry plan could come as early as this month, when the harbour "
                        "board hopes to vote.", published=AUG13)
    assert [(d, f) for d, _, f, _ in got] == [("2010-08", True)], got


def test_a_denied_modal_of_this_month_is_no_forecast() -> None:
    got = timeline_rows("The ferry company could not pay its pilots this month, the harbour master said.",
                        published=AUG13)
    assert [(d, f) for d, _, f, _ in got] == [("2010-08", False)], got


def test_a_past_cleft_relative_clause_date_is_the_lines_own() -> None:
    got = timeline_rows("These were the repairs that I recommended to the harbour board 2 years ago.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2008", False)], got


def test_a_present_copulas_relative_clause_date_stays_a_mention() -> None:
    got = timeline_rows("This is the ferry law that the council passed in 2004.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2004", True)], got


def test_an_occasion_after_a_gerund_dates_the_finite_verb() -> None:
    got = timeline_rows("Mayor Anna Berg warned against signing a bad deal during her August 3 address to the "
                        "harbour board.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-08-03", False)], got


def test_today_on_a_modal_state_is_nowadays_not_the_reports_day() -> None:
    got = timeline_rows("In 2004, the two ferry firms agreed on every fare. Today, their prices could not differ "
                        "more.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2004"], got


def test_today_on_a_modal_event_keeps_the_day() -> None:
    got = timeline_rows("Today, the harbour board could vote on the ferry plan.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2010-08-13"], got


def test_til_before_a_year_is_until() -> None:
    got = timeline_rows("The council promised to keep the harbour tax til 2014.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2014"], got
    got = timeline_rows("The council promised to keep the harbour tax 'til 2014.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2014"], got


def test_a_date_after_a_trailing_participles_closing_comma_is_the_clauses() -> None:
    got = timeline_rows("The board also vowed to keep the old ferry fare, meant to end next year, until 2014.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2014", False)], got


def test_a_date_inside_a_trailing_participles_aside_stays_the_nouns() -> None:
    got = timeline_rows("The council said a harbour tax, intended to end in 2012, will stay.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2012", True)], got
