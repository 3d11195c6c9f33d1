"""The timeline faults the twenty-seventh read found (bench/BRIEF_REVIEW.md, "time25"): the day of what a sentence
reports marked a mention through a possessive day on an occasion that a verb of coming goes "to". Fixtures are made
up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

WED = dt.date(2019, 11, 20)  # a Wednesday


def _entries(*texts: str) -> list[tuple[str, bool, bool, str]]:
    return timeline_rows(*texts, published=WED)


def test_coming_to_a_possessive_days_gathering_is_that_days_news() -> None:
    got = _entries("Mara Quill did not know the mayor was coming to Tuesday’s harvest supper but welcomed the "
                   "visit warmly.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-19", False)], got


def test_going_to_a_possessive_days_hearing_is_that_days_news() -> None:
    got = _entries("Two neighbours went to Monday’s zoning hearing to object to the new depot.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_knowing_little_before_a_possessive_days_event_stays_a_mention() -> None:
    got = _entries("Tom Verey said he knew little about the mayor before Tuesday’s supper, but he left impressed.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-19", True)], got


def test_a_present_plan_to_a_possessive_days_event_is_not_made_the_news() -> None:
    got = _entries("The club posted a map to Saturday’s parade route on its site.")
    assert [m for _, m, _, _ in got] == [True], got


def test_went_to_a_hearing_on_a_weekday_is_past_not_going_to() -> None:
    got = _entries("Two neighbours went to the zoning hearing on Monday.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-18", False)], got


def test_a_years_entry_on_the_report_comes_after_the_day_that_introduces_the_report() -> None:
    got = _entries("According to a report in the Harbour Gazette, the council opened the new ferry pier on Monday. "
                   "The report says a Leeds builder drew up the plans, and the town has paid the builder $9,000 so "
                   "far this year.")
    assert [d for d, _, _, _ in got] == ["2019-11-18", "2019"], got


def test_a_weeks_entry_on_a_bare_surname_comes_after_the_day_that_names_her_in_full() -> None:
    got = _entries("A dozen growers were told on Tuesday night that the county's new farm chief, Ines Calloway, "
                   "would stop by. "
                   "This week, Calloway began a tour of the county's farms.")
    assert [d for d, _, _, _ in got] == ["2019-11-19", "2019-W47"], got


def test_a_years_entry_stays_first_when_the_later_day_does_not_introduce_its_noun() -> None:
    got = _entries("The council opened the new ferry pier on Monday. "
                   "The report says the town has paid the builder $9,000 so far this year.")
    assert [d for d, _, _, _ in got] == ["2019", "2019-11-18"], got


def test_a_years_entry_stays_first_when_it_comes_first_in_the_report() -> None:
    got = _entries("This year, Calloway toured the farms. "
                   "The county's farm chief, Ines Calloway, spoke on Tuesday night.")
    assert [d for d, _, _, _ in got] == ["2019", "2019-11-19"], got


def test_a_weeks_entry_stays_put_when_its_capitalised_word_is_part_of_a_longer_name() -> None:
    got = _entries("The Ruritanian police chief, Jon Alder, spoke on Wednesday. "
                   "Earlier this week, Ruritanian Prime Minister Ada Holm visited the port.")
    assert [d for d, _, _, _ in got] == ["2019-W47", "2019-11-20"], got
