"""Round 10 of the story clustering variants (issue 13): BM25's saturating term frequency in place of the
sublinear 1 + log tf of the report's TF-IDF vector (``ClusterSettings.tf_saturation``, k1).

Protocol (bench/STORIES_EXPERIMENTS.md, rounds 8-9): each point is scored on **half A alone** by the mean over
seeds 0-4 of the mean half-A BCubed F1 with the merge pass after every report, every 25 and once; the best
point (ties: the first in grid order) is then run held out on half B, tac2011 (alone) and the whole stream at
each seed. Since round 10 every run is the store's way (``assign_in_order``'s ``keys``: an identical cleaned
text is its first copy's report, as the store's content hash makes it; the gate's rows are measured so).
Features and lead embeddings are computed once (``--cache FILE`` keeps them between runs).

    python bench/stories_variants10.py [--cache FILE] [--held "k1 1.2"]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants9 import Point, f1, load, protocol  # noqa: E402


def points() -> list[Point]:
    out: list[Point] = [("main (1 + log tf)", DEFAULT)]
    for k1 in (0.5, 1.2, 2.0, 5.0):
        out.append((f"k1 {k1}", replace(DEFAULT, tf_saturation=k1)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants10: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    protocol(points(), lambda p, s, e, st: f1(v, p, s, e, st, True), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
