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


def test_years_of_examples_under_a_present_be_are_mentions() -> None:
    # the 65th read: "It's the third time a team has had back-to-back No. 1 picks, as the Tampa Rays took … in 2007
    # and 2008 …" dated by 2007; the line tells a count of now, the years are its examples
    got = timeline_rows("It's the third time a choir has won the cup twice running, as the Abbey Singers won it in "
                        "2005 and 2006 and the Town Chorus took it in 2008 and 2009.", published=FRI)
    assert [(d, m) for d, m, _ in _rows(got, "It's the third time")] == [("2005", True)], got


def test_a_past_clause_under_a_past_main_verb_keeps_its_year() -> None:
    # guard: "was the third time …, as …" is a past account, not a state of now
    got = timeline_rows("The choir won the cup in 2009, as the Abbey Singers had done in 2005.", published=FRI)
    assert ("2009", False, False) in _rows(got, "The choir"), got


def test_a_wire_dateline_split_off_is_not_carried_into_an_entry() -> None:
    # the 65th read: "1980 — SECAUCUS, N.J. (AP) -- It was 33 years ago that …": the splitter set the dateline apart
    # and the entry's opening pronoun carried it back
    got = timeline_rows("DOVER, Del. (AP) -- It was 20 years ago that the city council built a bridge over the river "
                        "with its first grant.", published=FRI)
    assert [t for *_, t in got if "bridge" in t] == [
        "It was 20 years ago that the city council built a bridge over the river with its first grant."], got


def test_a_verbless_quotation_with_its_tag_is_no_entry() -> None:
    # the 65th read: ""Maybe that night," he said Thursday." as an entry of its own
    got = timeline_rows("The ferry captain was asked when the new boat would sail. \u201cPerhaps that evening,\u201d "
                        "he said Thursday.", published=FRI)
    assert not [t for *_, t in got if "Perhaps" in t], got


def test_a_quotation_with_a_verb_and_its_tag_is_still_an_entry() -> None:
    got = timeline_rows("\u201cWe will sail the new boat at dawn,\u201d the ferry captain said Thursday.",
                        published=FRI)
    assert [d for d, *_ in got] == ["2011-03-17"], got


def test_years_of_examples_in_an_undated_report_are_mentions() -> None:
    # the 65th read: the MLB.com preview was undated and kept "2007 — It's the third time …"
    got = timeline_rows("It's the third time a choir has won the cup twice running, as the Abbey Singers won it in "
                        "2005 and 2006.", published=None)
    assert [m for _, m, _ in _rows(got, "It's the third time")] == [True], got
