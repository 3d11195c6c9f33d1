"""The timeline faults the reads left open (bench/BRIEF_REVIEW.md, "time32"): a date in a comparison's "as … did"
clause, in a contact relative clause ("the bill the mayor signed last month"), in a trailing participle's infinitive
("a tax, intended to end next year,") dating the line, and a mention's past date shown *(expected)*. Fixtures are
made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows

AUG13 = dt.date(2010, 8, 13)  # a Friday


def test_a_date_in_an_as_did_comparison_is_a_mention() -> None:
    got = timeline_rows("The harbour master repeated, as he did in an interview two weeks ago with a local paper, "
                        "that the pier is safe.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-W30", True)], got


def test_as_did_with_not_is_no_comparison() -> None:
    got = timeline_rows("The board met without him as the harbour master did not attend on Monday.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-08-09", False)], got


def test_a_date_in_a_contact_relative_clause_is_a_mention() -> None:
    got = timeline_rows("The harbour master added that the ferry law Mayor Anna Berg signed into law last month "
                        "may not have ended the delays at the pier.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-07", True)], got


def test_a_date_in_a_contact_relative_clause_of_a_hyphened_verb_is_a_mention() -> None:
    got = timeline_rows("Her deputy, Tom Reed, was quickly named chief of the ferry company Berg co-founded 35 years "
                        "ago in her garage.", published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("1975", True)], got


def test_an_appositive_name_with_a_clause_of_its_own_is_no_relative_clause() -> None:
    got = timeline_rows("The harbour master said the charity Oxfam warned on Monday that the pier is unsafe.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-08-09", False)], got
    got = timeline_rows("Analysts at the bank Barclays said on Monday that the ferry company is sound.",
                        published=AUG13)
    assert [(d, m) for d, m, _, _ in got] == [("2010-08-09", False)], got


def test_a_date_of_a_trailing_participles_infinitive_is_the_nouns() -> None:
    got = timeline_rows("The council also promised to extend a new harbour tax, intended to end next year, until "
                        "2014.", published=AUG13)
    # time33: "until 2014", after the comma that closes the aside, is the extending's end, the line's own date; the
    # aside's "next year" stays the tax's and makes no entry of its own
    assert [(d, m) for d, m, _, _ in got] == [("2014", False)], got


def test_a_mentions_past_date_is_not_expected() -> None:
    got = timeline_rows("According to the estimates, the biggest winner will be Kent, a solid Labour county in 2008 "
                        "that is expected to add four new seats.", published=AUG13)
    assert [(d, m, f) for d, m, f, _ in got] == [("2008", True, False)], got


def test_a_mentions_coming_date_stays_expected() -> None:
    got = timeline_rows("The harbour, which closed in 2008, is expected to reopen next year.", published=AUG13)
    assert [(d, m, f) for d, m, f, _ in got] == [("2011", False, True)], got


OCT3 = dt.date(2014, 10, 3)  # a Friday


def test_a_dated_lead_in_that_names_no_one_is_not_carried_for_he() -> None:
    got = timeline_rows("Until being dismissed in early September, he had worked as a driver for the manager of a "
                        "ferry company in Oslo. He did not work for the port authority, as earlier reported, the "
                        "authority said Thursday.", published=OCT3)
    assert sum("Until being dismissed" in t for _, _, _, t in got) == 1, got


def test_a_dated_lead_in_that_names_the_person_is_glossed_not_carried() -> None:
    # time35 (the lead's decision): the entry keeps its own sentence and a gloss names "He" (was: carried, shown twice)
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    entries = build_timeline(story("Until being dismissed in early September, Tom Reed had worked as a driver for the "
                                   "manager of a ferry company in Oslo. He did not work for the port authority, as "
                                   "earlier reported, the authority said Thursday.", published=OCT3), same_thing)
    got = [(e.text[:5], [(g.name, g.text) for g in e.who]) for e in entries]
    assert got == [("Until", []), ("He di", [("He", "Tom Reed")])], got


def test_an_entry_left_on_the_move_after_its_but_carries_the_sentence_it_echoes() -> None:
    got = timeline_rows("Harbour officials did not say why they had decided to close the pier to ferries now. But the "
                        "move could have been triggered in part by the council's wish to show the port it can act "
                        "alone after its decision to cut the harbour grant in June.", published=AUG13)
    assert [(d, t.startswith("Harbour officials")) for d, _, _, t in got] == [("2010-06", True)], got


def test_an_entry_left_on_a_plain_noun_after_its_but_is_not_carried() -> None:
    got = timeline_rows("Harbour officials did not say why they had decided to close the pier to ferries now. But the "
                        "harbour master resigned in June after the council cut the harbour grant.", published=AUG13)
    assert [(d, t[:3]) for d, _, _, t in got] == [("2010-06", "the")], got


def test_periods_of_a_list_of_figures_date_the_figures_not_the_line() -> None:
    got = timeline_rows("The harbour fee rate averaged 2.5 percent between 1990 and 1994, 0.5 percent between 2000 "
                        "and 2004 and 1.0 percent from 2009 to the present, a modest charge for the port.",
                        published=AUG13)
    assert got == [], got


def test_a_change_over_a_period_still_dates_its_line() -> None:
    got = timeline_rows("Ferry fares rose 5 percent between 2001 and 2005.", published=AUG13)
    assert [d for d, _, _, _ in got] == ["2001"], got
