"""Round 3 of the story clustering variants (issue 13): event-centred weights, story-frequency
of names, signature join rules, two-level assignment, adaptive thresholds, a bisecting split
pass and a MiniLM gray zone gated by shared rare names, on bench/stories_variants.py's
held-out protocol (tuned on the tune part of each split of bench/stories_eval.py, scored on
the held-out part, next to the shipped assignment, all in one run).

One online assigner, parameterised, that reproduces ``storyline.stories.assign`` exactly when
no variant parameter is set (same IDF from the stream so far, 100-term report vectors,
200-term centroids, 30-term signatures in an inverted index, 20 query terms, 40 candidates,
365-day time factor); the shipped row of the table checks that. None of these is shipped
(bench/STORIES_EXPERIMENTS.md, round 3, has the table and the reading).

A term is a *name* when most of its occurrences are capitalised inside a sentence: over the
stream so far (the store would count them), or in the report alone (``local``).

Variants (``Params`` fields):
- ``nm``: name terms' weight multiplied by ``nm`` (event words count more than actors);
- ``beta``: name terms' weight divided by (1 + stories whose signature lists the name) ** beta;
- ``lead``/``lw``: terms of the title and first ``lead`` words weighted ``lw`` times (what happened);
- ``te``: join only when the cosine over non-name terms (the event part) also reaches ``te``;
- ``alpha``: candidates scored by alpha * cosine + (1 - alpha) * event-part cosine;
- ``two_level`` (tn, te, th): join when cosine >= th, or when it reaches the threshold and the
  name-part cosine >= tn and the event-part cosine >= te (topic first, then event);
- ``adaptive`` (gamma, m, mode): a story of m+ reports accepts only a score >= gamma times its
  expected member score ("join": mean score of its members at joining; "coh": from the centroid's
  norm, i.e. the mean pairwise cosine of members): a tight story asks more as it grows;
- ``split`` (m, sep): after the stream, a story of m+ reports is cut in two by 2-means when the
  halves' centroids are less similar than sep times the mean member-to-own-half cosine;
- ``online_split`` (sizes, sep): the same cut, made during the stream whenever a story reaches one
  of ``sizes`` reports, so that later reports choose between the two halves;
- ``rare`` (lo, k, df): a report that would start a story joins one of its top-3 candidates
  scoring >= lo that shares k+ name terms used by at most df reports;
- ``gray`` (lo, e, df) (``--minilm``): the same, but the candidate must share 1+ such rare name and
  the report's lead embedding (MiniLM, title + 600 characters) must reach cosine e with the story's
  mean lead embedding;
- ``dual`` (t2, e) (round 4, bench/stories_variants4.py): below the threshold, join the first of the
  top-3 candidates scoring >= t2 whose mean lead embedding reaches cosine e (no name needed);
- ``name_join`` (e, df) (round 4): a report that would still start a story joins, among the stories
  whose reports used one of its names that at most df reports use, the one whose mean lead embedding
  is closest, when the cosine reaches e.

    python bench/stories_variants3.py [--minilm] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, Labels, load_stream, score, splits  # noqa: E402
from storyline.model import Document  # noqa: E402
from storyline.pipeline import clean_all  # noqa: E402
from storyline.stories import report_terms  # noqa: E402
from storyline.stories.vectors import DOC_TERMS, STORY_TERMS, _term, idf  # noqa: E402
from storyline.text import words  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
Sparse = dict[int, float]


@dataclass(frozen=True)
class Params:
    t: float = 0.15
    nm: float = 1.0
    beta: float = 0.0
    lead: int = 0
    lw: float = 1.0
    te: float = 0.0
    alpha: float = 1.0
    local: bool = False
    two_level: tuple[float, float, float] | None = None
    adaptive: tuple[float, int, str] | None = None
    split: tuple[int, float] | None = None
    online_split: tuple[tuple[int, ...], float] | None = None
    rare: tuple[float, int, int] | None = None
    gray: tuple[float, float, int] | None = None
    lead_gray: tuple[float, float, int] | None = None
    dual: tuple[float, float] | None = None
    name_join: tuple[float, int] | None = None

    def short(self) -> str:
        base = Params()
        return ", ".join(f"{f.name} {getattr(self, f.name)}" for f in dataclasses.fields(self)
                         if getattr(self, f.name) != getattr(base, f.name) or f.name == "t")


@dataclass
class Feats:
    counts: Counter[str]
    cap: Counter[str]
    total: Counter[str]
    leads: dict[int, set[str]]


def _full(d: Document) -> str:
    return f"{d.title}\n{d.text}" if d.title and not d.text.startswith(d.title) else d.text


def features(d: Document) -> Feats:
    """Term counts, and per term its capitalised-inside-a-sentence and total occurrences."""
    text = _full(d)
    cap: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        t = _term(m.group(0).lower().replace("’", "'"))
        if not t:
            continue
        before = text[max(0, m.start() - 3) : m.start()].strip()
        initial = not before or before[-1] in ".!?\"\n:`'("
        total[t] += 1
        cap[t] += m.group(0)[0].isupper() and not initial
    leads = {n: set(filter(None, map(_term, words(text)[:n]))) for n in (20, 40, 80)}
    return Feats(report_terms(d.text, d.title), cap, total, leads)


def _norm(v: dict[int, float]) -> float:
    return math.sqrt(sum(w * w for w in v.values())) or 1.0


def _cos(a: dict[int, float], b: dict[int, float]) -> float:
    return sum(w * b.get(t, 0.0) for t, w in a.items()) / _norm(a) / _norm(b)


def _top(c: dict[int, float], n: int) -> list[tuple[int, float]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def run(docs: Sequence[Document], feats: dict[str, Feats], p: Params,
        emb: dict[str, np.ndarray] | None = None, stats: Counter[str] | None = None) -> Labels:
    """Online assignment, one report at a time in stream order, with the variant ``p``."""
    ids: dict[str, int] = {}
    df: Counter[int] = Counter()
    capc: Counter[int] = Counter()
    totc: Counter[int] = Counter()
    cents: dict[int, Sparse] = {}
    sizes: dict[int, int] = {}
    join_sum: dict[int, float] = {}
    joins: dict[int, int] = {}
    post: dict[int, set[int]] = defaultdict(set)
    sigs: dict[int, list[int]] = {}
    esum: dict[int, np.ndarray] = {}
    first: dict[int, Any] = {}
    last: dict[int, Any] = {}
    vecs: dict[str, Sparse] = {}
    members: dict[int, list[str]] = {}
    lsum: dict[int, Sparse] = {}
    name_stories: dict[int, set[int]] = defaultdict(set)
    by_id = {d.id: d for d in docs}
    out: Labels = {}
    for n, d in enumerate(docs, start=1):
        f = feats[d.id]
        counts = {ids.setdefault(t, len(ids) + 1): c for t, c in f.counts.items()}
        cap = {ids[t]: c for t, c in f.cap.items() if t in ids}
        tot = {ids[t]: c for t, c in f.total.items() if t in ids}
        df.update(counts.keys())
        capc.update(cap)
        totc.update(tot)

        def isname(t: int, cap: dict[int, int] = cap, tot: dict[int, int] = tot) -> bool:
            if p.local:
                return bool(tot.get(t)) and cap.get(t, 0) / tot[t] >= 0.5
            return bool(totc[t]) and capc[t] / totc[t] >= 0.5

        lead = {ids[t] for t in f.leads[p.lead] if t in ids} if p.lead else set()
        raw: Sparse = {}
        for t, c in counts.items():
            w = (1 + math.log(c)) * idf(df[t], n) * (p.lw if t in lead else 1.0)
            if isname(t):
                w *= p.nm / (1 + len(post.get(t, ()))) ** p.beta
            raw[t] = w
        top = _top(raw, DOC_TERMS)
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        v = {t: w / norm for t, w in top}
        hits: Counter[int] = Counter()
        for t, _ in top[:20]:
            hits.update(post.get(t, ()))
        event = {t: w for t, w in v.items() if not isname(t)}
        names = {t: w for t, w in v.items() if isname(t)}
        scored: list[tuple[float, float, int]] = []  # (score, event cosine, story)
        for s in sorted(hits, key=lambda s: (-hits[s], -s))[:40]:
            c = cents[s]
            cos = sum(w * c.get(t, 0.0) for t, w in v.items()) / _norm(c)
            if d.published is not None and s in first:
                gap = max((first[s] - d.published).days, (d.published - last[s]).days, 0)
                cos *= math.exp(-(gap - 365) / 365) if gap > 365 else 1.0
            ecos = 0.0
            if event and (p.te or p.alpha < 1 or p.two_level):
                ecos = _cos(event, {t: w for t, w in c.items() if not isname(t)})
            sc = p.alpha * cos + (1 - p.alpha) * ecos
            if p.two_level:
                tn, te2, th = p.two_level
                ncos = _cos(names, {t: w for t, w in c.items() if isname(t)}) if names else 0.0
                if not (cos >= th or (ncos >= tn and ecos >= te2)):
                    sc = min(cos, p.t - 1e-9)
            scored.append((sc, ecos, s))
        best: int | None = None
        if scored:
            bs, bev, b = max(scored, key=lambda x: (x[0], -x[2]))
            if bs >= p.t and bev >= p.te:
                best = b
            if best is not None and p.adaptive and sizes[best] >= p.adaptive[1]:
                gamma, _, mode = p.adaptive
                k = sizes[best]
                expect: float | None
                if mode == "join":
                    expect = join_sum[best] / joins[best] if joins[best] else None
                else:
                    pp = max((sum(w * w for w in cents[best].values()) - k) / (k * (k - 1)), 0.0) if k > 1 else 0.0
                    expect = math.sqrt(k * pp * pp / (1 + (k - 1) * pp)) if pp else None
                if expect is not None and bs < gamma * expect:
                    best = None
        if best is None and p.dual and emb is not None:  # round 4: a second score, MiniLM lead cosine
            for sc, _, s in sorted(scored, key=lambda x: (-x[0], x[2]))[:3]:
                if sc < p.dual[0]:
                    break
                if stats is not None:
                    stats[d.id] = 1
                if float(emb[d.id] @ esum[s]) / (float(np.linalg.norm(esum[s])) or 1.0) >= p.dual[1]:
                    best = s
                    break
        lv: Sparse = {}
        if p.lead_gray:
            lv = {t: idf(df[t], n) for t in (ids[t] for t in f.leads[40] if t in ids)}
            lv = {t: w / _norm(lv) for t, w in lv.items()}
        for sc, _, s in sorted(scored, key=lambda x: (-x[0], x[2]))[:3] if best is None else []:
            gate = p.rare or p.gray or p.lead_gray
            if gate is None or sc < gate[0]:
                break
            shared = [t for t in v if isname(t) and t in cents[s] and df[t] <= gate[2]]
            if p.rare and len(shared) >= p.rare[1]:
                best = s
                break
            if p.lead_gray and shared and _cos(lv, lsum[s]) >= p.lead_gray[1]:
                best = s
                break
            if p.gray and shared and emb is not None:
                if stats is not None:
                    stats[d.id] = 1
                sim = float(emb[d.id] @ esum[s]) / (float(np.linalg.norm(esum[s])) or 1.0)
                if sim >= p.gray[1]:
                    best = s
                    break
        if best is None and p.name_join and emb is not None:  # round 4: stories that used a rare name
            near = {s for t in v if isname(t) and df[t] <= p.name_join[1] for s in name_stories.get(t, ())}
            if near and stats is not None:
                stats[d.id] = 1
            sims = sorted(((float(emb[d.id] @ esum[s]) / (float(np.linalg.norm(esum[s])) or 1.0), -s) for s in near),
                          reverse=True)
            if sims and sims[0][0] >= p.name_join[0]:
                best = -sims[0][1]
        if best is None:
            best = len(cents) + 1
            cents[best], sizes[best], sigs[best], join_sum[best], joins[best] = {}, 0, [], 0.0, 0
        else:
            join_sum[best] += max(scored)[0] if scored else 0.0
            joins[best] += 1
        c = cents[best]
        for t, w in v.items():
            c[t] = c.get(t, 0.0) + w
        if len(c) > STORY_TERMS:
            cents[best] = c = dict(_top(c, STORY_TERMS))
        sizes[best] += 1
        if p.lead_gray:
            ls = lsum.setdefault(best, {})
            for t, w in lv.items():
                ls[t] = ls.get(t, 0.0) + w
            if len(ls) > STORY_TERMS:  # pruned as the story's centroid is (the store keeps 200 terms)
                lsum[best] = dict(_top(ls, STORY_TERMS))
        if d.published is not None:
            first[best] = min(first.get(best, d.published), d.published)
            last[best] = max(last.get(best, d.published), d.published)
        if emb is not None:
            esum[best] = esum.get(best, np.zeros_like(emb[d.id])) + emb[d.id]
        for t in sigs[best]:
            post[t].discard(best)
        sigs[best] = [t for t, _ in _top(c, 30)]
        for t in sigs[best]:
            post[t].add(best)
        out[d.id] = str(best)
        for t in v:
            if p.name_join and isname(t):
                name_stories[t].add(best)
        vecs[d.id] = v
        members.setdefault(best, []).append(d.id)
        if p.online_split and sizes[best] in p.online_split[0]:
            lab = two_means([vecs[i] for i in members[best]], p.online_split[1])
            if lab:
                ms, new = members[best], len(cents) + 1
                members[best] = [i for i, k in zip(ms, lab, strict=True) if not k]
                members[new] = [i for i, k in zip(ms, lab, strict=True) if k]
                for sid in (best, new):
                    cents[sid] = dict(_top(_sum([vecs[i] for i in members[sid]]), STORY_TERMS))
                    sizes[sid], join_sum[sid], joins[sid] = len(members[sid]), 0.0, 0
                    dates = [by_id[i].published for i in members[sid] if by_id[i].published is not None]
                    first.pop(sid, None)
                    last.pop(sid, None)
                    if dates:
                        first[sid], last[sid] = min(dates), max(dates)
                    if emb is not None:
                        esum[sid] = np.sum([emb[i] for i in members[sid]], axis=0)
                    for t in sigs.get(sid, []):
                        post[t].discard(sid)
                    sigs[sid] = [t for t, _ in _top(cents[sid], 30)]
                    for t in sigs[sid]:
                        post[t].add(sid)
                    out.update({i: str(sid) for i in members[sid]})
    return bisect_pass(out, vecs, *p.split) if p.split else out


def two_means(vs: Sequence[Sparse], sep: float) -> list[int] | None:
    """Two halves of ``vs`` by 2-means (seeds: the first vector and the one least like it), when
    the halves are less alike than ``sep`` times the mean cosine of a vector to its own half."""
    far = min(range(len(vs)), key=lambda j: _cos(vs[0], vs[j]))
    ca, cb = dict(vs[0]), dict(vs[far])
    lab: list[int] = []
    for _ in range(8):
        nl = [0 if _cos(v, ca) >= _cos(v, cb) else 1 for v in vs]
        if nl == lab or len(set(nl)) < 2:
            lab = nl
            break
        lab = nl
        ca = _sum([v for v, k in zip(vs, lab, strict=True) if k == 0])
        cb = _sum([v for v, k in zip(vs, lab, strict=True) if k == 1])
    if lab.count(0) < 2 or lab.count(1) < 2:
        return None
    own = sum(_cos(v, cb if k else ca) for v, k in zip(vs, lab, strict=True)) / len(vs)
    return lab if _cos(ca, cb) < sep * own else None


def bisect_pass(out: Labels, vecs: dict[str, Sparse], minsize: int, sep: float) -> Labels:
    """After the stream: stories of ``minsize``+ reports cut in two by ``two_means``."""
    groups: dict[str, list[str]] = defaultdict(list)
    for i, s in out.items():
        groups[s].append(i)
    new = dict(out)
    for s, members in groups.items():
        lab = two_means([vecs[i] for i in members], sep) if len(members) >= minsize else None
        if lab:
            new.update({i: f"{s}b" for i, k in zip(members, lab, strict=True) if k})
    return new


def _sum(vs: Sequence[Sparse]) -> Sparse:
    out: Sparse = {}
    for v in vs:
        for t, w in v.items():
            out[t] = out.get(t, 0.0) + w
    return out


def grid(**axes: Sequence[Any]) -> list[Params]:
    keys = list(axes)
    return [Params(**dict(zip(keys, vals, strict=True))) for vals in itertools.product(*axes.values())]


def variants(minilm: bool) -> list[tuple[str, list[Params]]]:
    """Each variant's grid (small: the shared machine runs every point on both tune parts)."""
    t3 = (0.13, 0.15, 0.17)
    lead_gray = list(itertools.product((0.06, 0.09), (0.2, 0.3, 0.4), (3, 12)))
    out = [
        ("round-2 shipped assignment (threshold .15, not tuned)", [Params()]),
        ("names weighted x nm (t, nm)", grid(t=t3, nm=(0.5, 0.7))),
        ("names / (1 + story frequency) ** beta (t, beta)", grid(t=t3, beta=(0.5, 1.0))),
        ("title + first 40 words weighted x lw (t, lead, lw)", grid(t=(0.15, 0.17, 0.19), lead=(40,), lw=(2.0, 3.0))),
        ("join rule: event-part cosine >= te (t, te)", grid(t=(0.15, 0.17), te=(0.05, 0.1, 0.15))),
        ("score alpha * cosine + (1 - alpha) * event-part (t, alpha)", grid(t=(0.15, 0.17), alpha=(0.5, 0.7))),
        ("two-level: names, then event (t, two_level)", grid(t=(0.15,), two_level=list(
            itertools.product((0.2, 0.3), (0.05, 0.1), (0.2, 0.25))))),
        ("adaptive threshold, members' join scores (t, adaptive)", grid(t=(0.15, 0.17), adaptive=[
            (g, 3, "join") for g in (0.5, 0.7)])),
        ("adaptive threshold, centroid coherence (t, adaptive)", grid(t=(0.15, 0.17), adaptive=[
            (g, 3, "coh") for g in (0.5, 0.7)])),
        ("bisecting split pass (t, split)", grid(t=(0.13, 0.15), split=list(itertools.product((4, 8), (0.4, 0.6))))),
        ("online split at story sizes (t, online_split)", grid(t=(0.15,), online_split=list(
            itertools.product(((4, 8, 16), (6, 12)), (0.4, 0.5))))),
        ("lead gray zone, rare names shared (t, local, lead_gray)", grid(t=(0.15, 0.17), local=(True,),
                                                                          lead_gray=lead_gray)),
        ("lead gray zone at the shipped threshold (t, local, lead_gray)", grid(t=(0.15,), local=(True,),
                                                                                lead_gray=lead_gray)),
        ("title + 40 words x2 with the lead gray zone (t, lead, lw, local, lead_gray)", grid(
            t=(0.15, 0.17, 0.19), lead=(40,), lw=(2.0,), local=(True,), lead_gray=[(0.06, 0.2, 3), (0.09, 0.2, 12)])),
        ("shared rare names join (t, rare)", grid(t=(0.15, 0.17), rare=list(
            itertools.product((0.06, 0.12), (1, 3), (3, 6))))),
    ]
    if minilm:
        gz = list(itertools.product((0.06, 0.09), (0.4, 0.5, 0.6), (3, 12)))
        out += [
            ("MiniLM gray zone, rare names shared (t, gray)", grid(t=(0.15, 0.17), gray=gz)),
            ("same, names from the report alone (t, local, gray)", grid(t=(0.15, 0.17), local=(True,), gray=gz)),
        ]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minilm", action="store_true", help="also the MiniLM gray-zone variants (embeds every lead)")
    ap.add_argument("--only", default="", help="only the variants whose name contains this")
    ap.add_argument("--speed", action="store_true", help="only the CPU cost of the shipped gray zone in assign()")
    ap.add_argument("--stability", action="store_true",
                    help="then the settings the splits chose (every variant run): whole stream, seeds 0-4")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants3: {BENCH} not found; skipped")
        return 0
    raws, gold = load_stream(0)
    docs, _ = clean_all(raws)
    if args.speed:
        speed(docs)
        return 0
    feats = {d.id: features(d) for d in docs}
    emb = None
    if args.minilm:
        from storyline.nlp import embed

        heads = [(f"{d.title}. " if d.title and not d.text.startswith(d.title) else "") + d.text[:600] for d in docs]
        embed(["warm up"])
        cpu, wall = time.process_time(), time.perf_counter()
        emb = dict(zip((d.id for d in docs), embed(heads), strict=True))
        print(f"MiniLM lead embeddings: {len(heads)} reports, {(time.process_time() - cpu) / len(heads) * 1000:.1f} ms "
              f"CPU and {(time.perf_counter() - wall) / len(heads) * 1000:.1f} ms wall per report (one batch)\n")
    chosen: list[Params] = []
    print("| variant | tuned on | parameters | tune B F1 | measured on | BCubed F1 | pairwise F1 | embedded |")
    print("|---|---|---|---:|---|---:|---:|---:|")
    for name, params in variants(args.minilm):
        if args.only not in name:
            continue
        for tune_name, in_tune, test_name, in_test in splits(gold):
            tune = [d for d in docs if in_tune(d.id)]
            test = [d for d in docs if in_test(d.id)]
            g_tune = {i: g for i, g in gold.items() if in_tune(i)}
            g_test = {i: g for i, g in gold.items() if in_test(i)}
            tuned = {p: score(run(tune, feats, p, emb), g_tune)[0].f1 for p in params}
            best = max(params, key=lambda p: tuned[p])
            if best not in chosen and best != Params():
                chosen.append(best)
            seen: Counter[str] = Counter()
            b, pw = score(run(test, feats, best, emb, seen), g_test)
            share = f"{len(seen)}/{len(test)}" if best.gray else ""
            print(f"| {name} | {tune_name} | {best.short()} | {tuned[best]:.3f} | {test_name} | {b.f1:.3f} | "
                  f"{pw.f1:.3f} | {share} |", flush=True)
    if args.stability:
        stability(docs, gold, feats, emb, [Params(), *chosen])
    return 0


def speed(docs: Sequence[Document]) -> None:
    """CPU per report of ``report_cues`` and of ``assign`` without and with cues (features computed
    beforehand, as the store's per-report stage does), best of 3, alternating, in one run."""
    from storyline.stories import MemoryIndex, assign
    from storyline.stories.vectors import report_cues

    t0 = time.process_time()
    terms = [report_terms(d.text, d.title) for d in docs]
    t1 = time.process_time()
    cues = [report_cues(d.text, d.title) for d in docs]
    t2 = time.process_time()
    best = {False: math.inf, True: math.inf}
    for _ in range(3):
        for with_cues in (False, True):
            index, start = MemoryIndex(), time.process_time()
            for d, c, q in zip(docs, terms, cues, strict=True):
                assign(index, c, d.published, cues=q if with_cues else None)
            best[with_cues] = min(best[with_cues], time.process_time() - start)
    n = len(docs)
    print(f"report_terms {(t1 - t0) / n * 1000:.2f} ms, report_cues {(t2 - t1) / n * 1000:.2f} ms CPU per report")
    for with_cues, cpu in best.items():
        print(f"assign {'with' if with_cues else 'without'} cues: {cpu / n * 1000:.2f} ms CPU per report, "
              f"{n / cpu:,.0f} reports/s")


def stability(docs: Sequence[Document], gold: Labels, feats: dict[str, Feats], emb: dict[str, np.ndarray] | None,
              settings: Sequence[Params]) -> None:
    """BCubed F1 / pairwise F1 on the whole stream at shuffle seeds 0-4 (reports embedded in brackets)."""
    by_id = {d.id: d for d in docs}
    print("\n| seed | " + " | ".join(p.short() for p in settings) + " |")
    print("|---:|" + "---:|" * len(settings))
    for seed in range(5):
        order = [by_id[r.id] for r in load_stream(seed)[0] if r.id in by_id]
        cells = []
        for p in settings:
            seen: Counter[str] = Counter()
            b, pw = score(run(order, feats, p, emb, seen), gold)
            cells.append(f"{b.f1:.3f} / {pw.f1:.3f}" + (f" ({len(seen)})" if p.gray else ""))
        print(f"| {seed} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
