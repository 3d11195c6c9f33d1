"""The timeline faults the thirty-third to thirty-sixth reads left (bench/BRIEF_REVIEW.md, "time30"): an undated
report's bare month-day or month told after a day or month with its year, and a command to take a look as an entry.
Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

MAY14 = dt.date(2020, 5, 14)


def test_an_undated_reports_bare_month_day_after_a_day_of_its_month_with_a_year_takes_that_year() -> None:
    got = timeline_rows("The ferry company announced the sale of its fleet on February 26, 2017. The buyers were a "
                        "fund and two banks. Their names stayed secret for a month. Two days after the announcement, "
                        "on February 28, the chairman flew to Oslo to meet them.", published=None)
    assert [d for d, _, _, t in got if "Oslo" in t] == ["2017-02-28"], got


def test_an_undated_reports_bare_month_day_after_another_months_date_keeps_no_year() -> None:
    got = timeline_rows("The ferry company announced the sale of its fleet on February 26, 2017. The buyers were a "
                        "fund and two banks. On March 3, the chairman flew to Oslo to meet them.", published=None)
    assert [d for d, _, _, t in got if "Oslo" in t] == ["--03-03"], got


def test_an_undated_reports_bare_month_after_a_month_with_its_year_takes_that_year() -> None:
    got = timeline_rows("The harbour master first saw the crack in the pier in November 2016. At first the council "
                        "ignored it. But by December, the pier had closed to the public.", published=None)
    assert [d for d, _, _, t in got if "closed" in t] == ["2016-12"], got


def test_a_command_to_take_a_look_at_a_document_is_no_entry() -> None:
    got = timeline_rows("The port authority raised its fees on Wednesday.\n"
                        "Take a look here at the authority's statement and how it changed from the August statement, "
                        "courtesy of a harbour analyst.", published=MAY14)
    assert not any("Take a look" in t for _, _, _, t in got), got
    assert [d for d, _, _, _ in got] == ["2020-05-13"], got


def test_a_look_told_as_news_stays() -> None:
    got = timeline_rows("The harbour master took a look at the damaged pier in August.", published=MAY14)
    assert [d for d, _, _, _ in got] == ["2019-08"], got


MON = dt.date(2023, 11, 6)


def test_a_date_inside_a_quoted_question_is_only_mentioned() -> None:
    got = timeline_rows("The answer prompted the lawyer to lean in. “Are you aware that the ferry company was sold "
                        "last week?”", published=MON)
    assert [(d, m) for d, m, _, _ in got] == [("2023-W44", True)], got


def test_a_date_in_a_quoted_statement_is_the_lines_own() -> None:
    got = timeline_rows("“The ferry company was sold last week,” the harbour master told the court.", published=MON)
    assert [(d, m) for d, m, _, _ in got] == [("2023-W44", False)], got


def test_a_date_the_speaker_says_they_do_not_know_dates_nothing() -> None:
    got = timeline_rows("“I don’t know last week, but I know recently. On time, on schedule,” the harbour master "
                        "replied, ignoring what he had said before.", published=MON)
    assert got == [], got


def test_a_date_beside_a_negated_know_on_another_verb_stays() -> None:
    got = timeline_rows("“I don’t know why, but we sold the ferry company last week,” the harbour master replied.",
                        published=MON)
    assert [d for d, _, _, _ in got] == ["2023-W44"], got


def test_the_reports_own_day_in_a_quoted_question_is_the_asking_day() -> None:
    got = timeline_rows("“You believe that as of today the ferry company is worth $1.5 billion?” the lawyer asked.",
                        published=MON)
    assert [(d, m) for d, m, _, _ in got] == [("2023-11-06", False)], got
