"""Train the learned entity check (``storyline.entities.learned``; writes ``src/storyline/data/entity_check.json``).

Training rows: every name the entities stage lists (the check off) in the labelled stories of the training
splits (``bench/entities/labels.json``: dev, held-out, held-out-2; never held-out-3), labelled junk when its
label is "other" or "location", real when a kind; unlabelled names are left out. ``--baseline``: also the names
listed with the rules off (more junk to learn from; the cross-validated table counts only the rules-on rows).
``--pages``: also the top 20s of the nineteenth and twentieth reads' pages (``bench/entities/seen_pages.json``).
Model: an L2 logistic regression in numpy on standardised features, junk weighted to balance the classes.
Threshold: chosen by
leave-one-story-out cross-validation on those stories only: the lowest threshold at which the out-of-fold real
names dropped stay within ``--lost`` of the real names (then the most junk dropped). Prints the
cross-validated table; ``--write`` writes the weights, ``--on`` marks them on.

    python scripts/train_entity_check.py                  # the cross-validated table only
    python scripts/train_entity_check.py --write [--on]   # and the data file
    python scripts/train_entity_check.py --baseline --pages --write   # the shipped (off) data file
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

from storyline import logistic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from entities_eval import LABELS, _fold  # noqa: E402
from entities_learned import listed_rows, parsed  # noqa: E402

SEEN_PAGES = ROOT / "bench" / "entities" / "seen_pages.json"
OUT = ROOT / "src" / "storyline" / "data" / "entity_check.json"
TRAIN = ("dev", "held-out", "held-out-2")
THRESHOLDS = [round(0.05 * i, 2) for i in range(4, 20)]


Rows = tuple[np.ndarray, np.ndarray, list[str], list[str]]


def training_rows(cache: Path | None, baseline: bool, pages: bool) -> Rows:
    """(X, y, story of each row, name of each row) over the training stories."""
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            got: Rows = pickle.load(fh)
        return got
    from storyline.entities.learned import features
    from storyline.errors import NothingUsable

    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    xs, ys, stories, names = [], [], [], []
    for spec, story in labels["stories"].items():
        if story["split"] not in TRAIN:
            continue
        print(spec, file=sys.stderr, flush=True)
        want = {_fold(n): k for n, k in story["entities"].items()}
        analyses, located = parsed(spec)
        rows = listed_rows(analyses, located)[1]
        seen, n_checked = {(_fold(e.name), e.kind) for e, _, _ in rows}, len(rows)
        if baseline:  # the rules' junk too: more junk to learn from (each name once)
            rows += [r for r in listed_rows(analyses, located, checks=False)[1]
                     if (_fold(r[0].name), r[0].kind) not in seen]
        for i, (e, s, texts) in enumerate(rows):
            kind = next((want[f] for f in (_fold(e.name), *map(_fold, e.aliases)) if f in want), None)
            if kind is None:
                continue
            xs.append(features(e, s, texts))
            ys.append(kind in ("other", "location"))
            stories.append(spec)
            names.append(f"{e.name} ({e.kind}; {kind})" + (" [rules off]" if i >= n_checked else ""))
    if pages:
        for page, want in json.loads(SEEN_PAGES.read_text(encoding="utf-8"))["pages"].items():
            print(page, file=sys.stderr, flush=True)
            junk, skip = {_fold(n) for n in want["junk"]}, {_fold(n) for n in want["skip"]}
            try:
                parse = parsed("html:" + page)
            except NothingUsable as err:  # a page storyline no longer briefs (not news)
                print(f"  skipped: {err}", file=sys.stderr)
                continue
            rows = [r for r in listed_rows(*parse)[1] if r[0].kind != "place"][:20]
            for e, s, texts in rows:
                if _fold(e.name) not in skip:
                    xs.append(features(e, s, texts))
                    ys.append(_fold(e.name) in junk)
                    stories.append("html:" + page)
                    names.append(f"{e.name} ({e.kind}; {'junk' if _fold(e.name) in junk else 'real'})")
    out = (np.array(xs, dtype=float), np.array(ys, dtype=float), stories, names)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> dict[str, Any]:
    """The shared fit (``storyline.logistic``), junk weighted to balance the classes, as the data file holds it."""
    m = logistic.fit(x, y, l2, balanced=True)
    return {"mean": list(m.mean), "scale": list(m.scale), "weights": list(m.coef), "bias": m.bias}


def predict(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    return logistic.Fitted(tuple(model["mean"]), tuple(model["scale"]), tuple(model["weights"]),
                           float(model["bias"])).probabilities(x)


def out_of_fold(x: np.ndarray, y: np.ndarray, stories: list[str], l2: float) -> np.ndarray:
    """Leave-one-story-out probabilities."""
    p = np.zeros(len(y))
    groups = np.array(stories)
    for s in sorted(set(stories)):
        test = groups == s
        p[test] = predict(fit(x[~test], y[~test], l2), x[test])
    return p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="rows cache (a pickle; made when absent)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--lost", type=float, default=0.02, help="share of real names CV may drop")
    ap.add_argument("--baseline", action="store_true", help="also train on the names listed with the rules off")
    ap.add_argument("--pages", action="store_true", help="also train on the read19/read20 pages' top 20s")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--on", action="store_true")
    ap.add_argument("--show", action="store_true", help="print each out-of-fold drop at the chosen threshold")
    args = ap.parse_args()
    from storyline.entities.learned import FEATURES

    x, y, stories, names = training_rows(args.cache, args.baseline, args.pages)
    print(f"rows {len(y)}: junk {int(y.sum())}, real {int(len(y) - y.sum())}, stories {len(set(stories))}")
    p = out_of_fold(x, y, stories, args.l2)
    listed = np.array(["[rules off]" not in n for n in names])  # CV counts what the stage lists (the rules on)
    p, y_all, y = p[listed], y, y[listed]
    print(f"measured on the {int(listed.sum())} rows the stage lists: junk {int(y.sum())}")
    print(f"{'threshold':>9}{'junk dropped':>14}{'real dropped':>14}")
    chosen = None
    for t in THRESHOLDS:
        junk, real = int(((p >= t) & (y == 1)).sum()), int(((p >= t) & (y == 0)).sum())
        print(f"{t:>9.2f}{junk:>8} / {int(y.sum()):<4}{real:>8} / {int(len(y) - y.sum()):<4}")
        if chosen is None and real <= args.lost * (len(y) - y.sum()):
            chosen = t
    chosen = chosen if chosen is not None else 1.0
    print(f"chosen threshold (CV, real dropped <= {args.lost:.0%}): {chosen}")
    if args.show:
        kept = [(st, n) for st, n, ok in zip(stories, names, listed, strict=True) if ok]
        for i in np.argsort(-p):
            if p[i] >= chosen:
                print(f"  {p[i]:.2f} {'JUNK' if y[i] else 'real'} {kept[i][0]}: {kept[i][1]}")
    model = fit(x, y_all, args.l2)
    for f, w in sorted(zip(FEATURES, model["weights"], strict=True), key=lambda fw: -abs(fw[1]))[:12]:
        print(f"  {f:<16}{w:+.2f}")
    if args.write:
        doc = {"on": args.on, "threshold": chosen, "features": list(FEATURES), **model, "about": (
            "Written by scripts/train_entity_check.py: a logistic regression over entities.learned.FEATURES, trained "
            "on bench/entities/labels.json's dev, held-out and held-out-2 splits; threshold by leave-one-story-out "
            "cross-validation there.")}
        OUT.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
