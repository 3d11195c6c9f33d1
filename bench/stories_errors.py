"""Where the development stream's BCubed loss is (round 14 of bench/STORIES_EXPERIMENTS.md; diagnosis only, no
tuning): storyline's stories on the stream (seed 0, one add, the store's way: a repeated text is its first copy's
report), scored per gold story.

For each report i, BCubed precision p_i = |C(i) ∩ G(i)| / |C(i)| and recall r_i = |C(i) ∩ G(i)| / |G(i)| (C: its
predicted story, G: its gold story). A gold story's loss is its reports' (1 - r_i) summed ("split": its reports are
in several predicted stories) and (1 - p_i) summed ("joined": its reports share a predicted story with other gold
stories' reports); over N reports, BCubed P = 1 - (joined losses) / N and R = 1 - (split losses) / N.

Kinds (mechanical, from the data, not read by hand):
- joined, shared texts: two gold stories that share an identical cleaned text, in one predicted story (the store
  keeps one copy, so at most one of them can have it; the ceiling printed counts what that costs); else same
  file (topical neighbours: DUC topics, Multi-News clusters) or other file; each as whole stories (at least half
  of each gold story in that predicted story) or a few reports;
- split: each piece of a gold story other than its largest, skipped by cleaning (no text), more than ``GAP``
  days from the largest piece (dated reports only: tac2011), or by its size and tf-idf centroid cosine to the
  largest piece (a sub-event, or a report that shares few words with its story).

The smaller pieces' shares do not add up to the split total: pairs between two smaller pieces are not counted.

    python bench/stories_errors.py --cache FILE [--seed 0] [--every 0] [--top 25]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, score  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants9 import load  # noqa: E402
from storyline.stories import assign_in_order  # noqa: E402

GAP = 30
"""Pieces of one gold story whose date ranges are further apart than this many days are a split by time."""


def _span(dates: list[dt.date]) -> tuple[dt.date, dt.date] | None:
    return (min(dates), max(dates)) if dates else None


def _idf(counts: list[Counter[str]]) -> dict[str, float]:
    df = Counter(t for c in counts for t in c)
    return {t: math.log(len(counts) / k) + 1.0 for t, k in df.items()}


def _centroid(ids: list[str], feats: dict[str, tuple[Counter[str], object]], idf: dict[str, float]
              ) -> dict[str, float]:
    """The sum of the reports' unit tf-idf vectors (over the stream's IDF)."""
    out: dict[str, float] = defaultdict(float)
    for i in ids:
        if i in feats:
            v = {t: (1 + math.log(k)) * idf[t] for t, k in feats[i][0].items() if t in idf}
            norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
            for t, w in v.items():
                out[t] += w / norm
    return out


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    na, nb = math.sqrt(sum(w * w for w in a.values())), math.sqrt(sum(w * w for w in b.values()))
    return sum(w * b.get(t, 0.0) for t, w in a.items()) / (na * nb) if na and nb else 0.0


class Errors:
    """One clustering of the stream, its BCubed losses per gold story and by kind."""

    def __init__(self, v: Any, seed: int, every: int) -> None:
        b = v.bench
        self.docs = [d for d in v.orders[seed] if d.id in b.gold]
        self.feats = b.feats
        stories = assign_in_order([(b.feats[d.id][0], d.published, b.feats[d.id][1]) for d in self.docs], DEFAULT,
                                  every or None, keys=[d.text for d in self.docs])
        pred = {d.id: str(s) for d, s in zip(self.docs, stories, strict=True)}
        self.gold: dict[str, str] = b.gold
        self.full = {i: pred.get(i, f"skipped:{i}") for i in self.gold}
        self.n = len(self.gold)
        self.published = {d.id: d.published for d in self.docs}
        self.text = {d.id: d.text for d in self.docs}
        self.members: dict[str, list[str]] = defaultdict(list)
        for i, c in self.full.items():
            self.members[c].append(i)
        self.gsize = Counter(self.gold.values())
        self.golds_of_text: dict[str, set[str]] = defaultdict(set)
        for i, t in self.text.items():
            self.golds_of_text[t].add(self.gold[i])
        self.boiler = {i for i, t in self.text.items() if len(self.golds_of_text[t]) > 1}
        self.pieces: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for i, g in self.gold.items():
            self.pieces[g][self.full[i]].append(i)
        self.split: dict[str, float] = defaultdict(float)
        self.joined: dict[str, float] = defaultdict(float)
        self.joined_kind: Counter[str] = Counter()
        self.pairs_kind: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for i in self.gold:
            self._losses(i)

    def _losses(self, i: str) -> None:
        """Report ``i``'s (1 - r_i) and (1 - p_i), the latter by the kind of each foreign report in its story."""
        g, c = self.gold[i], self.members[self.full[i]]
        same = sum(self.gold[j] == g for j in c)
        self.split[g] += 1 - same / self.gsize[g]
        self.joined[g] += 1 - same / len(c)
        for j in c:
            h = self.gold[j]
            if h == g:
                continue
            kind = ("shared texts" if any({g, h} <= gs for gs in self.golds_of_text.values() if len(gs) > 1)
                    else "same file" if g.split(":")[0] == h.split(":")[0] else "other file")
            whole = min(sum(self.gold[k] == x for k in c) / self.gsize[x] for x in (g, h)) >= 0.5
            kind += ", whole stories" if whole else ", a few reports"
            self.joined_kind[kind] += 1 / len(c) / self.n
            self.pairs_kind[kind].add((min(g, h), max(g, h)))

    def near(self) -> Counter[str]:
        """The split loss by each smaller piece of a gold story: skipped by cleaning; else apart in time from the
        story's largest piece (dated, more than ``GAP`` days outside its date range), or by size and tf-idf centroid
        cosine to it; as the recall the piece and the largest would gain together (a share of N)."""
        near: Counter[str] = Counter()
        idf = _idf([self.feats[d.id][0] for d in self.docs])
        for g, ps in self.pieces.items():
            ranked = sorted(ps.values(), key=len, reverse=True)
            largest = _centroid(ranked[0], self.feats, idf)
            span = _span([d for i in ranked[0] if (d := self.published.get(i)) is not None])
            for p in ranked[1:]:
                cos = _cos(_centroid(p, self.feats, idf), largest)
                bucket = "< .10" if cos < 0.10 else "< .18" if cos < 0.18 else ">= .18"
                mine = _span([d for i in p if (d := self.published.get(i)) is not None])
                apart = span and mine and max((mine[0] - span[1]).days, (span[0] - mine[1]).days) > GAP
                key = ("one report skipped by cleaning (no text)" if self.full[p[0]].startswith("skipped:")
                       else f"{'one report' if len(p) == 1 else 'several'}, more than {GAP} days from the largest"
                       if apart else
                       f"{'one report' if len(p) == 1 else 'several'}, cosine to the largest piece {bucket}")
                near[key] += len(p) * len(ranked[0]) * 2 / self.gsize[g] / self.n
        return near

    def ceiling(self) -> Any:
        """BCubed of the gold stories with each repeated text in its first copy's story (the store keeps one)."""
        first: dict[str, str] = {}
        for d in self.docs:
            first.setdefault(d.text, self.gold[d.id])
        return score({i: first[self.text[i]] if i in self.text else f"skipped:{i}" for i in self.gold}, self.gold)[0]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r)


def _summary(e: Errors, label: str) -> None:
    bc, pw = score(e.full, e.gold)
    p, r = bc.precision, bc.recall
    ceil = e.ceiling()
    print(f"{label}: {e.n} reports, {len(e.gsize)} gold stories, {len(e.members)} predicted; BCubed P {p:.3f} "
          f"R {r:.3f} F1 {bc.f1:.3f}; pairwise F1 {pw.f1:.3f}")
    print(f"F1 if nothing were joined (P = 1): {_f1(1, r):.3f}; if nothing were split (R = 1): {_f1(p, 1):.3f}; "
          f"ceiling (gold, a repeated text in its first copy's story): P {ceil.precision:.3f} R {ceil.recall:.3f} "
          f"F1 {ceil.f1:.3f}")
    print(f"reports whose text is also another gold story's: {len(e.boiler)} in "
          f"{len({e.gold[i] for i in e.boiler})} gold stories")
    near = e.near()
    print("\n| loss kind | share of N | F1 were it gone | gold stories |\n|---|---:|---:|---:|")
    for k, x in sorted(e.joined_kind.items()):
        print(f"| joined: {k} | {x:.4f} | {_f1(p + x, r):.3f} | {len(e.pairs_kind[k])} pairs |")
    split = sum(e.split.values()) / e.n
    print(f"| split (all) | {split:.4f} | {_f1(p, r + split):.3f} | {sum(len(x) > 1 for x in e.pieces.values())} |")
    print("\nSplit pieces other than a gold story's largest, by size and by the tf-idf centroid cosine to the largest "
          "(threshold .18); share of N: the recall the piece and the largest would gain together")
    print("| piece | share of N | F1 were it joined |\n|---|---:|---:|")
    for k, x in sorted(near.items()):
        print(f"| {k} | {x:.4f} | {_f1(p, r + x):.3f} |")
    print("\nThe pairs of gold stories joined whole:")
    for k, pairs in sorted(e.pairs_kind.items()):
        if k.endswith("whole stories"):
            print(f"- {k}: " + "; ".join(f"{a[:30]} + {b[:30]}" for a, b in sorted(pairs)))
    by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for g in e.gsize:
        f = by_file[g.split(":")[0]]
        f[0] += e.split[g] / e.n
        f[1] += e.joined[g] / e.n
        f[2] += 1
    print("\n| file | gold stories | split (R points) | joined (P points) |\n|---|---:|---:|---:|")
    for name, (s, j, k) in sorted(by_file.items()):
        print(f"| {name} | {k} | {s:.4f} | {j:.4f} |")


def _top(e: Errors, top: int) -> None:
    print(f"\nThe {top} gold stories losing most (split + joined, as shares of N; pieces: how many of its reports "
          "each predicted story holds; with: the other gold stories in its predicted stories)")
    print("| gold story | size | split | joined | pieces | joined with |")
    print("|---|---:|---:|---:|---|---|")
    for g in sorted(e.gsize, key=lambda g: -(e.split[g] + e.joined[g]))[:top]:
        ps = sorted((len(p) for p in e.pieces[g].values()), reverse=True)
        others = Counter(e.gold[j] for c in e.pieces[g] for j in e.members[c] if e.gold[j] != g)
        nb = sum(i in e.boiler for i in e.gold if e.gold[i] == g)
        with_ = ", ".join(f"{o[:30]} ({k})" for o, k in others.most_common(3))
        print(f"| {g[:30]}{f' ({nb} shared texts)' if nb else ''} | {e.gsize[g]} | {e.split[g] / e.n:.4f} | "
              f"{e.joined[g] / e.n:.4f} | {ps} | {with_} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--every", type=int, default=0, help="the merge pass after every this many reports (0: one add)")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_errors: {BENCH} not found; skipped")
        return 0
    e = Errors(load(args.cache), args.seed, args.every)
    _summary(e, f"seed {args.seed}, {'one add' if not args.every else f'adds of {args.every}'}")
    _top(e, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
