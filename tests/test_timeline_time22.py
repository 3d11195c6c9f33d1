"""The timeline faults the twenty-fourth read found (bench/BRIEF_REVIEW.md, "time22"): a bare month after a month
of another year given the report's year, a present clause dated by its object's past year, a line of two sentences
dated by the second (its lead-in telling of now), and a hope's date to come not marked a plan. Fixtures are made up
for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str, published: dt.date | None = TUE) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published),
                                                                          same_thing)]


NURSE = ("A 52-year-old woman had suffered weeks of headaches and fever by the time she saw a nurse in October 2015.\n"
         "At first, the nurse assumed she had the flu, and her fever did ease soon after. But by November, the "
         "headaches returned, so badly that she could not read.")


def test_a_bare_month_after_a_month_of_another_year_is_in_the_storys_year() -> None:
    got = build_timeline(story(NURSE, published=TUE), same_thing)
    month = [e for e in got if e.text.startswith("by November")]
    assert [(e.date, e.year_inferred) for e in month] == [("2015-11", True)], got


def test_a_bare_month_with_no_told_year_before_it_keeps_the_reports() -> None:
    got = _entries("At first, the nurse assumed she had the flu, and her fever did ease soon after. But by "
                   "September, the headaches returned, so badly that she could not read.")
    assert [d for d, _, _, _ in got] == ["2019-09"], got


def test_a_bare_month_after_a_things_dated_name_keeps_the_reports() -> None:
    got = _entries("The council debated the October 2015 plan again at length.\nBut in September, the mayor "
                   "dropped it after a long row with the builders.")
    assert [d for d, _, _, t in got if t.startswith("in September")] == ["2019-09"], got


def test_a_present_clause_is_not_dated_by_its_objects_past_year() -> None:
    got = _entries("The state wants Canada to hand over Reed, 52, over her alleged role in the sale of forged maps "
                   "and letters in 2012.")
    assert [(d, m) for d, m, _, _ in got] == [("2012", True)], got


def test_a_past_clause_keeps_its_objects_year() -> None:
    got = _entries("The court jailed Reed, 52, over her role in the sale of forged maps and letters in 2012.")
    assert [(d, m) for d, m, _, _ in got] == [("2012", False)], got


def test_a_lead_in_telling_of_now_is_not_dated_by_the_next_sentences_past_year() -> None:
    got = _entries("Ann Reed is fighting deportation to Canada, which accuses her of selling stolen paintings from "
                   "her gallery. She had been facing a fraud charge in Ohio since 2012.")
    assert [(d, t) for d, _, _, t in got] == [("2012", "She had been facing a fraud charge in Ohio since 2012.")], got


def test_a_lead_in_of_a_present_state_is_still_carried() -> None:
    got = _entries("Ann Reed is a former art dealer from Toledo with three galleries. She was charged with fraud "
                   "in Ohio in 2012.")
    assert [t[:8] for _, _, _, t in got] == ["Ann Reed"], got


def test_a_hopes_date_to_come_is_a_plan() -> None:
    got = _entries("The carmaker says it hopes to put a production version of the van into the US market sometime "
                   "in 2022, an example of the flexibility of its platform.")
    assert [(d, f) for d, _, f, _ in got] == [("2022", True)], got


def test_a_past_hope_is_no_plan() -> None:
    got = _entries("The club hoped to win the league title in 2015, but it finished fourth after a run of injuries.")
    assert [(d, f) for d, _, f, _ in got] == [("2015", False)], got
