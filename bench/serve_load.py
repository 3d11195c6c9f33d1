"""Bounded load on the web app (127.0.0.1 only) over a store of 10,000 reports.

Prints the latency (p50/p90/p99/max) of the story list ``/``, a search, and a cached
story page, with the in-process cost of the same work as the floor beside each (what the
page costs without HTTP, the template and the server), the first, uncached view of a
story page for contrast (what the brief cache saves), and the server's resident memory
sampled over the run (start, end, peak, and the drift over the second half of each
phase: "flat" means it stops growing once the pages have been seen).

The store is built once and cached in bench/out/ (git-ignored): synthetic variations of
the bench documents (``stories_scale.synthetic``: ../shared/bench), each titled by its
opening words, added through ``Store.add_documents``; ``--briefs`` stories get their brief
built before the run (the cached pages). The server is ``python -m storyline serve`` in
its own process on a free port; clients are ``--clients`` threads with keep-alive
connections, each phase ``--requests`` requests or ``--seconds`` seconds, whichever
ends first. The server is stopped at the end, whatever happens.

    python bench/serve_load.py [--reports 10000] [--requests 600] [--clients 4] [--seconds 120]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(Path(__file__).parent))


def build_store(db: Path, reports: int, words: int) -> None:
    """Grow ``db`` to ``reports`` synthetic reports (resumable: what is stored already comes back as duplicates)."""
    from stories_scale import synthetic
    from storyline.model import Document
    from storyline.store import Store
    from storyline.store.api import BATCH

    with Store(db) as store:
        have = store.counts()["reports"]
        if have >= reports:
            return
        print(f"building {db.name}: {have:,} of {reports:,} reports stored", file=sys.stderr, flush=True)
        batch: list[Document] = []
        t0 = time.perf_counter()
        for n, doc in enumerate(synthetic(reports * 2, words)):  # a few variations repeat one another
            doc.title = " ".join(doc.text.split()[:8]).rstrip(".,;:")
            batch.append(doc)
            if len(batch) < min(BATCH, reports - have):
                continue
            have += store.add_documents(batch).added
            batch = []
            if have >= reports:
                break
            if (n + 1) % 2000 == 0:
                print(f"  {have:,} reports, {time.perf_counter() - t0:,.0f} s", file=sys.stderr, flush=True)


def warm_briefs(db: Path, count: int) -> tuple[list[str], list[str]]:
    """Build the briefs of ``count`` stories (the cached pages); two more stay cold (first views)."""
    from storyline.store import Store

    with Store(db) as store:
        rows = [r for r in store.stories() if 3 <= r.reports <= 9]
        rng = random.Random(0)
        picked = rng.sample(rows, min(len(rows), count + 2))
        warm, cold = [r.id for r in picked[:count]], [r.id for r in picked[count:]]
        for i, sid in enumerate(warm):
            store.brief_text(sid, fmt="html")
            print(f"  brief {i + 1}/{len(warm)} cached", file=sys.stderr, flush=True)
        for sid in cold:
            store.conn.execute("DELETE FROM briefs WHERE story = ?", (int(sid),))
    return warm, cold


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    memory: list[float] = field(default_factory=list)
    seconds: float = 0.0


def run_phase(name: str, base: str, paths: Callable[[random.Random], str], pid: int, *, requests: int,
              clients: int, seconds: float) -> Phase:
    """``requests`` GETs from ``clients`` threads (or until ``seconds``), memory sampled every 0.25 s."""
    import httpx

    phase = Phase(name)
    lock = threading.Lock()
    issued = [0]
    deadline = time.monotonic() + seconds
    done = threading.Event()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30.0) as http:
            while time.monotonic() < deadline:
                with lock:
                    if issued[0] >= requests:
                        return
                    issued[0] += 1
                t0 = time.perf_counter()
                r = http.get(paths(rng))
                took = time.perf_counter() - t0
                with lock:
                    phase.latencies.append(took)
                    phase.errors += r.status_code != 200

    def sample() -> None:
        while not done.wait(0.25):
            phase.memory.append(rss_mb(pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phase.seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    phase.memory.append(rss_mb(pid))
    return phase


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def floor_ms(db: Path, work: Callable[..., object], n: int = 50) -> list[float]:
    """The same work in-process, without HTTP: the floor the page's latency stands on."""
    from storyline.store import Store

    out = []
    with Store(db) as store:
        for i in range(n):
            t0 = time.perf_counter()
            work(store, i)
            out.append(time.perf_counter() - t0)
    return out


def start_server(db: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if " at http://" not in line:
        proc.kill()
        raise RuntimeError(f"the server did not start: {line!r}")
    return proc, line.split(" at ", 1)[1].split()[0].rstrip("/")


def stop_server(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def report(phases: list[Phase], floors: dict[str, list[float]], cold: list[float]) -> None:
    print("| page | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | in-process floor p50 / p99 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for ph in phases:
        lat = ph.latencies
        fl = floors.get(ph.name)
        floor = f"{pct(fl, .5):.1f} / {pct(fl, .99):.1f}" if fl else "—"
        print(f"| {ph.name} | {len(lat)} | {ph.errors} | {len(lat) / ph.seconds:.1f} | {pct(lat, .5):.1f} | "
              f"{pct(lat, .9):.1f} | {pct(lat, .99):.1f} | {max(lat) * 1000:.1f} | {floor} |")
    if cold:
        print(f"| story page, first view (brief built) | {len(cold)} | 0 | — | {statistics.median(cold) * 1000:,.0f} | "
              f"— | — | {max(cold) * 1000:,.0f} | — |")
    print("\n| page | server RSS at start MB | at end MB | peak MB | drift over 2nd half MB |")
    print("|---|---:|---:|---:|---:|")
    for ph in phases:
        mem = ph.memory
        half = mem[len(mem) // 2 :]
        print(f"| {ph.name} | {mem[0]:.0f} | {mem[-1]:.0f} | {max(mem):.0f} | {half[-1] - half[0]:+.1f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=200, help="words per synthetic report")
    ap.add_argument("--briefs", type=int, default=12, help="stories whose brief is cached before the run")
    ap.add_argument("--requests", type=int, default=600, help="requests per phase")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients")
    ap.add_argument("--seconds", type=float, default=120.0, help="longest a phase may run")
    ap.add_argument("--db", help=f"store file (default {OUT}/serve-<reports>.db, built once)")
    args = ap.parse_args()
    if not (ROOT.parent / "shared" / "bench").is_dir():
        print("serve_load: ../shared/bench not found (the synthetic reports are built from it); skipped")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(args.db) if args.db else OUT / f"serve-{args.reports}.db"
    build_store(db, args.reports, args.words)
    warm, cold_ids = warm_briefs(db, args.briefs)
    from storyline.serve.briefview import brief_body
    from storyline.store.browse import StoryFilter, story_page

    floors = {
        "/ (story list)": floor_ms(db, lambda s, i: story_page(s, StoryFilter(), offset=(i % 5) * 20)),
        "/?q= (search)": floor_ms(db, lambda s, i: story_page(s, StoryFilter(search=WORDS[i % len(WORDS)]))),
        "story page (cached)": floor_ms(db, lambda s, i: brief_body(s.brief_text(warm[i % len(warm)], fmt="html"))),
    }
    proc, base = start_server(db)
    try:
        phases = [
            run_phase("/ (story list)", base, lambda r: f"/?page={r.randint(1, 5)}", proc.pid,
                      requests=args.requests, clients=args.clients, seconds=args.seconds),
            run_phase("/?q= (search)", base, lambda r: f"/?q={r.choice(WORDS)}", proc.pid,
                      requests=args.requests // 2, clients=args.clients, seconds=args.seconds),
            run_phase("story page (cached)", base, lambda r: f"/stories/{r.choice(warm)}", proc.pid,
                      requests=args.requests, clients=args.clients, seconds=args.seconds),
        ]
        cold = []
        import httpx

        for sid in cold_ids:
            t0 = time.perf_counter()
            httpx.get(f"{base}/stories/{sid}", timeout=300.0)
            cold.append(time.perf_counter() - t0)
    finally:
        stop_server(proc)
    counts = _counts(db)
    print(f"store: {counts['reports']:,} reports in {counts['stories']:,} stories ({db.stat().st_size / 1e6:,.0f} MB); "
          f"{args.clients} clients on 127.0.0.1; {len(warm)} cached story pages\n")
    report(phases, floors, cold)
    return 0


WORDS = ["fire", "war", "city", "vote", "rain", "bomb", "deal", "oil"]  # short words: the synthetic tagging keeps them


def _counts(db: Path) -> dict[str, int]:
    from storyline.store import Store

    with Store(db) as store:
        return store.counts()


if __name__ == "__main__":
    raise SystemExit(main())
