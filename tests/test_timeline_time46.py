"""The date kinds the thirty-first session's clean check left (bench/BRIEF_REVIEW.md, "time46"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows

MON = dt.date(2011, 3, 14)  # a Monday
WED = dt.date(2011, 3, 16)
THU = dt.date(2011, 3, 17)


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_a_day_a_due_sets_is_the_coming_one() -> None:
    # check31b: "The affair emerged … in the run-up to the French presidential election, due on April 23." dated the
    # April before the report (the past verb sent the day back a year): "due" sets the vote to come
    got = timeline_rows("The mayor was fined in June 2009 for letters she posted online. The affair came up again of "
                        "late in the run-up to the regional vote, due on May 20.", published=WED)
    assert [(d, f) for d, _, f in _rows(got, "The affair")] == [("2011-05-20", True)], got


def test_a_due_day_already_past_stays() -> None:
    # guard: a day a week before the report that was due stays that day, no plan
    got = timeline_rows("The council's report on the flood, due on March 9, was handed in late.", published=WED)
    assert [(d, f) for d, _, f in _rows(got, "The council")] == [("2011-03-09", False)], got


def test_a_baseline_year_under_a_forecast_is_no_plan() -> None:
    # check31b: "Authorities said it would be the area's worst storm since Cyclone Yasi in 2011." as "2011 *(expected)*"
    got = timeline_rows("Officials said it would be the valley's worst flood since Storm Ada in 2009.", published=WED)
    assert [f for _, _, f in _rows(got, "Officials")] == [False], got


def test_a_year_to_come_under_a_forecast_stays_a_plan() -> None:
    # guard: a year after the report under "would" is still to come
    got = timeline_rows("Officials said the new dam would be finished in 2013.", published=WED)
    assert [(d, f) for d, _, f in _rows(got, "Officials")] == [("2013", True)], got


def test_a_when_clause_is_not_cut_from_its_sentence() -> None:
    # check31b: "December 2015 — , when in December 2015 she tweeted photos …": the clause a relative "when" opens
    # shown alone from its comma
    got = timeline_rows("The pilot lost his licence for an incident of three years ago, when in May 2008 he flew a "
                        "jet of the national carrier under a bridge.", published=THU)
    assert not [t for _, _, _, t in got if not t[:1].isalnum()], got
    assert [d for d, _, _, t in got if t.startswith("The pilot") and "May 2008 he flew" in t].count("2008-05") == 1


def test_next_weekday_takes_the_later_reading_when_another_report_names_that_day() -> None:
    # check31a: a Monday's "next Wednesday" put on the Wednesday two days on where every report's "29 March" (or
    # "next week") is the Wednesday of the week after
    got = timeline_rows("The minister will sign the treaty next Wednesday, officials said.",
                        "The minister is to sign the treaty with the neighbours on 23 March, his office said.",
                        published=MON)
    assert {d for d, _, _, _ in got} == {"2011-03-23"}, got


def test_next_weekday_alone_keeps_the_nearer_reading_marked() -> None:
    # with no report naming either day, the nearer stays, marked as one of two readings
    from storyline.pipeline import same_thing
    from storyline.render.common import date_label
    from storyline.timeline import build_timeline

    entries = build_timeline(story("The minister will sign the treaty next Wednesday, officials said.",
                                   published=MON), same_thing)
    assert [(e.date, e.other_reading) for e in entries] == [("2011-03-16", "or a week later")], entries
    assert "or a week later" in date_label(entries[0])


def test_next_weekday_of_the_week_after_is_no_puzzle() -> None:
    # guard: "next Monday" said on a Monday has one reading; a named nearer day keeps the nearer one, unmarked
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    entries = build_timeline(story("The minister will sign the treaty next Monday, officials said.",
                                   published=MON), same_thing)
    assert [(e.date, e.other_reading) for e in entries] == [("2011-03-21", None)], entries
    got = timeline_rows("The minister will sign the treaty next Wednesday, officials said.",
                        "The minister is to sign the treaty with the neighbours on 16 March, his office said.",
                        published=MON)
    assert {d for d, _, _, _ in got} == {"2011-03-16"}, got


def test_last_weekday_takes_the_earlier_reading_when_another_report_names_that_day() -> None:
    # check31b: a Friday's "last Monday" put on the Monday four days before where the other reports name the Monday
    # of the week before ("Feb. 13")
    fri = dt.date(2011, 3, 18)
    got = timeline_rows("The bridge collapsed last Monday, officials said.",
                        "The bridge over the river collapsed on March 7, its owners said.", published=fri)
    assert {d for d, _, _, _ in got} == {"2011-03-07"}, got


def test_last_weekday_alone_keeps_the_nearer_reading_marked() -> None:
    # guard: alone, this week's Monday stays, marked; "last Friday" said on a Friday has one reading
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    fri = dt.date(2011, 3, 18)
    entries = build_timeline(story("The bridge collapsed last Monday, officials said.", published=fri), same_thing)
    assert [(e.date, e.other_reading) for e in entries] == [("2011-03-14", "or a week earlier")], entries
    entries = build_timeline(story("The bridge collapsed last Friday, officials said.", published=fri), same_thing)
    assert [(e.date, e.other_reading) for e in entries] == [("2011-03-11", None)], entries
