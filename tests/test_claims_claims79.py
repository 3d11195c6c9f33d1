"""claims79: which mentions join one row and the row's verdict, by kind. Our own invented sentences through the real
model, of subjects no benchmark, in-sample or held-out story has (a fishing accord, wells tested in a drought, a
choir's tour); each rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.claims.verdicts import interval
from storyline.model import Document


def _rows(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2019, 5, 7)) for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# a bound from above ("less than 5 percent") holds a point inside it ("just three percent"): no disagreement
# (verdicts.interval, BELOW_SPAN)

_WELLS_A = "The water board said on Monday that less than 5 percent of the wells in the valley had been tested."
_WELLS_B = "Only about a dozen crews are at work, and just three percent of the wells have been tested, the board said."


def test_a_point_inside_a_bound_from_above_agrees() -> None:
    row = _with(_rows(_WELLS_A, _WELLS_B), "5 percent")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", row


def test_a_bound_from_above_holds_down_to_half_of_it() -> None:
    lo, hi = interval(5, 5, 5, "less than", False, bounds=True)
    assert lo <= 3 < hi and hi < 5 and lo > 1


# a count of "N other" things beside a name ("Norland and 13 other nations") against N + 1 ("fourteen nations"):
# the same set told with the named one in it (and_others.py)

_ACCORD_A = "Norland and 13 other nations signed the fishing accord in Tromvik on Tuesday, officials said."
_ACCORD_B = "Fourteen nations signed the fishing accord in Tromvik on Tuesday, officials said."


def test_a_name_and_n_others_agrees_with_n_plus_one() -> None:
    row = _with(_rows(_ACCORD_A, _ACCORD_B), "13 other")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", row


def test_a_name_and_n_others_still_differs_from_n_minus_one() -> None:
    row = _with(_rows(_ACCORD_A, "Twelve nations signed the fishing accord in Tromvik on Tuesday, officials said."),
                "13 other")
    assert row["verdict"] != "agree", row


# a place noun "of" a number of people ("the country of over five million people") is that place's population, one
# figure with another report's "a country of 5.2 million" (populations.py)

_ISLES_A = "The archipelago republic of over three million people has long relied on its fishing fleet."
_ISLES_B = "The small archipelago republic of 3.2 million held its vote on Sunday, with the fishing fleet in port."


def test_a_place_of_n_people_is_its_population() -> None:
    row = _with(_rows(_ISLES_A, _ISLES_B), "three million")
    assert len({m["doc"] for m in row["mentions"]}) == 2, row


def test_people_of_a_group_are_no_population() -> None:
    row = _with(_rows("A choir of 40 singers left Tromvik on Sunday for its tour, the organisers said."), "40")
    assert "population" not in row["what"], row


def test_a_place_of_over_n_people_agrees_with_a_value_a_little_over() -> None:
    row = _with(_rows(_ISLES_A, _ISLES_B), "three million")
    assert row["verdict"] == "agree", row

