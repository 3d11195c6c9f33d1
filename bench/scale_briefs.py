"""Briefs of `add --briefs` serial vs `add --workers N` (one Dask task a story), side by side in one run.

Adds the reports (default: ../shared/bench/multinews-dev.jsonl and duc2003.jsonl) once, with
their analyses cached (`add --analyse`), copies the store, then builds the brief of every story
in one copy in this process (`Store.refresh_briefs`) and in the other on a local Dask cluster
(`scale.briefs.refresh_briefs`; the cluster's start is not timed). Prints stories per second,
CPU per story of this process and of the cluster's processes, the load average, and whether
the two briefs tables are identical apart from the briefs' timings.

    nice python bench/scale_briefs.py [--workers 2] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import DEFAULT_INPUTS, _cpu, _load, _raws  # noqa: E402

_SECONDS = re.compile(r"<dt>seconds</dt><dd>[0-9.]+</dd>")


def _briefs(db: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        out = []
        for sid, words, version, js, md, html in conn.execute(
                "SELECT story, words, story_version, json, markdown, html FROM briefs ORDER BY story"):
            d = json.loads(js)
            d["provenance"].pop("seconds")
            out.append((sid, words, version, d, md, _SECONDS.sub("", html)))
        return out
    finally:
        conn.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_INPUTS)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, help="only the first N reports")
    args = ap.parse_args()
    if not all(p.exists() for p in args.paths):
        print(f"scale_briefs: {', '.join(str(p) for p in args.paths)} not found; nothing to measure")
        return 0
    import psutil

    from storyline.scale import connect
    from storyline.scale.briefs import refresh_briefs
    from storyline.store import AddResult, Store

    raws = _raws(args.paths, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        serial_db, dask_db = Path(tmp) / "serial.db", Path(tmp) / "dask.db"
        with Store(serial_db) as store:
            store.add(raws, analyse=True)
            ids = [s.id for s in store.stories()]
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(serial_db, dask_db)
        load = _load()
        with Store(serial_db) as store:
            t0, c0 = time.perf_counter(), _cpu()
            serial = AddResult()
            store.refresh_briefs(ids, serial)
            s_secs, s_cpu = time.perf_counter() - t0, _cpu() - c0
        s_load = f"{load} -> {_load()}"
        with connect(workers=args.workers) as client:
            client.wait_for_workers(args.workers)
            kids = [p.pid for p in psutil.Process().children(recursive=True)]
            load = _load()
            with Store(dask_db) as store:
                t0, c0, k0 = time.perf_counter(), _cpu(), _cpu(kids)
                dask = AddResult()
                refresh_briefs(store, client, ids, dask)
                d_secs, d_cpu, d_kids = time.perf_counter() - t0, _cpu() - c0, _cpu(kids) - k0
        d_load = f"{load} -> {_load()}"
        same = _briefs(serial_db) == _briefs(dask_db)
    n = len(ids)
    print(f"\n{len(raws)} reports, {n} stories; briefs built: serial {serial.briefs}, dask {dask.briefs} "
          f"(failed {len(serial.brief_failures)} / {len(dask.brief_failures)})")
    print(f"cpus: {os.cpu_count()}; load average (1/5 min) before -> after: serial {s_load}, dask {d_load}\n")
    print("| run | seconds | stories/s | × serial | CPU ms/story: this process | cluster | total |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| serial (`add --briefs`) | {s_secs:.1f} | {n / s_secs:.2f} | 1.00 | {1000 * s_cpu / n:.0f} | - | "
          f"{1000 * s_cpu / n:.0f} |")
    print(f"| `--workers {args.workers}` | {d_secs:.1f} | {n / d_secs:.2f} | {s_secs / d_secs:.2f} | "
          f"{1000 * d_cpu / n:.0f} | {1000 * d_kids / n:.0f} | {1000 * (d_cpu + d_kids) / n:.0f} |")
    print(f"\nbriefs identical apart from their timings: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
