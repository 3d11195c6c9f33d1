"""Claims: the 66th and 67th reads' kinds (bench/BRIEF_REVIEW.md, "claims67"), by kind: the doers of a killing
read as its dead when they are a part of a group ("was shot dead by two of the guard's partners" → "partners
killed"); a ranked list's title read as a figure ("the 100 Greatest Painters of All Time"). Our own invented
sentences through the real model, none from a page, none about an airport or a singer.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a part of a group as the doer of a killing (extract: the agent test no longer skips partitives)


def test_a_partitive_agent_of_a_killing_is_no_casualty() -> None:
    rows = claims("The poacher was shot dead by two of the ranger's deputies, the governor said.")
    assert rows and not [r for r in rows if r["what"].endswith("killed")], [r["what"] for r in rows]


def test_a_partitive_subject_of_a_killing_is_no_casualty() -> None:
    rows = claims("Two of the rangers killed the poacher near the lake.")
    assert rows and not [r for r in rows if r["what"].endswith("killed")], [r["what"] for r in rows]


def test_a_partitive_that_was_killed_stays_a_casualty() -> None:
    # guard: the part of a group that suffered the killing is still the dead
    rows = claims("Three of the rangers were killed near the lake.")
    assert [r for r in rows if r["what"].endswith("killed")], [r["what"] for r in rows]


# a ranked list's title (hyphen_names.list_title)


def test_a_ranked_lists_title_is_no_figure() -> None:
    ms = figures("The journal put her on its list of the 100 Greatest Chemists of All Time.")
    assert not [m for m in ms if m.value == 100], [(m.text, m.value) for m in ms]
    ms = figures("The journal named her in its 50 Most Powerful Chemists list this week.")
    assert not [m for m in ms if m.value == 50], [(m.text, m.value) for m in ms]


def test_a_capitalised_noun_without_a_superlative_keeps_the_count() -> None:
    # guard: "12 Senior Chemists" counts chemists ("Senior" is no superlative)
    ms = figures("The guild said 12 Senior Chemists resigned on Monday.")
    assert [m.value for m in ms if m.value == 12], [(m.text, m.value) for m in ms]


# a running total (present perfect) against one period's count in another report (running.py)


def test_a_running_total_and_one_years_count_do_not_differ() -> None:
    rows = claims("The orchestra has staged nine premieres, its director said.",
                  "The orchestra staged three premieres last year.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_two_running_totals_still_differ() -> None:
    # guard: two reports' totals up to now, of different values, are a dispute
    rows = claims("The orchestra has staged nine premieres, its director said.",
                  "The orchestra has staged eleven premieres, a critic said.")
    assert [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


# two votes of bodies of different sizes (tallies.py)


def test_a_committees_tally_and_a_chambers_do_not_differ() -> None:
    rows = claims("Earlier, the council's planning board voted 7-6 to send the plan to the full council.",
                  "By a vote of 31-18, the council agreed to end debate on the plan.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_one_vote_told_two_ways_still_joins() -> None:
    # guard: "25-24" and "26-24" are one chamber's vote told two ways: a dispute
    rows = claims("The council voted 25-24 to approve the plan.", "The council approved the plan in a 26-24 vote.")
    assert [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_one_bodys_two_votes_do_not_differ() -> None:
    # two tallies of one council that differ on both sides are two votes (to end debate, to approve)
    rows = claims("By a vote of 31-18, the council agreed to end debate on the plan.",
                  "The council then approved the plan, rendering the tally 25-24.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]
