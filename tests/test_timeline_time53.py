"""time53: a month's word the parse reads as a person, a side clause's date, one act told once (bench/BRIEF_REVIEW.md,
"time53"). Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows
from storyline.analyse import analyse
from storyline.model import Document
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

TUE = dt.date(2011, 3, 15)  # a Tuesday


def test_a_surname_month_the_subject_of_any_verb_is_no_date() -> None:
    # "where May commands a majority", "two years after May issues the notification" beside "Theresa May": the parse
    # makes the month's word the subject of its verb, whatever the verb
    got = timeline_rows("The club owner Karen June said the clubs were ready. It is the league's board - where June "
                        "commands a majority - that signs the rules off. The clubs must comply two seasons after June "
                        "publishes the rules.", published=TUE)
    assert not [t for _, _, _, t in got if "June commands" in t or "June publishes" in t], got


def test_a_month_the_subject_of_a_verb_stays_a_month_when_no_person_bears_it() -> None:
    # guard: "June publishes" in a text naming no one June stays the month (no reading of a person)
    got = timeline_rows("The club owner Karen Fry said the clubs were ready. The clubs must comply in June, the "
                        "league said.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("The clubs")] == ["2011-06"], got


def test_a_relative_clauses_date_does_not_date_the_sentences_act() -> None:
    # "David Bowie, who died from cancer in January 2016 at 69, won four posthumous awards" filed whole under January
    # 2016: the date is the relative clause's, the main clause's act is undated; the entry is the noun and its clause
    got = timeline_rows("Ana Ruiz, who was dropped from the national rowing team in 2009, was named coach of the "
                        "junior squad on Friday.",
                        "The painter Ann Ward, who died in a fall in January 2010 at 81, won the gallery's top prize.",
                        published=TUE)
    assert [(d, m, t) for d, m, _, t in got if "Ward" in t] == [
        ("2010-01", True, "The painter Ann Ward, who died in a fall in January 2010 at 81")], got


def test_a_relative_clauses_date_stays_beside_a_dated_main_clause() -> None:
    # guard: with the main clause dated, the sentence is that date's entry
    got = timeline_rows("The painter Ann Ward, who died in a fall in January 2010 at 81, won the gallery's top prize "
                        "on Sunday.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("The painter")] == ["2011-03-13"], got


def test_a_year_in_an_after_clause_is_the_landmarks() -> None:
    # "The posthumous honour was Bowie's first-ever music Grammy after he previously won ... in 1985" dated 1985 as
    # the honour's year: the year is the landmark's; with no date of its main clause the sentence files no entry
    # (time55: shown as a mention under the landmark's year, the reads still took it for the main act's date)
    got = timeline_rows("The medal was her first gold after she won a bronze at the games in 1996.", published=TUE)
    assert not [d for d, _, _, t in got if t.startswith("The medal")], got


def test_a_day_in_an_after_clause_still_places_the_act() -> None:
    # guard: "fell after the firm said on Monday …": news sets such an act on the day told
    got = timeline_rows("Shares fell after the firm said on Monday it would cut jobs.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("Shares fell")] == ["2011-03-14"], got


def test_a_day_of_a_past_plan_verbs_own_act_is_past() -> None:
    # "the UK as a whole decided in a June 23 referendum" (a report of March) filed under the coming June 23
    got = timeline_rows("The members decided the matter in a June 23 ballot that split the club.", published=TUE)
    assert [(d, f) for d, _, f, t in got if t.startswith("The members")] == [("2010-06-23", False)], got


def test_a_plan_verbs_date_for_a_plan_stays_to_come() -> None:
    # guard: "set the vote for June 23" is a plan
    got = timeline_rows("The board set the ballot for June 23, the club said.", published=TUE)
    assert [(d, f) for d, _, f, t in got if t.startswith("The board")] == [("2011-06-23", True)], got


def test_a_dated_lists_short_row_with_a_clause_is_an_entry() -> None:
    # a report's dated list "23 February 2017: X is sacked." left out as a line little more than its date: the
    # story's main act missing from the timeline
    got = timeline_rows("The coach left the club on Monday after a poor run.\n\n2 May 2010: The club win the league "
                        "title.\n\n14 March 2011: Smith is sacked.", published=TUE)
    assert [d for d, _, _, t in got if t.endswith("Smith is sacked.")] == ["2011-03-14"], got


def test_a_line_little_more_than_its_date_stays_out() -> None:
    # guard: a dateline or a pronoun's short tag is still no entry
    got = timeline_rows("Monday, March 14, 2011 -- Updated 1511 GMT\n\nHe said on Monday.", published=TUE)
    assert got == [], got


def test_a_relative_clause_of_co_ordinated_subjects_keeps_them_all() -> None:
    # "Prince and British pop star George Michael, who both died unexpectedly last year, were remembered …" cut to
    # "George Michael, who both died …": the whole co-ordination is the clause's noun
    got = timeline_rows("Prince and the singer George Ward, who both died unexpectedly in 2009, were remembered in "
                        "special tributes.", published=TUE)
    assert [t for d, _, _, t in got if d == "2009"] == [
        "Prince and the singer George Ward, who both died unexpectedly in 2009"], got


def test_a_relative_clause_of_a_non_subject_keeps_the_sentence() -> None:
    # guard: "… his song I'm Talking About You, which was recorded … in 1963" is no phrase to cut out
    got = timeline_rows("He wrote he was playing the song Talking About You, which was recorded by the band at the "
                        "studio in 1963.", published=TUE)
    assert [t for d, _, _, t in got if d == "1963"] == ["He wrote he was playing the song Talking About You, which was "
                                                        "recorded by the band at the studio in 1963."], got


def test_a_surname_month_named_whole_only_in_the_title_is_no_date() -> None:
    # "May, addressing the Scottish Conservative Party conference …, insisted" dated May, in a report whose title
    # alone says "Theresa May": a report names its people in its title too
    doc = Document(id="d0", title="Minister Karen May rejects the league's demand", published=TUE,
                   text="May, addressing the league's annual meeting in the capital, insisted there would be no "
                        "new rules this season.")
    got = [(e.date, e.text) for e in build_timeline(analyse([doc]), same_thing)]
    assert not [t for _, t in got if t.startswith("May, addressing")], got
