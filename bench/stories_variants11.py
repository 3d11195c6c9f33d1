"""Round 11 of the story clustering variants (issue 13): an ambiguous join re-checked when later reports have
come in (round 9's diagnosis: a close second candidate marks wrong joins, AUC .634).

A report that joins a story while another candidate scored at least ``ratio`` times the join's score (both
scored as ``assign`` scores them: centroid cosine times the time factor) is looked at again ``k`` reports
later: when its cosine to the other story's centroid (as it is then, after the reports that came in since)
beats its cosine to its host's centroid without it by ``margin``, it is moved there (its TF-IDF vector and
lead embedding taken out of the host and added to the other story, both re-indexed). The later reports are
the extra evidence: those that joined either story have moved its centroid. Stories are followed through
merges (``MemoryIndex.resolve``).

Protocol (rounds 8-10, ``stories_variants9.protocol``): each point on **half A alone**, the mean over seeds 0-4
of the half-A BCubed F1 with the merge pass after every report, every 25 and once; the best point then held
out on half B, tac2011 (alone) and the stream at each seed; the store's way (repeated texts as their first
copy). Measured here in the in-memory harness only (bench code; nothing in the product changes).

With "embedding agrees" the move also needs the report's lead embedding (MiniLM) closer to the other story's
mean lead embedding than to its host's without it.

    python bench/stories_variants11.py [--cache FILE] [--held "ratio 0.8, k 25, margin 0.0"]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, score  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants9 import Point, load, protocol  # noqa: E402
from storyline.stories import ClusterSettings, MemoryIndex, assign  # noqa: E402
from storyline.stories.merge import merge_small, undo_merges  # noqa: E402
from storyline.stories.online import _time_factor  # noqa: E402
from storyline.stories.vectors import Cues, Vector, add_into, cosine, top_terms  # noqa: E402


@dataclass(frozen=True)
class Recheck:
    ratio: float = 0.0  # 0: off (main)
    k: int = 10
    margin: float = 0.0
    embed: bool = False  # the move also needs the report's lead embedding closer to the other story's mean


RECHECK: dict[int, Recheck] = {}
"""Each point's re-check, by the id of its settings object (``protocol`` passes settings only)."""


def _subtract(centroid: Vector, vector: Vector) -> Vector:
    out = dict(centroid)
    for t, w in vector.items():
        if t in out:
            left = out[t] - w
            if left > 1e-9:
                out[t] = left
            else:
                del out[t]
    return out


def _ucos(a: Any, b: Any) -> float:
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))


def _runner_up(index: MemoryIndex, vector: Vector, host: int, published: Any, settings: ClusterSettings
               ) -> tuple[int, float]:
    """The best other candidate of a report that joined ``host`` and its score, as ``assign`` scored it."""
    best, best_score = 0, -1.0
    for sid in index.candidates(top_terms(vector, settings.query_terms), settings.candidates, settings.posting_cap):
        if sid == host:
            continue
        state = index.story(sid)
        sc = cosine(vector, state.centroid) * _time_factor(published, state, settings.time_window_days)
        if sc > best_score:
            best, best_score = sid, sc
    return best, best_score


def assign_rechecked(reports: Sequence[tuple[Any, Any, Cues]], settings: ClusterSettings, rc: Recheck,
                     every: int | None = None, keys: Sequence[Hashable] | None = None) -> list[int]:
    """``assign_in_order`` with the re-check of ambiguous joins (module docstring)."""
    index = MemoryIndex()
    stories: list[int] = []
    touched: set[int] = set()
    first: dict[Hashable, int] = {}
    pending: list[tuple[int, int, Vector, Any, int, int]] = []  # (due, report, vector, embedding, host, other)
    for n, (counts, published, cues) in enumerate(reports, start=1):
        seen = first.get(keys[n - 1]) if keys is not None else None
        if seen is not None:
            stories.append(stories[seen])
        else:
            a = assign(index, counts, published, settings, cues)
            stories.append(a.story)
            if keys is not None:
                first[keys[n - 1]] = n - 1
            if rc.ratio and not a.new and a.score > 0:
                other, sc = _runner_up(index, a.vector, a.story, published, settings)
                if other and sc >= rc.ratio * a.score:
                    pending.append((n + rc.k, n - 1, a.vector, cues.embedding, a.story, other))
        touched.add(index.resolve(stories[-1]))
        while pending and pending[0][0] <= n:
            _, r, vec, emb, _, other = pending.pop(0)
            host, to = index.resolve(stories[r]), index.resolve(other)
            if host == to:
                continue
            h, o = index.story(host), index.story(to)
            if h.size <= 1:
                continue
            without = _subtract(h.centroid, vec)
            agrees = not rc.embed or (emb is not None and h.embedding is not None and o.embedding is not None
                                      and _ucos(emb, o.embedding) > _ucos(emb, h.embedding - emb))
            if agrees and cosine(vec, o.centroid) > cosine(vec, without) + rc.margin:
                h.centroid, h.size = without, h.size - 1
                o.centroid, o.size = add_into(o.centroid, vec), o.size + 1
                if emb is not None and h.embedding is not None and o.embedding is not None:
                    h.embedding, o.embedding = h.embedding - emb, o.embedding + emb
                index.save_story(h, top_terms(h.centroid, settings.signature_terms))
                index.save_story(o, top_terms(o.centroid, settings.signature_terms))
                stories[r] = to
                # its repeats (the store's way) follow it
                for j in range(r + 1, len(stories)):
                    if keys is not None and keys[j] == keys[r]:
                        stories[j] = to
                touched.update((host, to))
        if (every and n % every == 0) or n == len(reports):
            merge_small(index, {index.resolve(s) for s in touched}, settings)
            undo_merges(index, settings)
            touched = set()
    return [index.resolve(s) for s in stories]


def points() -> list[Point]:
    out: list[Point] = [("main (no re-check)", DEFAULT)]
    for ratio, k, margin in itertools.product((0.8, 0.9), (5, 25), (0.0, 0.05)):
        st = replace(DEFAULT)
        RECHECK[id(st)] = Recheck(ratio, k, margin)
        out.append((f"ratio {ratio}, k {k}, margin {margin}", st))
    for ratio, k, margin in ((0.8, 25, 0.0), (0.8, 25, 0.02), (0.9, 25, 0.0)):
        st = replace(DEFAULT)
        RECHECK[id(st)] = Recheck(ratio, k, margin, embed=True)
        out.append((f"ratio {ratio}, k {k}, margin {margin}, embedding agrees", st))
    st = replace(DEFAULT)
    RECHECK[id(st)] = Recheck(0.8, 25, 0.02)
    out.append(("ratio 0.8, k 25, margin 0.02", st))
    return out


def f1(v: Any, part: str, seed: int, every: int, settings: ClusterSettings) -> tuple[float, float]:
    b = v.bench
    keep = b.parts[part]
    gold = {i: g for i, g in b.gold.items() if keep(i)}
    kept = [d for d in v.orders[seed] if d.id in gold]
    reports = [(b.feats[d.id][0], d.published, b.feats[d.id][1]) for d in kept]
    stories = assign_rechecked(reports, settings, RECHECK.get(id(settings), Recheck()), every,
                               keys=[d.text for d in kept])
    pred = {d.id: str(s) for d, s in zip(kept, stories, strict=True)}
    bc, pw = score({i: pred.get(i, f"skipped:{i}") for i in gold}, gold)
    return bc.f1, pw.f1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants11: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    protocol(points(), lambda p, s, e, st: f1(v, p, s, e, st), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
