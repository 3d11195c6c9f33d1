"""Claims: the cross-report faults of the fifty-third read, by kind (bench/BRIEF_REVIEW.md, "claims52"): two sums
of two different pairs of places joined as one figure, one report's counts of two places joined as two holders'
values of one figure, a vague count of the whole event joined with one place's count, one sum split by the year
one report gives it, a speaker joined to the place before it lost, and a second holder's value in one sentence
("while protesters said it was upward of 5,000") lost or shown as an update instead of contested. Our own invented
sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.claims_support import claims

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _row(rows: list[dict[str, Any]], figure: str) -> dict[str, Any]:
    found = [r for r in rows if any(figure in m["text"] for m in r["mentions"])]
    assert len(found) == 1, [(r["what"], [m["text"] for m in r["mentions"]]) for r in rows]
    return found[0]


# two sums of two pairs of places are two figures (grouping._scope_apart)


def test_two_sums_of_two_pairs_of_places_are_two_figures() -> None:
    rows = claims("By Sunday morning 120 people had been detained in Lyon and Paris, officials said.",
                  "More than 120 people were detained in Paris and Marseille on Saturday, the police said.")
    assert len(rows) == 2 and all(len(r["mentions"]) == 1 for r in rows), rows


def test_one_sum_of_one_pair_of_places_still_joins() -> None:
    # guard: the same pair of places, written in another order, is one figure
    rows = claims("By Sunday morning 120 people had been detained in Lyon and Paris, officials said.",
                  "More than 120 people were detained in Paris and Lyon on Saturday, the police said.")
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2, rows


# one report's counts of two places are not two holders' values of one figure (rivals._side_by_side)


def test_a_count_of_the_next_sentences_place_is_no_rival() -> None:
    text = ("Some 3,000 people marched through Lyon on Sunday evening. A police official said about 50 were "
            "detained. Some 1,000 people marched in Nice, where police said about 40 were detained.")
    row = _row(claims(text), "about 50")
    assert [m["text"] for m in row["mentions"]] == ["about 50"], row


def test_but_organisers_said_is_still_a_rival() -> None:
    # guard: the next sentence's other holder, no new place, is a rival
    text = ("Police said 2,000 people marched in Lyon on Sunday. But the organisers said 10,000 people marched.")
    row = _row(claims(text), "2,000")
    assert len(row["mentions"]) == 2, row


# one sum, one report giving the year of the deed, is one figure (grouping._one_sum_dated_once)


def test_one_sum_dated_by_one_report_is_one_figure() -> None:
    texts = ("On Monday, Jones was found guilty of heading a group that embezzled steel worth 3.4m euros from a "
             "shipyard.",
             "Crowds gathered after Jones was convicted of stealing at least 3.4 million euros ($4m) from a "
             "shipping firm when he was advising the regional governor in 2008.")
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", published=dt.date(2013, 7, 19))
            for i, t in enumerate(texts)]
    rows = [c.to_dict() for c in extract_claims(analyse(docs))]
    row = _row(rows, "3.4m euros")
    assert len(row["mentions"]) == 2 and row["verdict"] == "agree", row


def test_a_sum_over_two_places_names_both() -> None:
    rows = claims("More than 200 people were detained in Lyon and Paris on Sunday, the police said.")
    assert _row(rows, "200 people")["what"] == "people arrested in Lyon and Paris", rows


# a name joined to the place before it, with a title, is the speaker of "told" (attribution._stranded_name)


def test_a_name_joined_to_a_place_is_the_speaker() -> None:
    rows = claims("By Sunday, as many as 300 people had been detained in Lyon, Jean Dupont, a city police official, "
                  "told AFP.")
    m = _row(rows, "300 people")["mentions"][0]
    assert m["speaker"] == "Jean Dupont" and m["place"] == ["Lyon"], m


# a second holder's bare value in one sentence is a side of the figure, the row contested (rivals.rival_bare,
# rivals.set_against, grouping.verdict)


def test_a_second_holders_bare_value_is_a_contested_side() -> None:
    row = _row(claims("Thousands rallied in Lyon on Sunday. The police estimated the crowd at 2,000, while "
                      "protesters said it was upward of 5,000."), "2,000")
    assert [m["text"] for m in row["mentions"]] == ["2,000", "upward of 5,000"], row
    assert row["verdict"] == "contested" and row["mentions"][1]["speaker"] == "protesters", row


def test_the_number_had_reached_is_a_contested_side() -> None:
    row = _row(claims("A police official said about 50 were detained, but activists said the number had reached "
                      "169."), "about 50")
    assert len(row["mentions"]) == 2 and row["verdict"] == "contested", row


def test_one_holders_two_counts_are_not_sides() -> None:
    # guard: no second holder, no side ("it was" the writer's)
    rows = claims("The police estimated the crowd at 2,000. It was the largest rally in years.")
    assert all(r["verdict"] != "contested" for r in rows), rows


def test_one_sentences_sides_join_before_another_reports_figure() -> None:
    rows = claims("Reports said dozens were detained by police.",
                  "A police official said about 50 were detained, but activists said the number had reached 169.")
    row = _row(rows, "about 50")
    assert [m["doc"] for m in row["mentions"]] == ["d1.txt", "d1.txt"], row


# a vague unplaced count is no side of another report's count of one place (grouping._vague_whole), nor are
# different values of places apart one figure (grouping.compatible)


def test_a_vague_whole_is_no_side_of_one_places_count() -> None:
    rows = claims("Protests spread across the country on Sunday. Reports said dozens were detained by police.",
                  "Some 1,000 people marched in Nice, where police said about 40 were detained on Sunday.")
    assert len(_row(rows, "dozens")["mentions"]) == 1, rows


def test_different_counts_of_places_apart_are_two_figures() -> None:
    rows = claims("As many as 200 people had been detained in Lyon by Sunday morning.",
                  "Some 1,000 people marched in Nice, where police said about 40 were detained on Sunday.")
    assert len(_row(rows, "200 people")["mentions"]) == 1, rows
