"""The timeline faults the thirty-third and thirty-fourth reads found (bench/BRIEF_REVIEW.md, "time29"): a mention's
clause cut from a sentence another date shows whole. Fixtures are made up for these tests; none comes from the bench
or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

NOV6 = dt.date(2023, 11, 6)


def test_a_mentions_clause_cut_from_a_sentence_shown_whole_is_no_entry() -> None:
    got = timeline_rows("As the deputy director of the port authority, he appeared alongside the harbour master at a "
                        "November 2003 press conference on ferry safety, and testified before the city council's "
                        "transport committee in March 2007.", published=NOV6)
    assert [(d, m) for d, m, _, _ in got] == [("2007-03", False)], got
    assert got[0][3].endswith("in March 2007."), got


def test_a_mentions_clause_of_its_own_sentence_stays() -> None:
    got = timeline_rows("He appeared alongside the harbour master at a November 2003 press conference on ferry "
                        "safety.\n"
                        "He testified before the city council's transport committee in March 2007.", published=NOV6)
    assert sorted(d for d, _, _, _ in got) == ["2003-11", "2007-03"], got


MAY14 = dt.date(2020, 5, 14)


def test_a_bare_month_day_told_after_a_day_of_its_month_with_a_year_takes_that_year() -> None:
    got = timeline_rows("The ferry company announced the sale of its fleet on February 26, 2017. The buyers were a "
                        "fund and two banks. Their names stayed secret for a month. Two days after the announcement, "
                        "on February 28, the chairman flew to Oslo to meet them.", published=MAY14)
    assert [d for d, _, _, t in got if "Oslo" in t] == ["2017-02-28"], got


def test_a_bare_month_day_after_another_months_date_keeps_the_reports_year() -> None:
    got = timeline_rows("The ferry company announced the sale of its fleet on February 26, 2017. The buyers were a "
                        "fund and two banks. On March 3, the chairman flew to Oslo to meet them.", published=MAY14)
    assert [d for d, _, _, t in got if "Oslo" in t] == ["2020-03-03"], got


def test_todays_before_a_noun_of_our_times_dates_nothing() -> None:
    got = timeline_rows("In today's digital world, a ferry pilot can check the tides on a phone, the harbour master "
                        "said.", published=MAY14)
    assert got == [], got


def test_todays_before_a_days_noun_is_the_reports_day() -> None:
    got = timeline_rows("The harbour master cancelled today's ferry crossings because of the storm.", published=MAY14)
    assert [d for d, _, _, _ in got] == ["2020-05-14"], got


def test_todays_before_a_capitalised_name_is_the_reports_day() -> None:
    got = timeline_rows("The harbour master cancelled the ferries for today's World Cup final in the city.",
                        published=MAY14)
    assert [d for d, _, _, _ in got] == ["2020-05-14"], got


AUG24 = dt.date(2011, 8, 24)


def test_a_day_on_a_noun_before_a_comma_relative_clause_is_the_clauses() -> None:
    got = timeline_rows("A helicopter crew discovered the crack during a secondary inspection of the bridge on "
                        "Tuesday, which runs at an angle and measures about four inches in length.", published=AUG24)
    assert [(d, m) for d, m, _, _ in got] == [("2011-08-23", False)], got


def test_a_date_on_a_noun_a_relative_clause_describes_stays_a_mention() -> None:
    got = timeline_rows("The harbour board appealed against a court ruling in 2016 that had found the pier unsafe.",
                        published=AUG24)
    assert [(d, m) for d, m, _, _ in got] == [("2016", True)], got


def test_a_bare_month_day_after_a_month_with_a_year_keeps_the_reports_year() -> None:
    got = timeline_rows("In October 2021, the harbour board was fined for the spill. The fine was never paid. Its "
                        "pilots were caught off guard by the storm on October 7.", published=dt.date(2023, 11, 7))
    assert [d for d, _, _, t in got if "storm" in t] == ["2023-10-07"], got

