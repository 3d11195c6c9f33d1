"""The timeline faults the thirty-first and thirty-second reads left open (bench/BRIEF_REVIEW.md, "time28"): a bare
month that ends a span still running ("must wait until July") put in the report's past year, "later this year" not
shown as a time to come. Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

DEC30 = dt.date(2013, 12, 30)
NOV20 = dt.date(2019, 11, 20)
JAN16 = dt.date(2020, 1, 16)


def test_a_wait_until_a_bare_month_under_must_is_the_coming_month() -> None:
    got = timeline_rows("Oregon is also raising its ferry fares to $9 a trip, but riders must wait until July to see "
                        "the new timetable.", published=DEC30)
    assert [(d, f) for d, _, f, _ in got] == [("2014-07", True)], got


def test_a_present_state_until_a_bare_month_is_to_come() -> None:
    got = timeline_rows("The ferry fare stays at $2 until March, the harbour board said.", published=DEC30)
    assert [(d, f) for d, _, f, _ in got] == [("2014-03", True)], got


def test_a_past_state_until_a_bare_month_keeps_the_past_month() -> None:
    got = timeline_rows("The pier stayed shut until July, the harbour board said.", published=DEC30)
    assert [(d, f) for d, _, f, _ in got] == [("2013-07", False)], got


def test_later_this_year_without_a_future_verb_is_expected() -> None:
    got = timeline_rows("The report comes amid a long dispute over ferry pay, with further strikes on the cards later "
                        "this year.", published=NOV20)
    assert [(d, f) for d, _, f, _ in got] == [("2019", True)], got


def test_earlier_this_year_is_not_expected() -> None:
    got = timeline_rows("The harbour board met the ferry crews earlier this year.", published=NOV20)
    assert [(d, f) for d, _, f, _ in got] == [("2019", False)], got


def test_a_sentence_of_two_mentioned_dates_is_one_entry_under_the_first_written() -> None:
    got = timeline_rows("The harbour board’s goal to have cut enough fuel by 2050 to offset all its emissions since "
                        "its founding in 1975 covers ferries and buses, it said.", published=JAN16)
    assert [(d, m) for d, m, _, _ in got] == [("2050", True)], got


def test_two_sentences_mentioning_dates_keep_an_entry_each() -> None:
    got = timeline_rows("The harbour board’s goal to have cut enough fuel by 2050 covers ferries and buses, it said.\n"
                        "The harbour trust, which was founded in 1975, runs the ferries.", published=JAN16)
    assert sorted((d, m) for d, m, _, _ in got) == [("1975", True), ("2050", True)], got
