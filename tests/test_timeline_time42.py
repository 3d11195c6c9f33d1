"""The timeline faults check29a/b found on the held-out x-* stories (bench/BRIEF_REVIEW.md, "time42"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

FRI = dt.date(2011, 3, 18)  # a Friday


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_this_coming_weekday_in_a_past_sentence_is_the_next_one() -> None:
    # check29b: "… accepted … and proposed to hold a meeting … this coming Wednesday" read back to the Wednesday
    # before; "coming" says the next one whatever the clause's tense
    got = timeline_rows("Within hours, the rowing club accepted the offer and proposed to hold a race on the "
                        "river this coming Wednesday.", published=FRI)
    assert _rows(got, "Within hours") == [("2011-03-23", False, True)], got


def test_the_coming_weekday_is_the_next_one() -> None:
    got = timeline_rows("The ferry board said the new timetable starts the coming Monday.", published=FRI)
    assert _rows(got, "The ferry board") == [("2011-03-21", False, True)], got


def test_a_date_in_a_phrase_following_a_noun_is_a_mention() -> None:
    # check29a: "… saying it intervened to prevent chaos following mammoth protests on June 30 …" dated the denial
    got = timeline_rows("The harbour board has denied closing the port, saying it acted to prevent chaos following "
                        "mass strikes on March 2 against the ferry company's much-criticized pay cuts.",
                        published=FRI)
    assert _rows(got, "The harbour board") == [("2011-03-02", True, False)], got


def test_a_date_in_a_since_phrase_of_a_noun_is_a_mention() -> None:
    # check29a: "In his first public address since being sworn in on July 4, Mansour insisted …" (the address is
    # later than the swearing-in; the date is only mentioned)
    got = timeline_rows("In her first interview since being elected on March 3, the mayor insisted that the ferry "
                        "would keep running.", published=FRI)
    assert _rows(got, "In her first interview") == [("2011-03-03", True, False)], got


def test_a_date_in_a_comparison_clause_of_a_noun_is_a_mention() -> None:
    got = timeline_rows("The rowers celebrated on the quay with even greater joy than when their club won the cup "
                        "two years ago.", published=FRI)
    assert _rows(got, "The rowers") == [("2009", True, False)], got


def test_a_date_of_a_statement_noun_still_dates_the_line() -> None:
    got = timeline_rows("In a statement on Tuesday, the ferry owners urged the board to reopen the port.",
                        published=FRI)
    assert _rows(got, "In a statement") == [("2011-03-15", False, False)], got


def test_a_date_in_a_contact_clause_after_an_auxiliary_and_an_adverb_is_a_mention() -> None:
    # check29b: "The telephone line was the first restored among several … lines North Korea had unilaterally cut
    # off recently in anger over … exercises in March." dated the restoration by the cut's month
    got = timeline_rows("The ferry link was the first restored among several coastal ferry links Harbour Lines had "
                        "unilaterally cut off recently in anger over joint union strikes in January.", published=FRI)
    assert _rows(got, "The ferry link") == [("2011-01", True, False)], got
