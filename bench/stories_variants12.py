"""Round 12 of the story clustering variants (issue 13): a general-English prior for the term weights.

The store learns its IDF from itself, so early in a stream every word is rare and "people" or "Washington" weighs
like a rare name. ``ClusterSettings.prior_docs`` adds that many pseudo-reports of general English
(``stories.prior``: wordfreq's word frequencies, nothing learned from the bench files) to the store's document
frequencies; ``prior_floor`` instead floors a term's document frequency at what general English expects in a
store of that size; ``prior_scope`` limits the IDF prior to the report's names or to its other words
(``--scope``); ``prior_names`` adds pseudo-reports for the rare-name tests (gray zone, names noted for the merge
pass) alone, so a name common in general English is not rare (", rare" points: the same number as
``prior_docs``; ``--names``: the store's IDF, the prior in the name tests only); ``--threshold`` re-chooses the
join threshold with the prior. With ``--lead LABEL`` the grid is round 2's title + 40 words counted twice
(harness code: the lead's term counts added once more to the report's), alone and with the prior point LABEL.

Protocol (rounds 8-11, ``stories_variants9.protocol``): each point on **half A alone**, the mean over seeds 0-4
of the half-A BCubed F1 with the merge pass after every report, every 25 and once; the best point then held
out on half B, tac2011 (alone) and the stream at each seed; the store's way (repeated texts as their first
copy). The product's code runs (``assign_in_order`` on the in-memory index).

    python bench/stories_variants12.py [--cache FILE] [--names | --scope | --threshold | --lead LABEL]
                                       [--held "docs 1000, rare"]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, score  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants8 import Seeds  # noqa: E402
from stories_variants9 import Point, load, protocol  # noqa: E402
from storyline.stories import ClusterSettings, assign_in_order  # noqa: E402
from storyline.stories.vectors import LEAD_WORDS, _term  # noqa: E402
from storyline.text import words  # noqa: E402

LEAD_TWICE: set[int] = set()
"""Ids of the settings objects whose points count the title + 40 words twice (``--lead``)."""


def points() -> list[Point]:
    out: list[Point] = [("main (store IDF only)", DEFAULT)]
    for docs in (100.0, 300.0, 1000.0, 3000.0):
        for rare in (False, True):
            out.append((f"docs {docs:g}{', rare' if rare else ''}",
                        replace(DEFAULT, prior_docs=docs, prior_names=docs if rare else 0.0)))
    for rare in (False, True):
        out.append((f"floor{', rare' if rare else ''}", replace(DEFAULT, prior_docs=1.0, prior_floor=True,
                                                                prior_names=1000.0 if rare else 0.0)))
    return out


def threshold_points() -> list[Point]:
    """The prior changes every cosine's scale, so the join threshold is chosen with it."""
    out: list[Point] = [("main (store IDF only)", DEFAULT)]
    for th in (0.16, 0.20, 0.22):
        out.append((f"store IDF, threshold {th}", replace(DEFAULT, threshold=th)))
    for docs in (300.0, 1000.0, 3000.0):
        for th in (0.16, 0.20, 0.22):
            out.append((f"docs {docs:g}, rare, threshold {th}",
                        replace(DEFAULT, prior_docs=docs, prior_names=docs, threshold=th)))
    return out


def scope_points() -> list[Point]:
    """The IDF prior on the report's names only, or on its other words only."""
    out: list[Point] = [("main (store IDF only)", DEFAULT)]
    for scope in ("names", "words"):
        for docs in (300.0, 1000.0, 3000.0):
            out.append((f"{scope} only in the IDF, docs {docs:g}",
                        replace(DEFAULT, prior_docs=docs, prior_scope=scope)))
    return out


def name_points() -> list[Point]:
    """(b) alone: the store's IDF, the rare-name tests read the smoothed frequency."""
    out: list[Point] = [("main (store IDF only)", DEFAULT)]
    for docs in (100.0, 300.0, 1000.0, 3000.0, 10000.0):
        out.append((f"names only, docs {docs:g}", replace(DEFAULT, prior_names=docs)))
    return out


def lead_points(best: ClusterSettings) -> list[Point]:
    out: list[Point] = [("main (store IDF only)", DEFAULT)]
    for label, st in (("lead x2", DEFAULT), ("lead x2, prior as chosen", best)):
        for th in (0.16, 0.18, 0.20, 0.22):
            s = replace(st, threshold=th)
            LEAD_TWICE.add(id(s))
            out.append((f"{label}, threshold {th}", s))
    return out


def _lead_counts(doc: Any) -> Counter[str]:
    """Term counts of the report's title and first ``LEAD_WORDS`` words (as ``report_terms`` reads them)."""
    full = f"{doc.title}\n{doc.text}" if doc.title and not doc.text.startswith(doc.title) else doc.text
    out = Counter(map(_term, words(full)[:LEAD_WORDS]))
    out.pop("", None)
    return out


def f1(v: Seeds, part: str, seed: int, every: int, settings: ClusterSettings) -> tuple[float, float]:
    b = v.bench
    keep = b.parts[part]
    gold = {i: g for i, g in b.gold.items() if keep(i)}
    kept = [d for d in v.orders[seed] if d.id in gold]
    twice = id(settings) in LEAD_TWICE
    reports: Sequence[Any] = [(Counter(b.feats[d.id][0]) + _lead_counts(d) if twice else b.feats[d.id][0],
                               d.published, b.feats[d.id][1]) for d in kept]
    stories = assign_in_order(reports, settings, every, keys=[d.text for d in kept])
    pred = {d.id: str(s) for d, s in zip(kept, stories, strict=True)}
    bc, pw = score({i: pred.get(i, f"skipped:{i}") for i in gold}, gold)
    return bc.f1, pw.f1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--names", action="store_true", help="(b) alone: the prior in the rare-name tests only")
    ap.add_argument("--scope", action="store_true", help="the IDF prior on names only or on other words only")
    ap.add_argument("--threshold", action="store_true", help="the prior with the join threshold re-chosen")
    ap.add_argument("--lead", default="", help="the lead x2 grid, with the prior point of this label")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants12: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    pts = (threshold_points() if args.threshold else name_points() if args.names
           else scope_points() if args.scope else points())
    if args.lead:
        pts = lead_points(dict(pts)[args.lead])
    protocol(pts, lambda p, s, e, st: f1(v, p, s, e, st), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
