"""Claims: one figure told differently by different reports (bench/CLAIMS_NOTES.md, "claims15").

General rules of how news reports the same figure across reports: a hedge against an exact number, and one
referent named by other words. Our own invented sentences, through the real model (``analyse``); none
comes from the benchmark stories.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims
from storyline.claims.verdicts import compatible, interval


def _rows_with(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if any(m["value"] == value for m in r["mentions"])]


# 1. "at least N" / "more than N" and an exact count: "a little over" a small whole number reaches the next one

def test_at_least_four_and_five_are_compatible() -> None:
    assert compatible([interval(4, 4, 4, "at least", False), interval(5, 5, 5, None, False)])
    assert compatible([interval(3, 3, 3, "more than", False), interval(4, 4, 4, None, False)])


def test_at_least_four_and_six_still_differ() -> None:
    assert not compatible([interval(4, 4, 4, "at least", False), interval(6, 6, 6, None, False)])
    assert not compatible([interval(400, 400, 400, "more than", False), interval(550, 550, 550, None, False)])


def test_a_hedged_small_count_and_the_next_number_agree_across_reports() -> None:
    rows = claims("Guards opened fire on the marchers in Ruvania on Sunday, wounding at least four people.",
                  "Guards fired on marchers in Ruvania on Sunday, wounding five people, doctors said.")
    row = _rows_with(rows, 5)
    assert row and row[0]["verdict"] == "agree", rows


# 2. one referent under other words: "suspected / alleged / accused <crime noun>" are suspects, and
#    "apprehended" is an arrest

def test_suspected_smugglers_apprehended_and_suspects_arrested_are_one_row() -> None:
    rows = claims("Police in Ruvania said four suspected smugglers were apprehended near the border on Monday.",
                  "Police in Ruvania arrested four suspects on Monday, a spokesman said.")
    row = _rows_with(rows, 4)
    assert len(row) == 1 and len(row[0]["mentions"]) == 2 and row[0]["verdict"] == "agree", rows


def test_a_modifier_makes_a_suspect_but_a_verb_does_not() -> None:
    from claims_support import figures
    assert [m.head for m in figures("Officers detained three alleged poachers at the park gate.")] == ["suspect"]
    assert [m.head for m in figures("Rangers suspected that three poachers had crossed the river.")] != ["suspect"]


# 3. the same figure under another verb: a count of wrongdoers arrested, and the same count told with a verb
#    of no casualty class

def test_suspects_arrested_and_the_suspects_shown_are_one_row() -> None:
    rows = claims("Police in Ruvania arrested four suspects on Monday.",
                  "Reporters in Ruvania were shown the four alleged smugglers, who are still in jail, on Monday.")
    row = _rows_with(rows, 4)
    assert len(row) == 1 and len(row[0]["mentions"]) == 2, rows


def test_other_counts_of_suspects_stay_apart() -> None:
    rows = claims("Police in Ruvania arrested four suspects on Monday.",
                  "Reporters in Ruvania were shown six alleged smugglers, who are still in jail, on Monday.")
    assert all(len({m["value"] for m in r["mentions"]}) == 1 for r in rows), rows


def test_suspects_told_under_two_plain_verbs_are_one_row() -> None:
    rows = claims("In Ruvania four suspects confessed to the smuggling on Monday.",
                  "Reporters in Ruvania were shown the four alleged smugglers, who are still in jail, on Monday.")
    row = _rows_with(rows, 4)
    assert len(row) == 1 and len(row[0]["mentions"]) == 2, rows
