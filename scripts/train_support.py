"""Train the support judge's two logistic regressions on the DEV split of bench/citations/pairs.jsonl.

Writes src/storyline/data/support_weights.json (the only output). The held-out split is never
read for training or for choosing a threshold: its numbers come from bench/citations_eval.py.

    python scripts/train_support.py                 # train, print the cross-validated dev table, write weights
    python scripts/train_support.py --dry-run       # the table only

Steps (fixed seed, so the same pairs give the same weights):
1. every pair is read (spaCy) and embedded (MiniLM); pairs the rules rule out (too few shared
   words, a conflict) stay negatives and are not trained on;
2. the L2 strength of each model is chosen by 5-fold cross-validation on dev, folds by story;
3. the thresholds are chosen on the cross-validated dev probabilities: the full model's
   ``threshold`` as the lowest that keeps dev precision at ``--precision``; ``reject`` and
   ``accept`` (the cheap model's routing) so that the pairs they decide without MiniLM lose
   at most ``--route-loss`` of dev's positives and admit at most that many false cites;
4. both models are fitted on all of dev and written with the thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "src" / "storyline" / "data" / "support_weights.json"
SEED = 12
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


def features(pairs: list[object]) -> tuple[np.ndarray, np.ndarray, list[bool]]:
    """(cheap features, model features, passes the rules) for every pair."""
    from storyline.nlp import embed_pieces
    from storyline.support import Cache, _read_all, match, screen
    from storyline.support.learned import CHEAP, MODEL, cheap_features

    cache = Cache()
    texts = [(p.sentence, p.passage) for p in pairs]  # type: ignore[attr-defined]
    _read_all((t for pair in texts for t in pair), cache)
    need = sorted({t for pair in texts for t in pair})
    vecs, pieces = embed_pieces(need)
    vec = {t: (vecs[i], pieces[i]) for i, t in enumerate(need)}
    cheap = np.zeros((len(texts), len(CHEAP)))
    model = np.zeros((len(texts), len(MODEL)))
    ok = []
    for k, (s, p) in enumerate(texts):
        rs, rp = cache.readings[s], cache.readings[p]
        ok.append(screen(rs, rp) is None)
        f = cheap_features(rs, rp)
        cheap[k] = [f[n] for n in CHEAP]
        (sv, sp), (pv, pp) = vec[s], vec[p]
        g = match((s, rs, sp), (p, rp, pp), float(sv @ pv)).features()
        model[k] = [g[n] for n in MODEL]
    return cheap, model, ok


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> dict[str, object]:
    """L2-regularised logistic regression by Newton steps on standardised features."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    xb = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-xb @ beta))
        grad = xb.T @ (p - y) + reg * beta
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + np.diag(reg) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": beta[1:].tolist(), "bias": float(beta[0])}


def prob(m: dict[str, object], x: np.ndarray) -> np.ndarray:
    z = ((x - np.array(m["mean"])) / np.array(m["scale"])) @ np.array(m["coef"]) + float(m["bias"])  # type: ignore[arg-type]
    return 1 / (1 + np.exp(-z))


def folds(stories: list[str], k: int = 5) -> list[int]:
    """A fold per story, fixed by a hash (all pairs of a story in one fold)."""
    return [int(hashlib.sha1(f"{SEED}/{s}".encode()).hexdigest(), 16) % k for s in stories]


def cross_validated(x: np.ndarray, y: np.ndarray, fold: list[int], l2: float) -> np.ndarray:
    out = np.zeros(len(y))
    f = np.array(fold)
    for k in sorted(set(fold)):
        m = fit(x[f != k], y[f != k], l2)
        out[f == k] = prob(m, x[f == k])
    return out


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def best_l2(x: np.ndarray, y: np.ndarray, fold: list[int]) -> float:
    return min(L2_GRID, key=lambda l2: log_loss(cross_validated(x, y, fold, l2), y))


def pr(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    tp = float((pred & gold).sum())
    return tp / max(float(pred.sum()), 1.0), tp / max(float(gold.sum()), 1.0)


def lowest_threshold(p: np.ndarray, gold: np.ndarray, precision: float) -> float:
    """The lowest threshold whose predictions keep ``precision`` (all pairs: ruled-out ones have p = 0)."""
    for t in sorted(set(p.tolist())):
        if t > 0 and pr(p >= t, gold)[0] >= precision:
            return float(t)
    return 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--precision", type=float, default=0.96, help="dev (cross-validated) precision to keep")
    ap.add_argument("--route-loss", type=int, default=1, help="dev positives the cheap routing may lose, "
                    "and false cites it may admit")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--features", type=Path, help="keep the pairs' features in this .npz (faster re-runs "
                    "while the code that reads them is unchanged)")
    args = ap.parse_args()
    from citations_eval import load
    from storyline.support.learned import CHEAP, FULL

    pairs = [p for p in load() if p.split == "dev"]
    if args.features and args.features.exists():
        z = np.load(args.features)
        cheap, model, ok_list = z["cheap"], z["model"], z["ok"].tolist()
    else:
        cheap, model, ok_list = features(pairs)
        if args.features:
            np.savez(args.features, cheap=cheap, model=model, ok=np.array(ok_list))
    ok = np.array(ok_list)
    gold = np.array([p.label for p in pairs])
    stories = [p.story_id for p in pairs]
    fold = [f for f, good in zip(folds(stories), ok_list, strict=True) if good]
    from storyline.support.learned import MODEL

    cols = list(CHEAP) + list(MODEL)
    full = np.hstack([cheap, model])[:, [cols.index(n) for n in FULL]]
    y = gold[ok].astype(float)
    l2c, l2f = best_l2(cheap[ok], y, fold), best_l2(full[ok], y, fold)
    pc = np.zeros(len(pairs))
    pf = np.zeros(len(pairs))
    pc[ok] = cross_validated(cheap[ok], y, fold, l2c)
    pf[ok] = cross_validated(full[ok], y, fold, l2f)
    threshold = lowest_threshold(pf, gold, args.precision)
    cheap_threshold = lowest_threshold(pc, gold, args.precision)
    pos = np.sort(pc[ok & gold])
    reject = float(pos[args.route_loss]) if len(pos) > args.route_loss else 0.0  # loses route_loss positives
    negs = np.sort(pc[ok & ~gold])[::-1]
    accept = float(negs[args.route_loss - 1]) + 1e-6 if len(negs) >= args.route_loss else 1.0
    accept = max(accept, threshold)
    routed = np.where(pc < reject, False, np.where(pc >= accept, True, pf >= threshold)) & ok
    print(f"dev pairs {len(pairs)} ({int(gold.sum())} supports), past the rules {int(ok.sum())}; "
          f"L2 cheap {l2c}, full {l2f}")
    print("| model (5-fold CV on dev, folds by story) | precision | recall | decided without MiniLM |")
    print("|---|---:|---:|---:|")
    for name, pred, frac in (
        ("cheap alone", (pc >= cheap_threshold) & ok, 1.0),
        ("full alone", (pf >= threshold) & ok, 0.0),
        ("routed (cheap, then full for the open pairs)", routed, float(((pc < reject) | (pc >= accept))[ok].mean())),
    ):
        p_, r_ = pr(pred, gold)
        print(f"| {name} | {p_:.3f} | {r_:.3f} | {100 * frac:.0f}% of pairs past the rules |")
    print(f"thresholds: full {threshold:.3f}, cheap alone {cheap_threshold:.3f}, route reject < {reject:.3f}, "
          f"accept >= {accept:.3f}")
    mc, mf = fit(cheap[ok], y, l2c), fit(full[ok], y, l2f)
    for name, m, names in (("cheap", mc, CHEAP), ("full", mf, FULL)):
        print(f"{name}: " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(names, m["coef"], strict=True)))  # type: ignore[arg-type]
    if args.dry_run:
        return 0
    out = {
        "about": "Weights of storyline.support's logistic regressions, trained on the dev split of "
                 "bench/citations/pairs.jsonl by scripts/train_support.py (do not edit by hand).",
        "seed": SEED, "dev_pairs": len(pairs), "precision_target": args.precision,
        "cheap": {"names": list(CHEAP), **mc, "l2": l2c}, "full": {"names": list(FULL), **mf, "l2": l2f},
        "reject": reject, "accept": accept, "threshold": threshold, "cheap_threshold": cheap_threshold,
    }  # fmt: skip
    OUT.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(f"-> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
