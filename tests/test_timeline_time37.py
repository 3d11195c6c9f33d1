"""A bare weekday of a story the text has set in another week (bench/BRIEF_REVIEW.md, "time37"): after "on a windy
Sunday in late spring" in a December report, "On Friday" is the story's Friday, not the report's week's. Fixtures are
made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

DEC15 = dt.date(2011, 12, 15)  # a Thursday

STORY = (
    "So on a windy Sunday in late spring, the Okafor sisters planted the orchard in Tarnby.",
    "The trees came from a nursery their grandfather founded.",
    "On Friday, the neighbours arrived with ladders and baskets for the first picking in Tarnby.",
    "On Saturday, the sisters sold four hundred jars of jam at the Tarnby market.",
)


def test_weekdays_after_one_set_in_another_season_date_nothing() -> None:
    got = timeline_rows("\n".join(STORY), published=DEC15)
    assert all(d not in ("2011-12-09", "2011-12-10") for d, _, _, _ in got), got


def test_a_day_counted_from_the_report_brings_the_weekdays_back_to_its_week() -> None:
    text = "\n".join((*STORY[:2], "This week, the sisters opened a shop in Tarnby.",
                      "On Tuesday, the Tarnby council approved a second orchard for the sisters."))
    got = timeline_rows(text, published=DEC15)
    assert any(d == "2011-12-13" and "council approved" in t for d, _, _, t in got), got


def test_a_weekday_with_no_story_set_elsewhere_keeps_the_reports_week() -> None:
    got = timeline_rows(STORY[2], published=DEC15)
    assert [d for d, _, _, _ in got] == ["2011-12-09"], got
