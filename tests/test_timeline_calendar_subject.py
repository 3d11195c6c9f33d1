"""A weekday that is the subject of a bare present ("Saturday is the 75th anniversary of the Act") is the coming day,
not the one before the report (the lead's clean check of the twenty-third session's second wave, bench/BRIEF_REVIEW.md:
read36's CNN page, dated on a Friday, put its Saturday anniversary on the Saturday before). Fixtures are made up."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

FRI = dt.date(2010, 8, 13)  # a Friday


def test_a_weekday_subject_of_a_present_is_the_coming_day() -> None:
    got = timeline_rows("Saturday is the 40th anniversary of the Varn Harbour Act, signed into law in August 1970.",
                        published=FRI)
    assert [d for d, _, _, t in got if t.startswith("Saturday")][:1] == ["2010-08-14"], got


def test_a_weekday_subject_of_a_past_stays_before_the_report() -> None:
    got = timeline_rows("Saturday was the 40th anniversary of the Varn Harbour Act, signed into law in August 1970.",
                        published=FRI)
    assert [d for d, _, _, t in got if t.startswith("Saturday")][:1] == ["2010-08-07"], got
