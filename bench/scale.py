"""Throughput of `storyline add` serial vs on Dask workers, measured side by side in one run.

Adds the same reports (default: every document of ../shared/bench/multinews-dev.jsonl and
duc2003.jsonl, 579 reports) to two fresh stores: once in this process (`add --analyse`: clean,
language check, parse and cache the analysis, features, story assignment), once with the
per-report work on a local Dask cluster (`add --workers N`). Models are loaded before either
clock starts; the cluster's start (worker processes, models loaded by the worker plugin) is
timed apart and also counted in a whole-run figure. Then it proves the two stores hold the
same stories: every report in the same story, the same story rows, byte-identical cached
analyses.

    nice python bench/scale.py [--workers 2] [--limit N] [--first dask|serial] [--malloc-trim]

The machine is shared: the load average before and after each run is printed; compare
ratios, not seconds.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
DEFAULT_INPUTS = [SHARED / "bench" / "multinews-dev.jsonl", SHARED / "bench" / "duc2003.jsonl"]


def _raws(paths: list[Path], limit: int | None) -> list[Any]:
    from storyline.ingest import read_inputs

    raws, skipped = read_inputs([str(p) for p in paths])
    for s in skipped:
        print(f"scale: skipped {s.input}: {s.reason}", file=sys.stderr)
    return raws[:limit] if limit else raws


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f}"


def _cpu(pids: list[int] | None = None) -> float:
    """CPU seconds (user + system) of this process, or of the processes ``pids``."""
    import psutil

    procs = [psutil.Process(p) for p in pids] if pids is not None else [psutil.Process()]
    return sum(t.user + t.system for t in (p.cpu_times() for p in procs))


def _serial(raws: list[Any], db: Path) -> tuple[float, Any, str, tuple[float, float]]:
    from storyline.store import Store

    load = _load()
    with Store(db) as store:
        t0, c0 = time.perf_counter(), _cpu()
        result = store.add(raws, analyse=True)
        return time.perf_counter() - t0, result, f"{load} -> {_load()}", (_cpu() - c0, 0.0)


def _dask(raws: list[Any], db: Path, workers: int, config: dict[str, Any] | None = None
          ) -> tuple[float, float, Any, dict[str, int], str, tuple[float, float]]:
    """The Dask run; CPU of this process (client and, on a local cluster, the scheduler) and of the
    cluster's processes (workers and their nannies) while the reports are added. ``config``: Dask
    settings that replace storyline's for this run (``--malloc-trim``)."""
    from unittest import mock

    import psutil

    from storyline.scale import add, connect, peak_memory
    from storyline.scale.cluster import LOCAL
    from storyline.store import Store

    load = _load()
    t0 = time.perf_counter()
    with mock.patch.dict(LOCAL, config or {}), connect(workers=workers) as client:
        client.wait_for_workers(workers)
        started = time.perf_counter() - t0
        kids = [p.pid for p in psutil.Process().children(recursive=True)]
        with Store(db) as store:
            t1, c0, k0 = time.perf_counter(), _cpu(), _cpu(kids)
            result = add(store, client, raws)
            secs = time.perf_counter() - t1
            cpu = (_cpu() - c0, _cpu(kids) - k0)
        memory = peak_memory(client)
    return started, secs, result, memory, f"{load} -> {_load()}", cpu


def _snapshot(db: Path) -> dict[str, Any]:
    """What must be identical: report -> story, the stories, the cached analyses."""
    conn = sqlite3.connect(db)
    try:
        return {
            "reports": conn.execute("SELECT doc_id, content_hash, story, copy_of, features, signature "
                                    "FROM reports ORDER BY id").fetchall(),
            "stories": conn.execute("SELECT id, title, reports, independent_sources, first_published, "
                                    "last_published, version, centroid, merged_into FROM stories "
                                    "ORDER BY id").fetchall(),
            "analyses": conn.execute("SELECT content_hash, version, data FROM analyses "
                                     "ORDER BY content_hash").fetchall(),
        }
    finally:
        conn.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_INPUTS)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, help="only the first N reports")
    ap.add_argument("--first", choices=("serial", "dask"), default="serial", help="which run goes first")
    ap.add_argument("--malloc-trim", action="store_true",
                    help="a third run, last: the Dask run with Dask's own MALLOC_TRIM_THRESHOLD_=65536 in the "
                         "workers (what local clusters had before storyline unset it)")
    args = ap.parse_args()
    if not all(p.exists() for p in args.paths):
        print(f"scale: {', '.join(str(p) for p in args.paths)} not found; nothing to measure")
        return 0
    from storyline.nlp import get_nlp

    raws = _raws(args.paths, args.limit)
    get_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        serial_db, dask_db = Path(tmp) / "serial.db", Path(tmp) / "dask.db"
        runs: dict[str, Any] = {}
        for mode in ([args.first, "dask" if args.first == "serial" else "serial"]):
            runs[mode] = _serial(raws, serial_db) if mode == "serial" else _dask(raws, dask_db, args.workers)
        if args.malloc_trim:
            runs["trim"] = _dask(raws, Path(tmp) / "trim.db", args.workers, {TRIM: 65536})
        s_secs, s_result, s_load, s_cpu = runs["serial"]
        started, d_secs, d_result, memory, d_load, d_cpu = runs["dask"]
        same = _snapshot(serial_db) == _snapshot(dask_db)
        if args.malloc_trim:
            same = same and _snapshot(serial_db) == _snapshot(Path(tmp) / "trim.db")
        stories = len(_snapshot(dask_db)["stories"])
    n = len(raws)
    from storyline.scale.cluster import peak_rss

    client_peak = peak_rss() / 2**20
    print(f"\n{n} reports ({', '.join(p.name for p in args.paths)}); {s_result.summary()}")
    print(f"cpus: {os.cpu_count()}; load average (1/5 min) before -> after: serial {s_load}, dask {d_load}\n")
    print("| run | seconds | reports/s | × serial |")
    print("|---|---:|---:|---:|")
    print(f"| serial (`add --analyse`, one process) | {s_secs:.1f} | {n / s_secs:.2f} | 1.00 |")
    print(f"| `add --workers {args.workers}`, cluster running | {d_secs:.1f} | {n / d_secs:.2f} | "
          f"{s_secs / d_secs:.2f} |")
    if "trim" in runs:
        t_secs = runs["trim"][1]
        print(f"| `add --workers {args.workers}`, Dask's MALLOC_TRIM_THRESHOLD_=65536 (third run) | {t_secs:.1f} | "
              f"{n / t_secs:.2f} | {s_secs / t_secs:.2f} |")
    whole = started + d_secs
    print(f"| `add --workers {args.workers}`, with cluster start ({started:.1f} s) | {whole:.1f} | "
          f"{n / whole:.2f} | {s_secs / whole:.2f} |")
    print("\npeak memory (RSS): " + ", ".join(f"worker {i + 1} {v / 2**20:.0f} MB"
                                             for i, v in enumerate(sorted(memory.values())))
          + f"; client (this process, both runs) {client_peak:.0f} MB")
    print(f"stories identical (report -> story, story rows, cached analyses byte for byte): "
          f"{'yes' if same else 'NO'} ({stories} stories, {d_result.added} reports, "
          f"{len(d_result.skipped)} skipped)")
    ms = [1000 * x / n for x in (*s_cpu, *d_cpu)]
    print("\nCPU per report (ms; load-independent, unlike seconds, as long as the machine has cores to spare):\n")
    print("| run | this process | cluster processes | total | × serial |")
    print("|---|---:|---:|---:|---:|")
    print(f"| serial | {ms[0]:.0f} | - | {ms[0]:.0f} | 1.00 |")
    print(f"| `--workers {args.workers}` (this process: client + scheduler) | {ms[2]:.0f} | {ms[3]:.0f} | "
          f"{ms[2] + ms[3]:.0f} | {(ms[2] + ms[3]) / ms[0]:.2f} |")
    if "trim" in runs:
        t_ms = [1000 * x / n for x in runs["trim"][5]]
        print(f"| `--workers {args.workers}`, MALLOC_TRIM_THRESHOLD_=65536 (load {runs['trim'][4]}) | {t_ms[0]:.0f} | "
              f"{t_ms[1]:.0f} | {t_ms[0] + t_ms[1]:.0f} | {(t_ms[0] + t_ms[1]) / ms[0]:.2f} |")
        print("peak memory (RSS) with it: " + ", ".join(f"worker {i + 1} {v / 2**20:.0f} MB"
                                                       for i, v in enumerate(sorted(runs["trim"][3].values()))))
    print(f"target: at least 1.6x serial with --workers 2 -> "
          f"{'met' if s_secs / d_secs >= 1.6 else 'NOT met'} (cluster running)")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
