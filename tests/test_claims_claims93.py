"""claims93: a count's noun keeps what befell it, read off the parse (states.py).
Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a
lake's ferries, climbers and sheep on a ridge, village bakeries, a chess club); each rule's test fails without it,
and a guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import whats
from storyline.claims.states import stated

# the state of a passive participle's subject, a linking verb's complement, a participle clause's agent


def test_a_passive_participles_state_phrase_is_kept() -> None:
    rows = whats("About 40,000 bakeries were left without flour after the harvest on Tuesday.")
    assert rows == ["bakeries left without flour"], rows


def test_a_linking_verbs_complement_is_the_state() -> None:
    rows = whats("The club estimates that about 400 climbers remain stranded in huts on the ridge.")
    assert rows == ["climbers stranded"], rows
    assert whats("Some 1,200 sheep were left stranded by the snow.") == ["sheep left stranded"]


def test_a_passive_participles_complement_is_kept() -> None:
    rows = whats("Five club officials were found responsible for the lost trophy.")
    assert rows == ["club officials found responsible"], rows


def test_a_participle_clauses_agent_is_kept() -> None:
    rows = whats("The 13 ferries run by private firms carry 9,000 riders a week.")
    assert "ferries run by private firms" in rows, rows


def test_a_thing_had_or_lacked_and_a_state_preposition_of_the_noun_are_kept() -> None:
    assert whats("About 5,000 farms had their water restored on Monday.") == ["farms had their water restored"]
    assert whats("Some 900 farms still have water problems.") == ["farms still have water problems"]
    assert whats("There are 3,000 farms without water in the valley.") == ["farms without water"]


# guards: a bare verb is the act the row already shows; a state already shown stays as written


def test_a_bare_passive_and_an_active_verb_keep_the_row() -> None:
    assert whats("The gale sank 12 fishing boats in the bay.") == ["fishing boats sunk"]
    assert whats("Twelve chess players were disqualified at the open.") == ["chess players disqualified"]


def test_a_state_the_what_already_shows_stays() -> None:
    assert whats("There are 13 privately run ferries on the lake.") == ["privately run ferries"]


def test_a_bare_possession_and_hearsay_are_no_state() -> None:
    assert whats("Some 40 farms have two barns each.")[0] == "farms"
    rows = whats("Some 60 runners are said to have quit the hill race before the second peak.")
    assert rows and "said" not in rows[0], rows


# the decision over a group's states (no model needed)


def test_every_figure_must_read_a_state_and_the_noun_must_be_in_the_what() -> None:
    goats = frozenset({"goat"})
    assert stated("goats that remain", [goats], ["stranded"]) == "goats stranded"
    assert stated("goats that remain", [goats, goats], ["stranded", ""]) == "goats that remain"
    assert stated("animals counted", [goats], ["stranded"]) == "animals counted"
    assert stated("members of the choir rescued", [frozenset({"member", "choir"})], ["still stranded"]) == \
        "members of the choir still stranded"


# a hyphenated counted noun is one word (hyphen_names.hyphen_word_end)


def test_a_hyphenated_counted_noun_after_of_is_not_cut_at_its_hyphen() -> None:
    rows = whats("The storm killed dozens of non-swimmers at the lake.")
    assert rows == ["non-swimmers killed"], rows
