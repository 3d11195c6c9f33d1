"""Round 7 of the story clustering variants (issue 13): passes that undo or move what the online
assignment and the merge pass decided, and more join evidence, measured through the product code
(``stories.assign`` and ``stories.merge_small`` on the in-memory index) plus, for the passes the product
does not have, the harness code below (it works on the same ``MemoryIndex``).

Protocol as rounds 5-6 (bench/STORIES_EXPERIMENTS.md): every variant's grid is scored on **half A alone**
by the mean BCubed F1 over the merge pass run after every report, every 25 reports and once after the
stream; the best point (ties: the first in grid order) is then run on half B, tac2011 (alone) and the
whole stream, each in the seed-0 order. Skipped documents count as singletons.

    python bench/stories_variants7.py                  # every variant (about 10 minutes)
    python bench/stories_variants7.py --only realloc   # variants whose name contains the text
    python bench/stories_variants7.py --analyse        # the half-A error listing (splits and mixes)
"""

from __future__ import annotations

import argparse
import copy
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, score  # noqa: E402
from stories_variants5 import Bench  # noqa: E402
from storyline.stories import ClusterSettings, MemoryIndex, assign, merge_small  # noqa: E402
from storyline.stories.index import StoryState  # noqa: E402
from storyline.stories.merge import _centroid_cosine, _unit, combined  # noqa: E402
from storyline.stories.vectors import Cues, Vector, add_into, cosine, idf, top_terms, unit, weigh  # noqa: E402

ONCE = 10**9
FREQS = (1, 25, ONCE)
DEFAULT = ClusterSettings()
Report = tuple[Mapping[str, int], Any, Cues]
Pass = Callable[["Run"], None]


def _minus(c: Vector, v: Mapping[int, float]) -> Vector:
    """A centroid without one member's vector (terms that fall to zero dropped)."""
    out = {t: w - v.get(t, 0.0) for t, w in c.items()}
    return {t: w for t, w in out.items() if w > 1e-6}


class UndoIndex(MemoryIndex):
    """``MemoryIndex`` that keeps each merged-away story's state (its piece) and when it was merged."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: dict[int, tuple[StoryState, set[int]]] = {}
        self.when: dict[int, int] = {}
        self.seen = 0

    def retire(self, story: int, into: int) -> None:
        self.pieces[story] = (copy.deepcopy(self.stories[story]), set(self.names.get(story, ())))
        self.when[story] = self.seen
        super().retire(story, into)


@dataclass
class Run:
    """One harness run: the index, each report's story (unresolved), the reports since the last pass."""

    index: UndoIndex
    settings: ClusterSettings
    reports: Sequence[Report]
    where: list[int]
    recent: list[int]
    touched: set[int]


def harness(passes: Sequence[Pass]) -> Callable[[Sequence[Report], ClusterSettings, int], list[int]]:
    """``assign_in_order`` with extra passes after the merge pass."""

    def fn(reports: Sequence[Report], settings: ClusterSettings, every: int) -> list[int]:
        r = Run(UndoIndex(), settings, reports, [], [], set())
        for n, (counts, published, cues) in enumerate(reports, start=1):
            r.index.seen = n
            r.where.append(assign(r.index, counts, published, settings, cues).story)
            r.touched.add(r.where[-1])
            r.recent.append(n - 1)
            if (every and n % every == 0) or n == len(reports):
                merge_small(r.index, {r.index.resolve(s) for s in r.touched}, settings)
                for p in passes:
                    p(r)
                r.touched, r.recent = set(), []
        return [r.index.resolve(s) for s in r.where]

    return fn


def undo_pass(window: int, margin: float, detach: float | None, topic: bool, both: bool) -> Pass:
    """(a) A merged piece (a story the merge pass retired, at most ``window`` reports ago) is taken out of
    the story it is in and moved to another story when the merge pass's own rules would now join it there
    and its mean lead embedding is closer to that story than to its host without it by ``margin`` (and,
    with ``both``, its centroid too); with ``detach``, a piece whose embedding cosine to its host without it
    fell below ``detach`` and that has nowhere else to go becomes a story again."""

    def run(r: Run) -> None:
        index, s = r.index, r.settings
        for p in sorted(index.pieces):
            if index.seen - index.when[p] > window or p in index.stories:
                continue
            host = index.resolve(p)
            ps, pnames = index.pieces[p]
            h = index.stories[host]
            pe = _unit(ps.embedding)
            if h.size - ps.size < 1 or pe is None or h.embedding is None or ps.embedding is None:
                continue
            he = h.embedding - ps.embedding
            hc = _minus(h.centroid, ps.centroid)
            e_host = float(pe @ _unit(he))  # type: ignore[operator]
            c_host = _centroid_cosine(ps, replace(h, centroid=hc))
            cands: set[tuple[int, str]] = set()
            df = index.frequencies(sorted(pnames))
            if ps.size <= s.merge_small:
                cands |= {(o, "name") for t in pnames if df.get(t, 0) <= s.merge_rare for o in index.name_stories(t)}
            if topic and ps.size <= s.merge_topic_small:
                cands |= {(o, "topic") for o in index.candidates(top_terms(ps.centroid, s.query_terms),
                                                                 s.merge_topic_candidates)}
            best: tuple[float, int] | None = None
            for o, why in sorted(cands):
                if o == host or o not in index.stories:
                    continue
                other = index.stories[o]
                oe = _unit(other.embedding)
                if oe is None:
                    continue
                e = float(pe @ oe)
                ok = e >= s.merge_embed if why == "name" else (
                    e >= s.merge_topic_embed and other.size >= s.merge_topic_other
                    and _centroid_cosine(ps, other) >= s.merge_topic_centroid)
                if both:
                    ok = ok and _centroid_cosine(ps, other) >= c_host
                if ok and e >= e_host + margin and (best is None or e > best[0]):
                    best = (e, o)
            off = best is None and detach is not None and e_host < detach
            if best is None and not off:
                continue
            h.centroid, h.embedding, h.size = hc, he, h.size - ps.size
            h.lead = _minus(h.lead, ps.lead) if h.lead and ps.lead else h.lead
            index.save_story(h, top_terms(h.centroid, s.signature_terms))
            piece = copy.deepcopy(ps)
            del index.merged[p]
            if best is None:
                index.save_story(piece, top_terms(piece.centroid, s.signature_terms))
                index.add_names(p, sorted(pnames))
                del index.pieces[p]
                continue
            o = best[1]
            new = combined(index.stories[o], piece, index.stories[o].embedding, piece.embedding)
            index.save_story(new, top_terms(new.centroid, s.signature_terms))
            index.merged[p] = o
            index.when[p] = index.seen
            index.add_names(o, sorted(pnames))

    return run


def realloc_pass(min_size: int, margin: float) -> Pass:
    """(a) Each report of the add (the reports since the last pass) whose story has ``min_size`` reports or
    more moves to the candidate story whose centroid it is closest to, when that cosine reaches the join
    threshold and beats its own story's centroid without it by ``margin`` (one k-means step; the report's
    vector is recomputed with the store's current IDF, as a store would have to)."""

    def run(r: Run) -> None:
        index, s = r.index, r.settings
        for i in r.recent:
            own = index.resolve(r.where[i])
            x = index.stories[own]
            if x.size < min_size:
                continue
            counts, _, cues = r.reports[i]
            ids = index.term_ids(counts)
            tf = {ids[t]: c for t, c in counts.items()}
            df = index.frequencies(list(tf))
            v = weigh(tf, df, index.documents())
            rest = _minus(x.centroid, v)
            c_own = cosine(v, rest)
            scored = [(cosine(v, index.stories[o].centroid), o)
                      for o in index.candidates(top_terms(v, s.query_terms), s.candidates) if o != own]
            if not scored:
                continue
            c, o = max(scored)
            if c < s.threshold or c < c_own + margin or cues.embedding is None:
                continue
            y = index.stories[o]
            lead = unit({ids[t]: idf(df.get(ids[t], 0), index.documents()) for t in cues.lead if t in ids})
            x.centroid, x.size = rest, x.size - 1
            x.embedding = x.embedding - cues.embedding if x.embedding is not None else None
            x.lead = _minus(x.lead, lead) if x.lead else x.lead
            y.centroid, y.size = add_into(y.centroid, v), y.size + 1
            y.embedding = y.embedding + cues.embedding if y.embedding is not None else None
            y.lead = add_into(y.lead, lead) if y.lead else y.lead
            index.save_story(x, top_terms(x.centroid, s.signature_terms))
            index.save_story(y, top_terms(y.centroid, s.signature_terms))
            r.where[i] = o

    return run


def big_pass(size: int, centroid: float, embed: float, mutual: bool) -> Pass:
    """Two touched stories of ``size`` reports or more merged when their centroids reach cosine ``centroid``
    (each the other's closest of 5 index candidates, with ``mutual``) and their mean lead embeddings
    ``embed`` (round 6's big-story rule, with the mutual-best condition added)."""

    def best_of(index: MemoryIndex, x: int, s: ClusterSettings) -> tuple[float, int | None]:
        st = index.stories[x]
        out = [(_centroid_cosine(st, index.stories[o]), o) for o in index.candidates(
            top_terms(st.centroid, s.query_terms), 5) if o != x and index.stories[o].size >= size]
        return max(out, default=(0.0, None))

    def run(r: Run) -> None:
        index, s, done = r.index, r.settings, set()
        for x in sorted({index.resolve(t) for t in r.touched}):
            if x not in index.stories or x in done or index.stories[x].size < size:
                continue
            c, o = best_of(index, x, s)
            if o is None or c < centroid or (mutual and best_of(index, o, s)[1] != x):
                continue
            a, b = index.stories[x], index.stories[o]
            if float(_unit(a.embedding) @ _unit(b.embedding)) < embed:  # type: ignore[operator]
                continue
            into, other = (a, b) if (a.size, -a.id) >= (b.size, -b.id) else (b, a)
            new = combined(into, other, into.embedding, other.embedding)
            index.save_story(new, top_terms(new.centroid, s.signature_terms))
            index.retire(other.id, into.id)
            done |= {x, o}

    return run


class Variants:
    def __init__(self) -> None:
        self.bench = Bench()
        self.full: dict[str, np.ndarray] | None = None

    def f1(self, part: str, settings: ClusterSettings, every: int,
           fn: Callable[[Sequence[Report], ClusterSettings, int], list[int]] | None = None,
           feats: Mapping[str, tuple[dict[str, int], Cues]] | None = None) -> tuple[float, float]:
        b = self.bench
        keep = b.parts[part]
        gold = {i: g for i, g in b.gold.items() if keep(i)}
        kept = [d for d in b.docs if d.id in gold]
        feats = feats or b.feats
        reports = [(feats[d.id][0], d.published, feats[d.id][1]) for d in kept]
        if fn is None:
            from storyline.stories import assign_in_order

            stories = assign_in_order(reports, settings, every)
        else:
            stories = fn(reports, settings, every)
        pred = {d.id: str(s) for d, s in zip(kept, stories, strict=True)}
        bc, pw = score(pred, gold)
        return bc.f1, pw.f1

    def full_text_feats(self, mix: bool) -> dict[str, tuple[dict[str, int], Cues]]:
        """(b) The lead embedding replaced by the mean embedding of the first 2,100 characters in three
        chunks of 700 (title before the first), or by the mean of that and the lead embedding."""
        from storyline.nlp import embed

        if self.full is None:
            self.full = {}
            for d in self.bench.docs:
                chunks = [d.text[i : i + 700] for i in range(0, min(len(d.text), 2100), 700)] or [d.text]
                if d.title:
                    chunks[0] = f"{d.title}. {chunks[0]}"
                v = np.mean([embed([c])[0] for c in chunks], axis=0)
                self.full[d.id] = (v / np.linalg.norm(v)).astype(np.float32)
        out = {}
        for i, (c, cues) in self.bench.feats.items():
            e = self.full[i]
            if mix and cues.embedding is not None:
                e = (e + cues.embedding) / 2
            out[i] = (c, cues._replace(embedding=e))
        return out


Point = tuple[str, ClusterSettings, Any, Any]
"""(label, settings, harness fn or None, features or None)."""


def grids(v: Variants, only: str) -> dict[str, list[Point]]:
    out: dict[str, list[Point]] = {"shipped": [("", DEFAULT, None, None)]}
    out["undo: move a merged piece by lead embedding"] = [
        (f"window {w}, margin {m}, detach {d}, topic {t}", DEFAULT, harness([undo_pass(w, m, d, t, False)]), None)
        for w, m, d, t in itertools.product((100, 300, ONCE), (0.0, 0.05, 0.1), (None, 0.3), (True, False))]
    out["undo: move a merged piece when embedding and centroid agree"] = [
        (f"window {w}, margin {m}, topic {t}", DEFAULT, harness([undo_pass(w, m, None, t, True)]), None)
        for w, m, t in itertools.product((ONCE, 300, 100), (0.0, 0.1), (True, False))]
    out["realloc: the add's reports move to a closer story"] = [
        (f"min size {ms}, margin {m}", DEFAULT, harness([realloc_pass(ms, m)]), None)
        for ms, m in itertools.product((1, 2, 3), (0.0, 0.02, 0.05))]
    out["names rule: embed, rarity, shared names"] = [
        (f"small {sm}, embed {e}, rare {r}, names {k}",
         replace(DEFAULT, merge_small=sm, merge_embed=e, merge_rare=r, merge_names=k), None, None)
        for sm, e, r, k in itertools.product((1, 2), (0.45, 0.5, 0.55, 0.6), (6, 12, 24, 48), (1, 2))]
    out["pair threshold: joining a story of <= size reports needs cosine >= t"] = [
        (f"t {t}, size {sz}", replace(DEFAULT, pair_threshold=t, pair_size=sz), None, None)
        for t, sz in itertools.product((0.2, 0.22, 0.25, 0.28, 0.32), (1, 2))]
    out["big stories: mutual-best merge of two 3+ stories"] = [
        (f"centroid {c}, embed {e}, mutual {m}", DEFAULT, harness([big_pass(3, c, e, m)]), None)
        for c, e, m in itertools.product((0.2, 0.25, 0.3), (0.45, 0.55), (True, False))]
    for mix in (False, True):
        name = "embedding of the first 2,100 characters" + (" averaged with the lead's" if mix else "")
        if only and only not in name:
            continue
        feats = v.full_text_feats(mix)
        out[name] = [(f"names embed {me}, topic embed {te}",
                      replace(DEFAULT, merge_embed=me, merge_topic_embed=te), None, feats)
                     for me, te in itertools.product((0.45, 0.5, 0.55, 0.6), (0.35, 0.4, 0.45, 0.5))]
    return {k: g for k, g in out.items() if not only or only in k or k == "shipped"}


def table(v: Variants, only: str) -> None:
    print("| variant | half-A points | chosen on half A | part | every 1 | every 25 | once |")
    print("|---|---:|---|---|---:|---:|---:|")
    for name, points in grids(v, only).items():
        best: tuple[float, int] | None = None
        for n, (_, s, fn, feats) in enumerate(points):
            mean = sum(v.f1("A", s, e, fn, feats)[0] for e in FREQS) / len(FREQS)
            if best is None or mean > best[0]:
                best = (mean, n)
        assert best is not None
        label, s, fn, feats = points[best[1]]
        for part in ("A", "B", "tac", "stream"):
            cells = [v.f1(part, s, e, fn, feats) for e in FREQS]
            print(f"| {name} | {len(points)} | {label} (mean {best[0]:.4f}) | {part} | "
                  + " | ".join(f"{b:.3f} / {p:.3f}" for b, p in cells) + " |", flush=True)


def analyse(v: Variants) -> None:
    """Half A, shipped settings, pass once: each gold story split over several stories and each story mixing
    gold stories, with how each report joined (new / join at the threshold / gray zone) and its score."""
    b, s = v.bench, DEFAULT
    kept = [d for d in b.docs if b.parts["A"](d.id)]
    index = MemoryIndex()
    how: dict[str, tuple[int, str, float, int]] = {}
    for n, d in enumerate(kept):
        counts, cues = b.feats[d.id]
        a = assign(index, counts, d.published, s, cues)
        rule = "new" if a.new else ("join" if a.score >= s.threshold else "gray")
        how[d.id] = (n, rule, a.score, a.story)
    merged = merge_small(index, set(index.stories), s)
    pred = {d.id: index.resolve(how[d.id][3]) for d in kept}
    print(f"merge pass: {len(merged)} stories merged")
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_pred: dict[int, list[str]] = defaultdict(list)
    for i, st in pred.items():
        by_gold[b.gold[i]].append(i)
        by_pred[st].append(i)
    text = {d.id: (d.title + " | " if d.title else "") + d.text[:80].replace("\n", " ") for d in kept}
    for title, groups, key in (("gold stories split", by_gold, pred), ("stories mixing gold stories", by_pred,
                                                                       b.gold)):
        print(f"\n## {title}")
        for g, ids in sorted(groups.items(), key=lambda x: -len(x[1])):
            parts = Counter(key[i] for i in ids)  # type: ignore[index]
            if len(parts) < 2:
                continue
            print(f"{g}: {len(ids)} reports -> {dict(parts.most_common())}")
            for i in sorted(ids, key=lambda i: how[i][0]):
                n, rule, sc, first = how[i]
                print(f"  #{n} {b.gold[i][:30]} {rule} {sc:.3f} (first story {first}, now {pred[i]}) {text[i]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="only the variants whose name contains this text")
    ap.add_argument("--analyse", action="store_true", help="the half-A error listing instead of the table")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants7: {BENCH} not found; skipped")
        return 0
    v = Variants()
    if args.analyse:
        analyse(v)
    else:
        table(v, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
