"""claims77: when a row is "an update". Our own invented sentences through the real model, of subjects no benchmark,
in-sample or held-out story has (a ferry's currents, hikers caught by an avalanche); each rule's test fails without
it, and a guard beside it keeps what must stay.
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


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# a verb of update marks a figure only as its own verb or the word it hangs on (surroundings._update_words): not
# "as the ferry passed the headland" of another clause; the figure's own "rose to" still does

def test_another_clauses_verb_makes_no_update() -> None:
    rows = _rows("Deckhands saw nothing unusual as the ferry passed the headland of a strait whose tide ran at "
                 "12 knots, the harbour office said.",
                 "The tide in the strait ran at about 15 knots, pilots said.")
    row = _with(rows, "12 knots")
    assert row["verdict"] == "differ" and not row.get("update"), row


def test_the_figures_own_verb_still_updates() -> None:
    rows = _rows("The avalanche above the pass killed 9 people, rangers said.",
                 "The toll from the avalanche above the pass rose to 11 on Friday, rangers said.")
    assert _with(rows, "11").get("update"), rows


# a running toll told in one report with its earlier value: "Earlier rangers said 12 …" (the parser's adjective on
# the subject) sets the report verb back like "Rangers earlier said 12" (bare.earlier_report), so the two values are
# one toll updated, not two figures of one report

_TOLL = ("In the valley, 14 hikers died in the avalanche, most of them caught on the lower trail, rangers said. "
         "Earlier rangers said 12 hikers had died in the avalanche, but by evening more bodies were found.")


def test_an_opening_earlier_on_the_subject_marks_the_earlier_value() -> None:
    row = _with(_rows(_TOLL, "The avalanche killed 14 hikers on the lower trail, the park service said."), "12 hikers")
    assert any("14" in m["text"] for m in row["mentions"]) and row["verdict"] == "differ" and row.get("update"), row


def test_earlier_describing_a_noun_sets_nothing_back() -> None:
    rows = _rows("In the valley, 14 hikers died in the avalanche, rangers said. "
                 "The earlier storm had stranded 12 climbers on the ridge, rescuers said.",
                 "The avalanche killed 14 hikers, the park service said.")
    row = _with(rows, "14 hikers")
    assert not any("12" in m["text"] for m in row["mentions"]), row
