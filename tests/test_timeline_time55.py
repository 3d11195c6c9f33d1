"""time55: a date belongs to the clause whose verb it hangs from; a sentence dated only inside a side clause files no
entry (bench/BRIEF_REVIEW.md, "time55"). Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

TUE = dt.date(2011, 3, 15)  # a Tuesday


def test_a_year_in_a_before_clause_does_not_date_the_main_act() -> None:
    # "Before the war gripped the country in 2011, the town was a top tourist attraction" filed under 2011
    got = timeline_rows("Before the flood struck the valley in 2004, the village was a busy market town.",
                        published=TUE)
    assert not [d for d, _, _, t in got if t.startswith("Before the flood")], got


def test_a_year_in_a_since_clause_does_not_date_the_main_act() -> None:
    # "held by the party since it was formed in 1983 but a rival won it" filed under 1983
    got = timeline_rows("The rowing club has been run by the council since it was founded in 1962 but a trust "
                        "bought it by 40 votes.", published=TUE)
    assert not [d for d, _, _, t in got if t.startswith("The rowing club")], got


def test_a_year_in_what_a_despite_clause_reports_does_not_date_the_main_act() -> None:
    # "up 5.1 percent, despite the airline saying profits were set to dip in 2017" filed as expected in 2017
    got = timeline_rows("The brewer was among the top gainers, despite the firm saying sales were set to fall in "
                        "2012 on rising grain costs.", published=TUE)
    assert not [d for d, _, _, t in got if t.startswith("The brewer")], got


def test_a_side_clauses_year_stays_beside_a_dated_main_clause() -> None:
    # guard: with its main clause dated, the sentence is that date's entry
    got = timeline_rows("The rowing club, which has been run by the council since it was founded in 1962, was sold "
                        "to a trust on Monday.", published=TUE)
    assert "2011-03-14" in [d for d, _, _, t in got if t.startswith("The rowing club")], got


def test_a_year_of_the_main_clause_stays() -> None:
    # guard: a date on the main verb, a side clause beside it undated
    got = timeline_rows("Because the roof leaked, the council closed the library in 2009.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("Because the roof")] == ["2009"], got


def test_a_date_in_a_side_clauses_subject_names_a_thing_and_stays() -> None:
    # guard: "held … since his March 2015 arrest … after a search … turned up a handgun", parsed as one "since" clause
    # whose subject holds the date: the arrest's date, a mention as before
    got = timeline_rows("The singer has been held in Ohio since his May 2009 arrest on a charge of theft after a "
                        "search of his city flat turned up a stolen painting.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("The singer")] == ["2009-05"], got
