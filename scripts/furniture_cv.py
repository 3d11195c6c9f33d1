"""Cross-validate the whole cleaner (model + rules + structure passes) over the TRAINING sites only.

    PYTHONPATH=src python scripts/furniture_cv.py [--keep-weight W] [--tail T] [--variants TH:TAIL ...]
                                                   [--loso] [--no-certain] [--lost]

Why: ``scripts/train_furniture.py``'s cross-validation scores the model alone; what a user gets is
``clean_document``. Here each fold's two passes are trained exactly as the shipped model is (same
matrix, same folds by site, ``train_furniture.fit``), swapped into the cleaner, and the cleaner is run
on that fold's documents: article-extraction pages of the training sites (line metric of
``bench/clean_eval.py``), the dev gold (item metric; each story is in one fold, so it is scored by a
model that never saw a line of it) and the seeds. Held-out sites are never read here: choose
settings on these figures, then look at ``bench/clean_eval.py`` once per candidate.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_furniture as tf  # noqa: E402

import storyline.clean as clean  # noqa: E402
from clean_data import SHARED, LineScore, align_kept, cluster_texts  # noqa: E402
from clean_eval import _cleaned, _item_scores  # noqa: E402
from storyline.clean import furniture, repeat_counts, structure  # noqa: E402
from storyline.clean.furniture import FurnitureModel, Trees  # noqa: E402
from storyline.clean.linefeatures import FEATURES  # noqa: E402
from storyline.model import RawDocument  # noqa: E402


def _gold_items() -> dict[tuple[str, int], tuple[list[str], list[str]]]:
    gold = json.loads((SHARED / "gold" / "claims-dev.json").read_text(encoding="utf-8"))
    items: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
    for c in gold["clusters"]:
        for it in c["furniture"]:
            items.setdefault((c["id"], it["doc"]), ([], []))[0].append(it["text"])
        for it in c["keep"]:
            items.setdefault((c["id"], it["doc"]), ([], []))[1].append(it["text"])
    return items


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, default=None, help="default: train_furniture.THRESHOLD")
    ap.add_argument("--lost", action="store_true",
                    help="list the article lines lost, the furniture lines left and the dev-gold items missed")
    ap.add_argument("--keep-weight", type=float, default=tf.KEEP_WEIGHT, help="train_furniture.KEEP_WEIGHT")
    ap.add_argument("--tail", type=float, default=structure.SCRAPED_TAIL_MIN_SCORE,
                    help="structure.SCRAPED_TAIL_MIN_SCORE")
    ap.add_argument("--variants", nargs="*", default=[], metavar="THRESHOLD:TAIL",
                    help="also score these decision thresholds and structure.SCRAPED_TAIL_MIN_SCORE settings")
    ap.add_argument("--loso", action="store_true", help="also score the dev gold leaving one story out")
    ap.add_argument("--gold-weight", type=float, default=tf.GOLD_WEIGHT, help="train_furniture.GOLD_WEIGHT")
    ap.add_argument("--trees", type=json.loads, default={}, metavar="JSON",
                    help="tree settings merged into train_furniture.TREES (e.g. '{\"max_features\": 0.5}')")
    ap.add_argument("--no-certain", action="store_true",
                    help="without linefeatures.certain_furniture (the cleaner before it, for a before/after)")
    ap.add_argument("--drop", nargs="*", default=[], metavar="FEATURE",
                    help="train without these features (their columns set to 0: the trees never split on them)")
    args = ap.parse_args()
    if args.no_certain:
        furniture.certain_furniture = lambda lines: np.zeros(len(lines), dtype=bool)
    tf.KEEP_WEIGHT = args.keep_weight
    tf.TREES = {**tf.TREES, **args.trees}
    tf.GOLD_WEIGHT = args.gold_weight
    docs = tf.training_docs()
    x, y, g, di, w = tf.matrix(docs)
    for name in args.drop:
        x[:, FEATURES.index(name)] = 0.0
    from sklearn.model_selection import GroupKFold

    folds = list(GroupKFold(n_splits=tf.FOLDS).split(x, y, g))
    p1 = np.zeros(len(y))
    firsts = []
    for a, b in folds:
        t1 = tf.export(tf.fit(x[a], y[a], w[a]))
        firsts.append(t1)
        p1[b] = t1.proba(x[b])
    x2 = np.hstack([x, tf.contexts(p1, x, di)])
    th = args.threshold if args.threshold is not None else tf.THRESHOLD
    items = _gold_items()
    seconds = [tf.export(tf.fit(x2[a], y[a], w[a])) for a, _ in folds]
    print(f"keep weight {tf.KEEP_WEIGHT}, gold weight {tf.GOLD_WEIGHT}, scraped tail defers below {args.tail}, "
          f"trees {tf.TREES}, features dropped {args.drop}")
    for variant in [f"{th}:{args.tail}", *args.variants]:
        t, tail = variant.split(":")
        structure.SCRAPED_TAIL_MIN_SCORE = float(tail)
        _score(docs, folds, di, firsts, seconds, float(t), items, args.lost)
        print(f"  (scraped tail defers at or below {structure.SCRAPED_TAIL_MIN_SCORE})")
    if args.loso:
        # Leave one story out: each dev-gold story is cleaned by two passes trained on everything else. The
        # second pass reads the 5-fold first-pass scores of its training lines (as the shipped model does).
        stories = sorted({str(s) for s in g[[docs[i].source == "dev-gold" for i in di]]})
        loso = [(np.flatnonzero(g != s), np.flatnonzero(g == s)) for s in stories]
        ones = [tf.export(tf.fit(x[a], y[a], w[a])) for a, _ in loso]
        twos = [tf.export(tf.fit(x2[a], y[a], w[a])) for a, _ in loso]
        structure.SCRAPED_TAIL_MIN_SCORE = args.tail
        _score(docs, loso, di, ones, twos, th, items, args.lost,
               f"leave one story out ({len(stories)} dev-gold stories; no pages or seeds scored)")
    return 0


def _score(
    docs: list[tf.LabelledDoc], folds: list[tuple[np.ndarray, np.ndarray]], di: np.ndarray, firsts: list[Trees],
    seconds: list[Trees], th: float, items: dict[tuple[str, int], tuple[list[str], list[str]]], show_lost: bool,
    title: str = f"CV over training sites ({tf.FOLDS} folds by site)",
) -> None:
    """Run the cleaner with each fold's model on that fold's documents and print the figures."""
    pages, gold_f, gold_k = LineScore(), [0, 0], [0, 0]
    seeds_f, seeds_k = [0, 0], [0, 0]
    lost: list[str] = []
    seed_gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    seed_texts = [(SHARED / "seeds" / d.id).read_text(encoding="utf-8") for d in docs if d.source == "seeds"]
    for k, (_, b) in enumerate(folds):
        model = FurnitureModel(firsts[k], seconds[k], th)
        clean.load_model = lambda model=model: model  # type: ignore[assignment]
        for i in sorted(set(di[b].tolist())):
            d = docs[i]
            if d.source == "pages":
                out = _cleaned(RawDocument(id=d.id, text="\n".join(d.lines)), True)
                kept = align_kept(d.lines, out.text) if out else [False] * len(d.lines)
                pages.add(d.labels, kept)
                if show_lost:
                    lost += [f"page {d.group}: {ln}" for ln, lab, kp in zip(d.lines, d.labels, kept, strict=True)
                             if lab == 0 and not kp]
                    lost += [f"stays {d.group}: {ln}" for ln, lab, kp in zip(d.lines, d.labels, kept, strict=True)
                             if lab in (1, 2) and kp]
            elif d.source == "dev-gold":
                texts = cluster_texts(d)
                raw = RawDocument(id=d.id, text=texts[int(d.meta["doc"])])
                furn, keep = items[(d.meta["cluster"], int(d.meta["doc"]))]
                miss: list[str] = []
                r, kk = _item_scores(_cleaned(raw, True, repeat_counts(texts)), furn, keep, miss)
                gold_f[0] += r
                gold_f[1] += len(furn)
                gold_k[0] += kk
                gold_k[1] += len(keep)
                lost += [f"dev {d.id}: {m}" for m in miss] if show_lost else []
            else:
                raw = RawDocument(id=d.id, text=(SHARED / "seeds" / d.id).read_text(encoding="utf-8"))
                furn = [it["text"] for it in seed_gold["furniture"] if it["doc"] == d.id]
                keep = [it["text"] for it in seed_gold["keep"] if it["doc"] == d.id]
                miss = []
                r, kk = _item_scores(_cleaned(raw, True, repeat_counts(seed_texts)), furn, keep, miss)
                seeds_f = [seeds_f[0] + r, seeds_f[1] + len(furn)]
                seeds_k = [seeds_k[0] + kk, seeds_k[1] + len(keep)]
                lost += [f"seed {d.id}: {m}" for m in miss] if show_lost else []
    print(f"{title}, whole cleaner, threshold {th}:")
    print(f"  pages: furniture removed {pages.removed_share:.4f} ({pages.furniture_removed}/{pages.furniture}), "
          f"article kept {pages.kept_share:.4f} ({pages.keep_kept}/{pages.keep})")
    print(f"  dev gold out-of-fold: furniture removed {gold_f[0]}/{gold_f[1]} = {gold_f[0] / gold_f[1]:.3f}, "
          f"keep kept {gold_k[0]}/{gold_k[1]}")
    print(f"  seeds out-of-fold: furniture removed {seeds_f[0]}/{seeds_f[1]}, keep kept {seeds_k[0]}/{seeds_k[1]}")
    if show_lost:
        print("\n".join(lost))


if __name__ == "__main__":
    raise SystemExit(main())
