"""Claims: one quantity, one row; two quantities, two rows (bench/BRIEF_REVIEW.md, "claims98", identity.py): two
figures of one sentence in one unit are two items of a list, however near their values; one change told by its noun
in one report and by its verb in another is one row. Our own invented sentences through the real model, on a county's
heritage fund, a transit board and two millers, none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _rows_of(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if any(m["value"] == value for m in r["mentions"])]


def _shown(rows: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(r["what"], [m["text"] for m in r["mentions"]]) for r in rows]


LEDGER = ("The Norhaven heritage fund pays for work most residents never see: restoring the old tide mill (about $4 "
          "million); rebuilding the harbour wall at Kestle, after the winter storms (nearly $4 million); and the "
          "village archive ($900,000).")


def test_two_items_of_one_list_with_near_values_are_two_rows() -> None:
    rows = _claims(("The county board met on Tuesday to review its spending. " + LEDGER, "Valley Ledger"))
    fours = _rows_of(rows, 4_000_000)
    assert len(fours) == 2 and all(len(r["mentions"]) == 1 for r in fours), _shown(fours)


def test_another_reports_item_joins_one_item_of_the_list_only() -> None:
    rows = _claims(("The county board met on Tuesday to review its spending. " + LEDGER, "Valley Ledger"),
                   ("Restoring the old tide mill at Norhaven will cost about $4 million, the heritage fund said.",
                    "Harbour Times"))
    fours = _rows_of(rows, 4_000_000)
    assert all(len({m["text"] for m in r["mentions"] if m["doc"] == "d0.txt"}) <= 1 for r in fours), _shown(fours)


def test_a_change_told_by_its_noun_and_by_its_verb_is_one_row() -> None:
    rows = _claims(("Transit officials, speaking on condition of anonymity at the mayor's insistence, spoke about the "
                    "bid to boost bus fares by about 10 percent on Friday, the same day the mayor promised a fair deal "
                    "for riders.", "Valley Ledger"),
                   ("The Brinmoor transit board announced a 10 percent increase in bus fares Friday that would add "
                    "about $9 million to the depots' budget -- paid for by cuts in late-night services.",
                    "Harbour Times"))
    tens = _rows_of(rows, 10)
    assert any(len({m["doc"] for m in r["mentions"]}) == 2 and r["verdict"] == "agree" for r in tens), _shown(tens)


def test_two_named_things_changes_stay_apart() -> None:
    # guard: the noun and the verb of one direction, but two named firms' prices
    rows = _claims(("Ostrava Mills will boost its bread prices by about 10 percent from Friday, millers said on "
                    "condition of anonymity, the same day bakers promised a fair deal.", "Valley Ledger"),
                   ("Kelso Foods announced a 10 percent increase in bread prices Friday that would add about $9 "
                    "million to its budget -- paid for by cuts in deliveries.", "Harbour Times"))
    assert all(len({m["doc"] for m in r["mentions"]}) == 1 for r in _rows_of(rows, 10)), _shown(_rows_of(rows, 10))
