"""A weekday the text places in a season or month the report's week is not in (bench/BRIEF_REVIEW.md, "time36"):
"a rainy Saturday in early autumn" in a December feature is no Saturday of the report's week. Fixtures are made up
for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows
from storyline.timeline.expressions import find_dates
from storyline.timeline.resolution import resolve

DEC15 = dt.date(2011, 12, 15)


def _resolved(text: str, published: dt.date = DEC15) -> list[str | None]:
    out = []
    for e in find_dates(text):
        value = resolve(e, published)
        out.append(None if value is None else value.iso())
    return out


def test_a_weekday_in_another_season_is_no_day_of_the_reports_week() -> None:
    assert _resolved("So on a windy Sunday in late spring, the Okafor sisters planted the orchard.") == [None]
    assert _resolved("On Tuesday in July the ferry stopped running.") == [None, "2011-07"]


def test_a_weekday_in_the_reports_own_season_or_month_keeps_its_day() -> None:
    assert _resolved("On a cold Tuesday in early winter, the ferry stopped running.") == ["2011-12-13"]
    assert _resolved("On Tuesday in December the ferry stopped running.")[0] == "2011-12-13"
    assert _resolved("On Tuesday the ferry stopped running.") == ["2011-12-13"]


def test_the_season_weekday_dates_no_timeline_entry() -> None:
    got = timeline_rows("So on a windy Sunday in late spring, the Okafor sisters planted the orchard in Tarnby.",
                        published=DEC15)
    assert all(d != "2011-12-11" for d, _, _, _ in got), got
