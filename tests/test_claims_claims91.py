"""Claims: one count of people, one row, whatever its words (bench/BRIEF_REVIEW.md, "claims91", identity.py): counts
of people under one act with one value ("four climbers are missing" / "four are still missing" / "to find four missing
climbers") are one row; counts under two acts, or of things, stay apart. Our own invented sentences through the real
model, on a mountain rescue and a factory, none from a page.
"""

from __future__ import annotations

from typing import Any

from claims_support import one
from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.claims.identity import act_of
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _rows_of(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if any(m["value"] == value for m in r["mentions"])]


def test_an_adjective_on_the_counted_noun_names_the_act() -> None:
    assert act_of(one("Rescuers resumed the effort to find four missing climbers on Sunday.")) == "missing"
    assert act_of(one("The firm hired four new climbers on Sunday.")) is None


def test_one_count_of_missing_people_told_with_other_words_is_one_row() -> None:
    rows = _claims(("Four climbers from the Velmora club are missing on Mount Tarsk after an avalanche on Saturday, "
                    "the mountain rescue service said.", "Valley Ledger"),
                   ("Two climbers were rescued on Saturday, while four are still missing on Mount Tarsk, rescuers "
                    "said.", "Harbour Times"),
                   ("Rescue teams resumed the search on Mount Tarsk on Sunday to locate four missing climbers.",
                    "Alpine Post"))
    fours = _rows_of(rows, 4)
    assert len(fours) == 1, [(r["what"], [m["text"] for m in r["mentions"]]) for r in fours]
    assert {m["doc"] for m in fours[0]["mentions"]} == {"d0.txt", "d1.txt", "d2.txt"}


def test_counts_under_two_acts_stay_apart() -> None:
    # guard: four missing and four injured are two figures, whatever their words
    rows = _claims(("Four climbers are missing on Mount Tarsk after an avalanche on Saturday, the rescue service "
                    "said.", "Valley Ledger"),
                   ("Four injured climbers were flown to hospital from Mount Tarsk on Saturday, rescuers said.",
                    "Harbour Times"))
    fours = _rows_of(rows, 4)
    assert all(len({m["doc"] for m in r["mentions"]}) == 1 for r in fours), \
        [(r["what"], [m["text"] for m in r["mentions"]]) for r in fours]


def test_one_distance_in_two_units_is_one_row_that_differs() -> None:
    rows = _claims(("A second lifeboat was assisting a trawler about 120km north of Skerra Rock on Monday, the harbour "
                    "master said.", "Valley Ledger"),
                   ("A fisherman required medical help aboard a trawler 120 nautical miles north of Skerra Rock, the "
                    "coastguard said.", "Harbour Times"))
    both = [r for r in _rows_of(rows, 120) if len({m["doc"] for m in r["mentions"]}) == 2]
    assert len(both) == 1 and both[0]["verdict"] == "differ", [(r["what"], r["verdict"]) for r in rows]


def test_two_distances_from_two_places_stay_apart() -> None:
    # guard: one number in two units from two places is two distances
    rows = _claims(("A second lifeboat was assisting a trawler about 120km north of Skerra Rock on Monday, the harbour "
                    "master said.", "Valley Ledger"),
                   ("A ferry required medical help 120 nautical miles north of Port Velm, the coastguard said.",
                    "Harbour Times"))
    assert all(len({m["doc"] for m in r["mentions"]}) == 1 for r in _rows_of(rows, 120)), \
        [(r["what"], r["verdict"]) for r in rows]
