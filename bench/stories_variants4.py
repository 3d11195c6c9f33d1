"""Round 4 of the story clustering variants (issue 13): MiniLM lead embeddings computed once per
report (as the per-report work of ``add`` would), read by the clustering step, on
bench/stories_variants3.py's held-out protocol (each variant's grid tuned, best BCubed F1, on the
tune part of each split of bench/stories_eval.py and scored on the held-out part, next to the
shipped assignment, all in one run).

The baseline is the shipped assignment (threshold .15 and the lead-term gray zone .06 / .2 / 3,
names from the report alone), which stories_variants3.run reproduces with
``Params(local=True, lead_gray=(.06, .2, 3))``. Variants:
- MiniLM gray zone (round 3's ``gray``): a report that would start a story joins one of its top-3
  candidates scoring >= lo that shares a name used by <= df reports, when its lead embedding reaches
  cosine e with the story's mean lead embedding; instead of, or next to, the lead-term gray zone;
- MiniLM as a second score (``dual``): join when TF-IDF >= t1, or TF-IDF >= t2 and lead-embedding
  cosine >= e (top-3 candidates, no name needed);
- second-pass merge after the stream: a story of at most ``small`` reports is merged with another
  story that shares a name used by <= df reports of the part, when their mean lead embeddings reach
  cosine e (greedy, closest pair first; a merged group stops merging once both sides are larger).

A report's lead is its title and first 600 characters (``stories.batch``'s lead, one MiniLM call).
Embeddings are cached in /tmp (by text) between runs.

    python bench/stories_variants4.py [--only SUBSTRING] [--speed]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH, Labels, load_stream, score, splits  # noqa: E402
from stories_variants3 import Feats, Params, features, grid, run  # noqa: E402
from storyline.model import Document  # noqa: E402
from storyline.pipeline import clean_all  # noqa: E402
from storyline.unionfind import UnionFind  # noqa: E402

SHIPPED = Params(local=True, lead_gray=(0.06, 0.2, 3))
CACHE = Path("/tmp/stories4-lead-embeddings.npz")


def lead(d: Document) -> str:
    return (f"{d.title}. " if d.title and not d.text.startswith(d.title) else "") + d.text[:600]


def embeddings(docs: Sequence[Document]) -> dict[str, np.ndarray]:
    """Each report's lead embedding (cached in /tmp by the lead's sha1)."""
    keys = [hashlib.sha1(lead(d).encode()).hexdigest() for d in docs]
    cached: dict[str, np.ndarray] = dict(np.load(CACHE)) if CACHE.exists() else {}
    todo = [i for i, k in enumerate(keys) if k not in cached]
    if todo:
        from storyline.nlp import embed

        embed(["warm up"])
        cpu = time.process_time()
        for i, v in zip(todo, embed([lead(docs[i]) for i in todo]), strict=True):
            cached[keys[i]] = v
        print(f"MiniLM lead embeddings: {len(todo)} reports, "
              f"{(time.process_time() - cpu) / len(todo) * 1000:.1f} ms CPU per report (one batch)\n")
        np.savez(CACHE, **cached)
    return {d.id: cached[k] for d, k in zip(docs, keys, strict=True)}


@dataclass(frozen=True)
class Merge:
    small: int
    e: float
    df: int

    def short(self) -> str:
        return f"merge small {self.small}, e {self.e}, df {self.df}"


def merge_pass(labels: Labels, docs: Sequence[Document], feats: dict[str, Feats], emb: dict[str, np.ndarray],
               m: Merge) -> Labels:
    """After the stream: small stories merged with stories that share a rare name and whose mean lead
    embeddings agree (see the module docstring)."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(feats[d.id].counts.keys())
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[labels[d.id]].append(d.id)
    names: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = defaultdict(set)
    for s, ids in members.items():
        names[s] = {t for i in ids for t, n in feats[i].total.items()
                    if feats[i].cap[t] * 2 >= n and df[t] <= m.df}
        for t in names[s]:
            by_name[t].add(s)
    means = {s: np.sum([emb[i] for i in ids], axis=0) for s, ids in members.items()}
    means = {s: v / (float(np.linalg.norm(v)) or 1.0) for s, v in means.items()}
    pairs: set[tuple[str, str]] = set()
    for ss in by_name.values():
        for a, b in itertools.combinations(sorted(ss), 2):
            if min(len(members[a]), len(members[b])) <= m.small:
                pairs.add((a, b))
    ranked = sorted(((float(means[a] @ means[b]), a, b) for a, b in pairs), key=lambda x: (-x[0], x[1], x[2]))
    uf: UnionFind[str] = UnionFind()
    size = {s: len(ids) for s, ids in members.items()}
    for cos, a, b in ranked:
        if cos < m.e:
            break
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or min(size[ra], size[rb]) > m.small:
            continue
        uf.union(ra, rb)
        size[uf.find(a)] = size[ra] + size[rb]
    return {i: uf.find(s) for i, s in labels.items()}


Variant = tuple[str, list[Params], list[Merge] | None]


def variants() -> list[Variant]:
    gz = list(itertools.product((0.06, 0.09), (0.4, 0.5, 0.6), (3, 12)))
    dual = list(itertools.product((0.06, 0.09, 0.12), (0.5, 0.6, 0.7)))
    merges = [Merge(*x) for x in itertools.product((1, 2, 3), (0.5, 0.55, 0.6, 0.7), (3, 6, 12, 24))]
    return [
        ("shipped: lead-term gray zone at .15 (not tuned)", [SHIPPED], None),
        ("MiniLM gray zone instead of the lead-term one, threshold .15 (gray)",
         grid(t=(0.15,), local=(True,), gray=gz), None),
        ("MiniLM gray zone instead of the lead-term one, threshold tuned (t, gray)",
         grid(t=(0.15, 0.17), local=(True,), gray=gz), None),
        ("MiniLM gray zone or the lead-term one (gray; lead-term .2)",
         grid(t=(0.15,), local=(True,), gray=gz, lead_gray=[(0.06, 0.2, 3)]), None),
        ("MiniLM second score: tfidf >= t, or >= t2 and lead cosine >= e (t, dual)",
         grid(t=(0.15, 0.17, 0.19), local=(True,), dual=dual), None),
        ("MiniLM second score with the lead-term gray zone (t, dual)",
         grid(t=(0.15, 0.17, 0.19), local=(True,), lead_gray=[(0.06, 0.2, 3)], dual=dual), None),
        ("merge pass of small stories after the shipped assignment (merge)", [SHIPPED], merges),
        ("rare-name join: a report that would start a story joins the closest story (lead embedding) that "
         "used one of its rare names (name_join)", grid(t=(0.15,), local=(True,), lead_gray=[(0.06, 0.2, 3)],
                                                         name_join=list(itertools.product((0.4, 0.5, 0.6, 0.7),
                                                                                          (3, 6, 12)))), None),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="only the variants whose name contains this")
    ap.add_argument("--speed", action="store_true", help="only the CPU cost of the clustering step with the merge pass")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants4: {BENCH} not found; skipped")
        return 0
    raws, gold = load_stream(0)
    docs, _ = clean_all(raws)
    if args.speed:
        speed(docs)
        return 0
    feats = {d.id: features(d) for d in docs}
    emb = embeddings(docs)
    print("| variant | tuned on | parameters | tune B F1 | measured on | BCubed F1 | pairwise F1 | embedded |")
    print("|---|---|---|---:|---|---:|---:|---:|")
    joint: dict[str, dict[str, list[tuple[float, Any]]]] = defaultdict(lambda: defaultdict(list))
    for name, params, merges in variants():
        if args.only not in name:
            continue
        for tune_name, in_tune, test_name, in_test in splits(gold):
            tune = [d for d in docs if in_tune(d.id)]
            test = [d for d in docs if in_test(d.id)]
            g_tune = {i: g for i, g in gold.items() if in_tune(i)}
            g_test = {i: g for i, g in gold.items() if in_test(i)}
            options: list[tuple[str, Callable[[Sequence[Document], Counter[str] | None], Labels]]] = []
            for p in params:
                for m in merges or [None]:
                    options.append((p.short() + (f"; {m.short()}" if m else ""), _runner(p, m, feats, emb)))
            tuned = {label: score(f(tune, None), g_tune)[0].f1 for label, f in options}
            best = max(options, key=lambda o: tuned[o[0]])
            seen: Counter[str] = Counter()
            b, pw = score(best[1](test, seen), g_test)
            if "merge small" in best[0]:
                seen.update(d.id for d in test)
            print(f"| {name} | {tune_name} | {best[0]} | {tuned[best[0]]:.3f} | {test_name} | {b.f1:.3f} | "
                  f"{pw.f1:.3f} | {len(seen)}/{len(test)} |", flush=True)
            for label, f in options:
                joint[name][label].append((tuned[label], score(f(test, None), g_test)))
    print("\nOne setting per variant, chosen by the mean of its two tune-part BCubed F1s (held-out: tac2011, half B)")
    print("| variant | parameters | tune B F1 (split 1, 2) | tac2011 B / pw F1 | half B B / pw F1 |")
    print("|---|---|---|---:|---:|")
    for name, rows in joint.items():
        label = max(rows, key=lambda k: sum(t for t, _ in rows[k]) / len(rows[k]))
        (t1, (b1, p1)), (t2, (b2, p2)) = rows[label]
        print(f"| {name} | {label} | {t1:.3f}, {t2:.3f} | {b1.f1:.3f} / {p1.f1:.3f} | {b2.f1:.3f} / {p2.f1:.3f} |")
    return 0


def speed(docs: Sequence[Document]) -> None:
    """CPU per report of the clustering step (``assign`` over the stream, then the merge pass) without and
    with the merge pass, features and lead embeddings computed beforehand (per-report work, as in ``add``),
    best of 3, alternating, in one run. Run once over the stream and, the most often it would run, after
    every 25 reports (as if each batch of the store were one ``add``)."""
    from storyline.stories import ClusterSettings, MemoryIndex, assign, merge_small, report_terms
    from storyline.stories.vectors import report_cues

    emb = embeddings(docs)
    terms = [report_terms(d.text, d.title) for d in docs]
    cues = [report_cues(d.text, d.title)._replace(embedding=emb[d.id]) for d in docs]
    modes = {"assign only (merge pass off)": (ClusterSettings(merge_small=0), 0),
             "assign, merge pass once after the stream": (ClusterSettings(merge_small=1), len(docs)),
             "assign, merge pass after every 25 reports": (ClusterSettings(merge_small=1), 25)}
    best = dict.fromkeys(modes, float("inf"))
    for _ in range(3):
        for name, (settings, every) in modes.items():
            index, touched, start = MemoryIndex(), set(), time.process_time()
            for n, (d, c, q) in enumerate(zip(docs, terms, cues, strict=True), start=1):
                touched.add(assign(index, c, d.published, settings, q).story)
                if every and (n % every == 0 or n == len(docs)):
                    merge_small(index, {index.resolve(s) for s in touched}, settings)
                    touched = set()
            best[name] = min(best[name], time.process_time() - start)
    for name, cpu in best.items():
        print(f"{name}: {cpu / len(docs) * 1000:.2f} ms CPU per report, {len(docs) / cpu:,.0f} reports/s")


def _runner(p: Params, m: Merge | None, feats: dict[str, Feats], emb: dict[str, np.ndarray]
            ) -> Callable[[Sequence[Document], Counter[str] | None], Labels]:
    def go(docs: Sequence[Document], seen: Counter[str] | None) -> Labels:
        labels = run(docs, feats, p, emb, seen)
        return merge_pass(labels, docs, feats, emb, m) if m else labels

    return go


if __name__ == "__main__":
    raise SystemExit(main())
