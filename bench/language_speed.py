"""What language detection costs per report, and that it does not grow with the report.

Was a timing assert in tests/test_language.py (under 5 ms per long article); unit tests
no longer assert timings, so it is measured here. Reads only a sample of each text, so a
report 40 times longer should cost about the same: the table shows short and long side
by side (CPU time, median of ``--runs`` batches of 100 calls).

    PYTHONPATH=src python bench/language_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from storyline.clean.language import detect_language

PARAGRAPH = (
    "The fire broke out late on Tuesday in a warehouse near the harbour, and crews from three stations "
    "worked through the night to stop it spreading to the homes on the next street. Officials said the "
    "cause was not yet known and that an inquiry would begin once the site was safe to enter. "
)


def per_call_ms(text: str, runs: int) -> float:
    """Median CPU milliseconds per call over ``runs`` batches of 100 calls."""
    detect_language(text)
    batches = []
    for _ in range(runs):
        t0 = time.process_time()
        for _ in range(100):
            detect_language(text)
        batches.append((time.process_time() - t0) / 100)
    return statistics.median(batches) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = [(f"{n}x paragraph ({len((PARAGRAPH * n).split())} words)", per_call_ms(PARAGRAPH * n, args.runs))
            for n in (1, 10, 40)]
    base = rows[0][1]
    print("| text | ms per call | vs 1x |\n|---|---:|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:.3f} | {ms / base:.2f}x |")


if __name__ == "__main__":
    main()
