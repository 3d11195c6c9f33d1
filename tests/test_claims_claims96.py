"""claims96: a percentage's holder is its verb's own subject only when the parse gives one unambiguously (a relative
"which"/"that" resolved to the noun it hangs on; two subjects, a conjunct list or an apposition give none); a range
written "between N percent and M percent" is one figure with both ends and the whole and holder of its first end.
Our own invented sentences through the real model (a barley valley, a dairy co-op, a rowing club, a navy's ships);
each rule's test fails without it.
"""

from __future__ import annotations

from claims_support import figures, whats


def test_a_relative_which_holds_by_the_noun_it_hangs_on() -> None:
    rows = whats("The Kerran valley, which supplies 30 percent of the country's barley, has had a dry spring.")
    assert rows and rows[0] == "share of barley (Kerran valley)", rows


def test_two_subjects_give_no_holder() -> None:
    rows = whats("The Marlow co-op, the county's largest dairy, spends 6 percent of its revenue on feed.")
    assert rows and rows[0] == "share of revenue", rows


def test_a_relative_clause_after_a_further_noun_gives_no_holder() -> None:
    rows = whats("Traders praised the Kerran valley in Norland, which supplies 30 percent of the country's barley.")
    assert rows and rows[0] == "share of barley", rows


def test_a_range_of_percentages_with_both_units_is_one_figure() -> None:
    ms = figures("The Norland navy has routinely budgeted between 3 percent and 5 percent of its income for new ships.")
    assert [(m.low, m.high) for m in ms] == [(3.0, 5.0)], [(m.text, m.low, m.high) for m in ms]


def test_a_range_of_percentages_takes_its_first_ends_role() -> None:
    rows = whats("The Norland navy has routinely budgeted between 3 percent and 5 percent of its income for new ships.")
    assert rows == ["share of income (Norland navy)"], rows


# guard: one plain subject keeps its holder


def test_one_plain_subject_keeps_its_holder() -> None:
    rows = whats("The Kelby dairy cooperative spent 4.5 percent of its turnover on new tanks last year.")
    assert rows and rows[0].startswith("share of turnover (Kelby dairy cooperative)"), rows
