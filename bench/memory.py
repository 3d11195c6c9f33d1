"""Peak memory of ``storyline brief`` on 250, 500, 1,000 and 2,000 reports, with the slope.

Each size is briefed by a fresh ``python -m storyline brief FOLDER --format json`` process, and
its peak resident memory is read from the operating system when it ends (``os.wait4``: the
maximum RSS of that process alone). With ``--baseline CHECKOUT`` (e.g. a ``git worktree`` of
main) the same folders are briefed by that checkout's code in the same run, side by side,
and the two JSON briefs are compared with the timings removed (``same output``). Without it,
the numbers issue 16 measured before the change are printed as the baseline.

Reports: the documents of the bench clusters (../shared/bench: Multi-News dev, DUC 2003,
TAC 2011; 679 documents), one ``.txt`` file each, in file order. Past the 679th, the
documents come round again with their lines joined in pairs (then in threes), so that a
second round is the same article set in different paragraphs (as a reprint is), not a
byte-identical file: the cleaner counts lines that recur across reports as page furniture,
and whole-file copies would be cleaned to nothing. The table shows how many reports were
briefed and the characters of article text, so the sizes compare like with like.

    python bench/memory.py [--sizes 250 500 1000 2000] [--baseline ../main [--baseline-sizes 250 500]]
                            [--words 200] [--at-once]

Slow: a 2,000-report brief parses about 1.5 million tokens (run it with ``nice``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
FILES = ("multinews-dev.jsonl", "duc2003.jsonl", "tac2011.jsonl")
SIZES = (250, 500, 1_000, 2_000)
BOUND_MB = 1_000.0  # issue 16: at most 1.0 GB on 2,000 reports
ISSUE_BEFORE_MB = {250: 603.0, 500: 1_370.0, 2_000: 2_590.0}  # issue 16, measured on main before the change


def documents() -> list[str]:
    """Every document of the bench clusters, in file order."""
    out: list[str] = []
    for name in FILES:
        for line in (BENCH / name).read_text("utf-8").splitlines():
            if line.strip():
                out += [d for d in json.loads(line)["documents"] if d.strip()]
    return out


def reflowed(text: str, group: int) -> str:
    """``text`` with every ``group`` consecutive non-empty lines joined into one paragraph."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return "\n".join(" ".join(lines[i : i + group]) for i in range(0, len(lines), group))


def write_reports(folder: Path, n: int, pool: list[str]) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        rnd, k = divmod(i, len(pool))
        (folder / f"report-{i:05d}.txt").write_text(reflowed(pool[k], rnd + 1) if rnd else pool[k], "utf-8")


class Run:
    """One ``brief`` over ``folder`` by the code in ``src``, in its own process (started at once)."""

    def __init__(self, src: Path, folder: Path, out: Path, words: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(src)}
        cmd = [sys.executable, "-m", "storyline", "brief", str(folder), "--words", str(words), "--format", "json",
               "-o", str(out), "--quiet"]
        self.src, self.out, self.t0 = src, out, time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def finish(self) -> tuple[float, float]:
        """(peak RSS in MB, wall seconds), once the process has ended."""
        assert self.proc.stderr is not None
        err = self.proc.stderr.read()
        _, status, usage = os.wait4(self.proc.pid, 0)  # the rusage of this child alone
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - self.t0
        if self.proc.returncode != 0:
            raise SystemExit(f"brief by {self.src} failed ({self.proc.returncode}): {err.decode(errors='replace')}")
        return usage.ru_maxrss / 1024, seconds  # ru_maxrss is in KiB on Linux


def digest(path: Path) -> tuple[str, int, int]:
    """(hash of the brief without its timings, documents briefed, characters of their article text)."""
    data = json.loads(path.read_text("utf-8"))
    data["provenance"].pop("seconds", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    docs = data["documents"]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], len(docs), sum(len(d["text"]) for d in docs)


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 reports."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    den = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / den if den else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--baseline", type=Path, help="a checkout of the code to compare with (its src/ is used)")
    ap.add_argument("--baseline-sizes", type=int, nargs="+", help="brief only these sizes with the baseline")
    ap.add_argument("--words", type=int, default=200)
    ap.add_argument("--at-once", action="store_true",
                    help="start every size at once (same peaks, shorter wall time, more memory in use at once)")
    args = ap.parse_args()
    pool = documents()
    print(f"{len(pool)} bench documents; python {sys.version.split()[0]}; each brief in a fresh process\n")
    base_src = args.baseline.resolve() / "src" if args.baseline else None
    before = "peak MB (main)" if base_src else "issue 16 before"
    print(f"| reports | briefed | article chars | {before} | peak MB (this) | s (main) | s (this) | same output |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    ours: list[tuple[int, float]] = []
    theirs: list[tuple[int, float]] = []

    def report(n: int, ours_run: Run, base_run: Run | None) -> None:
        """One table row, once both runs of size ``n`` have ended."""
        mb, secs = ours_run.finish()
        ours.append((n, mb))
        ours_digest, briefed, chars = digest(ours_run.out)
        base_mb, base_s, same = ISSUE_BEFORE_MB.get(n), None, "-"
        if base_run is not None:
            base_mb, base_s = base_run.finish()
            theirs.append((n, base_mb))
            same = "yes" if digest(base_run.out)[0] == ours_digest else "NO"
        cell = "-" if base_mb is None else f"{base_mb:,.0f}" + (" (issue)" if base_src and base_run is None else "")
        base_time = f"{base_s:.0f}" if base_s is not None else "-"
        print(f"| {n:,} | {briefed:,} | {chars:,} | {cell} | {mb:,.0f} | {base_time} | {secs:.0f} | {same} |",
              flush=True)

    with tempfile.TemporaryDirectory(prefix="storyline-memory-") as tmp:
        runs: dict[int, tuple[Run, Run | None]] = {}
        for n in args.sizes:
            folder = Path(tmp) / f"reports-{n}"
            write_reports(folder, n, pool)
            # this code and the baseline at once: peak RSS is per process, and the two share the machine alike
            runs[n] = (Run(ROOT / "src", folder, Path(tmp) / f"this-{n}.json", args.words),
                       Run(base_src, folder, Path(tmp) / f"main-{n}.json", args.words)
                       if base_src and (not args.baseline_sizes or n in args.baseline_sizes) else None)
            if not args.at_once:  # one size at a time
                report(n, *runs.pop(n))
        for n, pair in runs.items():
            report(n, *pair)
    print(f"\nslope (least squares): this {slope(ours):,.0f} MB per 1,000 reports", end="")
    print(f"; main {slope(theirs):,.0f} MB per 1,000 reports" if len(theirs) > 1 else "")
    largest = max(ours)
    verdict = "meets" if largest[1] <= BOUND_MB else "MISSES"
    print(f"bound: {largest[1]:,.0f} MB at {largest[0]:,} reports {verdict} the {BOUND_MB:,.0f} MB bound of issue 16")
    return 0 if largest[1] <= BOUND_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
