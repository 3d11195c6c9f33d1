"""A claim row's weight judged by readers, story by story (claims88): old weights against new, side by side.

Readers' labels (scripts/train_claim_weight.py ``read_labels``: "story, row id, needed 1/0, wrong 1/0/-", kept
outside the repository because they name in-sample stories) over the stories' briefs (``--briefs`` DIR/STORY.json).
For each weights file given (``--weights NAME=PATH``; the old file holds a prefix of ``weight.FEATURES``) and, with
``--cache`` (the gold capture of train_claim_weight.py), for the model refitted with each story left out, it prints:
the AUC of "needed" over the rows the weight decides; at the line (0.5) the rows folded as minor, how many of them
are wrong against the base rate of wrong rows, the needed rows folded (the loss) and the wrong rows left in the main
table. Rows a reader judged needed or not but not right or wrong count for AUC and the loss only.

    python bench/claims_weight_eval.py --labels L.tsv ... --briefs DIR --weights old=OLD.json \
        new=src/storyline/data/claim_weight.json [--cache CACHE.json] [--stories S1,S2,...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_claim_weight as tcw  # noqa: E402

LINE = 0.5


def summary(p: Any, rows: list[dict[str, Any]]) -> str:
    """AUC, folded, folded wrong / judged against the base rate, needed folded, wrong left main."""
    y = np.array([r["y"] for r in rows])
    folded = p < LINE
    judged = np.array([r["wrong"] is not None for r in rows])
    wrong = np.array([r["wrong"] == 1.0 for r in rows])
    fj = folded & judged
    rate = f"{int((folded & wrong).sum())}/{int(fj.sum())}" if fj.any() else "-"
    base = f"{int(wrong.sum())}/{int(judged.sum())}" if judged.any() else "-"
    return (f"AUC {tcw._auc(p, y):.3f}  folded {int(folded.sum()):3d}  folded wrong {rate:>7} (base {base})  "
            f"needed folded {int((folded & (y == 1)).sum()):3d}/{int(y.sum())}  "
            f"wrong left main {int((~folded & wrong).sum())}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--labels", type=Path, nargs="+", required=True)
    ap.add_argument("--briefs", type=Path, required=True)
    ap.add_argument("--weights", nargs="+", default=[], help="NAME=PATH of a weights file")
    ap.add_argument("--cache", type=Path, help="the gold capture, to refit with each story left out")
    ap.add_argument("--stories", help="comma-separated stories to report (all labelled ones by default)")
    ap.add_argument("--per-story", action="store_true")
    args = ap.parse_args()
    reads = tcw.labelled([p for p in args.labels if p.exists()], args.briefs)
    if not reads:
        print("no labelled rows (the labels live outside the repository)")
        return 0
    scores: dict[str, Any] = {}
    for spec in args.weights:
        name, _, path = spec.partition("=")
        scores[name] = tcw.scored(Path(path), [r["x"] for r in reads])
    if args.cache:
        gold = [r for r in tcw.rows(args.cache) if r["set"] not in {p.name for p in tcw.CHECK}]
        scores["new, story left out"] = tcw.left_out(reads + gold)
    keep = set(args.stories.split(",")) if args.stories else {r["cluster"] for r in reads}
    idx = [i for i, r in enumerate(reads) if r["cluster"] in keep]
    rows = [reads[i] for i in idx]
    print(f"{len(rows)} rows the weight decides in {len({r['cluster'] for r in rows})} stories")
    width = max(len(n) for n in scores)
    for name, p in scores.items():
        print(f"  {name:<{width}}  {summary(np.asarray(p)[idx], rows)}")
    if args.per_story:
        for story in sorted({r["cluster"] for r in rows}):
            sidx = [i for i in idx if reads[i]["cluster"] == story]
            print(story)
            for name, p in scores.items():
                print(f"  {name:<{width}}  {summary(np.asarray(p)[sidx], [reads[i] for i in sidx])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
