"""The support judge's operating points: precision and recall at higher thresholds, chosen on DEV.

    python scripts/support_threshold_probe.py --features DIR            # dev table only
    python scripts/support_threshold_probe.py --features DIR --held-out T   # + held-out at threshold T, once

The product routes a pair in three steps (``storyline.support``): the cheap regression rejects
below ``reject`` and accepts at or above ``accept``; the pairs in between get MiniLM and the full
regression, accepted at or above ``threshold``. Raising the threshold alone would leave the
cheap acceptances in place, so an operating point here is (threshold t, accept max(accept, t)),
the same coupling ``scripts/train_support.py`` uses.

Dev numbers are 5-fold cross-validated by story (the trainer's folds, L2 strengths and training
rows); ``in-sample`` rows use the shipped weights (trained on all of dev). Held-out numbers use the
shipped weights, as the product does, and are printed only for the thresholds given with
``--held-out`` (choose them on dev first).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

THRESHOLDS = (0.5, 0.6, 0.7, 0.7786, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99)


def wilson_low(k: int, n: int, z: float = 1.645) -> float:
    """One-sided 95% lower bound of a proportion k/n (Wilson)."""
    if n == 0:
        return 0.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - r) / d


def cached(split: str, pairs: Sequence[object], where: Path | None) -> tuple[np.ndarray, ...]:
    from train_support import features

    f = where / f"{split}.npz" if where else None
    if f is not None and f.exists():
        z = np.load(f)
        return z["cheap"], z["model"], z["ok"], z["pair"]
    cheap, model, ok, pair = features(list(pairs))
    if f is not None:
        f.parent.mkdir(parents=True, exist_ok=True)
        np.savez(f, cheap=cheap, model=model, ok=np.array(ok), pair=np.array(pair))
    return cheap, model, np.array(ok, dtype=bool), np.array(pair)


def routed(pc: np.ndarray, pf: np.ndarray, ok: np.ndarray, pair: np.ndarray, n: int, reject: float,
           accept: float, t: float) -> np.ndarray:
    """Per pair: supported at threshold t (accept raised to t when below it)."""
    a = max(accept, t)
    inst = ok & (pc >= reject) & ((pc >= a) | (pf >= t))
    out = np.zeros(n, dtype=bool)
    np.logical_or.at(out, pair, inst)
    return out


def row(name: str, pred: np.ndarray, gold: np.ndarray) -> str:
    tp, fp = int((pred & gold).sum()), int((pred & ~gold).sum())
    p, r = tp / max(tp + fp, 1), tp / max(int(gold.sum()), 1)
    return f"| {name} | {p:.3f} | {r:.3f} | {fp} | {int(gold.sum()) - tp} | {wilson_low(tp, tp + fp):.3f} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", type=Path, help="cache the pairs' features here (dev.npz, held-out.npz)")
    ap.add_argument("--held-out", type=float, nargs="*", default=[], help="thresholds to report on held-out")
    args = ap.parse_args()
    from train_support import cross_validated, folds, prob

    from citations_eval import load
    from storyline.support.learned import CHEAP, FULL, MODEL

    raw = json.loads((ROOT / "src" / "storyline" / "data" / "support_weights.json").read_text("utf-8"))
    reject, accept = float(raw["reject"]), float(raw["accept"])
    cols = list(CHEAP) + list(MODEL)
    all_pairs = load()
    print("| split, threshold | precision | recall | false cites | missed | precision's 95% lower bound |")
    print("|---|---:|---:|---:|---:|---:|")
    for split in ("dev", *(["held-out"] if args.held_out else [])):
        pairs = [p for p in all_pairs if p.split == split]
        cheap, model, ok, pair = cached(split, pairs, args.features)
        full = np.hstack([cheap, model])[:, [cols.index(n) for n in FULL]]
        gold = np.array([p.label for p in pairs])
        # shipped weights (in-sample on dev)
        pc_in = np.where(ok, prob(raw["cheap"], cheap), 0.0)
        pf_in = np.where(ok, prob(raw["full"], full), 0.0)
        if split == "dev":
            parts = np.bincount(pair, minlength=len(pairs))
            label = gold[pair]
            train = ok & ((parts[pair] == 1) | ~label)
            fold = [folds([p.story_id for p in pairs])[k] for k in pair.tolist()]
            y = label.astype(float)
            pc = np.where(ok, cross_validated(cheap, y, fold, float(raw["cheap"]["l2"]), train), 0.0)
            pf = np.where(ok, cross_validated(full, y, fold, float(raw["full"]["l2"]), train), 0.0)
            for t in THRESHOLDS:
                print(row(f"dev CV, {t:.4g}", routed(pc, pf, ok, pair, len(pairs), reject, accept, t), gold))
            for t in THRESHOLDS:
                print(row(f"dev in-sample, {t:.4g}", routed(pc_in, pf_in, ok, pair, len(pairs), reject, accept, t),
                          gold))
        else:
            for t in (float(raw["threshold"]), *args.held_out):
                print(row(f"held-out, {t:.4g}", routed(pc_in, pf_in, ok, pair, len(pairs), reject, accept, t),
                          gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
