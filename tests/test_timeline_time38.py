"""A story's timeline across reports (bench/BRIEF_REVIEW.md, "time38"): one day's event told by two outlets in their
own words is one entry citing both; a bare month's year comes from the report's date, not from a month of another year
just before it that it would precede; a "scheduled" thing's bare month is a plan; a written statement's "tomorrow"
counts from the day the sentence gives the statement. Fixtures are made up for these tests; none comes from the bench or
the pool."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import retold_events, same_thing
from storyline.timeline import build_timeline

THU = dt.date(2019, 10, 17)  # a Thursday
FRI = dt.date(2019, 10, 18)


def test_one_days_release_told_by_two_outlets_in_other_words_is_one_entry() -> None:
    a = "Tarnby's best-known union organiser was released from police custody on Friday, a day after his conviction."
    b = "Officials in Tarnby unexpectedly freed union organiser Idris Okafor on bail on Friday, bowing to the marchers."
    entries = build_timeline(story(a, b, published=FRI), same_thing, retold_events)
    friday = [e for e in entries if e.date == "2019-10-18"]
    assert len(friday) == 1 and {c.doc for c in friday[0].citations} == {"d0", "d1"}, entries


def test_two_outlets_events_of_one_day_with_nothing_in_common_stay_apart() -> None:
    a = "Tarnby's best-known union organiser was released from police custody on Friday, a day after his conviction."
    b = "Shares in the Halvard shipyard fell sharply on Friday as investors feared more strikes."
    entries = build_timeline(story(a, b, published=FRI), same_thing, retold_events)
    assert len([e for e in entries if e.date == "2019-10-18"]) == 2, entries


def test_a_bare_month_before_the_storys_dated_month_keeps_the_reports_year() -> None:
    text = ("Okafor and others became the targets of a crackdown that the governor launched after he returned to "
            "office in May 2017, with marchers arrested. His trial began in April in Tarnby, a town "
            "north of the capital, and Okafor said he expected to be convicted.")  # no "Even before": time55
    got = timeline_rows(text, published=THU)
    assert any(d == "2019-04" and "trial began" in t for d, _, _, t in got), got


def test_a_bare_month_after_a_main_clauses_dated_month_goes_on_in_its_year() -> None:
    text = "In November 2016 Okafor visited his local doctor in Tarnby. But by December, the pains in his leg worsened."
    got = timeline_rows(text, published=dt.date(2019, 3, 1))
    assert any(d == "2016-12" and "pains" in t for d, _, _, t in got), got


def test_a_scheduled_things_bare_month_is_the_coming_one_and_a_plan() -> None:
    text = ("Council officials said Thursday that the mayor's scheduled December trip to Tarnby to meet the governor "
            "is in limbo because of the dispute.")
    got = timeline_rows(text, published=THU)
    assert any(d == "2019-12" and f for d, _, f, _ in got), got
    assert not any(d.startswith("2018") for d, _, _, _ in got), got


def test_a_written_statements_tomorrow_counts_from_the_day_the_sentence_gives_it() -> None:
    text = ('As marchers filled the square in Tarnby on Wednesday night, Idris Okafor, a union organiser, wrote on '
            'Twitter: "Tomorrow morning the strike committee may be released. Stay in the square."')
    got = timeline_rows(text, published=dt.date(2019, 10, 18))
    assert not any(d == "2019-10-19" for d, _, _, _ in got), got
    assert any(d == "2019-10-17" for d, _, _, _ in got), got


def test_a_brief_does_not_cite_a_retelling_that_lacks_the_lines_detail() -> None:
    """The lead's call after time38: "… released … on Friday, a day after his conviction" cited the other outlet's
    "… freed … on bail on Friday, bowing to the marchers", which does not say "a day after his conviction". A
    citation must state its line, so the brief's timeline keeps each outlet's entry with its own citation."""
    from storyline.model import Document
    from storyline.pipeline import build_briefs

    a = "Tarnby's best-known union organiser was released from police custody on Friday, a day after his conviction."
    b = "Officials in Tarnby unexpectedly freed union organiser Idris Okafor on bail on Friday, bowing to the marchers."
    docs = [Document(id=f"d{i}", text=t, title=f"d{i}", published=FRI) for i, t in enumerate((a, b))]
    (brief,) = build_briefs(docs)
    friday = [e for e in brief.timeline if e.date == "2019-10-18"]
    assert friday and all(len({c.doc for c in e.citations}) == 1 for e in friday), friday
