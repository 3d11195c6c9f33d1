"""claims89: a row's what, whose and act read from the figure's own phrase in the parse (own_phrase.py).
Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a
harbour index, a county council, goats, a ward election, a farm report); each rule's test fails without it, and a
guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import whats
from storyline.claims.own_phrase import OwnPhrase, rephrased, whose_of

# what is counted: a measure's unit is no thing; its verb's subject or object is


def test_a_unit_noun_first_is_rebuilt_from_the_verbs_subject() -> None:
    rows = whats("The Oslo harbour index closed up 40 points on Friday.")
    assert rows and rows[0].startswith("Oslo harbour index up"), rows


def test_a_quoted_clause_for_a_sum_is_rebuilt_from_the_verbs_object() -> None:
    rows = whats("The council would cut the road budget by $12m next year, the mayor said.")
    assert rows == ["road budget cut (USD)"], rows


def test_a_percentage_named_by_a_verb_alone_takes_its_subject() -> None:
    rows = whats("Bergen's fish index advanced 0.8 percent on Monday.")
    assert rows == ["percentage: fish index advanced (Bergen)"], rows


def test_a_noun_of_another_phrase_between_thing_and_figure_names_nothing() -> None:
    rows = whats("A strong harvest report — 40,000 new tractors, higher grain prices and a drop in the farm debt "
                 "ratio to 3.1 percent — pleased the ministry.")
    assert "percentage: farm debt ratio drop" in rows and not any("tractors" in w and "percentage" in w for w in rows)


# whose: a possessive pronoun resolved to its clause's subject; the act as the clause writes it


def test_a_possessive_pronoun_names_the_subject_as_whose() -> None:
    rows = whats("The Greens increased their vote share by 6% in the county.")
    assert rows == ["percentage: increased their vote share (Greens)"], rows


def test_a_what_that_passes_and_names_its_thing_stays() -> None:
    assert whats("The lake's water level would be 10 percent lower under the plan, the agency said.") == \
        ["percentage: lake water level lower"]
    assert whats("The blast killed 12 people in the market.") == ["people killed"]


# the decision over a group's phrases (no model needed)

_RATE = OwnPhrase("jobless rate", "rate", "", "fell")


def test_two_things_named_by_a_groups_figures_rebuild_nothing() -> None:
    other = OwnPhrase("new tractors", "tractor", "", "")
    assert rephrased("percentage: rose", [_RATE, other], share=True) == "percentage: rose"
    assert rephrased("percentage: rose", [_RATE, _RATE, other], share=True) == "percentage: jobless rate fell"


def test_whose_is_shown_only_when_every_figure_names_it() -> None:
    held = OwnPhrase("vote share", "share", "Greens", "fell")
    assert whose_of("percentage: vote share fell", [held, held], 2) == " (Greens)"
    assert whose_of("percentage: vote share fell", [held, _RATE], 2) == ""
    assert whose_of("percentage: Greens' vote share", [held], 1) == ""


def test_whose_is_not_shown_when_the_rows_place_already_names_it() -> None:
    rows = whats("Two destroyers fired 20 missiles at 6 targets from a long distance – the Baltic Sea’s waters, "
                 "around 900 kilometers away from the target.")
    distance = [w for w in rows if w.startswith("distance")]
    assert distance and distance[0].count("Baltic Sea") == 1, rows


def test_a_rebuild_that_adds_no_word_keeps_the_rows_what() -> None:
    people = OwnPhrase("people", "people", "", "")
    assert rephrased("people (lorry carrying)", [people]) == "people (lorry carrying)"
    assert rephrased("amount (USD)", [OwnPhrase("road budget", "budget", "", "cut")], code="USD") == \
        "road budget cut (USD)"
