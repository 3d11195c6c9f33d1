"""Session 31 lead fixes to claims verdicts, on made-up text."""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _row(rows: list[dict[str, Any]], value: float) -> dict[str, Any]:
    found = [r for r in rows if any(m["value"] == value for m in r["mentions"])]
    assert found, rows
    return found[0]


# a "not" on the event leaves a figure in its subject standing (counted.disputed)

def test_a_figure_in_a_negated_clauses_subject_is_not_disputed() -> None:
    rows = _claims(
        ("The 72-year-old fisherman could not be rescued from the reef, the coastguard said.", "Harbour Times"),
        ("A coastguard spokesman said the fisherman, a 72-year-old grandfather, drowned near the reef.",
         "Valley Ledger"),
    )
    row = _row(rows, 72)
    assert row["verdict"] != "contested", row


def test_a_denied_figure_is_still_contested() -> None:
    # guard: a figure one speaker denies and another asserts stays contested
    rows = _claims(
        ("Rebels said 40 soldiers were killed in the ambush on the convoy.", "Harbour Times"),
        ("The army denied that 40 soldiers were killed in the ambush on the convoy.", "Valley Ledger"),
    )
    row = _row(rows, 40)
    assert row["verdict"] == "contested", row
