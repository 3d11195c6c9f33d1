"""Round 9 of the story clustering variants (issue 13): an event signature (who and where: the names in a
report's lead) as a hard split signal between young stories, measured as round 8 measured its undo pass.

Protocol (bench/STORIES_EXPERIMENTS.md, round 8): each point is scored on **half A alone** by the mean over
seeds 0-4 of the mean half-A BCubed F1 with the merge pass after every report, every 25 and once; the best
point (ties: the first in grid order) is then run held out on half B, tac2011 (alone) and the whole stream at
each seed. Everything runs through the product code (``ClusterSettings.sign_*``; ``assign_in_order`` on the
in-memory index). Features and lead embeddings are computed once (``--cache FILE`` keeps them between runs).

    python bench/stories_variants9.py                     # the half-A grid, then the held-out table
    python bench/stories_variants9.py --repeats           # identical texts taken as one report (keys) or not
    python bench/stories_variants9.py --diagnose          # what separates wrong joins from right ones on half A
    python bench/stories_variants9.py --weak              # a weak join adds its vector at a lower weight
    python bench/stories_variants9.py --held "size 1, names 2, high 1.0, topic False"   # held-out table only
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, score, splits  # noqa: E402
from stories_variants5 import Bench  # noqa: E402
from stories_variants7 import DEFAULT, FREQS  # noqa: E402
from stories_variants8 import SEEDS, Seeds  # noqa: E402
from storyline.stories import ClusterSettings, MemoryIndex, assign, assign_in_order  # noqa: E402
from storyline.stories.vectors import cosine, top_terms  # noqa: E402

Point = tuple[str, ClusterSettings]


def points() -> list[Point]:
    out: list[Point] = [("main (no signature)", DEFAULT)]
    for size, names, high, topic in itertools.product((1, 2), (1, 2), (1.0,), (False, True)):
        out.append((f"size {size}, names {names}, high {high}, topic {topic}",
                    replace(DEFAULT, sign_size=size, sign_names=names, sign_high=high, sign_topic=topic)))
    for names in (1, 2):
        out.append((f"topic rule only, names {names}", replace(DEFAULT, sign_size=0, sign_names=names,
                                                               sign_topic=True)))
    return out


def weak_points() -> list[Point]:
    """A join below ``weak_join`` adds its vector to the centroid at ``weak_weight`` only."""
    out: list[Point] = [("main (every join adds its vector)", DEFAULT)]
    for below, weight in itertools.product((0.22, 0.25, 0.3), (0.0, 0.5)):
        out.append((f"weak join below {below}, weight {weight}", replace(DEFAULT, weak_join=below,
                                                                          weak_weight=weight)))
    return out


def load(cache: Path | None) -> Seeds:
    """``Seeds`` (cleaned stream, features and lead embeddings, the five orders), from ``cache`` if it exists."""
    if cache and cache.exists():
        v = Seeds.__new__(Seeds)
        v.bench = Bench.__new__(Bench)
        b = v.bench
        b.docs, b.gold, b.feats, v.orders = pickle.loads(cache.read_bytes())
        (_, _, _, in_tac), (_, in_a, _, in_b) = splits(b.gold)
        b.parts = {"A": in_a, "B": in_b, "tac": in_tac, "stream": lambda i: True}
        return v
    v = Seeds()
    if cache:
        cache.write_bytes(pickle.dumps((v.bench.docs, v.bench.gold, v.bench.feats, v.orders)))
    return v


def f1(v: Seeds, part: str, seed: int, every: int, settings: ClusterSettings, keys: bool) -> tuple[float, float]:
    """``Seeds.f1`` with ``assign_in_order``'s ``keys`` (the cleaned text) when ``keys``: a repeated text joins
    its first copy's story, as the store's content hash makes it."""
    b = v.bench
    keep = b.parts[part]
    gold = {i: g for i, g in b.gold.items() if keep(i)}
    kept = [d for d in v.orders[seed] if d.id in gold]
    reports: Sequence[Any] = [(b.feats[d.id][0], d.published, b.feats[d.id][1]) for d in kept]
    stories = assign_in_order(reports, settings, every, keys=[d.text for d in kept] if keys else None)
    pred = {d.id: str(s) for d, s in zip(kept, stories, strict=True)}
    bc, pw = score({i: pred.get(i, f"skipped:{i}") for i in gold}, gold)
    return bc.f1, pw.f1


def repeats(v: Seeds) -> None:
    print("| seed | part | each copy a report (every 1, 25, once) | repeats as the first copy (keys) |")
    print("|---:|---|---|---|")
    for s in SEEDS:
        for part in ("A", "B", "tac", "stream"):
            cells = [", ".join("{:.3f}/{:.3f}".format(*f1(v, part, s, e, DEFAULT, k)) for e in FREQS)
                     for k in (False, True)]
            print(f"| {s} | {part} | {cells[0]} | {cells[1]} |", flush=True)


def _auc(pos: list[float], neg: list[float]) -> float:
    """The chance that a right join's value is above a wrong one's (ties count half)."""
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def diagnose(v: Seeds) -> None:
    """Half A alone, seeds 0-4, ``assign`` only (no merge pass): every join of a report to a story, right when
    the story's gold majority is the report's; per signal, how well it ranks right joins above wrong ones."""
    b = v.bench
    signals: dict[str, tuple[list[float], list[float]]] = {}
    conflict = Counter[tuple[str, str]]()
    for seed in SEEDS:
        index = MemoryIndex()
        members: dict[int, list[str]] = {}
        for d in v.orders[seed]:
            if not b.parts["A"](d.id):
                continue
            counts, cues = b.feats[d.id]
            before = {t: index.df.get(i, 0) for t, i in index.ids.items()}
            a = assign(index, counts, d.published, DEFAULT, cues)
            prev = members.setdefault(a.story, [])
            if not a.new and prev:
                right = sum(b.gold[m] == b.gold[d.id] for m in prev) * 2 > len(prev)
                story_terms = {t for m in prev for t in b.feats[m][0]}
                lead_names = cues.lead & cues.names
                emb = sum(b.feats[m][1].embedding for m in prev)  # type: ignore[misc]
                tops = top_terms(a.vector, DEFAULT.query_terms)
                cands = [cosine(a.vector, index.stories[s].centroid) for s in index.candidates(tops, 40)
                         if s != a.story]
                values = {
                    "join cosine": a.score,
                    "share of lead names (who, where) the story used": (
                        len(lead_names & story_terms) / len(lead_names) if lead_names else 1.0),
                    "lead embedding to the story's mean": float(cues.embedding @ (emb / np.linalg.norm(emb))),
                    "story size (joins of big stories)": -float(len(prev)),
                    "best other candidate / join cosine (ambiguity)": -(max(cands, default=0.0) / a.score),
                    "median stories listing the report's top terms (generic)": float(
                        np.median([len(index.postings.get(t, ())) for t in tops])),
                    "report's lead names used by <= 24 reports": float(
                        sum(before.get(t, 0) <= 24 for t in lead_names)),
                }
                for k, x in values.items():
                    signals.setdefault(k, ([], []))[0 if right else 1].append(x)
                if len(prev) <= 2 and len(lead_names) >= 2:
                    conflict[("none of its lead names in the story" if not lead_names & story_terms
                              else "a lead name shared", "right" if right else "wrong")] += 1
            prev.append(d.id)
    print("| signal (higher = more like a right join) | right joins | wrong joins | AUC | mean right | mean wrong |")
    print("|---|---:|---:|---:|---:|---:|")
    for k, (r, w) in signals.items():
        print(f"| {k} | {len(r)} | {len(w)} | {_auc(r, w):.3f} | {np.mean(r):.3f} | {np.mean(w):.3f} |")
    print("\nJoins of a story of 1-2 reports by a report with 2+ lead names (the event-signature split's cases):")
    for k, n in sorted(conflict.items()):
        print(f"- {k[0]}, {k[1]}: {n}")


def protocol(pts: list[Point], measure: Callable[[str, int, int, ClusterSettings], tuple[float, float]],
             held: str) -> None:
    """Round 8's protocol, shared by the variant scripts: the half-A grid over seeds and frequencies (its best
    point chosen by the mean BCubed F1), then the held-out table (half B, tac2011, the stream) of main and that
    point; with ``held``, only the held-out table of the point so labelled."""
    if not held:
        print("| point | " + " | ".join(f"seed {s}: A every 1, 25, once" for s in SEEDS) + " | mean |")
        print("|---|" + "---|" * len(SEEDS) + "---:|")
        best: tuple[float, int] | None = None
        for n, (label, st) in enumerate(pts):
            cells = [[measure("A", s, e, st)[0] for e in FREQS] for s in SEEDS]
            mean = sum(sum(c) for c in cells) / (len(SEEDS) * len(FREQS))
            print(f"| {label} | " + " | ".join(", ".join(f"{x:.3f}" for x in c) for c in cells)
                  + f" | {mean:.4f} |", flush=True)
            if best is None or mean > best[0]:
                best = (mean, n)
        assert best is not None
        chosen = [pts[0], pts[best[1]]] if best[1] else [pts[0]]
    else:
        chosen = [pts[0]] + [p for p in pts if p[0] == held]
    print("\n| seed | point | half B (every 1, 25, once) | tac2011 | stream |\n|---:|---|---|---|---|")
    for s in SEEDS:
        for label, st in chosen:
            pairs = [[measure(p, s, e, st) for e in FREQS] for p in ("B", "tac", "stream")]
            print(f"| {s} | {label} | " + " | ".join(", ".join(f"{b:.3f}/{q:.3f}" for b, q in c) for c in pairs)
                  + " |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--repeats", action="store_true", help="the identical-texts table instead of the grid")
    ap.add_argument("--diagnose", action="store_true", help="the half-A join signals instead of the grid")
    ap.add_argument("--weak", action="store_true", help="the weak-join grid instead of the event signature's")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants9: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    if args.repeats:
        repeats(v)
        return 0
    if args.diagnose:
        diagnose(v)
        return 0
    pts = weak_points() if args.weak else points()
    protocol(pts, lambda p, s, e, st: v.f1(p, s, e, st, None), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
