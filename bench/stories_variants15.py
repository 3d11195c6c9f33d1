"""Round 15 of the story clustering variants (issue 13): a veto on topical-neighbour joins
(``ClusterSettings.neighbour_embed``, ``neighbour_any``), the one signal of round 15's diagnostic
(bench/stories_neighbours.py) that separated same-story from different-story candidates on half B as on half A.

A candidate story at or above the threshold that shares a rare name with the report (with ``neighbour_any``: any
candidate) is passed over when the report's lead embedding to the story's mean lead embedding is below
``neighbour_embed``; the report then joins the next candidate, the gray zone's, or starts a story.

Protocol (rounds 8-14, ``stories_variants9.protocol``): each point on **half A alone**, the mean over seeds 0-4
of the half-A BCubed F1 with the merge pass after every report, every 25 and once; the best point then held
out on half B, tac2011 (alone) and the stream at each seed; the store's way (repeated texts as their first
copy). The product's code runs (``assign_in_order`` on the in-memory index).

    python bench/stories_variants15.py [--cache FILE] [--model] [--held LABEL]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants9 import Point, f1, load, protocol  # noqa: E402

WEIGHTS = Path(__file__).resolve().parent / "stories_neighbour_weights.json"


def points() -> list[Point]:
    out: list[Point] = [("main (no veto)", DEFAULT)]
    for any_ in (False, True):
        for embed in (0.3, 0.35, 0.4, 0.45, 0.5):
            out.append((f"veto below {embed}{', any candidate' if any_ else ', shared rare name'}",
                        replace(DEFAULT, neighbour_embed=embed, neighbour_any=any_)))
    return out


def model_points() -> list[Point]:
    """The pair model (``scripts/train_neighbours.py``, trained on half A's pairs) vetoes the best candidate when its
    logit is below a cut (probabilities .5 to .92 that the candidate is the report's story)."""
    models = json.loads(WEIGHTS.read_text())["models"]
    out: list[Point] = [("main (no veto)", DEFAULT)]
    for name, weights in models.items():
        for cut in (-1.0, 0.0, 1.0, 1.5, 2.0, 2.5):
            out.append((f"{name}, logit below {cut}", replace(DEFAULT, neighbour_model=tuple(weights),
                                                                neighbour_logit=cut)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--model", action="store_true", help="the pair model's grid instead of the embedding veto's")
    ap.add_argument("--only", default="", help="semicolon-separated labels: only these points (and main) on half A")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants15: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    pts = model_points() if args.model else points()
    if args.only:
        keep = set(args.only.split(";"))
        pts = [pts[0]] + [p for p in pts[1:] if p[0] in keep]
    protocol(pts, lambda p, s, e, st: f1(v, p, s, e, st, True), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
