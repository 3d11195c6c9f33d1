"""Pair data for a learned grouping step (claims30): the seen claims sets' mentions, captured once, paired.

``capture`` runs the pipeline as bench/claims_eval.py does on every labelled cluster of the SEEN gold files
(../shared/gold/claims-dev.json and bench/claims/heldout.json .. heldout13.json; never heldout14/15) and keeps,
per cluster, what ``claims.build_claims`` is given (mentions, documents, place containment) and the brief's
documents, in a pickle. ``gold_of`` matches each captured mention to a gold group as the scorer does (same
document, overlapping span, value, low or high equal to the gold value); bench/claims_pair_cv.py pairs the mentions
(every pair grouping could join: one dimension, both shares or neither; ages stay with the rules), labels a pair 1
when both mentions match one gold group, 0 when they match two, and leaves out pairs with an unmatched mention.

    python scripts/claims_pairs.py capture /tmp/c30/seen.pkl
    python bench/claims_pair_cv.py /tmp/c30/seen.pkl --cache /tmp/c30/pairs.pkl
"""

from __future__ import annotations

import json
import math
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

SEEN = [ROOT.parent / "shared" / "gold" / "claims-dev.json"] + [
    ROOT / "bench" / "claims" / f"heldout{s}.json" for s in ["", *map(str, range(2, 14))]]


def capture(out: Path) -> None:
    """Brief every seen cluster once; keep build_claims' inputs and the brief's documents."""
    import claims_eval  # type: ignore[import-not-found]
    import storyline.claims as sc

    original = sc.build_claims
    seen: list[Any] = []

    def recording(mentions: Any, docs: Any, places: Any) -> Any:
        seen.append((list(mentions), list(docs), places))
        return original(mentions, docs, places)

    sc.build_claims = recording  # type: ignore[assignment]
    records = []
    for gold_path in SEEN:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        clusters = [c for c in gold["clusters"] if c["claims"]]
        docs_of = claims_eval._load_docs(gold, clusters)
        for c in clusters:
            print(f"capture {gold_path.name} {c['id'][:12]}", file=sys.stderr, flush=True)
            seen.clear()
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / "docs"
                folder.mkdir()
                brief = claims_eval.brief_cluster(docs_of[(c["dataset"], c["id"])], folder)
            mentions, docs, places = seen[-1]
            records.append({"set": gold_path.name, "gold_path": str(gold_path), "cluster": c,
                            "brief": {"documents": brief["documents"], "skipped": brief.get("skipped", []),
                                      "claims": brief["claims"]},
                            "mentions": mentions, "docs": docs, "places": places})
    out.write_bytes(pickle.dumps(records))


def _span(text: str, snippet: str) -> tuple[int, int] | None:
    m = re.search(r"\s+".join(re.escape(w) for w in snippet.split()), text)
    return (m.start(), m.end()) if m else None


def gold_of(rec: dict[str, Any]) -> list[int]:
    """Each mention's gold group index (-1 unmatched), by the scorer's match (first group that matches)."""
    texts = {}
    for d in rec["brief"]["documents"]:
        m = re.search(r"doc(\d+)\.txt$", d["id"])
        if m:
            texts[int(m.group(1))] = (d["id"], d["text"])
    spans = []
    for gi, g in enumerate(rec["cluster"]["claims"]):
        if g.get("stretch"):
            continue
        for gm in g["mentions"]:
            if gm["doc"] in texts and gm.get("value") is not None:
                sp = _span(texts[gm["doc"]][1], gm["snippet"])
                if sp:
                    spans.append((texts[gm["doc"]][0], sp, gm["value"], gi))
    out = []
    for m in rec["mentions"]:
        hit = -1
        for doc, (a, b), value, gi in spans:
            if m.doc == doc and m.start < b and m.end > a and any(
                    math.isclose(v, value, rel_tol=1e-6) for v in (m.value, m.low, m.high)):
                hit = gi
                break
        out.append(hit)
    return out


if __name__ == "__main__":
    if sys.argv[1] == "capture":
        capture(Path(sys.argv[2]))
