"""The timeline faults the twenty-second read found (bench/BRIEF_REVIEW.md, "time20"): time19's quotation's
"today" moved by an "on Monday" of other events, one sentence with two dates shown twice, a present age's
"today" dated, a past weekday of a report written after its date, and the day of what a sentence reports marked
a mention. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str, published: dt.date | None = TUE) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published),
                                                                          same_thing)]


def test_a_quotations_today_keeps_the_reports_day_when_monday_dates_other_events() -> None:
    got = _entries("The hosts won their opening tie in the chess cup in Geneva, beating the visitors by two games "
                   "to one.\n\nIn the other group, Norway defeated Peru on Monday. The champions meet Chile next in "
                   "the group stage.\n\nThe Swiss pair won the deciding game after six hours at the board, to the "
                   "delight of the home crowd.\n\n\"We came late from Zurich, but the captain trusted us,\" Meier "
                   "said. \"We were tired but we won the tie today. It was a really hard match.\"")
    assert [d for d, _, _, t in got if "won the tie today" in t] == ["2019-11-19"], got


def test_a_present_ages_today_in_a_relative_clause_is_no_date() -> None:
    got = _entries("The institute released its survey of the reef on Monday. How the many fish species we count "
                   "today reached the lagoon remains a puzzle for biologists.")
    assert not any(t.startswith("How the many") for _, _, _, t in got), got


def test_a_timetables_today_in_a_relative_clause_keeps_the_day() -> None:
    got = _entries("Lawyers filed new papers on Monday in the case against the mayor. The hearing that opens today "
                   "will run for three days.")
    assert [d for d, _, _, t in got if t.startswith("The hearing")] == ["2019-11-19"], got


def test_a_date_in_a_subordinate_clause_is_context_of_the_main_clauses_date() -> None:
    got = _entries("A Vermont woman admitted Monday to trying to defraud the county's pension fund in June, "
                   "the district attorney said.")
    assert [(d, m) for d, m, _, t in got] == [("2019-11-18", False)], got


def test_a_subordinate_clauses_date_stays_when_it_is_the_only_one() -> None:
    got = _entries("The clerk admitted to trying to defraud the county's pension fund in June, the district "
                   "attorney said.")
    assert [d for d, _, _, _ in got] == ["2019-06"], got


def test_a_date_before_its_noun_goes_when_the_sentence_shows_under_its_own_date() -> None:
    got = _entries("The county clerk was charged with fraud on Monday. She was arrested in August for the July 9 "
                   "transfer from the pension fund.")
    assert [(d, m) for d, m, _, t in got if "She was arrested" in t] == [("2019-08", False)], got


def test_a_where_clauses_day_is_the_sentences_own() -> None:
    got = _entries("The Dutch pair lost no game all week at the Open, where they beat the Spanish holders in the "
                   "final on Sunday.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-17", False)], got


def test_a_which_clauses_day_stays_a_mention() -> None:
    got = _entries("Investigators examined the plane, which crashed near the airport on Sunday.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-17", True)], got


def test_a_past_weekday_is_the_coming_one_the_report_also_names() -> None:
    got = _entries("The hosts beat the visitors 2-1 in a long night that ended close to 2 a.m. on Wednesday, "
                   "officials said. The hosts will be back in action on Wednesday against the champions.")
    assert [d for d, _, _, t in got if t.startswith("The hosts beat")] == ["2019-11-20"], got


def test_a_past_weekday_stays_past_when_the_report_names_no_coming_one() -> None:
    got = _entries("The hosts beat the visitors 2-1 in a long night that ended close to 2 a.m. on Wednesday, "
                   "officials said. The hosts will be back in action on Friday against the champions.")
    assert [d for d, _, _, t in got if t.startswith("The hosts beat")] == ["2019-11-13"], got


def test_a_quotations_today_takes_the_day_a_narration_of_its_own_thing_tells() -> None:
    got = _entries("The council ended its long budget session with a narrow vote.\n\nThe mayor's allies said the "
                   "plan would cut waste.\n\nThe council closed its third budget hearing on Monday after ten hours "
                   "of debate.\n\nThe opposition walked out twice.\n\nThe finance chief spoke to reporters "
                   "afterwards.\n\n\"Today's hearing showed the plan is sound,\" she said.",
                   published=dt.date(2019, 11, 19))
    assert [d for d, _, _, t in got if "Today's hearing" in t] == ["2019-11-18"], got
