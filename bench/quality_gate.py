"""CI quality gate (as trafilatura gates its extraction F1): storyline's ROUGE on fixed
subsets of the dev sets must not drop below the floors in bench/quality_floors.json.

Prints storyline next to the Lead baseline, measured in the same run. Exits 1 when a
floor is broken; exits 0 with a note when ../shared/bench is absent, unless
STORYLINE_REQUIRE_SHARED=1 (CI sets it where ../shared exists): then it exits 1.

    python bench/quality_gate.py [--floors bench/quality_floors.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("STORYLINE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
BENCH = SHARED / "bench"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--floors", default=str(Path(__file__).with_name("quality_floors.json")))
    args = ap.parse_args()
    if not BENCH.is_dir():
        if os.environ.get("STORYLINE_REQUIRE_SHARED") == "1":
            print(f"quality gate FAILED: {BENCH} not found, and STORYLINE_REQUIRE_SHARED=1", file=sys.stderr)
            return 1
        print(f"quality gate: {BENCH} not found; skipped")
        return 0
    from storyline.eval import evaluate

    floors = json.loads(Path(args.floors).read_text(encoding="utf-8"))["sets"]
    failed = []
    print("| set | clusters | words | storyline R-1 | R-2 | lead R-1 | R-2 | floor R-1 | R-2 | ok |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, f in floors.items():
        r = evaluate(BENCH / f["file"], f["words"], ["storyline", "lead"], limit=f["limit"], progress=False)
        sl, ld = r.systems[0].scores, r.systems[1].scores
        ok = sl["rouge1_f"] >= f["rouge1_f"] and sl["rouge2_f"] >= f["rouge2_f"]
        if not ok:
            failed.append(name)
        print(f"| {name} | {r.clusters} | {f['words']} | {sl['rouge1_f']:.2f} | {sl['rouge2_f']:.2f} | "
              f"{ld['rouge1_f']:.2f} | {ld['rouge2_f']:.2f} | {f['rouge1_f']:.2f} | {f['rouge2_f']:.2f} | "
              f"{'yes' if ok else 'NO'} |", flush=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from clean_eval import gate as cleaning_gate

    if cleaning_gate() != 0:  # furniture removal on held-out sites (floors: "cleaning")
        failed.append("cleaning (held-out sites)")
    from page_kinds_eval import gate as page_kinds_gate

    if page_kinds_gate() != 0:  # pages that are not news reports, held-out half (floors: "page_kinds")
        failed.append("page kinds (held-out)")
    if failed:
        print(f"quality gate FAILED: below the pinned floors on {', '.join(failed)}", file=sys.stderr)
        return 1
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
