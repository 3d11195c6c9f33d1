"""claims82: which mentions are one quantity and when sources truly differ, by kind. Our own invented sentences
through the real model, of subjects no benchmark, in-sample or held-out story has (a mine collapse, a tunnel
collapse, a flood); each rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2021, 9, 3)) for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


def _texts(row: dict[str, Any]) -> set[str]:
    return {m["text"] for m in row["mentions"]}


# one report's running toll at two moments ("climbed to 41 on Friday, from a previous tally of 26 on Thursday") is one
# quantity with the other reports' values of it, not two periods of the report (grouping.compatible)

_MINE_A = ("The death toll from the mine collapse near Varka climbed to 41 on Friday, a regional official said. The "
           "official could not say why the toll had risen from a previous tally of 26 dead on Thursday.")
_MINE_B = "A mine collapse near Varka killed at least 26 people, officials said on Thursday."


def test_one_reports_toll_at_two_moments_is_one_row() -> None:
    row = _with(_rows(_MINE_A, _MINE_B), "41")
    assert any("41" in t for t in _texts(row)) and any("26" in t for t in _texts(row)), row
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "differ", row


# a count of people of one sex or age ("eight children were among the dead") is a part of a toll of people, not a
# rival count of it (kin.groups_apart)

_TUNNEL_A = "Eight children were among the dead in the tunnel collapse at Brenna, officials said."
_TUNNEL_B = "The tunnel collapse at Brenna on Monday killed 11 people, officials said."


def test_a_count_of_children_is_no_side_of_a_toll_of_people() -> None:
    row = _with(_rows(_TUNNEL_A, _TUNNEL_B), "11 people")
    assert not any("children" in t.lower() for t in _texts(row)), row


def test_two_counts_of_children_still_differ() -> None:
    rows = _rows("The tunnel collapse at Brenna on Monday killed 10 children, officials said.",
                 "The tunnel collapse at Brenna on Monday killed 12 children, officials said.")
    row = _with(rows, "10 children")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "differ", row


# a plain round value ("3,000 people") is the writer's rounding: a bound at the same value ("more than 3,000") holds
# it (verdicts.round_points); a small one may be exact ("30" / "more than 30" still differ)

_FLOOD_A = "The flood forced 3,000 people from their homes in Delmar, officials said on Sunday."
_FLOOD_B = "More than 3,000 people were forced from their homes in Delmar by the flood, officials said on Sunday."


def test_a_round_value_agrees_with_its_own_bound() -> None:
    row = _with(_rows(_FLOOD_A, _FLOOD_B), "3,000")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", row


def test_a_small_value_still_differs_from_its_bound() -> None:
    row = _with(_rows(_FLOOD_A.replace("3,000", "30"), _FLOOD_B.replace("3,000", "30")), "30")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "differ", row


# one named participant's count told beside a compared year in one report ("had 27 seats, three fewer than in 2015")
# and without it in another: the year dates the compared value, not an earlier count (dated_once.one_named_count)

_COUNCIL_A = ("With most ballots counted, Olsen's Green List had 27 seats on the Tarnby council, three fewer than "
              "in 2015.")
_COUNCIL_B = "Olsen's Green List was set to win 27 seats on the Tarnby council, the election board said."


def test_one_named_count_with_a_compared_year_is_one_row() -> None:
    row = _with(_rows(_COUNCIL_A, _COUNCIL_B), "27")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", row


def test_a_small_named_count_with_a_year_stays_apart() -> None:
    rows = _rows(_COUNCIL_A.replace("27", "4").replace("three fewer", "one fewer"), _COUNCIL_B.replace("27", "4"))
    row = _with(rows, "4 seats")
    assert len({m["doc"] for m in row["mentions"]}) == 1, row
