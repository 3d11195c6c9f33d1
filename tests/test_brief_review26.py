"""The fifteenth read's faults (issue 12, bench/BRIEF_REVIEW.md, "Fifteenth read", branch read15): long stories of
ten reports written days to years after the day they name showed timeline entries dated by a day the sentence only
mentions ("since the Lockerbie-like bombing in 1988", "if they saw him last Thursday", "the aftermath of July 7th",
"better prepared now than on 7 July"), a paragraph of prose marked as a photo caption, a person's surname placed as a
country, a background sentence that tells what followed ("The union later decided to accept the plan") leading the
summary and shown before the sentence it follows, and a schedule note ("First results are not expected until
Saturday.") as a summary item.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Citation, SummarySentence
from storyline.newswriting import present_dated_past
from storyline.nlp import get_nlp
from storyline.places import locate_places
from storyline.summary.account import _Dated, _just_before
from storyline.summary.schedule import schedule_note
from storyline.summary.sequel import tells_a_sequel
from storyline.timeline import build_timeline


def _entries(*texts: str, published: dt.date | None = dt.date(2006, 7, 7)) -> list[tuple[str, bool, str]]:
    return [(e.date, e.mention, e.text) for e in build_timeline(story(*texts, published=published))]


# --- timeline: a date the sentence only mentions ------------------------------------------------------------------


def test_a_date_after_since_and_a_landmark_is_the_landmarks() -> None:
    got = _entries("Forty people were killed in the deadliest attack in Varnland since the Kelby bombing in 1988.")
    assert [(d, m) for d, m, _ in got] == [("1988", True)], got


def test_a_date_of_a_condition_is_a_mention() -> None:
    got = _entries("Police have asked the public to call them if they saw Hasan Idris last Thursday near the quay.")
    assert got and all(m for _, m, _ in got), got


def test_a_written_date_after_of_names_an_event_the_sentence_refers_to() -> None:
    got = _entries("Writing on her weblog, Orla Venn says survivors still live with the aftermath of July 5th.")
    assert got and all(m for _, m, _ in got), got


def test_a_date_a_comparison_is_measured_against_is_a_mention() -> None:
    got = _entries('Marta Oyelaran told the radio: "We want to know whether we are safer now than on 5 July."')
    assert got and all(m for _, m, _ in got), got


def test_a_date_of_a_time_noun_in_a_relative_clause_is_a_mention() -> None:
    got = _entries("Flowers were laid at Orme Square where a bus was attacked at 9:47 a.m. this day one year ago.")
    assert got and all(m for _, m, _ in got), got


def test_the_clauses_own_date_stays_the_clauses() -> None:
    assert [(d, m) for d, m, _ in _entries("Police searched six houses in Kelby on July 2.")] == [
        ("2006-07-02", False)]
    got = _entries("The storm of March 3, 2006 destroyed forty homes in Kelby.")
    assert [(d, m) for d, m, _ in got] == [("2006-03-03", False)], got  # the subject's date is the sentence's


def test_a_participle_the_parser_made_the_root_is_no_clause_of_its_own() -> None:
    got = _entries("Pictures of extensive abuse in the Orme jail taken inside the jail in November 2003 had been "
                   "released earlier this year.")
    assert all(t.endswith("earlier this year.") for _, _, t in got), got  # the whole sentence, never cut
    assert ("2003-11", True) in [(d, m) for d, m, _ in got], got  # the pictures' date: a mention


# --- timeline: prose in the present is no caption when its date is a gerund's ------------------------------------


def test_a_present_claim_dating_a_gerund_is_no_caption() -> None:
    nlp = get_nlp()
    claim = nlp("Navy charge sheets accuse Varn and Oset with maltreating recruits from November 15, 2003, to January "
                "15, 2004 by making them stand in the cold.")
    assert not present_dated_past(claim[:], dt.date(2005, 7, 28))
    shot = nlp("Firefighters battle the blaze at the Orme warehouse on March 28, 2004.")
    assert present_dated_past(shot[:], dt.date(2005, 7, 28))  # a caption's shape stays one


# --- places: a surname of the story's people -----------------------------------------------------------------------


def _places(*texts: str) -> list[str]:
    return [p.name for p in locate_places(story(*texts)).places]


def test_a_surname_never_written_as_a_place_is_no_country() -> None:
    got = _places("Lt. Col. Avery Lee Jordan will be tried by a military court, the army announced yesterday. Jordan "
                  "will stand trial on eight counts. Jordan is the only officer charged in the case. 50-year-old "
                  "Jordan, a reservist from Virginia, ran the jail. Jordan faces a maximum sentence of 22 years for "
                  "the eight charges combined.")
    assert "Jordan" not in got and "Virginia" in got, got


def test_a_country_the_story_writes_as_a_place_stays() -> None:
    got = _places("King Abdullah of Jordan met the envoy in Amman. Jordan and Syria signed the pact on water. "
                  "Michael Jordan, a trade official, watched.")
    assert "Jordan" in got, got


# --- summary: what followed, and a schedule ------------------------------------------------------------------------


def _sentence(a, text: str):  # type: ignore[no-untyped-def]
    return next(s for s in a.sentences if s.text.startswith(text))


def test_a_sentence_that_tells_what_followed_leans_on_the_one_before() -> None:
    a = story("The airline shut down on Sept. 23 after its union refused the plan. The union later decided to accept "
              "the plan. Two days later the union signed it. The union later that day signed the deal. "
              "The union signed the deal on Friday.")[0]
    assert tells_a_sequel(a, _sentence(a, "The union later decided"))
    # summ40: a bare span "later" ("two days later": a count and a unit) counts from the event told before: it leans
    # on it (it was read here as anchored by a date); "later that day" and "on Friday" stay anchored
    assert tells_a_sequel(a, _sentence(a, "Two days later"))
    assert not tells_a_sequel(a, _sentence(a, "The union later that day"))
    assert not tells_a_sequel(a, _sentence(a, "The union signed the deal on Friday"))


def test_a_sentence_follows_another_reports_copy_of_the_sentence_before_it() -> None:
    a0, a1 = story("The ferry line closed on Sept. 23 after its crew refused the new rota.",
                   "Talks went on for a week. The ferry line closed on Sept. 23 after its crew refused the new rota. "
                   "The crew later decided to accept the rota.")
    copy = _sentence(a0, "The ferry line closed")
    sequel = _sentence(a1, "The crew later decided")
    cited = SummarySentence(copy.text, [Citation("d0", copy.start, copy.end),
                                        Citation("d1", *next((s.start, s.end) for s in a1.sentences
                                                              if s.text.startswith("The ferry line closed")))])
    item = _Dated(copy, cited, 0, None, None, None)
    assert _just_before(item, sequel, a1)
    lone = _Dated(copy, SummarySentence(copy.text, [Citation("d0", copy.start, copy.end)]), 0, None, None, None)
    assert not _just_before(lone, sequel, a1)  # no copy in the sequel's report: nothing ties them


def test_a_schedule_note_is_no_news() -> None:
    a = story("Voters elected a new harbour council on Friday. First official results are not expected until "
              "Saturday. The mayor is expected to resign on Monday after the vote. The ruling was expected on "
              "Friday, but the judge delayed it.")[0]
    got = {s.text: schedule_note(a, s) for s in a.sentences}
    assert got["First official results are not expected until Saturday."], got
    assert not got["Voters elected a new harbour council on Friday."], got
    assert not got["The mayor is expected to resign on Monday after the vote."], got  # an expected event
    assert not got["The ruling was expected on Friday, but the judge delayed it."], got  # more than the schedule
