"""Train round 15's pair model (bench/STORIES_EXPERIMENTS.md): a logistic regression telling a report's story from
a topical neighbour among the candidates the online assignment would join, on half A only.

The pairs: every report's best candidate at or above the threshold that shares a rare name with it, during the
shipped assignment of half A in each of the five orders (one add; ``bench/stories_neighbours.py`` logs them); a
pair is positive when the candidate's gold majority is the report's story. Features: only what the clustering step
has at that moment (``bench/stories_neighbours.PRODUCT``: centroid score, shared rare names, log story size, minus
the second-best score's share of the best, lead embedding to the story's mean). Half B, tac2011 and the stream are
never read. Writes bench/stories_neighbour_weights.json (intercept then the weights, raw scale: the order of
``ClusterSettings.neighbour_model``); off by default, so the package does not ship it.

    python scripts/train_neighbours.py --cache FILE [--l2 1.0] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from stories_neighbours import PRODUCT, Signals, fit, run  # noqa: E402
from stories_variants8 import SEEDS  # noqa: E402
from stories_variants9 import load  # noqa: E402

OUT = ROOT / "bench" / "stories_neighbour_weights.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 strength on the standardised features")
    ap.add_argument("--dry-run", action="store_true", help="print the weights, write nothing")
    args = ap.parse_args()
    v = load(args.cache)
    pairs = [p for s in SEEDS for p in run(v, "A", s)[0] if p["rank"] == 0]
    sig = Signals(v, {d.id: {k: set() for k in ("figs", "per", "place", "org", "ev", "heads", "mds")}
                      for d in v.bench.docs})
    x = np.array([[sig.of(p)[c] for c in PRODUCT] for p in pairs])
    y = np.array([sig.same(p) for p in pairs], float)
    models = {}
    for label, cols in (("product", list(PRODUCT)), ("product without size", [c for c in PRODUCT if c != "logsize"])):
        w = fit(x[:, [PRODUCT.index(c) for c in cols]], y, args.l2)
        full = dict(zip(["(intercept)", *cols], w, strict=True))
        models[label] = [round(float(full.get(c, 0.0)), 6) for c in ["(intercept)", *PRODUCT]]
        print(f"{label}: {len(pairs)} half-A pairs ({int(y.sum())} same); weights: "
              + ", ".join(f"{c} {a:.4f}" for c, a in zip(["(intercept)", *PRODUCT], models[label], strict=True)))
    if not args.dry_run:
        OUT.write_text(json.dumps({"features": ["(intercept)", *PRODUCT], "models": models,
                                   "trained_on": "half A, seeds 0-4, one add, best candidates sharing a rare name",
                                   "l2": args.l2}, indent=1) + "\n")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
