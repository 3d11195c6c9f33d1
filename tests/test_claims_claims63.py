"""Claims: the 63rd–65th reads' figure-reading kinds (bench/BRIEF_REVIEW.md, "claims63"), by kind: a game's score
read as a vote because a vote's word stood inside a hyphenated modifier ("home-court advantage"); "held over three
days" read as "more than three days"; a counterfactual ("should have been six in a row") told as done. Our own
invented sentences through the real model, none from a page, none about sport.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a vote's word glued into a hyphenated modifier is no voting context (grammar.voting_context)


def test_a_score_beside_a_hyphenated_vote_word_is_no_vote() -> None:
    rows = claims("The choir's steady work through four seasons set the stage for a 310-250 victory that "
                  "snatched home-court advantage from the rival school in the quiz final.")
    assert not [r for r in rows if "vote" in r["what"]], [r["what"] for r in rows]


def test_a_vote_stays_a_vote() -> None:
    # guard: "the council" as a word of its own still makes "5-4" a vote
    rows = claims("The council approved the budget in a 5-4 vote on Tuesday.")
    assert [r for r in rows if "vote" in r["what"]], [r["what"] for r in rows]


# "over" right after a passive participle, before a length, is the stretch, not a bound (numbers._pre_qualifier)


def test_held_over_days_is_no_bound() -> None:
    ms = figures("The archive conference was held over three days in the capital, organisers said.")
    assert [(m.value, m.qualifier) for m in ms] == [(3, None)], [(m.text, m.qualifier) for m in ms]


def test_lasted_over_days_stays_a_bound() -> None:
    # guard: "lasted over three days" is more than three days
    ms = figures("The fair lasted over three days, organisers said.")
    assert [(m.value, m.qualifier) for m in ms] == [(3, "over")], [(m.text, m.qualifier) for m in ms]


# "should have" / "would have" before a participle: what did not happen (modals.possibility)


def test_a_counterfactual_is_hedged() -> None:
    ms = figures("The bakery should have won six awards, the owner said.")
    assert [m.hedge for m in ms] == ["may"], [(m.text, m.hedge) for m in ms]
    ms = figures("It would have been six in a row for the bakery, the owner said.")
    assert [m.hedge for m in ms] == ["may"], [(m.text, m.hedge) for m in ms]


def test_would_have_as_a_verb_is_no_counterfactual() -> None:
    # guard: "would have 500 workers" is the verb "have", a plan told plainly
    ms = figures("The plant would have 500 workers by June, the company said.")
    assert [m.hedge for m in ms] == [""], [(m.text, m.hedge) for m in ms]
