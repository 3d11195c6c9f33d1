"""The timeline faults the thirty-ninth and fortieth reads left (bench/BRIEF_REVIEW.md, "time31"): the report's own
day on a noun labelled *(mentioned)*, a mentioned date again in its own entry of a sentence another date shows, a
quantity's change "from … in 1985 to … in 2007" dated by its start, a republished text's "yesterday" counted from the
republication's date. Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

MAY14 = dt.date(2020, 5, 14)  # a Thursday


def test_the_reports_own_day_before_its_noun_is_the_days_news_not_a_mention() -> None:
    got = timeline_rows("Former rowers say today's announcement of a cut to the club's grant has dealt a further "
                        "blow to the sport.", published=MAY14)
    assert [(d, m) for d, m, _, _ in got] == [("2020-05-14", False)], got


def test_an_earlier_day_before_its_noun_stays_a_mention() -> None:
    got = timeline_rows("Former rowers say Wednesday's announcement of a cut to the club's grant has dealt a further "
                        "blow to the sport.", published=MAY14)
    assert [(d, m) for d, m, _, _ in got] == [("2020-05-13", True)], got



AUG21 = dt.date(2019, 8, 21)


def test_a_mentioned_date_written_in_a_clause_another_date_shows_is_no_second_entry() -> None:
    got = timeline_rows("The storm season on the coast is just beginning. It runs from June through November, with its "
                        "peak coming in mid-September, and the harbour is already closed to small boats.",
                        published=AUG21)
    assert sum("peak coming" in t for _, _, _, t in got) == 1, got
    assert not any(m and "peak coming" in t for _, m, _, t in got), got


def test_a_mention_whose_date_no_other_entry_shows_stays() -> None:
    got = timeline_rows("The harbour, which closed to small boats in March, is expected to reopen in the spring.",
                        published=AUG21)
    assert [(d, m) for d, m, _, _ in got] == [("2019-03", True)], got


def test_a_quantitys_change_from_one_year_to_another_is_one_period() -> None:
    got = timeline_rows("Membership of the rowing club grew from 12 members in 2001 to more than 40 in 2009, its "
                        "secretary notes.", published=AUG21)
    assert [(d, m) for d, m, _, _ in got] == [("2001", False)], got
    entries = build_timeline(story("Membership of the rowing club grew from 12 members in 2001 to more than 40 in "
                                   "2009, its secretary notes.", published=AUG21), same_thing)
    assert [(e.date, e.end) for e in entries] == [("2001", "2009")], entries


def test_from_a_place_in_one_year_to_a_verb_is_no_change_of_a_quantity() -> None:
    got = timeline_rows("The rowing coach moved from Leeds in 2001 to take a job in York in 2009.", published=AUG21)
    assert [d for d, _, _, _ in got] == ["2001"], got


def _republished(text: str, note: str | None) -> list[tuple[str, str]]:
    from storyline.analyse import analyse
    from storyline.model import Document, Removed

    removed = [Removed(note, "republication note")] if note else []
    doc = Document(id="d0", text=text, title="d0", published=AUG21, removed=removed)
    return [(e.date, e.text) for e in build_timeline(analyse([doc]), same_thing)]


SKY = ("The sky over the harbour went dark around 3 p.m. yesterday, a resident said. Firefighters said the fires in "
       "the hills above the town first spread on Monday.")


def test_a_day_a_republished_text_counts_from_its_own_is_not_dated() -> None:
    got = _republished(SKY, "This article originally appeared on Harbour News US.")
    assert not any("yesterday" in t for _, t in got), got
    assert [d for d, t in got if "Monday" in t] == ["2019-08-19"], got


def test_a_day_a_text_counts_from_its_own_page_date_stays() -> None:
    got = _republished(SKY, None)
    assert [d for d, t in got if "yesterday" in t] == ["2019-08-20"], got


def test_a_republished_page_is_noted_as_dated_by_its_republication() -> None:
    from storyline.clean.sourcing import page_notes
    from storyline.model import Removed

    note = "This article originally appeared on Harbour News US."
    notes = page_notes("p.html", SKY * 10, "Harbour News UK", AUG21, [Removed(note, "republication note")])
    assert [n.note for n in notes if "first published elsewhere" in n.note and note in n.note], notes
    assert not page_notes("p.html", SKY * 10, "Harbour News UK", AUG21, []), notes


def test_the_reports_own_day_on_a_noun_beside_another_date_stays_a_mention() -> None:
    got = timeline_rows("In addition to today's order of 30 ferries, the shipyard announced an order of 50 tugs on "
                        "Monday, worth $16 billion.", published=MAY14)
    assert all(m for d, m, _, _ in got if d == "2020-05-14"), got


def test_a_mentioned_year_inside_a_shown_change_is_no_second_entry_of_its_sentence() -> None:
    got = timeline_rows("The value of the pier fell from $3 million in 2016 to roughly $1 million in 2017 – which "
                        "came after a newspaper exposed the owner in 2017 for claiming the pier was longer.",
                        published=AUG21)
    assert [d for d, _, _, _ in got] == ["2016"], got


def test_the_reports_own_day_as_a_deadline_in_a_relative_clause_stays_a_mention() -> None:
    got = timeline_rows("The harbour's fire crews said 45 firefighters fought the blaze, which was under control by "
                        "early Thursday morning.", published=MAY14)
    assert all(m for d, m, _, _ in got if d == "2020-05-14"), got
