"""The timeline faults of the 63rd–65th reads (bench/BRIEF_REVIEW.md, "time43"), by kind. Fixtures are made up for
these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

FRI = dt.date(2011, 3, 18)  # a Friday


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_a_date_on_the_object_of_a_verbs_order_phrase_is_a_mention() -> None:
    # the 64th read: "Phil Mickelson arrived at Muirfield … following a victory last week …" dated the arrival by
    # the victory's week; the date is the victory's, the arrival later
    got = timeline_rows("The choir arrived at the concert hall following a victory last week at the national "
                        "festival.", published=FRI)
    assert _rows(got, "The choir") == [("2011-W10", True, False)], got


def test_a_main_clause_date_still_dates_a_line_with_an_order_phrase() -> None:
    # guard: with the arrival's own day, the victory's week stays context of it, no second entry
    got = timeline_rows("The choir arrived at the concert hall on Monday following a victory last week at the "
                        "national festival.", published=FRI)
    assert _rows(got, "The choir") == [("2011-03-14", False, False)], got


def test_a_date_on_a_verb_inside_an_order_phrase_is_not_read_as_its_objects() -> None:
    # guard: "reopened after it was repaired on Monday" is no noun's date
    got = timeline_rows("The bridge reopened to traffic after crews repaired it on Monday.", published=FRI)
    assert _rows(got, "The bridge") == [("2011-03-14", False, False)], got


def test_within_the_last_month_is_the_days_up_to_the_report() -> None:
    # the 63rd read: "(2.5 billion of which came within the last month)" dated April, the calendar month before
    got = timeline_rows("The ferry company said 40,000 people have used the new route, 9,000 of whom came within "
                        "the last month.", published=FRI)
    assert [d for d, _, _ in _rows(got, "The ferry company")] == ["2011-02-16"], got


def test_last_month_alone_is_still_the_calendar_month() -> None:
    got = timeline_rows("The ferry company lost money last month.", published=FRI)
    assert _rows(got, "The ferry company") == [("2011-02", False, False)], got
