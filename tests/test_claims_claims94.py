"""claims94: a percentage's row is named by what it is a percentage of and whose it is, from the parse
(share_of.py): the whole of its "of" ("share of its harvest"), the noun it sizes ("a 3 percent cap"), or the verb of
holding a bare one is the object of; its holder the subject that has, spends, meets or sets it; never its clause.
Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has
(a dairy co-op, a school board, a ferry line, a rowing club); each rule's test fails without it, and guards keep
what must stay.
"""

from __future__ import annotations

from claims_support import whats


def test_a_share_of_a_whole_takes_its_of_object_and_its_holder() -> None:
    rows = whats("The Kelby dairy cooperative spent 4.5 percent of its turnover on new tanks last year.")
    assert rows and rows[0].startswith("share of turnover (Kelby dairy cooperative)"), rows


def test_a_share_of_a_sum_is_of_that_sum_and_held_by_the_contributor() -> None:
    rows = whats("The Marden school board contributes the most, about 31.5 percent of the $9 million budget.")
    assert "share of $9 million budget (Marden school board)" in rows, rows


def test_a_percentage_that_sizes_a_noun_is_named_by_that_noun() -> None:
    rows = whats("The ferry line has promised to meet the 3 percent threshold for the next four years.")
    assert rows and rows[0] == "threshold (ferry line)", rows


def test_a_bare_share_of_a_verb_of_holding_keeps_its_holder() -> None:
    rows = whats("Dunrath Rowing Club comes in second, supplying 17.5 percent.")
    assert rows == ["percentage supplied (Dunrath Rowing Club)"], rows


def test_an_infinitive_shares_its_verbs_subject() -> None:
    rows = whats("Many smaller clubs plan to reach 6% by 2030, the survey states.")
    assert rows and rows[0].startswith("percentage reached (Many smaller clubs)"), rows


def test_a_possessor_holds_the_noun_a_percentage_sizes() -> None:
    rows = whats("Villagers say the Harbour Trust's 5 percent cap on moorings fees is too low.")
    assert rows and rows[0].startswith("cap (Harbour Trust)"), rows


# guards: a share that is its clause's subject keeps its clause; a change stays a change; another verb's object
# keeps its clause


def test_a_share_that_is_its_clauses_subject_keeps_its_clause() -> None:
    rows = whats("About 40 percent of the rowers were women, the club said.")
    assert rows and "share of rowers" in rows[0] and "women" in rows[0], rows


def test_a_change_is_no_share() -> None:
    rows = whats("Milk prices rose 3.5 percent in March, the co-op said.")
    assert rows and not rows[0].startswith("percentage risen"), rows
    assert "share of" not in rows[0], rows


def test_another_verbs_object_keeps_its_clause() -> None:
    rows = whats("The council gave the farmers 20 percent of the grazing land.")
    assert rows and rows[0] != "share of grazing land", rows


def test_a_measured_subject_is_the_percentages_what() -> None:
    rows = whats("Officials say the final turnout may exceed 71% in the ferry ballot.")
    assert rows and rows[0].startswith("final turnout"), rows


def test_a_level_moved_from_is_its_subjects() -> None:
    rows = whats("Under Vell's leadership, the Farmers' League has gone from 4 percent support to 9, polls show.")
    assert rows and rows[0].startswith("support (Farmers' League)"), rows


def test_a_span_into_a_thing_is_named_by_that_phrase() -> None:
    rows = whats("The ferry's engine failed about 40 minutes into the crossing, the operator said.")
    assert rows and rows[0].startswith("time (min) into the crossing"), rows


def test_a_quote_mark_inside_the_sized_phrase_is_no_part_of_its_noun() -> None:
    rows = whats('The rowing club\'s captain said members were giving "100 percent" support to the new coach.')
    assert rows and not rows[0].startswith('"') and "support" in rows[0], rows
