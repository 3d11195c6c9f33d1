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

claims88: the gold's snippets say little of what a reader needs, and a model fitted on them alone did not separate on
stories it never saw. ``--labels`` adds readers' row-by-row judgements (``labelled``): tab-separated lines
"story, row id, needed 1/0, wrong 1/0/-" over the briefs' JSON in ``--briefs`` (one STORY.json each). They quote no
text but name in-sample stories, so they stay outside the repository; without them the script trains on the gold
cache alone, as before. Stories are left out one at a time (``--labels`` rows) beside the gold's clusters.

    python scripts/train_claim_weight.py capture CACHE.json
    python scripts/train_claim_weight.py train CACHE.json [--labels L.tsv ... --briefs DIR] [--write]
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
        view = weight.story_view(brief.claims, docs)
        for g in brief.claims:
            if g.independent_sources > 1 or g.verdict in ("differ", "contested"):
                continue
            gold = any(m.doc == d and m.start < b and m.end > a for m in g.mentions for d, a, b in spans)
            out.append({"set": rec["set"], "cluster": rec["cluster"]["id"][:12], "what": g.what,
                        "text": g.mentions[0].text, "y": float(gold), "x": weight.features(g, docs, hedges, view)})
    return out


def read_labels(paths: list[Path]) -> dict[tuple[str, str], tuple[float, float | None]]:
    """(story, row id) -> (needed, wrong or None) from the readers' label files (``#`` lines are comments)."""
    out: dict[tuple[str, str], tuple[float, float | None]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 3:
                continue
            out[(cells[0], cells[1])] = (float(cells[2]), None if len(cells) < 4 or cells[3] == "-" else
                                         float(cells[3]))
    return out


def labelled(paths: list[Path], briefs: Path) -> list[dict[str, Any]]:
    """The rows readers labelled, each with its features read from its story's brief (``briefs``/STORY.json)."""
    from storyline.claims import weight
    from storyline.store.records import brief_from_dict

    labels = read_labels(paths)
    hedges = frozenset(json.loads((ROOT / "src" / "storyline" / weight.MODEL_FILE).read_text())["hedges"])
    out = []
    for story in sorted({s for s, _ in labels}):
        path = briefs / f"{story}.json"
        if not path.exists():
            print(f"no brief for {story}", file=sys.stderr)
            continue
        brief = brief_from_dict(json.loads(path.read_text(encoding="utf-8")))
        docs = {d.id: d for d in brief.documents}
        view = weight.story_view(brief.claims, docs)
        ids = {g.id for g in brief.claims}
        for s, i in labels:
            if s == story and i not in ids:
                print(f"{story}: no row {i}", file=sys.stderr)
        for g in brief.claims:
            if (story, g.id) not in labels or g.independent_sources > 1 or g.verdict in ("differ", "contested"):
                continue
            needed, wrong = labels[(story, g.id)]
            out.append({"set": "reads", "cluster": story, "id": g.id, "what": g.what, "y": needed, "wrong": wrong,
                        "minor": g.minor, "x": weight.features(g, docs, hedges, view)})
    return out


HAND = {"lead": 1.5, "title": 1.5, "early": 1.0, "casualty": 2.0, "people": 0.5, "money": 0.7, "percent": 0.5,
        "measure": -0.7, "speaker": 0.3, "quoted": -1.0, "hedged": -1.5, "no_noun": -1.5, "vague": -0.5,
        "small": -1.0, "background": -1.0}  # the baseline the model must match: weights set by hand (claims86)
HAND_BIAS = -1.5
HAND_THRESHOLD = 0.2
THRESHOLD = 0.5  # the classes are weighed equally (``balanced``): a row as likely needed as not is the line
L2 = 20.0  # chosen leave-one-story-out on the readers' labels (1, 5, 20, 50)
GOLD_WEIGHT = 1.0  # a gold row (a snippet overlap) weighs as a reader's label (chosen leave-one-story-out: 0.25..1)


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


def scored(weights: Path, x: Any) -> Any:
    """The probabilities a weights file (of ``weight.FEATURES`` or an older prefix of them) gives rows of features."""
    import numpy as np

    from storyline.claims import weight
    from storyline.logistic import Fitted

    doc = json.loads(weights.read_text(encoding="utf-8"))
    cols = [list(weight.FEATURES).index(f) for f in doc["features"]]
    return Fitted(tuple(doc["mean"]), tuple(doc["scale"]), tuple(doc["coef"]), float(doc["bias"])).probabilities(
        np.asarray(x)[:, cols])


def fit_rows(rows: list[dict[str, Any]]) -> Any:
    """The model fitted on gold and readers' rows alike, a gold row weighing ``GOLD_WEIGHT`` of a reader's."""
    import numpy as np

    from storyline.logistic import fit

    x, y = np.array([r["x"] for r in rows]), np.array([r["y"] for r in rows])
    w = np.array([1.0 if r["set"] == "reads" else GOLD_WEIGHT for r in rows])
    return fit(x, y, L2, balanced=True, sample_weight=w)


def left_out(rows: list[dict[str, Any]]) -> Any:
    """Each reader-labelled row's probability from a model fitted without its story (gold clusters left in)."""
    import numpy as np

    reads = [r for r in rows if r["set"] == "reads"]
    out = np.zeros(len(reads))
    for story in sorted({r["cluster"] for r in reads}):
        model = fit_rows([r for r in rows if r["cluster"] != story])
        idx = [i for i, r in enumerate(reads) if r["cluster"] == story]
        out[idx] = model.probabilities(np.array([reads[i]["x"] for i in idx]))
    return out


def train(cache: Path, write: bool, labels: list[Path], briefs: Path | None) -> None:
    """Fit on the seen sets and the readers' labels; leave-one-out against the hand-set and shipped weights; write."""
    import numpy as np

    from storyline.claims import weight
    from storyline.logistic import Fitted

    every = rows(cache) if cache.exists() else []
    checks = {p.name for p in CHECK}
    data = [r for r in every if r["set"] not in checks]
    check = [r for r in every if r["set"] in checks]
    reads = labelled(labels, briefs) if labels and briefs else []
    data += reads
    y = np.array([r["y"] for r in data])
    clusters = sorted({r["cluster"] for r in data})
    print(f"{len(data)} rows (one source, no disagreement) in {len(clusters)} clusters; {int(y.sum())} needed; "
          f"{len(reads)} rows readers labelled")
    n = len(weight.FEATURES)
    hand = Fitted((0.0,) * n, (1.0,) * n, tuple(HAND.get(f, 0.0) for f in weight.FEATURES), HAND_BIAS)
    full = fit_rows(data)
    if reads:
        yr, xr = np.array([r["y"] for r in reads]), np.array([r["x"] for r in reads])
        cv = left_out(data)
        shipped = scored(ROOT / "src" / "storyline" / weight.MODEL_FILE, xr)
        print(f"AUC on readers' rows, each story left out: model {_auc(cv, yr):.3f}; shipped weights "
              f"{_auc(shipped, yr):.3f}; hand-set {_auc(hand.probabilities(xr), yr):.3f}")
        print("(needed main, needed minor: the loss, other main, other minor)")
        print(f"  model, story left out, at {THRESHOLD}: {_counts(cv, yr, THRESHOLD)}")
        print(f"  shipped weights, at {THRESHOLD}: {_counts(shipped, yr, THRESHOLD)}")
    if check:
        xc, yc = np.array([r["x"] for r in check]), np.array([r["y"] for r in check])
        print(f"AUC on the gold check sets ({len(check)} rows): model {_auc(full.probabilities(xc), yc):.3f}, "
              f"hand-set {_auc(hand.probabilities(xc), yc):.3f}")
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
    ap.add_argument("--labels", type=Path, nargs="*", default=[], help="readers' row labels (tab-separated)")
    ap.add_argument("--briefs", type=Path, help="the labelled stories' briefs, STORY.json each")
    args = ap.parse_args()
    if args.step == "capture":
        capture(args.cache)
    else:
        train(args.cache, args.write, [p for p in args.labels if p.exists()], args.briefs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
