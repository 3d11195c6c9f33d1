"""Grow a story store to 100,000 reports and print the time to add a report at 1k, 10k and
100k stored reports, and the peak memory.

Reports are synthetic variations of the bench documents (../shared/bench): story ``s`` takes
base document ``s mod N`` and tags its names and longer words (capitalised, or five letters
or more) with the story number, so stories built on one base do not collapse into one, the
way different events share common words but not their names and details; each report of a
story is a random 70% of the base's sentences, cut to ``--words`` words. Stories get 1-9
reports (mean 5), interleaved as in a stream.

Times are per report over the 500 reports added after each mark (so the store grows to
``--reports`` + 500): wall time, and CPU time
(process time: what the report costs whatever else the machine runs). Time per report is
the store's ``add`` without reading and cleaning (the reports are already clean text):
term counting, TF-IDF against the stored IDF, candidate search in the inverted index,
centroid scoring, reprint check, and the SQLite writes, committed per batch, then the merge
and undo passes (run after every batch, as if each batch were one ``add``;
``ClusterSettings.merge_small`` and ``undo_window``, on by default). The report's lead embedding is
per-report work (computed with cleaning and the parse) and is computed before the timed part; its cost
is printed at the end. With ``--stand-in-embeddings`` no model runs: each report gets a vector made
from its story and report numbers (same-story cosine about .6), so a 100k run takes minutes of CPU
instead of about an hour of MiniLM calls; the timed part runs the same code. The ``clustering`` column
is ``stories.assign``, the merge pass and the undo pass (the part the issue times; before round 9 of
bench/STORIES_EXPERIMENTS.md the undo pass was left out of it).

    python bench/stories_scale.py [--reports 100000] [--db FILE] [--words 200] [--stand-in-embeddings] [--defer]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from storyline.model import Document

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
CHECKPOINTS = (1_000, 10_000, 100_000)
WINDOW = 500  # reports timed after each checkpoint


def _bases(limit_words: int) -> list[list[str]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from stories_eval import load_stream
    from storyline.pipeline import clean_all

    raws, _ = load_stream(0)
    docs, _ = clean_all(raws)
    out = []
    for d in docs:
        sents = [s for s in d.text.replace("\n", " ").split(". ") if s.strip()]
        if sum(len(s.split()) for s in sents) >= 60:
            out.append(sents)
    return out


def _rewrite(sentence: str, tag: int) -> str:
    words = []
    for w in sentence.split():
        core = w.strip(".,;:!?\"'()")
        if core.isalpha() and (len(core) >= 5 or core[0].isupper()):
            words.append(f"{core.lower()}q{tag}")
        else:
            words.append(w)
    return " ".join(words)


_BASES = [1]
"""How many base documents ``synthetic`` uses (story ``s`` is built on base ``s mod`` this)."""


def synthetic(n: int, words: int, seed: int = 0) -> Iterator[Document]:
    """``n`` reports over about n/5 stories, interleaved as a stream would be."""
    bases = _bases(words)
    _BASES[0] = len(bases)
    rng = random.Random(seed)
    live: list[tuple[int, int]] = []  # (story, reports left)
    story = made = 0
    while made < n:
        if not live or rng.random() < 0.2:
            live.append((story, rng.randint(1, 9)))
            story += 1
        k = rng.randrange(len(live))
        s, left = live[k]
        base = bases[s % len(bases)]
        picked = [x for x in base if rng.random() < 0.7] or base[:1]
        text = ". ".join(_rewrite(x, s) for x in picked)
        text = " ".join(text.split()[:words]) + "."
        yield Document(id=f"s{s}-r{made}", text=text, title="")
        made += 1
        live[k] = (s, left - 1)
        if left - 1 <= 0:
            live.pop(k)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--words", type=int, default=200, help="words per synthetic report (default 200)")
    ap.add_argument("--db", help="store file (default: a temporary one)")
    ap.add_argument("--stand-in-embeddings", action="store_true",
                    help="lead embeddings made from the story and report numbers (no MiniLM call) instead of the "
                         "model's: the untimed per-report work drops from ~30 ms of CPU to ~0, so a 100k run fits "
                         "in well under an hour on a shared machine; the clustering step is the same code")
    ap.add_argument("--defer", action="store_true",
                    help="deferral on (round 13 of bench/STORIES_EXPERIMENTS.md: ``defer_k`` 5, ``defer_ratio`` .7, "
                         "``defer_closed``); the held reports' decisions (``stories.defer.settle``) are timed with "
                         "the clustering")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_scale: {BENCH} not found; skipped")
        return 0
    import storyline.stories.online as online
    from storyline.store import Store
    from storyline.store.api import BATCH

    spent = [0.0]

    def timed(real: Callable[..., Any]) -> Callable[..., Any]:
        """``real`` with its CPU time added to ``spent`` (the clustering step's share of an add)."""
        def wrapper(*a: Any, **k: Any) -> Any:
            t0 = time.process_time()
            try:
                return real(*a, **k)
            finally:
                spent[0] += time.process_time() - t0
        return wrapper

    import storyline.store.api as api

    api.split_mixed = timed(api.split_mixed)  # type: ignore[assignment]
    api.settle = timed(api.settle)  # type: ignore[assignment]
    api.assign = timed(online.assign)  # type: ignore[assignment]
    api.merge_small = timed(api.merge_small)  # type: ignore[assignment]
    api.undo_merges = timed(api.undo_merges)  # type: ignore[assignment]
    leads_of = _stand_in_leads if args.stand_in_embeddings else _leads
    embedding = [0.0, 0, 0.0]  # CPU s, reports, wall s of the lead embeddings
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "scale.db"
    marks = [c for c in CHECKPOINTS if c <= args.reports]
    print(f"Growing {db} to {args.reports:,} synthetic reports of {args.words} words ({BATCH} per commit)",
          file=sys.stderr)
    print("| stored reports | stories | add: wall ms/report | add: CPU ms/report | clustering: CPU ms/report | "
          "clustering reports/s (CPU) | peak memory MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    batch: list[Document] = []
    stored = 0
    window: tuple[float, float, float, int] | None = None
    t_start = time.perf_counter()
    from storyline.stories import ClusterSettings

    settings = ClusterSettings(defer_k=5, defer_ratio=0.7, defer_closed=True) if args.defer else ClusterSettings()
    with Store(db, settings=settings) as store:
        # WINDOW reports past --reports, so that the last mark (100k at the default) is timed too
        for doc in synthetic(args.reports + WINDOW, args.words):
            batch.append(doc)
            if len(batch) < BATCH:
                continue
            leads = leads_of(batch, embedding)
            if window is None and any(stored <= m < stored + BATCH for m in marks):
                window = (time.perf_counter() - embedding[2], time.process_time() - embedding[0], spent[0], stored)
            _add(store, batch, leads)
            stored += len(batch)
            batch = []
            if window is not None and stored - window[3] >= WINDOW:
                t0, p0, c0, s0 = window
                per = (time.perf_counter() - embedding[2] - t0) / (stored - s0) * 1000  # embeddings: not timed
                cpu = (time.process_time() - embedding[0] - p0) / (stored - s0) * 1000
                clus = (spent[0] - c0) / (stored - s0) * 1000
                stories = store.counts()["stories"]
                print(f"| {s0:,} | {stories:,} | {per:.1f} | {cpu:.1f} | {clus:.2f} | {1000 / clus:,.0f} | "
                      f"{peak_mb():,.0f} |", flush=True)
                window = None
            if stored % 5000 == 0:
                print(f"  {stored:,} stored, {time.perf_counter() - t_start:,.0f} s", file=sys.stderr, flush=True)
        if batch:
            _add(store, batch, leads_of(batch, embedding))
        counts = store.counts()
    print(f"\nfinal: {counts['reports']:,} reports in {counts['stories']:,} stories; "
          f"{db.stat().st_size / 1e6:,.0f} MB on disk; peak memory {peak_mb():,.0f} MB; "
          f"total {time.perf_counter() - t_start:,.0f} s; lead embeddings (per-report work, not timed above) "
          f"{embedding[0] / max(embedding[1], 1) * 1000:.1f} ms CPU per report")
    return 0


def _leads(batch: list[Document], spent: list[Any]) -> list[Any]:
    """The batch's lead embeddings: per-report work (``add`` computes them with cleaning), timed apart."""
    from storyline.stories.vectors import lead_embedding

    t0, w0 = time.process_time(), time.perf_counter()
    out = [lead_embedding(d.text, d.title) for d in batch]
    spent[0] += time.process_time() - t0
    spent[1] += len(batch)
    spent[2] += time.perf_counter() - w0
    return out


def _stand_in_leads(batch: list[Document], spent: list[Any]) -> list[Any]:
    """Stand-in lead embeddings, no model call: unit vectors from a base-document part (stories built on one
    base read alike, as their real leads do), a story part and a report part, seeded by the numbers in the
    report's id (``s<story>-r<report>``), so a story's reports sit at cosine about .6 and other stories near 0."""
    import numpy as np

    out = []
    for d in batch:
        story, report = (int(x[1:]) for x in d.id.split("-"))
        parts = [np.random.default_rng(seed).standard_normal(384) for seed in (story % _BASES[0], 10**7 + story,
                                                                               2 * 10**7 + report)]
        v = 0.3 * parts[0] + 0.7 * parts[1] + 0.65 * parts[2]
        out.append((v / np.linalg.norm(v)).astype(np.float32))
    spent[1] += len(batch)
    return out


def _add(store: Any, batch: list[Document], leads: list[Any]) -> None:
    """One ``add`` of ``batch``: the features as ``Store.add_documents`` computes them (the lead embedding
    given), the batch's transaction, then the merge pass (after every batch: the most often it runs)."""
    from storyline.store import AddResult
    from storyline.store.prepare import Features

    features = [Features.of(d, e) for d, e in zip(batch, leads, strict=True)]
    result = AddResult()
    store.add_documents(batch, result, features)
    store.merge_pass(result)


if __name__ == "__main__":
    raise SystemExit(main())
