"""How sure is a margin? storyline's ROUGE margin over each baseline, with a
bootstrap 95% interval, split by cluster size and by halves of the file.

The dev files are small (10-100 clusters), so a mean margin alone says little
about held-out clusters: the interval and the split halves show how much it
would move on another sample of the same kind.

Reads what ``storyline eval --out DIR`` wrote (DIR/<set>/scores.jsonl) and the
dataset itself (for the number of documents per cluster)::

    storyline eval ../shared/bench/multinews-dev.jsonl --words 250 --out /tmp/ev
    python bench/summary_margins.py /tmp/ev/multinews-dev ../shared/bench/multinews-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path


def bootstrap(diffs: Sequence[float], runs: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the mean of ``diffs`` (resampling clusters)."""
    if not diffs:
        return (float("nan"), float("nan"))
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(rng.choices(diffs, k=n)) / n for _ in range(runs))
    return means[int(0.025 * runs)], means[int(0.975 * runs) - 1]


def margins(rows: Sequence[dict[str, dict[str, float]]], baseline: str, metric: str) -> list[float]:
    return [r["storyline"][metric] - r[baseline][metric] for r in rows]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="a set's folder under `storyline eval --out` (holds scores.jsonl)")
    ap.add_argument("dataset", type=Path, help="the cluster JSONL the scores came from")
    args = ap.parse_args(argv)

    ndocs = {}
    for line in args.dataset.read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            ndocs[c["id"]] = len(c["documents"])
    rows = [json.loads(x) for x in (args.out / "scores.jsonl").read_text(encoding="utf-8").splitlines() if x]
    baselines = [k for k in rows[0] if k not in ("id", "storyline")]
    half = len(rows) // 2
    groups: list[tuple[str, list[dict[str, dict[str, float]]]]] = [
        ("all", rows),
        ("first half", rows[:half]),
        ("second half", rows[half:]),
        ("1 document", [r for r in rows if ndocs.get(str(r["id"])) == 1]),
        ("2 documents", [r for r in rows if ndocs.get(str(r["id"])) == 2]),
        ("3-4 documents", [r for r in rows if 3 <= ndocs.get(str(r["id"]), 0) <= 4]),
        ("5+ documents", [r for r in rows if ndocs.get(str(r["id"]), 0) >= 5]),
    ]
    print(f"{args.out.name}: storyline minus baseline, mean [95% bootstrap interval], F1 x100\n")
    print("| baseline | clusters | n | R-1 margin | R-2 margin |")
    print("|---|---|---:|---|---|")
    for b in baselines:
        for name, rs in groups:
            if not rs:
                continue
            cells = []
            for metric in ("rouge1_f", "rouge2_f"):
                d = margins(rs, b, metric)
                lo, hi = bootstrap(d)
                cells.append(f"{sum(d) / len(d):+.2f} [{lo:+.2f}, {hi:+.2f}]")
            print(f"| {b} | {name} | {len(rs)} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
