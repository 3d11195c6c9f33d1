"""Claims: one figure restated across reports (bench/CLAIMS_NOTES.md, "claims28"): a sentence rewritten with other
words, one value at two grains of place, a process's running length; our own invented sentences through the real
model (``analyse``), none from a benchmark story. The guards keep different figures apart; two older guards guard the
first rule too (tests/test_claims_twelfth.py's "three Britons" / "three Brazilian engineers" and
tests/test_claims_twentysecond.py's "12 soldiers" / "12 rebels": one sentence with two kinds of people, which a first
version of the rule joined).
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _joined(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) >= docs]


def _values(row: dict[str, Any]) -> list[float]:
    return sorted(m["value"] for m in row["mentions"])


# a sentence rewritten in another report (restated.told_again)


def test_one_sentence_rewritten_with_other_words_is_one_figure() -> None:
    rows = claims("Two girls were buried by a mudslide in the hill village of Varlo on Sunday, officials said.",
                  "Two children were killed by a mudslide in the hill village of Varlo on Sunday, officials said.")
    row = _joined(rows, 2)
    assert len(row) == 1 and _values(row[0]) == [2, 2] and row[0]["verdict"] == "agree", rows


def test_one_line_of_a_rewritten_list_is_one_figure() -> None:
    rows = claims("The dead included five drownings, two men hit by falling trees, two girls buried by a mudslide in "
                  "the hill village of Varlo, and a driver whose truck overturned, officials said.",
                  "The dead included nine drownings, two women hit by falling trees, two children killed by a mudslide "
                  "in the hill village of Varlo, and a driver crushed when his truck overturned, officials said.")
    row = [r for r in rows if {m["unit"] for m in r["mentions"]} == {"girls", "children"}]
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_two_counts_of_one_reprinted_sentence_stay_apart() -> None:
    rows = claims("The flood destroyed four bridges and four schools in the Varlo valley on Sunday.",
                  "The flood destroyed four bridges and four schools in the Varlo valley on Sunday, officials said.")
    assert all(len({m["unit"] for m in r["mentions"]}) == 1 for r in rows), rows


def test_a_different_value_in_a_rewritten_sentence_is_not_joined_by_the_words() -> None:
    rows = claims("Two girls were buried by a mudslide in the hill village of Varlo on Sunday, officials said.",
                  "Three boys were buried by a mudslide in the hill village of Varlo on Sunday, officials said.")
    assert not _joined(rows, 2), rows


# one value at two grains of place (restated.one_value_nested)


def test_one_value_told_of_a_city_and_of_its_country_is_one_figure() -> None:
    rows = claims("NAIROBI, Kenya (AP) _ The attackers drove two trucks to the gate in Nairobi, the indictment said.",
                  "The attackers in Kenya drove two trucks to the gate of the compound, prosecutors said.")
    row = _joined(rows, 2)
    assert len(row) == 1 and _values(row[0]) == [2, 2], rows


def test_different_values_of_a_city_and_of_its_country_stay_apart() -> None:
    rows = claims("NAIROBI, Kenya (AP) _ Police arrested 12 protesters in Nairobi on Monday, officials said.",
                  "Police arrested 40 protesters in Kenya on Monday, officials said.")
    assert not _joined(rows, 2), rows


# a process's running length (restated.one_running_length)


def test_a_process_told_as_seven_and_nearly_eight_months_long_differs() -> None:
    rows = claims("Government troops, engaged in a seven-month crackdown on northern rebels, shelled two villages.",
                  "President Osei suspended a nearly eight-month crackdown in the province on Tuesday.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_lengths_of_two_processes_stay_apart() -> None:
    rows = claims("Government troops, engaged in a seven-month crackdown on northern rebels, shelled two villages.",
                  "President Osei ended a nearly eight-month strike of the province's dock workers on Tuesday.")
    assert not _joined(rows, 2), rows
