"""claims71: the wrong rows claims68's and claims69's joins made or left, by kind. Our own invented sentences
through the real model, of subjects no benchmark or held-out story has (a river flood, a wildfire, a prison escape);
each rule's test fails without it, and a guard beside it keeps a true join.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _docs(row: dict[str, Any]) -> set[str]:
    return {m["doc"] for m in row["mentions"]}


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# an increment's equal value joins a plain count only with its qualifier and its counted noun (grouping.py)

_FLOOD = ("About 1,500 residents had been evacuated, the mayor said. An additional 400 people have been ordered to "
          "evacuate in the Millbrook area, she added.")


def test_an_increment_is_no_side_of_other_people_of_its_value() -> None:
    rows = claims(_FLOOD, "Thousands of people have been evacuated in preparation for the flood. More than 400 "
                  "emergency workers are also on standby, but people have been warned crews will only respond when "
                  "it is safe to do so.", "Another 400 people in the coastal area of Millbrook, which was predicted "
                  "to bear the brunt of the flood, have also moved, officials said.")
    row = _with(rows, "400 people")
    assert not any("workers" in m["text"] for m in row["mentions"]) and row["verdict"] == "agree", rows


def test_an_increment_told_without_its_word_still_joins() -> None:
    rows = claims(_FLOOD, "Another 400 people in the Millbrook area have also left, officials said.")
    row = _with(rows, "400 people")
    assert len(_docs(row)) == 2 and row["verdict"] == "agree", rows
