"""The timeline kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time51"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import story

TUE = dt.date(2011, 3, 15)  # a Tuesday


def _entries(text: str, published: dt.date = TUE) -> list[tuple[str, str, list[tuple[str, str]]]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.text, [(g.name, g.text) for g in e.who])
            for e in build_timeline(story(text, published=published), same_thing)]


_CAREER = ("Anna Lind, a 44-year-old mother of three, had a long singing career with the baritone Paul Ostrander "
           "before she took charge of the Vale Opera in 2004. ")


def test_an_opening_possessive_is_glossed_with_the_subject_before_it_past_its_apposition() -> None:
    # "Ahmad, a 57-year-old father of two, … in 2003. His rare … bid … this year …": the 2003 sentence carried into
    # the 2017 entry, one sentence under two years
    got = _entries(_CAREER + "Her bold plan for the opera house this year surprised many of its patrons.")
    assert [(t[:13], who) for d, t, who in got if d == "2011"] == [("Her bold plan", [("Her", "Anna Lind")])], got


def test_an_opening_possessive_of_the_other_gender_is_no_referent() -> None:
    # guard: "His" after a sentence whose subject is "Anna Lind" is not glossed with her; the lead-in is carried
    got = _entries(_CAREER + "His bold plan for the opera house this year surprised many of its patrons.")
    assert [(t[:9], who) for d, t, who in got if d == "2011"] == [("Anna Lind", [])], got


def test_a_mention_on_the_verb_of_a_date_that_shows_its_sentence_is_not_shown_again() -> None:
    # "In late December, the two countries brokered a ceasefire … and in January they sponsored-peace talks …" under
    # December and again, a mention, under January: the parse hangs both dates from "brokered"
    got = _entries("In late December, the two dairies brokered a truce for Lyon and in January they sponsored-peace "
                   "talks in Nantes, Loire, attended by farmers and Minister Paul Ravel's officials.")
    assert [d for d, t, _ in got if t.startswith("In late December")] == ["2010-12"], got


_STATEMENT = ("In a statement released Monday evening, Vale Labs confirmed that its director Ann Ruiz had signed the "
              "wrong forms. ")
_ADDED = 'Vale Labs\' statement added: "For forty years, the city has trusted Vale Labs, and last night we failed it."'


def test_a_statements_later_part_bounded_by_its_last_night_is_the_statement_its_report_dates() -> None:
    # "In a statement released Monday evening, the firm confirmed …" and "PwC's statement added: "… last night we
    # failed the Academy."" under "by" Monday: one statement in two entries
    got = _entries(_STATEMENT + _ADDED)
    assert [(d, t[:12]) for d, t, _ in got] == [("2011-03-14", "In a stateme")], got


def test_a_statements_bound_dated_nowhere_else_stays() -> None:
    # guard: with no entry of the statement's day, the bound is the statement's only line
    got = _entries("The city council met on Friday. " + _ADDED)
    assert [t[:9] for d, t, _ in got if d == "2011-03-14"] == ["Vale Labs"], got


def test_a_crosshead_glued_to_the_sentence_is_cut_off_the_entry() -> None:
    # "Streamlining effort Restructuring costs last year amounted to 2.1 billion pounds, RBS reported." (a page's
    # crosshead run into the sentence; "Restructuring" is rarer than the summary's test of an ordinary word)
    got = _entries("Brewing overhaul Restructuring costs last year came to 40 million euros, the Vale brewery "
                   "reported.")
    assert [(d, t) for d, t, _ in got] == [
        ("2010", "Restructuring costs last year came to 40 million euros, the Vale brewery reported.")], got


def test_a_title_before_a_name_is_no_crosshead() -> None:
    # guard: "Opera director Anna Lind …" opens on her title, not on a heading
    got = _entries("Opera director Anna Lind last year cut the season to twelve weeks.")
    assert [t[:14] for _, t, _ in got] == ["Opera director"], got


def test_a_quotation_carried_over_two_sentences_is_one_entry_under_the_statements_day() -> None:
    # '"Parliament has today backed the government …," Davis said in a statement. "So we will trigger Article 50 by
    # the end of March …"': the first sentence alone under 13 Mar and again at the head of the March entry
    got = _entries('The vote came late on Monday. "The council has today approved the budget ... We are now at the '
                   'start of the most important year for our city," Mayor Anna Lind said in a statement. "So we will '
                   'open the new library by the end of June, in line with the plan I set out a year ago."')
    assert [(d, t.endswith("a year ago.\"")) for d, t, _ in got if "Anna Lind said" in t] == [("2011-03-14", True)], got
