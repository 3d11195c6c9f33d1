"""The timeline faults the twenty-third read found (bench/BRIEF_REVIEW.md, "time21"): the day of what a sentence
reports marked a mention (a past tense read as a reduced relative clause, a subject read as a dateline's
appositive, an occasion's day), a sentence dated by a thing's date when it states its own time by another phrase,
and a tour's stop on a day already past given the report's year. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str, published: dt.date | None = TUE) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published),
                                                                          same_thing)]


def test_a_past_tense_before_a_clause_with_its_own_subject_is_the_sentences_own() -> None:
    got = _entries("The chess cup's group round of qualifying finished on Monday, and ten teams have booked their "
                   "places in next summer's finals, which for the first time will be held in two countries.")
    assert [(d, m) for d, m, _, t in got if t.startswith("The chess cup")] == [("2019-11-18", False)], got


def test_a_subjects_date_after_a_datelines_dash_is_the_sentences_own() -> None:
    got = _entries("LIMA, Peru (AP) — U.S. Trade Secretary Tom Barker on Monday accused Peru of using pressure and "
                   "threats against smaller nations to impose its will in the Pacific.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_an_occasions_day_is_the_day_of_what_happened_there() -> None:
    got = _entries("The band unveiled its plans towards the close of its Monday night concert in Denver, "
                   "bringing out a guest.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_a_things_day_outside_an_occasion_stays_a_mention() -> None:
    got = _entries("The mayor criticised Monday's decision by the council on the budget for the harbour.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", True)], got


def test_a_things_date_is_no_entry_when_the_sentence_states_its_own_time() -> None:
    got = _entries("Earlier in the week, Chile drew Peru 1-1 in Lima to book its spot, and that result also sent "
                   "Bolivia to next year's cup.")
    assert got == [], got


def test_a_things_date_stays_a_mention_when_the_sentence_states_no_other_time() -> None:
    got = _entries("The result also sent Bolivia to next year's cup in Quito, the coach said.")
    assert [(d, m) for d, m, _, _ in got] == [("2020", True)], got


def test_a_tours_stop_on_a_past_month_day_is_next_years() -> None:
    got = _entries("A magazine reported details of the band's tour that stops at the Civic Arena on July 22.")
    assert [(d, f) for d, _, f, _ in got] == [("2020-07-22", True)], got


def test_a_subjects_reduced_relative_clause_stays_a_mention() -> None:
    got = _entries("The tanker seized on Monday was carrying oil for the navy of a neighbouring country.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", True)], got


def test_a_timetables_present_tagged_as_a_base_form_is_a_coming_day() -> None:
    got = _entries("Tickets for the anniversary tour go on sale at 10 a.m. Friday, Dec. 6.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-12-06", True)], got


def test_a_base_form_after_a_modal_is_no_present() -> None:
    got = _entries("Fans said the tickets should go on sale on Dec. 6.")
    assert [d for d, _, _, _ in got] == ["2019-12-06"], got
