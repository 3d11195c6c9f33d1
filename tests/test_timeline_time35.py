"""The timeline faults the forty-seventh read left, and time34's lead-in kinds (bench/BRIEF_REVIEW.md, "time35"): a
present claim dated by a dash aside's "last year", entries opening on "Several of those …" or "the company" with
nothing carried, and a dated sentence carried into the next entry for its pronoun (now a who's-who gloss instead).
Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

AUG30 = dt.date(2019, 8, 30)


def _with_who(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    entries = build_timeline(story(text, published=AUG30), same_thing)
    return [(e.date, e.text, [(g.name, g.text) for g in e.who]) for e in entries]


def test_a_date_in_a_verbless_dash_aside_is_its_nouns() -> None:
    got = timeline_rows("Several rival firms claim to track 90 million phones in Norway — about half those in use "
                        "last year.", published=AUG30)
    assert [(d, m) for d, m, _, _ in got] == [("2018", True)], got


def test_a_dash_aside_that_is_the_date_keeps_it() -> None:
    got = timeline_rows("The old paper mill in Halden finally closed its gates — in March 2010.", published=AUG30)
    assert [(d, m) for d, m, _, _ in got] == [("2010-03", False)], got


def test_several_of_those_is_carried_from_the_sentence_before() -> None:
    got = timeline_rows("At least 40 firms buy data from weather apps, the paper found. Several of those firms "
                        "bought more of it in 2016 than in any other year.", published=AUG30)
    assert [t for _, _, _, t in got] == ["At least 40 firms buy data from weather apps, the paper found. Several of "
                                         "those firms bought more of it in 2016 than in any other year."], got


def test_the_company_is_carried_from_the_sentence_before() -> None:
    got = timeline_rows("Norvik recently shelved plans to sell its ferry line. Last year, the company said it "
                        "would build two new ships.", published=AUG30)
    assert [t for _, _, _, t in got] == ["Norvik recently shelved plans to sell its ferry line. Last year, the "
                                         "company said it would build two new ships."], got


def test_a_company_defined_by_its_clause_stands() -> None:
    got = timeline_rows("Costs rose sharply. The company that built the bridge went bankrupt in 2012.",
                        published=AUG30)
    assert [t for _, _, _, t in got] == ["The company that built the bridge went bankrupt in 2012."], got


def test_he_after_a_dated_sentence_naming_one_person_gets_a_gloss() -> None:
    got = _with_who("Police arrested Ann Ruiz, a teacher, in March 2012. She was released in June 2012.")
    assert got[1] == ("2012-06", "She was released in June 2012.", [("She", "Ann Ruiz")]), got


def test_it_after_a_dated_sentence_with_a_named_subject_gets_a_gloss() -> None:
    got = _with_who("Norvik Ferries was founded in Bergen in 1990 before moving to Oslo in 2001. It most recently "
                    "changed owners in August 2018 when it was bought by a Danish fund.")
    assert got[1] == ("2018-08", "It most recently changed owners in August 2018 when it was bought by a Danish "
                                 "fund.", [("It", "Norvik Ferries")]), got


def test_an_empty_it_after_a_dated_sentence_gets_no_gloss() -> None:
    got = _with_who("Norvik Ferries was founded in 1990. It is unclear why the line moved to Oslo in 1995.")
    assert all(not who for _, _, who in got), got


def test_the_company_after_a_dated_sentence_gets_a_gloss() -> None:
    got = _with_who("Norvik Ferries opened a yard in Bergen in 2015. The company closed it in 2018.")
    assert got[1] == ("2018", "The company closed it in 2018.", [("The company", "Norvik Ferries")]), got


def test_the_subject_the_dated_sentence_opens_on_is_the_referent() -> None:
    got = _with_who("Norvik Ferries was founded in Oslo in 1990, its owners said. It moved its head office to Bergen "
                    "in 1995.")
    assert got[-1][1:] == ("It moved its head office to Bergen in 1995.", [("It", "Norvik Ferries")]), got
