"""The timeline faults the nineteenth and twentieth reads found (bench/BRIEF_REVIEW.md, "time19"): a named day
read as its weekday, a survey question's "past month" read as the month before the report, a timetable's coming
weekday resolved to the past, a possessive's weekday taken for the verb's, a quotation's "today" in a report that
tells its news as the day before, a figure's own month marked mentioned and a comparison's date shown as the
sentence's, and a day ending an opening phrase taken for the clause's. Fixtures are made up for these tests;
none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

NOV = dt.date(2019, 11, 20)  # a Wednesday


def _entries(*texts: str, published: dt.date | None = NOV) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published),
                                                                          same_thing)]


def test_a_named_day_is_no_weekday() -> None:
    got = _entries("The toaster maker cut its prices on Monday. Black Friday pricing is now live on the kettles, "
                   "a saving of 30 percent.")
    assert not any(t.startswith("Black Friday") for _, _, _, t in got), got


def test_a_surveys_past_month_is_no_span_before_the_report() -> None:
    got = _entries("The institute published the study on Monday. Among adults, the share of respondents who "
                   "smoked in the past month fell by a fifth between 2010 and 2016. The number of teenagers who "
                   "said they had smoked in the past month fell too.")
    assert not any(d.startswith("2019-10") for d, _, _, _ in got), got


def test_a_timetables_weekday_is_the_coming_one() -> None:
    got = _entries("The boat fair drew dealers from three countries on Monday. The fair opens to the public on "
                   "Friday, organisers said.")
    dated = [d for d, _, _, t in got if t.startswith("The fair opens")]
    assert dated == ["2019-11-22"], got


def test_a_past_weekday_stays_past() -> None:
    got = _entries("The boat fair opened to the public on Friday, organisers said on Monday.")
    assert all(d < "2019-11-20" for d, _, _, _ in got), got


def test_a_possessives_weekday_is_no_date_of_the_verb() -> None:
    got = _entries("The league suspended the striker on Tuesday. The club's captain decided to weigh in on "
                   "Thursday's brawl on Monday, calling the ban unfair.")
    assert [(d, m) for d, m, _, t in got if t.startswith("The club's")] == [("2019-11-18", False)], got


def test_a_things_possessive_day_stays_when_it_is_the_sentences_only_date() -> None:
    got = _entries("The league suspended the striker on Tuesday. Thursday's brawl left two players injured.")
    assert [(d, m) for d, m, _, t in got if t.startswith("Thursday's")] == [("2019-11-14", True)], got


def test_a_quotations_today_is_the_day_the_report_puts_the_speech_on() -> None:
    got = _entries("The committee concluded its second hearing on Tuesday. \"Today's hearing only exposed the "
                   "chairman's bias,\" the press secretary said after the committee rose.")
    assert [d for d, _, _, t in got if "exposed" in t] == ["2019-11-19"], got


def test_a_quotations_today_keeps_the_reports_day_when_the_report_tells_today() -> None:
    got = _entries("The committee opened its second hearing on Wednesday. \"Today's hearing only exposed the "
                   "chairman's bias,\" the press secretary said after the committee rose.")
    assert [d for d, _, _, t in got if "exposed" in t] == ["2019-11-20"], got


def test_a_figures_participle_month_is_the_sentences_own() -> None:
    got = _entries("Dealers in the county sold fewer cars, a trade group said on Monday. The average price of a "
                   "new truck sold in October was $41,600, the group said.")
    assert [(d, m) for d, m, _, t in got if t.startswith("The average")] == [("2019-10", False)], got


def test_a_comparisons_date_is_a_mention() -> None:
    got = _entries("Dealers in the county sold fewer cars, a trade group said on Monday. Fleet sales made up "
                   "14.6 percent of sales, up from 13.2 percent in September.")
    assert [(d, m) for d, m, _, t in got if t.startswith("Fleet")] == [("2019-09", True)], got


def test_a_comparisons_baseline_is_no_second_entry_of_a_shown_sentence() -> None:
    got = _entries("Dealers in the county sold fewer cars, a trade group said on Monday. The average price of a "
                   "new car sold locally in October was $31,200, up from $30,100 a year ago.")
    assert [d for d, _, _, t in got if t.startswith("The average")] == ["2019-10"], got


def test_a_day_ending_an_opening_phrase_dates_its_noun() -> None:
    got = _entries("The airline held a news conference at the show. In addition to its order of 30 jets "
                   "Wednesday, it announced an order of 50 freighters on Monday, worth $16 billion.")
    dated = {d: m for d, m, _, t in got if "freighters" in t}
    assert dated.get("2019-11-18") is False and dated.get("2019-11-20", True), got
