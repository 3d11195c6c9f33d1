"""Train the support judge's two logistic regressions on the DEV split of bench/citations/pairs.jsonl.

Writes src/storyline/data/support_weights.json (the only output). The held-out split is never
read for training or for choosing a threshold: its numbers come from bench/citations_eval.py.

    python scripts/train_support.py                 # train, print the cross-validated dev table, write weights
    python scripts/train_support.py --dry-run       # the table only
    python scripts/train_support.py --synthetic SYN.jsonl [--synthetic-weight 0.5]
                                                    # also train on pairs made by rule
                                                    # (scripts/support_synthetic.py)

Steps (fixed seed, so the same pairs give the same weights):
1. every pair is read (spaCy) and embedded (MiniLM); pairs the rules rule out (too few shared
   words, a conflict) stay negatives and are not trained on;
2. the L2 strength of each model is chosen by 5-fold cross-validation on dev, folds by story;
3. the thresholds are chosen on the cross-validated dev probabilities: the full model's
   ``threshold`` as the lowest that keeps dev precision at ``--precision``; ``reject`` and
   ``accept`` (the cheap model's routing) so that the pairs they decide without MiniLM lose
   at most ``--route-loss`` of dev's positives and admit at most that many false cites;
4. both models are fitted on all of dev and written with the thresholds.

With ``--synthetic``, the pairs made by rule from stories no labelled pair comes from are added to
every fit (each fold's and the last), weighed by ``--synthetic-weight``; they are never scored, so
the L2 strength, the thresholds and the table still come from the dev pairs alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from storyline import logistic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "src" / "storyline" / "data" / "support_weights.json"
SEED = 12
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


def features(pairs: list[object]) -> tuple[np.ndarray, np.ndarray, list[bool], list[int]]:
    """(cheap features, model features, passes the rules, pair index) for every instance: a
    pair's sentence, or each of its sentences when it has several (the judge judges each)."""
    from storyline.nlp import embed_pieces
    from storyline.support import Cache, _read_all, match, screen
    from storyline.support.learned import CHEAP, MODEL, cheap_features

    cache = Cache()
    texts = [(p.sentence, p.passage) for p in pairs]  # type: ignore[attr-defined]
    _read_all((t for pair in texts for t in pair), cache)
    inst = [(k, part, p) for k, (s, p) in enumerate(texts) for part in (cache.readings[s].parts or (s,))]
    _read_all((part for _, part, _ in inst), cache)
    need = sorted({t for _, s, p in inst for t in (s, p)})
    vecs, pieces = embed_pieces(need)
    vec = {t: (vecs[i], pieces[i]) for i, t in enumerate(need)}
    cheap = np.zeros((len(inst), len(CHEAP)))
    model = np.zeros((len(inst), len(MODEL)))
    ok = []
    for i, (_, s, p) in enumerate(inst):
        rs, rp = cache.readings[s], cache.readings[p]
        ok.append(screen(rs, rp) is None)
        f = cheap_features(rs, rp)
        cheap[i] = [f[n] for n in CHEAP]
        (sv, sp), (pv, pp) = vec[s], vec[p]
        g = match((s, rs, sp), (p, rp, pp), float(sv @ pv)).features()
        model[i] = [g[n] for n in MODEL]
    return cheap, model, ok, [k for k, _, _ in inst]


Extra = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Rows added to every fit and never scored: (features, labels, weights)."""


def fit(x: np.ndarray, y: np.ndarray, l2: float, extra: Extra | None = None) -> dict[str, object]:
    """The shared fit (``storyline.logistic``), as ``support_weights.json`` holds it."""
    w = None
    if extra is not None and len(extra[1]):
        x, y, w = np.vstack([x, extra[0]]), np.concatenate([y, extra[1]]), np.concatenate([np.ones(len(y)), extra[2]])
    m = logistic.fit(x, y, l2, sample_weight=w)
    return {"mean": list(m.mean), "scale": list(m.scale), "coef": list(m.coef), "bias": m.bias}


def prob(m: dict[str, object], x: np.ndarray) -> np.ndarray:
    return logistic.Fitted(tuple(m["mean"]), tuple(m["scale"]), tuple(m["coef"]),  # type: ignore[arg-type]
                           float(m["bias"])).probabilities(x)  # type: ignore[arg-type]


def folds(stories: list[str], k: int = 5) -> list[int]:
    """A fold per story, fixed by a hash (all pairs of a story in one fold)."""
    return [int(hashlib.sha1(f"{SEED}/{s}".encode()).hexdigest(), 16) % k for s in stories]


def cross_validated(x: np.ndarray, y: np.ndarray, fold: list[int], l2: float, train: np.ndarray | None = None,
                    extra: Extra | None = None) -> np.ndarray:
    """Out-of-fold probabilities of every row, fitted on the ``train`` rows (all by default) of the other
    folds and the ``extra`` rows."""
    out = np.zeros(len(y))
    f = np.array(fold)
    t = np.ones(len(y), dtype=bool) if train is None else train
    for k in sorted(set(fold)):
        m = fit(x[(f != k) & t], y[(f != k) & t], l2, extra)
        out[f == k] = prob(m, x[f == k])
    return out


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def best_l2(x: np.ndarray, y: np.ndarray, fold: list[int], train: np.ndarray, extra: Extra | None = None) -> float:
    return min(L2_GRID, key=lambda l2: log_loss(cross_validated(x, y, fold, l2, train, extra)[train], y[train]))


def per_pair(p: np.ndarray, pair: np.ndarray, n: int) -> np.ndarray:
    """A pair's probability: its best instance's (the judge supports when one sentence is supported)."""
    out = np.zeros(n)
    np.maximum.at(out, pair, p)
    return out


def pr(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    tp = float((pred & gold).sum())
    return tp / max(float(pred.sum()), 1.0), tp / max(float(gold.sum()), 1.0)


CURVE_RECALLS = (0.6, 0.7, 0.8)


def curve(p: np.ndarray, gold: np.ndarray) -> tuple[float, list[float]]:
    """Average precision and the best precision at each of ``CURVE_RECALLS`` (pairs ranked by p;
    ties broken against the model: negatives first)."""
    order = np.lexsort((gold, -p))
    g = gold[order]
    tp = np.cumsum(g)
    precision, recall = tp / np.arange(1, len(g) + 1), tp / max(gold.sum(), 1)
    ap = float((precision * g).sum() / max(gold.sum(), 1))
    return ap, [float(precision[recall >= r - 1e-9].max()) if (recall >= r - 1e-9).any() else 0.0
                for r in CURVE_RECALLS]


def lowest_threshold(p: np.ndarray, gold: np.ndarray, precision: float) -> float:
    """The lowest threshold whose predictions keep ``precision`` (all pairs: ruled-out ones have p = 0)."""
    for t in sorted(set(p.tolist())):
        if t > 0 and pr(p >= t, gold)[0] >= precision:
            return float(t)
    return 1.0


TRAINED_KINDS = ("background_only", "clause_in_passage", "one_conjunct", "detail_left_out")
"""The made pairs trained on by default. Not the near copies with one edit ("not", "may", another figure or
place): no report writes another's sentence with one word changed, and rows of that kind teach the models
that a passage sharing every word does not support (tried: dev average precision 0.85 -> 0.55)."""


def synthetic(path: Path, cache: Path | None, weight: float, full_cols: list[int],
              kinds: tuple[str, ...] = TRAINED_KINDS) -> tuple[Extra, Extra]:
    """The made pairs' rows for the cheap and the full model: those past the rules, one per sentence
    (a supported pair of several sentences is left out, as for dev), each of weight ``weight``."""
    from types import SimpleNamespace

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if cache and cache.exists():
        z = np.load(cache)
        cheap, model, ok_list, pair_list = z["cheap"], z["model"], z["ok"].tolist(), z["pair"].tolist()
    else:
        made: list[object] = [SimpleNamespace(sentence=r["sentence"], passage=r["passage"]) for r in rows]
        cheap, model, ok_list, pair_list = features(made)
        if cache:
            np.savez(cache, cheap=cheap, model=model, ok=np.array(ok_list), pair=np.array(pair_list))
    ok, pair = np.array(ok_list, dtype=bool), np.array(pair_list)
    gold = np.array([bool(r["label"]) for r in rows])
    label = gold[pair]
    chosen = np.array([str(rows[k]["kind"]).startswith(kinds) for k in pair_list], dtype=bool)
    keep = chosen & ok & ((np.bincount(pair, minlength=len(rows))[pair] == 1) | ~label)
    by_kind: dict[str, list[int]] = {}
    for i, k in enumerate(pair_list):
        by_kind.setdefault(str(rows[k]["kind"]), [0, 0])[0] += 1
        by_kind[str(rows[k]["kind"])][1] += int(ok[i])
    print(f"made pairs {len(rows)}, {int(keep.sum())} rows trained on (weight {weight}); past the rules, by kind: "
          + ", ".join(f"{k} {b}/{a}" for k, (a, b) in sorted(by_kind.items())))
    y, w = label[keep].astype(float), np.full(int(keep.sum()), weight)
    from storyline.support.learned import MODEL  # noqa: F401  (the columns follow CHEAP + MODEL)

    both = np.hstack([cheap, model])[keep]
    return (cheap[keep], y, w), (both[:, full_cols], y, w)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--precision", type=float, default=0.96, help="dev (cross-validated) precision to keep")
    ap.add_argument("--route-loss", type=int, default=1, help="dev positives the cheap routing may lose, "
                    "and false cites it may admit")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--features", type=Path, help="keep the pairs' features in this .npz (faster re-runs "
                    "while the code that reads them is unchanged)")
    ap.add_argument("--synthetic", type=Path, help="pairs made by rule (scripts/support_synthetic.py), added to "
                    "every fit")
    ap.add_argument("--synthetic-weight", type=float, default=0.5, help="weight of a pair made by rule")
    ap.add_argument("--synthetic-features", type=Path, help="keep the made pairs' features in this .npz")
    ap.add_argument("--kinds", default=",".join(TRAINED_KINDS), help="comma-separated kinds of made pairs to "
                    "train on (prefixes: 'background_only' takes both of its kinds)")
    ap.add_argument("--full", help="comma-separated features of the full model, to try others (with --dry-run)")
    args = ap.parse_args()
    from citations_eval import load
    from storyline.support.learned import CHEAP, FULL

    pairs = [p for p in load() if p.split == "dev"]
    if args.features and args.features.exists():
        z = np.load(args.features)
        cheap, model, ok_list, pair_list = z["cheap"], z["model"], z["ok"].tolist(), z["pair"].tolist()
    else:
        cheap, model, ok_list, pair_list = features(pairs)
        if args.features:
            np.savez(args.features, cheap=cheap, model=model, ok=np.array(ok_list), pair=np.array(pair_list))
    ok, pair = np.array(ok_list, dtype=bool), np.array(pair_list)
    gold = np.array([p.label for p in pairs])
    parts = np.bincount(pair, minlength=len(pairs))
    # an instance's label: its pair's, except that a supported pair of several sentences does not
    # say which sentence supports it, so its instances are not trained on (they are judged)
    label = gold[pair]
    train = ok & ((parts[pair] == 1) | ~label)
    fold = [folds([p.story_id for p in pairs])[k] for k in pair_list]
    from storyline.support.learned import MODEL

    cols = list(CHEAP) + list(MODEL)
    names = tuple(args.full.split(",")) if args.full else FULL
    if names != FULL and not args.dry_run:
        raise SystemExit("--full changes the judge's features: try it with --dry-run, then change learned.FULL")
    full = np.hstack([cheap, model])[:, [cols.index(n) for n in names]]
    y = label.astype(float)
    xc = xf = None
    if args.synthetic:
        xc, xf = synthetic(args.synthetic, args.synthetic_features, args.synthetic_weight,
                           [cols.index(n) for n in names], tuple(args.kinds.split(",")))
    l2c, l2f = best_l2(cheap, y, fold, train, xc), best_l2(full, y, fold, train, xf)
    pc = np.where(ok, cross_validated(cheap, y, fold, l2c, train, xc), 0.0)
    pf = np.where(ok, cross_validated(full, y, fold, l2f, train, xf), 0.0)
    threshold = lowest_threshold(per_pair(pf, pair, len(pairs)), gold, args.precision)
    cheap_threshold = lowest_threshold(per_pair(pc, pair, len(pairs)), gold, args.precision)
    pos = np.sort(pc[train & label])
    reject = float(pos[args.route_loss]) if len(pos) > args.route_loss else 0.0  # loses route_loss positives
    negs = np.sort(pc[train & ~label])[::-1]
    accept = float(negs[args.route_loss - 1]) + 1e-6 if len(negs) >= args.route_loss else 1.0
    accept = max(accept, threshold)
    routed = np.where(pc < reject, 0.0, np.where(pc >= accept, 1.0, (pf >= threshold).astype(float))) * ok
    print(f"dev pairs {len(pairs)} ({int(gold.sum())} supports), {len(pair)} sentences judged, {int(ok.sum())} "
          f"past the rules, {int(train.sum())} trained on; L2 cheap {l2c}, full {l2f}")
    print("| model (5-fold CV on dev, folds by story) | precision | recall | decided without MiniLM |")
    print("|---|---:|---:|---:|")
    for name, pred, frac in (
        ("cheap alone", per_pair(pc, pair, len(pairs)) >= cheap_threshold, 1.0),
        ("full alone", per_pair(pf, pair, len(pairs)) >= threshold, 0.0),
        ("routed (cheap, then full for the open pairs)", per_pair(routed, pair, len(pairs)) >= 0.5,
         float(((pc < reject) | (pc >= accept))[ok].mean())),
    ):
        p_, r_ = pr(pred, gold)
        print(f"| {name} | {p_:.3f} | {r_:.3f} | {100 * frac:.0f}% of sentences past the rules |")
    for name, p_inst in (("cheap alone", pc), ("full alone", pf)):
        avg, at = curve(per_pair(p_inst, pair, len(pairs)), gold)
        print(f"{name} curve (CV on dev): precision at recall " + " / ".join(map(str, CURVE_RECALLS)) + " = "
              + " / ".join(f"{a:.3f}" for a in at) + f", average precision {avg:.3f}")
    print(f"thresholds: full {threshold:.3f}, cheap alone {cheap_threshold:.3f}, route reject < {reject:.3f}, "
          f"accept >= {accept:.3f}")
    mc, mf = fit(cheap[train], y[train], l2c, xc), fit(full[train], y[train], l2f, xf)
    for name, m, ns in (("cheap", mc, CHEAP), ("full", mf, names)):
        print(f"{name}: " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(ns, m["coef"], strict=True)))  # type: ignore[call-overload]
    if args.dry_run:
        return 0
    out = {
        "about": "Weights of storyline.support's logistic regressions, trained on the dev split of "
                 "bench/citations/pairs.jsonl by scripts/train_support.py (do not edit by hand).",
        "seed": SEED, "dev_pairs": len(pairs), "precision_target": args.precision,
        "synthetic": ({"pairs": args.synthetic.name, "weight": args.synthetic_weight} if args.synthetic else None),
        "cheap": {"names": list(CHEAP), **mc, "l2": l2c}, "full": {"names": list(FULL), **mf, "l2": l2f},
        "reject": reject, "accept": accept, "threshold": threshold, "cheap_threshold": cheap_threshold,
    }  # fmt: skip
    OUT.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(f"-> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
