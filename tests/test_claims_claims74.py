"""claims74: the order in which a claims row's mentions join, by kind. Our own invented sentences through the real
model, of a subject no benchmark, in-sample or held-out story has (an earthquake in an invented valley); each
rule's test fails without it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2019, 5, 7)) for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _docs_with(rows: list[dict[str, Any]], doc: str, text: str) -> set[str]:
    row = next(r for r in rows if any(m["doc"] == doc and text in m["text"] for m in r["mentions"]))
    return {m["doc"] for m in row["mentions"]}


# a revised figure of a named thing joins that thing's other values before an unnamed equal value
# (grouping.NAMED_FIRST): the downgrade to 5.8 is the Orvale earthquake's, not the textbook 5.8 tremor's

def test_a_named_revision_joins_its_name_before_an_unnamed_equal_value() -> None:
    rows = _rows(
        "Rescue teams searched villages in the hills on Tuesday. Meanwhile, the Orvale earthquake has since been "
        "downgraded to magnitude 5.8, the institute said.",
        "Schools stayed shut across the valley. The Orvale earthquake, a magnitude 6.3 tremor, cracked walls in "
        "dozens of farmhouses, officials said.",
        "Engineers inspected the dam above the valley. A magnitude 5.8 tremor can crack plaster in old farmhouses, "
        "the institute said.",
        "The Orvale earthquake, a magnitude 6.3 tremor, struck shortly after dawn, the institute said.")
    assert _docs_with(rows, "d0.txt", "5.8") == {"d0.txt", "d1.txt", "d3.txt"}, rows


# one report's two mentions of one rare sum, one dated by an earlier year and one not, are one figure: the year dates
# the deal, not another sum (dated_once.one_figure_dated_once within a report)

def test_one_reports_rare_sum_dated_once_is_one_row() -> None:
    rows = _rows(
        "The Harlow museum paid $27 million for the tapestry in 2009, according to records released on Monday. "
        "Curators said the $27 million purchase was approved by the board. The tapestry will go on show next month.",
        "The Harlow museum bought the tapestry for $27 million, the records show. It will go on show next month.")
    row = [r for r in rows if any("27" in m["text"] for m in r["mentions"])]
    assert len(row) == 1 and len(row[0]["mentions"]) == 3, rows
