"""claims97: a row's what is a noun phrase of the figure's own clause, never a clause, a quotation, a bracketed clause
or a bare placeholder (noun_phrase.py). Our own invented sentences through the real model, of subjects no benchmark,
in-sample or held-out story has (a cider market, a town council, an old bridge, an orchard, a rescue boat); each
rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import whats
from storyline.claims.label_check import LabelGist
from storyline.claims.noun_phrase import clausal, noun_phrase

_GIST = LabelGist(frozenset({"lasted", "said"}), frozenset({"the"}), frozenset({"kim", "lee"}), frozenset({"lasted"}),
                  "", "", "", "", finite=frozenset({"think"}))


def test_a_quoted_clause_is_rebuilt_as_its_own_noun_and_act() -> None:
    rows = whats("The cider contract soared $1.14 to settle at $51.81 a barrel.")
    assert "cider contract soared (USD)" in rows and not any(w.startswith("“") for w in rows), rows


def test_a_negated_clause_in_a_bracket_is_dropped_and_the_noun_kept() -> None:
    rows = whats("No club can win an outright majority on the 61-seat council, the league said.")
    assert rows == ["council seats"], rows


def test_a_bracketed_clause_gives_way_to_the_state_of_its_own_noun() -> None:
    rows = whats("The rescue boat was lost off the cape with four crew on board.")
    assert rows == ["crew on board"], rows


def test_a_placeholder_alone_is_rebuilt_from_the_figures_own_phrase() -> None:
    rows = whats("A year ago, the repair of the old bridge lasted three weeks.")
    assert rows == ["repair of old bridge lasted (wk), a year ago"], rows


def test_a_finite_verb_in_the_what_is_no_part_of_its_noun() -> None:
    rows = whats("A set of harbour maps costs $24 at the museum shop.")
    assert rows and all("costs" not in w and "“" not in w for w in rows), rows
    assert clausal("growers think", [_GIST]) and not clausal("growers that think", [_GIST])  # (a relative stays)


def test_a_what_with_no_noun_phrase_to_build_stays_as_it_was() -> None:
    assert noun_phrase("“it lasted”", [_GIST], "duration", ("time", "d")) == "“it lasted”"
    assert noun_phrase("time (d)", [_GIST], "duration", ("time", "d")) == "time (d)"  # (nothing to build from)


def test_the_checks_pass_a_noun_phrase_and_a_bracket_whose_subject_is_a_name() -> None:
    assert not clausal("repairs (USD)", [_GIST])
    assert not clausal("votes (Kim Lee lasted with)", [_GIST])  # (whose: a name as the bracket's subject)
    assert clausal("“the repair lasted”", [_GIST]) and clausal("time (d)", [_GIST])
    rows = whats("Green candidate Kim Lee won with 4,210 votes in the mayoral race.")
    assert rows == ["votes (Green candidate Kim Lee won with)"], rows
