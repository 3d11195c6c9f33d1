"""Summary speed on 10-document clusters of ../shared/bench (models loaded).

For each of the first N clusters with at least 10 documents, prints the word count,
the time of the whole brief (clean, analyse, summary, claims, timeline, places), of
the summary path (clean, analyse, summary), of the summary stage alone, and of
sumy's LexRank on the same sentences, measured in the same run. Target: a 10-document,
~6,000-word cluster summarised in under 3 s.

    python bench/summary_speed.py [--file duc2003.jsonl] [--clusters 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--file", default="duc2003.jsonl")
    ap.add_argument("--clusters", type=int, default=5)
    args = ap.parse_args()
    path = BENCH / args.file
    if not path.exists():
        print(f"summary speed: {path} not found; skipped")
        return 0
    from storyline.eval.baselines import lexrank
    from storyline.eval.harness import load_clusters, prepare
    from storyline.model import RawDocument
    from storyline.nlp import get_nlp
    from storyline.pipeline import build_brief, clean_all
    from storyline.summary import summarise

    get_nlp()
    rows = []
    for cl in [c for c in load_clusters(path) if len(c.documents) >= 10][: args.clusters]:
        raws = [RawDocument(id=f"{cl.id}/{n}", text=t) for n, t in enumerate(cl.documents, 1)]
        t0 = time.perf_counter()
        docs, _ = clean_all(raws)
        b = build_brief(docs, words=100)
        whole = time.perf_counter() - t0
        t0 = time.perf_counter()
        p = prepare(cl)  # clean + copies + analyse (spaCy)
        t1 = time.perf_counter()
        summarise(p.analyses, 100)
        summ = time.perf_counter() - t1
        path_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        lexrank(p.docs)
        lex = time.perf_counter() - t0
        words = sum(len(d.text.split()) for d in b.documents)
        rows.append((cl.id, len(docs), words, whole, path_s, summ, lex))
    print("| cluster | docs | words | whole brief s | clean+analyse+summary s | summary stage s | LexRank s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]:.2f} | {r[5]:.3f} | {r[6]:.3f} |")
    med = [statistics.median(r[k] for r in rows) for k in (3, 4, 5, 6)]
    print(f"\nmedians: whole brief {med[0]:.2f} s; clean+analyse+summary {med[1]:.2f} s (target < 3 s); "
          f"summary stage {med[2]:.3f} s vs LexRank {med[3]:.3f} s on the same sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
