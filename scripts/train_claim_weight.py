"""Weights of a claim row (claims86, ``claims/weight.py``): which rows are figures a reader needs.

``capture`` briefs every labelled cluster of the seen claims sets (../shared/gold/claims-dev.json and
bench/claims/heldout.json .. heldout13.json, as scripts/claims_pairs.py reads them) and of the two check sets
(heldout14/15, never trained on) as bench/claims_eval.py does, and keeps each brief's JSON. ``train`` takes the rows
the weight decides (one independent source, no disagreement) and labels each 1 when a mention overlaps a gold
mention's snippet (a gold group is a figure that matters), else 0. The gold's "don't care" figures (README-claims-dev,
"Trim") are described in prose, not by snippet, so they are not left out: they count as 0, as other rows do. It fits
the logistic model of ``weight.FEATURES`` (storyline/logistic.py), prints its AUC leave-one-cluster-out and on the
check sets beside the hand-set weights ``HAND``, and with --write ships its weights in
src/storyline/data/claim_weight.json at the balanced line ``THRESHOLD``.

    python scripts/train_claim_weight.py capture CACHE.json
    python scripts/train_claim_weight.py train CACHE.json [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

SEEN = [ROOT.parent / "shared" / "gold" / "claims-dev.json"] + [
    ROOT / "bench" / "claims" / f"heldout{s}.json" for s in ["", *map(str, range(2, 14))]]
CHECK = [ROOT / "bench" / "claims" / f"heldout{s}.json" for s in ("14", "15")]


def capture(out: Path) -> None:
    """Brief every labelled cluster of the seen and check sets once; keep the brief's JSON."""
    import claims_eval  # type: ignore[import-not-found]

    records = []
    for gold_path in SEEN + CHECK:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        clusters = [c for c in gold["clusters"] if c["claims"]]
        docs_of = claims_eval._load_docs(gold, clusters)
        for c in clusters:
            print(f"capture {gold_path.name} {c['id'][:12]}", file=sys.stderr, flush=True)
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / "docs"
                folder.mkdir()
                brief = claims_eval.brief_cluster(docs_of[(c["dataset"], c["id"])], folder)
            records.append({"set": gold_path.name, "cluster": c, "brief": brief})
            out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def _gold_spans(brief: Any, cluster: dict[str, Any], doc_index: dict[str, int]) -> set[tuple[str, int, int]]:
    """The spans of the gold mentions' snippets in the brief's documents (as claims_eval.unmatched_rows finds them)."""
    import claims_eval

    by_index = {i: d for d, i in doc_index.items()}
    texts = {d.id: d.text for d in brief.documents}
    spans: set[tuple[str, int, int]] = set()
    for g in cluster["claims"]:
        for gm in g["mentions"]:
            doc_id = by_index.get(gm["doc"])
            if doc_id is not None:
                sp = claims_eval._span(texts[doc_id], gm["snippet"])
                if sp:
                    spans.add((doc_id, *sp))
    return spans


def rows(cache: Path) -> list[dict[str, Any]]:
    """Every row the weight decides (one independent source, no disagreement) with its features and label."""
    from storyline.claims import weight
    from storyline.store.records import brief_from_dict

    hedges = frozenset(json.loads((ROOT / "src" / "storyline" / weight.MODEL_FILE).read_text())["hedges"])
    out = []
    for rec in json.loads(cache.read_text(encoding="utf-8")):
        brief = brief_from_dict(rec["brief"])
        doc_index = {d.id: int(m.group(1)) for d in brief.documents if (m := re.search(r"doc(\d+)\.txt$", d.id))}
        doc_index = {d.id: i for i, d in enumerate(brief.documents)} if len(doc_index) < len(brief.documents) \
            else doc_index
        spans = _gold_spans(brief, rec["cluster"], doc_index)
        docs = {d.id: d for d in brief.documents}
        for g in brief.claims:
            if g.independent_sources > 1 or g.verdict in ("differ", "contested"):
                continue
            gold = any(m.doc == d and m.start < b and m.end > a for m in g.mentions for d, a, b in spans)
            out.append({"set": rec["set"], "cluster": rec["cluster"]["id"][:12], "what": g.what,
                        "text": g.mentions[0].text, "y": float(gold), "x": weight.features(g, docs, hedges)})
    return out


HAND = {"lead": 1.5, "title": 1.5, "early": 1.0, "casualty": 2.0, "people": 0.5, "money": 0.7, "percent": 0.5,
        "measure": -0.7, "speaker": 0.3, "quoted": -1.0, "hedged": -1.5, "no_noun": -1.5, "vague": -0.5,
        "small": -1.0, "background": -1.0}  # the baseline the model must match: weights set by hand (claims86)
HAND_BIAS = -1.5
HAND_THRESHOLD = 0.2
THRESHOLD = 0.5  # the classes are weighed equally (``balanced``): a row as likely needed as not is the line
L2 = 1.0


def _counts(p: Any, y: Any, threshold: float) -> tuple[int, int, int, int]:
    """(gold rows kept main, gold rows minor: the loss, other rows main: noise shown, other rows minor)."""
    main = p >= threshold
    return (int((main & (y == 1)).sum()), int((~main & (y == 1)).sum()), int((main & (y == 0)).sum()),
            int((~main & (y == 0)).sum()))


def _auc(p: Any, y: Any) -> float:
    """The probability that a gold row scores above another row (ties half)."""
    pos, neg = p[y == 1], p[y == 0]
    wins = sum(float((q > neg).sum()) + 0.5 * float((q == neg).sum()) for q in pos)
    return wins / max(1, len(pos) * len(neg))


def train(cache: Path, write: bool) -> None:
    """Fit on the seen sets; leave-one-cluster-out and on the check sets against the hand-set weights; write."""
    import numpy as np

    from storyline.claims import weight
    from storyline.logistic import Fitted, fit

    every = rows(cache)
    checks = {p.name for p in CHECK}
    data = [r for r in every if r["set"] not in checks]
    check = [r for r in every if r["set"] in checks]
    x, y = np.array([r["x"] for r in data]), np.array([r["y"] for r in data])
    xc, yc = np.array([r["x"] for r in check]), np.array([r["y"] for r in check])
    clusters = sorted({r["cluster"] for r in data})
    print(f"{len(data)} rows (one source, no disagreement) in {len(clusters)} clusters; {int(y.sum())} gold")
    cv = np.zeros(len(y))
    for c in clusters:
        test = np.array([r["cluster"] == c for r in data])
        cv[test] = fit(x[~test], y[~test], L2, balanced=True).probabilities(x[test])
    n = len(weight.FEATURES)
    hand = Fitted((0.0,) * n, (1.0,) * n, tuple(HAND.get(f, 0.0) for f in weight.FEATURES), HAND_BIAS)
    full = fit(x, y, L2, balanced=True)
    print(f"AUC leave-one-cluster-out: model {_auc(cv, y):.3f}, hand-set {_auc(hand.probabilities(x), y):.3f}")
    print(f"AUC on the check sets ({len(check)} rows): model {_auc(full.probabilities(xc), yc):.3f}, "
          f"hand-set {_auc(hand.probabilities(xc), yc):.3f}")
    print("(gold main, gold minor: the loss, other main, other minor)")
    print(f"  model, leave-one-cluster-out, at {THRESHOLD}: {_counts(cv, y, THRESHOLD)}")
    print(f"  model on the check sets, at {THRESHOLD}: {_counts(full.probabilities(xc), yc, THRESHOLD)}")
    print(f"  hand-set on the check sets, at {HAND_THRESHOLD}: {_counts(hand.probabilities(xc), yc, HAND_THRESHOLD)}")
    for name, c in sorted(zip(weight.FEATURES, full.coef, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name}: {c:+.2f}")
    if write:
        path = ROOT / "src" / "storyline" / weight.MODEL_FILE
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.update({"features": list(weight.FEATURES), "mean": list(full.mean), "scale": list(full.scale),
                    "coef": list(full.coef), "bias": full.bias, "threshold": THRESHOLD})
        path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("step", choices=("capture", "train"))
    ap.add_argument("cache", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if args.step == "capture":
        capture(args.cache)
    else:
        train(args.cache, args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
