"""Claims: two reports' counts of one kind of thing under "have"/"be"/"include" are their holders', one count only
when a name ties both clauses (claims64, anchors.py). Our own invented sentences through the real model, of
subjects no benchmark or held-out story has (galleries, harbours, choirs, lighthouses).
"""

from __future__ import annotations

from typing import Any

from claims_support import claims
from storyline.claims.anchors import anchored, held, shared_name
from storyline.claims.figure_mention import FigureMention


def _joined(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


def _row_of(rows: list[dict[str, Any]], value: float) -> dict[str, Any]:
    return next(r for r in rows if any(m["value"] == value for m in r["mentions"]))


# two holders' counts under a verb of having: two figures, never a "differ"


def test_two_galleries_paintings_are_two_figures() -> None:
    rows = claims("The east wing of the museum has 120 paintings, the curator said.",
                  "The gallery upstairs contains about 150 paintings.")
    assert not _joined(rows, 2), rows
    assert _row_of(rows, 120)["verdict"] == _row_of(rows, 150)["verdict"] == "single", rows


def test_moorings_a_pier_has_and_a_marina_is_said_to_have_are_two_figures() -> None:
    rows = claims("The north pier has 120 moorings, the harbour master said.",
                  "There are about 150 moorings at the marina.")
    assert not _joined(rows, 2), rows


# one act or one name ties them: one count, and the reports differ


def test_one_act_with_kin_verbs_still_differs() -> None:
    rows = claims("About 40 singers rehearsed the anthem at the cathedral on Sunday.",
                  "Some 45 singers rehearsed the anthem in the cathedral on Sunday, the organisers said.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_one_named_holder_still_differs() -> None:
    rows = claims("The Harwick Lighthouse has 120 steps, its keeper said.",
                  "The Harwick Lighthouse has about 150 steps.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def _mention(event: str | None, **names: frozenset[str]) -> FigureMention:
    m = FigureMention(doc="d", doc_index=0, start=0, end=1, text="3", value=3, low=3, high=3, qualifier=None,
                      vague=False, unit="boats", head="boat", event=event, event_text=event, event_class=None,
                      role="object")
    for k, v in names.items():
        setattr(m, k, v)
    return m


def test_a_verb_of_having_is_no_act_and_a_shared_name_is_an_anchor() -> None:
    assert held(_mention("have")) and held(_mention("’")) and held(_mention(None)) and not held(_mention("battle"))
    assert anchored(_mention("battle"), _mention("fight"))
    assert not anchored(_mention("have"), _mention("contain"))
    assert shared_name(_mention("have", owner=frozenset({"brennan"})), _mention("have", owner=frozenset({"brennan"})))
    assert not shared_name(_mention("have", owner=frozenset({"brennan"})), _mention("have", owner=frozenset({"ames"})))
