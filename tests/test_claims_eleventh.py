"""Claims: general causes of the wrong rows the ninth brief read and the ninth Done-when read found on
stories no rule was written from (bench/CLAIMS_NOTES.md, "claims11 (ninth read's rows)"): a scaled sum
shown with a binary float's tail, the month of "7 years, 1 month" read as a figure of its own, and two
lengths of time of different events told in weeks and in months joined as one agreeing row.

Our own sentences, through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims_support import claims, figures

# 1. a decimal times a scale word is the sum written, with no float tail

@pytest.mark.parametrize(("text", "want"), [
    ("The dockers' union agreed to an $8.2 billion takeover by the port operator.", 8_200_000_000),
    ("Aldermouth council sold the harbour for £1.1m on Friday.", 1_100_000),
    ("The ferry company paid 4.35 million euros for the two boats.", 4_350_000),
])
def test_a_scaled_sum_is_the_sum_written(text: str, want: int) -> None:
    money = [m for m in figures(text) if m.dimension == "money"]
    assert len(money) == 1 and money[0].value == want, [(m.text, m.value) for m in money]


# 2. "7 years, 1 month": the month is a piece of one time, not a figure of its own

def test_the_month_of_years_and_a_month_is_no_figure_of_its_own() -> None:
    ms = figures("The judge approved a plea deal for Hale to serve 7 years, 1 month in prison on Monday.")
    assert [(m.value, m.unit) for m in ms] == [(7, "yr")], [(m.text, m.value, m.unit) for m in ms]


def test_terms_of_one_unit_in_a_list_are_still_three_figures() -> None:
    ms = figures("The court handed down sentences of 5 years, 3 years and 2 years to the three dockers.")
    assert [m.value for m in ms] == [5, 3, 2]


# 3. weeks and months of different events are not one agreeing row

def _rows(cs: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [c for c in cs if any(m["value"] == value for m in c["mentions"])]


@pytest.mark.parametrize("other", [
    "A Leeds judge sentenced Hale to 1 month in prison on a weapons charge.",
    "The dockers held a strike of 1 month at the port last year.",
])
def test_weeks_of_one_event_and_a_month_of_another_are_two_rows(other: str) -> None:
    cs = claims("Hale could move to Manchester within four to six weeks, his lawyer said before the hearing.", other)
    weeks = _rows(cs, 4)
    assert len(weeks) == 1 and len(weeks[0]["mentions"]) == 1, weeks


def test_one_length_told_in_the_same_words_is_still_one_row() -> None:
    cs = claims("The two Koreas met on Tuesday for the first time in more than two years, officials said.",
                "The Koreas' talks on Tuesday came after more than two years of silence.")
    rows = _rows(cs, 2)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2 and rows[0]["verdict"] == "agree", rows


# 4. "a 38-to-31 percent win": a tally of two sides, not a figure named "-to-31 percent"

@pytest.mark.parametrize("text", [
    "Hale didn't think much of Ross's 38-to-31 percent win over him in last weekend's party straw poll.",
    "The Aldermouth council voted 12-to-5 on Monday to close the harbour for the winter.",
])
def test_a_tally_of_two_sides_is_no_figure(text: str) -> None:
    assert [m.text for m in figures(text)] == []


def test_a_share_told_on_its_own_is_still_read() -> None:
    assert [m.value for m in figures("Ross won 38 percent of the vote in the party straw poll.")] == [38]


# 5. the wire's dash is no object in the "what" column

def test_a_dash_after_the_verb_is_not_shown_as_its_object() -> None:
    cs = claims("And only two senior Leeds Party officials, the former mayor Tom Hale and the police chief Ann Ross, "
                "confessed _ to roles in ordering the raids.")
    assert len(cs) == 1 and not cs[0]["what"].endswith("_"), cs[0]["what"]
    cs = claims("Two Leeds dockers who sued the port operator won the case on Monday, the union said.")
    assert all("_" not in c["what"] for c in cs)


# 6. one deployment told with "sent N troops" and "N soldiers have crossed" is one row

def test_troops_sent_and_soldiers_who_crossed_are_one_deployment() -> None:
    cs = claims("LEEDS (AP) _ About 4,000 Mercian soldiers have crossed into northern Wales to hunt rebels, "
                "officials said.",
                "Mercia long has accused Wales of sheltering rebels.\n\n"
                "Late last week, Mercia sent 4,000 troops into northern Wales to hit rebel bases.")
    rows = _rows(cs, 4000)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2 and rows[0]["verdict"] == "agree", rows


def test_troops_sent_and_refugees_who_crossed_stay_apart() -> None:
    cs = claims("Mercia sent 4,000 troops into northern Wales on Monday.",
                "About 4,000 refugees have crossed into Mercia since the fighting began, the UN said.")
    assert len(_rows(cs, 4000)) == 2
