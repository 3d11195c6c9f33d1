"""The support judge's operating points: precision and recall at higher thresholds, chosen on DEV.

    python scripts/support_threshold_probe.py --features DIR              # dev table and the chosen threshold
    python scripts/support_threshold_probe.py --features DIR --errors 0.5 # + dev's false cites at 0.5 (CV)
    python scripts/support_threshold_probe.py --features DIR --vetoes     # + hard vetoes, dev CV
    python scripts/support_threshold_probe.py --features DIR --held-out T # + held-out at threshold T, once
    python scripts/support_threshold_probe.py --features DIR --copies     # the copy rule cites before the regressions

The product routes a pair in three steps (``storyline.support``): the cheap regression rejects
below ``reject`` and accepts at or above ``accept``; the pairs in between get MiniLM and the full
regression, accepted at or above ``threshold``. Raising the threshold alone would leave the
cheap acceptances in place, so an operating point here is (threshold t, accept max(accept, t)),
the same coupling ``scripts/train_support.py`` uses.

Dev numbers are 5-fold cross-validated by story (the trainer's folds, L2 strengths and training
rows); ``in-sample`` rows use the shipped weights (trained on all of dev). Held-out numbers use the
shipped weights, as the product does, and are printed only for the thresholds given with
``--held-out`` (choose them on dev first).

The trust point: the lowest threshold, in steps of 0.005, whose dev cross-validated precision has
a one-sided 95% (Wilson) lower bound of at least ``--bound`` (0.95): dev has too few false cites
at these thresholds (two at the trained one) for its raw precision to tell them apart.

``--vetoes``: rules that would rule a pair out before the regressions (a hard veto), each
measured by the same cross-validation with the vetoed pairs taken out of training and scored
0: the claim's figure missing from the passage, a negation or hedge on the passage's claim that
the sentence lacks, the named subject of one text absent from the other, both texts giving
years and sharing none.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

THRESHOLDS = (0.5, 0.6, 0.7, 0.7786, 0.8, 0.85, 0.88, 0.9, 0.92, 0.93, 0.935, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99)


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


COPIES: np.ndarray | None = None  # per pair: decided by the copy rule (``--copies``), cited at any threshold


def copied(pairs: Sequence[Any]) -> np.ndarray:
    """Per pair: does the judge's copy rule cite it (a near copy of the sentence or of one of its
    sentences, or a reprint's counterpart), as ``storyline.support.judge`` routes it?"""
    from storyline.support import Cache, _read_all
    from storyline.support.copies import counterpart, near_copy

    c = Cache()
    _read_all((t for p in pairs for t in (p.sentence, p.passage)), c)
    out = []
    for p in pairs:
        parts = (p.sentence, *c.readings[p.sentence].parts)
        out.append(any(near_copy(t, p.passage) or (p.reprint and counterpart(t, p.passage)) for t in parts))
    return np.array(out, dtype=bool)


def routed(pc: np.ndarray, pf: np.ndarray, ok: np.ndarray, pair: np.ndarray, n: int, reject: float,
           accept: float, t: float) -> np.ndarray:
    """Per pair: supported at threshold t (accept raised to t when below it)."""
    a = max(accept, t)
    inst = ok & (pc >= reject) & ((pc >= a) | (pf >= t))
    out = np.zeros(n, dtype=bool)
    np.logical_or.at(out, pair, inst)
    if COPIES is not None and len(COPIES) == n:
        out |= COPIES
    return out


def row(name: str, pred: np.ndarray, gold: np.ndarray) -> str:
    tp, fp = int((pred & gold).sum()), int((pred & ~gold).sum())
    p, r = tp / max(tp + fp, 1), tp / max(int(gold.sum()), 1)
    return f"| {name} | {p:.3f} | {r:.3f} | {fp} | {int(gold.sum()) - tp} | {wilson_low(tp, tp + fp):.3f} |"


def choose(pc: np.ndarray, pf: np.ndarray, ok: np.ndarray, pair: np.ndarray, gold: np.ndarray, reject: float,
           accept: float, bound: float) -> float | None:
    """The lowest threshold (0.005 steps from 0.5) whose precision's lower bound reaches ``bound``."""
    for t in np.arange(0.5, 1.0, 0.005):
        pred = routed(pc, pf, ok, pair, len(gold), reject, accept, float(t))
        tp, fp = int((pred & gold).sum()), int((pred & ~gold).sum())
        if wilson_low(tp, tp + fp) >= bound:
            return round(float(t), 3)
    return None


@dataclass(slots=True)
class Dev:
    """Dev's features and labels, and the cross-validation the trainer does."""

    pairs: list[Any]
    cheap: np.ndarray
    full: np.ndarray
    ok: np.ndarray
    pair: np.ndarray
    gold: np.ndarray
    raw: dict[str, Any]

    def cv(self, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        from train_support import cross_validated, folds

        parts = np.bincount(self.pair, minlength=len(self.pairs))
        label = self.gold[self.pair]
        train = ok & ((parts[self.pair] == 1) | ~label)
        fold = [folds([p.story_id for p in self.pairs])[k] for k in self.pair.tolist()]
        y = label.astype(float)
        pc = np.where(ok, cross_validated(self.cheap, y, fold, float(self.raw["cheap"]["l2"]), train), 0.0)
        pf = np.where(ok, cross_validated(self.full, y, fold, float(self.raw["full"]["l2"]), train), 0.0)
        return pc, pf


def vetoes(dev: Dev, reject: float, accept: float, bound: float) -> None:
    from storyline.support import Cache, _read_all
    from storyline.support.learned import CHEAP
    from storyline.support.reading import Reading, claim_check

    c = Cache()
    texts = [(p.sentence, p.passage) for p in dev.pairs]
    _read_all((t for tp in texts for t in tp), c)
    inst = [(s, p) for s, p in texts for s in (c.readings[s].parts or (s,))]
    _read_all((s for s, _ in inst), c)
    year = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

    def years(st: str, pt: str) -> bool:
        a, b = set(year.findall(st)), set(year.findall(pt))
        return bool(a and b and not a & b)

    rules: dict[str, Callable[[Reading, Reading, str, str], bool]] = {
        "the sentence's figure missing from the passage": lambda s, p, st, pt: False,  # from the features
        "negation on the passage's claim, not in the sentence": lambda s, p, st, pt: claim_check(p, s) == "negation",
        "hedge on the sentence's claim, the passage's stated": lambda s, p, st, pt: claim_check(p, s) == "modality",
        "the sentence's named subject absent from the passage": lambda s, p, st, pt: bool(s.actor)
        and not s.actor & p.words,
        "the passage's named subject absent from the sentence": lambda s, p, st, pt: bool(p.actor)
        and not p.actor & s.words,
        "both give years, none shared": lambda s, p, st, pt: years(st, pt),
    }
    print("\n| veto (dev, 5-fold CV) | pairs vetoed: supports / not | average precision | precision at recall "
          "0.6 / 0.7 / 0.8 | P / R at 0.779 | P / R at 0.935 | trust threshold (P / R) |")
    print("|---|---|---:|---|---|---|---|")
    from train_support import curve, per_pair

    for name, rule in [("none", None), *rules.items()]:
        if rule is None:
            veto = np.zeros(len(inst), dtype=bool)
        elif name.startswith("the sentence's figure"):
            veto = dev.cheap[:, CHEAP.index("figure_missing")] > 0.5
        else:
            veto = np.array([rule(c.readings[s], c.readings[p], s, p) for s, p in inst])
        ok = dev.ok & ~veto
        pc, pf = dev.cv(ok)
        score = np.where(ok & (pc >= reject), np.where(pc >= accept, pc, pf), 0.0)
        ap, at = curve(per_pair(score, dev.pair, len(dev.pairs)), dev.gold)
        cells = []
        for t in (float(dev.raw["threshold"]), 0.935):
            pred = routed(pc, pf, ok, dev.pair, len(dev.pairs), reject, accept, t)
            tp, fp = int((pred & dev.gold).sum()), int((pred & ~dev.gold).sum())
            cells.append(f"{tp / max(tp + fp, 1):.3f} / {tp / dev.gold.sum():.3f}")
        t = choose(pc, pf, ok, dev.pair, dev.gold, reject, accept, bound)
        if t is None:
            chosen = "none"
        else:
            pred = routed(pc, pf, ok, dev.pair, len(dev.pairs), reject, accept, t)
            tp, fp = int((pred & dev.gold).sum()), int((pred & ~dev.gold).sum())
            chosen = f"{t} ({tp / max(tp + fp, 1):.3f} / {tp / dev.gold.sum():.3f})"
        hit = veto & dev.ok
        sup = len(set(dev.pair[hit & dev.gold[dev.pair]].tolist()))
        neg = len(set(dev.pair[hit & ~dev.gold[dev.pair]].tolist()))
        print(f"| {name} | {sup} / {neg} | {ap:.3f} | " + " / ".join(f"{x:.3f}" for x in at)
              + f" | {cells[0]} | {cells[1]} | {chosen} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", type=Path, help="cache the pairs' features here (dev.npz, held-out.npz)")
    ap.add_argument("--bound", type=float, default=0.95, help="lower bound of dev precision for the trust point")
    ap.add_argument("--errors", type=float, help="list dev's false cites (CV) at this threshold")
    ap.add_argument("--vetoes", action="store_true", help="measure hard vetoes on dev (CV)")
    ap.add_argument("--held-out", type=float, nargs="*", default=[], help="thresholds to report on held-out")
    ap.add_argument("--copies", action="store_true", help="the copy rule cites its pairs before the regressions")
    args = ap.parse_args()
    global COPIES
    from train_support import prob

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
        COPIES = copied(pairs) if args.copies else None
        if COPIES is not None:
            print(f"| {split}: pairs the copy rule cites (supports / not) | {int((COPIES & gold).sum())} / "
                  f"{int((COPIES & ~gold).sum())} | | | | |")
        # shipped weights (in-sample on dev)
        pc_in = np.where(ok, prob(raw["cheap"], cheap), 0.0)
        pf_in = np.where(ok, prob(raw["full"], full), 0.0)
        if split == "held-out":
            for t in (float(raw["threshold"]), *args.held_out):
                print(row(f"held-out, {t:.4g}", routed(pc_in, pf_in, ok, pair, len(pairs), reject, accept, t),
                          gold))
            continue
        dev = Dev(pairs, cheap, full, ok, pair, gold, raw)
        pc, pf = dev.cv(ok)
        for t in THRESHOLDS:
            print(row(f"dev CV, {t:.4g}", routed(pc, pf, ok, pair, len(pairs), reject, accept, t), gold))
        for t in THRESHOLDS:
            print(row(f"dev in-sample, {t:.4g}", routed(pc_in, pf_in, ok, pair, len(pairs), reject, accept, t), gold))
        print(f"\ntrust threshold (dev CV precision's lower bound >= {args.bound}): "
              f"{choose(pc, pf, ok, pair, gold, reject, accept, args.bound)}")
        if args.errors is not None:
            pred = routed(pc, pf, ok, pair, len(pairs), reject, accept, args.errors)
            best = np.zeros(len(pairs))
            np.maximum.at(best, pair, np.where(pc >= max(accept, args.errors), pc, pf) * ok)
            for i in sorted(np.where(pred & ~gold)[0], key=lambda i: -best[i]):
                p = pairs[i]
                print(f"\nFALSE CITE {p.id} {best[i]:.3f} label: {p.reason}\n  S: {p.sentence}\n  P: {p.passage}")
        if args.vetoes:
            vetoes(dev, reject, accept, args.bound)
    return 0


if __name__ == "__main__":
    sys.exit(main())
