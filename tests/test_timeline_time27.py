"""The timeline faults the thirtieth read found (bench/BRIEF_REVIEW.md, "time27"): a "since" clause's past date not
marked a mention, a mention put on the line's own day ("during the band's set Monday night"), a participle clause of a
future main verb not expected. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.model import Entity
from storyline.nlp import get_nlp
from storyline.pipeline import _timeline_who, same_thing
from storyline.timeline import build_timeline
from storyline.timeline.fold import date_subject

TUE = dt.date(2019, 11, 19)  # a Tuesday


def _entries(*texts: str, published: dt.date = TUE) -> list[tuple[str, bool, bool, str]]:
    return timeline_rows(*texts, published=published)


def test_a_since_clauses_date_is_no_date_of_the_sentence() -> None:
    # a mention before time55; a sentence dated only inside a side clause now files no entry (``side_dated``)
    got = _entries("Although Marsh has steadily added to her ferry routes since she joined the harbour board in 2011, "
                   "she is leading the council this term with nine new crossings.")
    assert [(d, m) for d, m, _, _ in got] == [], got


def test_a_plain_past_clause_keeps_its_own_year() -> None:
    got = _entries("Marsh joined the harbour board in 2011 and added nine new ferry crossings.")
    assert [(d, m) for d, m, _, _ in got] == [("2011", False)], got


def test_a_date_on_the_noun_after_a_possessive_is_the_events_own() -> None:
    got = _entries("Lind previewed the new ferry tour during the choir’s set Monday night (Nov. 18) at the Ryman Hall "
                   "in Harlow, part of a short outing.")
    assert [(d, m) for d, m, _, _ in got] == [("2019-11-18", False)], got


def test_a_participle_of_a_future_verb_is_expected() -> None:
    got = _entries("Starting in March 2020, the new ferry service will carry commuters across the bay every hour.")
    assert [(d, f) for d, _, f, _ in got] == [("2020-03", True)], got


def test_a_participle_of_a_past_verb_is_not_expected() -> None:
    got = _entries("Starting in March 2019, the new ferry service carried commuters across the bay every hour.")
    assert [(d, f) for d, _, f, _ in got] == [("2019-03", False)], got


VARGA = ("Dr. Owen Varga, a chest doctor at Dunmore Royal Infirmary, saw the patient on Tuesday.\n"
         "There is a reason for the streak: When Varga first treated a feather-pillow cough in 2003, it was rare, "
         "but he sees more of them this winter than ever.")  # "When", not "Although": time55's ``side_dated``
VARGA_PERSON = Entity("Owen Varga", "person", ["Varga", "Dr. Owen Varga"], ["d0"])


def test_a_surname_after_a_capitalised_subordinator_is_bare_and_glossed_at_its_first_entry() -> None:
    a = story(VARGA, published=TUE)[0]
    timeline = _timeline_who(build_timeline([a], same_thing), [a], [VARGA_PERSON])
    assert [(e.date, [g.name for g in e.who]) for e in timeline] == [("2003", ["Varga"]), ("2019-11-19", [])]


LIND = ("Earlier this year, Lind told the Harlow Gazette the crew had tested two new ferries.\n"
        "To mark the route’s 50 years, founding members Mara Lind, Tom Okafor, Ann Reyes and Joe Pike will reunite "
        "for a special ferry tour next year.")
LIND_PERSON = Entity("Mara Lind", "person", ["Lind"], ["d0"])


def test_a_plural_title_before_a_list_of_names_is_no_gloss_of_one() -> None:
    a = story(LIND, published=TUE)[0]
    timeline = _timeline_who(build_timeline([a], same_thing), [a], [LIND_PERSON])
    assert [(g.name, g.text) for e in timeline for g in e.who] == [("Lind", "Mara Lind")]


def test_a_participles_plan_and_the_same_plan_told_finite_are_one_entry() -> None:
    got = _entries("Kicking off in March 2020, the 12-stop crossing will mark the first time the ferry sails to the "
                   "islands.\nThe Harlow ferry company will kick off the crossing March 2, 2020 in Harlow, the first "
                   "stop of 12 ports.")
    assert [(d, f) for d, _, f, _ in got] == [("2020-03-02", True)], got


def test_a_participle_of_a_future_verb_is_read_as_that_future_for_the_judge() -> None:
    text = "Kicking off in March 2020, the 12-stop crossing will mark the first time the ferry sails to the islands."
    at = text.index("March 2020")
    assert date_subject(get_nlp()(text), at, at + len("March 2020")) == ("", "will kick off in March 2020")
