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


# a lost denial: "was not hired" kept in the what (wording.frame)


def test_a_negated_objects_what_keeps_the_denial() -> None:
    rows = claims("Only one of the applicants at the fair was not hired by the ministry.")
    assert [r["what"] for r in rows] == ["applicants not hired"], [r["what"] for r in rows]


def test_a_plain_objects_what_has_no_denial() -> None:
    # guard
    assert [r["what"] for r in claims("The ministry hired 20 applicants.")] == ["applicants hired"]


# made-of-tries figures: "18 of their first 30", "7-for-16" (measures.share_of_whole)


def test_a_share_of_a_framed_stretch_is_one_figure() -> None:
    ms = figures("Surveyors mapped 18 of their first 30 parcels before the rains came.")
    assert [(m.value, m.base) for m in ms] == [(18, 30)], [(m.text, m.value, m.base) for m in ms]


def test_made_of_tries_is_no_count_of_the_listed_noun() -> None:
    rows = claims("The lab had 18 patents, 12 grants and 10 awards in its second straight record year, but it "
                  "went only 7-for-16 on bids.")
    assert not [r for r in rows if r["mentions"][0]["value"] == 7 and r["mentions"][0]["dimension"] == "count"], \
        [(r["what"], r["mentions"][0]["value"]) for r in rows]


# a verbless label closed by a colon: its figure is the label's, not the next clause's act (headings.label_colon)


def test_a_labels_figure_is_not_the_next_clauses_act() -> None:
    ms = figures("Ward 7, 40 beds: Nurses move the patients in and the doctors find the rooms ready.")
    assert [(m.value, m.event) for m in ms] == [(40, None)], [(m.text, m.event) for m in ms]


def test_a_figure_after_a_colon_keeps_its_verb() -> None:
    # guard: a sentence with a verb before its colon is no label
    ms = figures("The city has 40 parks: the council counts them yearly.")
    assert [(m.value, m.event) for m in ms] == [(40, "have")], [(m.text, m.event) for m in ms]
