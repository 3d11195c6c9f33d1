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


FRI = dt.date(2021, 4, 30)  # a Friday


def test_a_progressive_on_the_reports_own_weekday_is_the_days_news() -> None:
    got = timeline_rows("Senator Idris Okafor is wading into the harbour dispute Friday morning with a letter.",
                        published=FRI)
    assert [(d, f) for d, _, f, _ in got] == [("2021-04-30", False)], got


def test_a_progressive_on_a_later_weekday_stays_a_plan() -> None:
    got = timeline_rows("Senator Idris Okafor is flying to the harbour town of Tarnby on Sunday for a hearing.",
                        published=FRI)
    assert [(d, f) for d, _, f, _ in got] == [("2021-05-02", True)], got


MON = dt.date(2026, 3, 2)


def test_today_in_an_as_clause_of_a_pronoun_is_nowadays() -> None:
    got = timeline_rows("The contract only says that the ministry cannot use the Tarnby software to break any of the "
                        "harbour rules as they are written today.", published=MON)
    assert got == [], got


def test_today_under_a_main_clause_would_is_nowadays() -> None:
    got = timeline_rows("For many islanders today, it would be bordering on scandal to close the Tarnby ferry.",
                        published=MON)
    assert got == [], got


def test_today_of_a_reported_would_or_a_named_as_clause_keeps_the_day() -> None:
    got = timeline_rows("The Tarnby mayor would announce her decision on the ferry today, aides said.",
                        published=MON)
    assert [d for d, _, _, _ in got] == ["2026-03-02"], got


def test_a_change_over_last_year_is_a_mention_of_the_baseline() -> None:
    # time40: a change's baseline alone is no entry at all (the fifty-fifth read's "since 2012 *(mentioned)* — …
    # down 32% from a year ago"); time37's point, that the baseline never dates the news as an event, holds
    got = timeline_rows("Tarnby Shipping reported quarterly revenue of $40 million, up 20% over last year.",
                        published=MON)
    assert [(d, m) for d, m, _, _ in got if not m] == [], got
    assert [(d, m) for d, m, _, _ in got] == [], got
