"""Citation speed: what judging support adds to a ten-report brief, measured side by side.

For each of the first N clusters with at least 10 documents (duc2003 and tac2011 of
../shared/bench), the summary's sentences are chosen once, then cited twice in the same run:
with the bag-of-words rule alone and with the support judge (``storyline.support``). Prints the
CPU time of each (this process, all threads: steadier than the wall clock on a shared machine),
the CPU time of the whole brief for scale, and how many extra citations each gives. Models are
loaded before timing.

    python bench/citations_speed.py [--clusters 4]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
SETS = (("duc2003.jsonl", 100), ("tac2011.jsonl", 250))


def _extra(summary: Sequence[object]) -> int:
    return sum(len(s.citations) - 1 for s in summary)  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clusters", type=int, default=4, help="clusters per set")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"citations speed: {BENCH} not found; skipped")
        return 0
    from storyline.eval.harness import load_clusters, prepare
    from storyline.model import RawDocument
    from storyline.nlp import embed, get_nlp
    from storyline.pipeline import build_brief, clean_all
    from storyline.summary import cite, reading_order, select
    from storyline.support import supported_citations

    get_nlp()
    embed(["warm-up"])
    rows = []
    for fname, words in SETS:
        for cl in [c for c in load_clusters(BENCH / fname) if len(c.documents) >= 10][: args.clusters]:
            raws = [RawDocument(id=f"{cl.id}/{n}", text=t) for n, t in enumerate(cl.documents, 1)]
            t0 = time.process_time()
            docs, _ = clean_all(raws)
            build_brief(docs, words=words)
            whole = time.process_time() - t0
            p = prepare(cl)
            chosen = reading_order(select(p.analyses, words), p.analyses)
            t0 = time.process_time()
            old = cite(chosen, p.analyses)
            t_old = time.process_time() - t0
            t0 = time.process_time()
            new = cite(chosen, p.analyses, confirm=supported_citations)
            t_new = time.process_time() - t0
            assert [s.text for s in old] == [s.text for s in new]  # citing never changes the sentences
            rows.append((cl.id, len(p.docs), whole, t_old, t_new, _extra(old), _extra(new)))
    print("| cluster | docs | whole brief CPU s | cite, bag-of-words CPU s | cite, judge CPU s | added CPU s "
          "| extra cites, bag-of-words | extra cites, judge |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]:.2f} | {r[3]:.3f} | {r[4]:.3f} | {r[4] - r[3]:.3f} | {r[5]} | {r[6]} |")
    added = [r[4] - r[3] for r in rows]
    share = [(r[4] - r[3]) / r[2] for r in rows]
    print(f"\nadded by the judge per ten-report brief: median {statistics.median(added):.2f} s "
          f"(max {max(added):.2f} s), {100 * statistics.median(share):.0f}% of the whole brief's time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
