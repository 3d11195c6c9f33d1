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
