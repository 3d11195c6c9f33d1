"""The timeline kinds the 66th and 67th reads found (bench/BRIEF_REVIEW.md, "time45"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

FRI = dt.date(2011, 3, 18)  # a Friday
SAT = dt.date(2011, 3, 19)
TUE = dt.date(2011, 3, 15)


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_a_month_of_that_year_takes_the_year_named_before() -> None:
    # the 67th read: "… after the January 2015 Paris attack …. The force was reinforced after the assaults that left
    # 130 people dead in Paris in November of that year." dated November 2016 (the report's year before)
    got = timeline_rows("The patrol was set up after the January 2009 flood in the valley. It was doubled after the "
                        "storms that cut the town's power in November of that year.", published=FRI)
    assert [d for d, _, _, t in got if "November of that year" in t] == ["2009-11"], got


def test_a_bare_month_without_that_year_keeps_its_reading() -> None:
    # guard: "in November" alone is the report's last November
    got = timeline_rows("The patrol was set up in 2009. It was doubled after the storms that cut the town's power "
                        "in November.", published=FRI)
    assert [d for d, _, _, t in got if "in November." in t] == ["2010-11"], got


def test_a_date_joined_to_a_participles_date_is_the_nouns_too() -> None:
    # the 67th read: "… praised "the unprecedented progress made by the … industry" made last year and in early
    # 2017." dated 2017 as the praise's year: the second date is the progress's, as the first is
    got = timeline_rows("The mayor opened the new bridge on Saturday. The mayor also praised the progress made by "
                        "the builders last year and in early 2011.", published=SAT)
    assert all(m for _, m, _ in _rows(got, "The mayor also")), got
    assert "2011" not in [d for d, _, _ in _rows(got, "The mayor also")], got


def test_two_joined_dates_of_a_clause_stay_the_clauses() -> None:
    # guard: "was closed in March and in 2011" keeps the clause's own date
    got = timeline_rows("The old bridge was closed in March and in 2010.", published=SAT)
    assert not any(m for _, m, _ in _rows(got, "The old bridge")), got


def test_a_present_hope_for_this_week_is_expected() -> None:
    # the 66th read: "Republicans are hoping to vote another batch of nominees into office this week" with no
    # *(expected)*: what the hope is for may still come in the week
    got = timeline_rows("The council is hoping to open another pair of bridges this week.", published=TUE)
    assert _rows(got, "The council") == [("2011-W11", False, True)], got


def test_a_past_act_this_week_is_no_plan() -> None:
    # guard: a done act and a past hope in this week stay unmarked
    got = timeline_rows("The council opened a bridge this week. The mayor hoped to cut the ribbon this week.",
                        published=TUE)
    assert _rows(got, "The council") == [("2011-W11", False, False)], got
    assert all(not f for _, _, f in _rows(got, "The mayor")), got
