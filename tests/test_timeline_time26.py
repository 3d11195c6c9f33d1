"""The timeline faults the twenty-ninth read found (bench/BRIEF_REVIEW.md, "time26"): a past expectation ("once
expected") marked expected, a quoted statement's "yesterday" dated from the report's day, a launch "tomorrow" not
expected and shown twice, an entry cut before its attribution tail. Fixtures are made up for these tests; none
comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

MON = dt.date(2019, 11, 18)  # a Monday


def _entries(*texts: str, published: dt.date = MON) -> list[tuple[str, bool, bool, str]]:
    return timeline_rows(*texts, published=published)


def test_a_past_expectation_is_no_forecast() -> None:
    got = _entries("A ferry deal, once expected to be signed within weeks of an October meeting between the two "
                   "mayors, has stalled.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-10", False)], got


def test_a_present_expectation_is_still_a_forecast() -> None:
    got = _entries("A ferry deal is expected to be signed within weeks of a December meeting between the mayors.")
    assert [f for _, _, f, _ in got] == [True], got



def test_a_launch_tomorrow_is_expected() -> None:
    got = _entries("The Harlow ferry service launches tomorrow and early reviews are mixed.")
    assert [(d, m, f) for d, m, f, _ in got] == [("2019-11-19", False, True)], got


def test_next_month_is_expected() -> None:
    got = _entries("The harbour board hires forty ferry crews next month.")
    assert [f for _, _, f, _ in got] == [True], got


LIND = ("On Thursday, Mara Lind posted a video accusing the ferry company of cutting her pay.\n"
        "The company denied the claims in a statement on its website.\n")


def test_a_written_statements_yesterday_is_only_a_bound() -> None:
    got = [(e.date, e.relation) for e in build_timeline(story(
        LIND + '"We were shocked to see her video yesterday, and we have paid her in full," the statement read.',
        published=MON), same_thing)]
    assert ("2019-11-17", "by") in got, got


def test_a_written_statements_yesterday_counts_from_the_day_the_sentence_gives_it() -> None:
    got = [(e.date, e.relation) for e in build_timeline(story(
        'In a statement posted on Saturday, the company said: "We were shocked to see her video yesterday, and we '
        'have paid her in full."', published=MON), same_thing)]
    assert ("2019-11-15", None) in got, got


def test_a_spoken_quotations_yesterday_keeps_the_reports_day() -> None:
    got = [(e.date, e.relation) for e in build_timeline(story(
        LIND + '"We were shocked to see her video yesterday, and we have paid her in full," the manager said.',
        published=MON), same_thing)]
    assert ("2019-11-17", None) in got, got


def test_an_entry_cut_to_its_clause_keeps_the_attribution_after_it() -> None:
    got = _entries("A ferry deal, once expected to be signed within weeks of an October meeting between the two "
                   "mayors, could now be pushed into next year, harbour officials say.")
    assert [t for d, _, _, t in got if d == "2020"] == [
        "A ferry deal, once expected to be signed within weeks of an October meeting between the two mayors, could "
        "now be pushed into next year, harbour officials say."], got


def test_a_written_statements_yesterday_in_a_quotation_of_two_sentences_is_only_a_bound() -> None:
    got = [(e.date, e.relation, e.text[:12]) for e in build_timeline(story(
        LIND + '"We had hoped as recently as yesterday to settle the matter. However, Lind took her fight to the '
        'public to pressure our crews and their families," the statement concluded.',
        published=MON), same_thing)]
    assert [(d, r) for d, r, t in got if t.startswith('"We had')] == [("2019-11-17", "by")], got
