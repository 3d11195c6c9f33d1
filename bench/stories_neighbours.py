"""Round 15 of bench/STORIES_EXPERIMENTS.md (issue 13): what tells a report's story from a topical neighbour.

The population: during the shipped online assignment (``assign_in_order``'s loop, the store's way: a repeated
text is its first copy's report), every (report, candidate story) pair whose centroid score reaches the threshold
(.18) and that shares a rare name (one of the report's names used by at most ``merge_rare`` reports, noted for the
story): the joins the error analysis of round 14 found topical neighbours among. A pair is *same* when the story's
gold majority is the report's gold story. "best": only each report's best candidate (the join ``assign`` makes).
With ``--story``: pairs of live stories after the stream and its merge pass at centroid cosine >= .18 sharing a
rare name (the near pieces a recheck or merge pass would join, against neighbours).

Signals (higher = more like the same story), each per pair:
- cos: the centroid score; names: shared rare names; logsize: log of the story's size; ambig: minus the second-best
  score's share of the best; emb_mean / emb_max: lead embedding (MiniLM) to the story's mean / nearest member's;
- fig_*: shared figures (numbers of 10 or more that are not years: tolls, ages, sums), as a count, summed IDF over
  the part's reports, a share of the report's figures, or "both have figures and share none" (negated);
- per_*: shared people (spaCy PERSON entities, by surname); place_idf, org_idf: shared places, organisations;
- ev_*: the lede's event words (lemmas of the nouns and verbs of the title and first sentence); heads_n: the lede's
  root verb and its subject and object nouns;
- md_n: shared month-day date expressions ("Oct. 9"; only tac2011 keeps a publication date to resolve them by);
- lr_*: logistic regressions over sets of the above trained on half A's pairs (pooled seeds), scored elsewhere;
  lr_product uses only what the clustering step already has (cos, names, logsize, ambig, emb_mean).

Columns: AUC (the chance a same pair scores above a different one), the precision when the signal's threshold keeps
80% of the same pairs, and the share of different pairs vetoed when it keeps 95% of the same pairs.

    python bench/stories_neighbours.py --cache FILE --text FILE [--every 0] [--story] [--clean] [--weights]
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants8 import SEEDS, Seeds  # noqa: E402
from stories_variants9 import load  # noqa: E402
from storyline.stories import MemoryIndex, assign  # noqa: E402
from storyline.stories.index import centroid_cosine, shared_rare_names  # noqa: E402
from storyline.stories.merge import merge_small, undo_merges  # noqa: E402
from storyline.stories.online import _time_factor  # noqa: E402
from storyline.stories.vectors import DOC_TERMS, cosine, top_terms, weigh  # noqa: E402

S = DEFAULT
PARTS = ("A", "B", "tac", "stream")
KEYS = ("figs", "per", "place", "org", "ev", "heads", "mds")
Pair = dict[str, Any]
_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")


def text_features(v: Seeds) -> dict[str, dict[str, set[str]]]:
    """Each report's figures, month-day dates, people, places, organisations and lede event words (spaCy)."""
    from storyline.dates import MONTHS
    from storyline.nlp import get_nlp

    nlp = get_nlp()
    md = re.compile(r"\b(" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?\s+(\d{1,2})\b",
                    re.I)
    out: dict[str, dict[str, set[str]]] = {}
    for d in v.bench.docs:
        full = f"{d.title}\n{d.text}" if d.title and not d.text.startswith(d.title) else d.text
        f: dict[str, set[str]] = {k: set() for k in KEYS}
        for m in _NUM.finditer(full):
            s = m.group(1).replace(",", "")
            x = float(s)
            if x >= 10 and not (len(s) == 4 and s.isdigit() and 1900 <= x <= 2099):
                f["figs"].add(s.rstrip("0").rstrip(".") if "." in s else s)
        f["mds"] = {f"{MONTHS[m.group(1).lower()]}-{int(m.group(2))}" for m in md.finditer(full)
                    if m.group(1).lower() in MONTHS and 1 <= int(m.group(2)) <= 31}
        for e in nlp(full[:6000]).ents:
            toks = [t for t in e if t.is_alpha]
            key = {"PERSON": "per", "GPE": "place", "LOC": "place", "NORP": "place", "FAC": "place",
                   "ORG": "org"}.get(e.label_)
            if toks and key:
                f[key].add(toks[-1].text.lower() if key == "per" else e.text.lower())
        lede = nlp((d.title + ". " if d.title else "") + d.text[:400])
        for sent in list(lede.sents)[: 2 if d.title else 1]:
            for t in sent:
                if t.pos_ in ("NOUN", "VERB") and t.is_alpha and not t.is_stop and len(t) > 2:
                    f["ev"].add(t.lemma_.lower())
                if t.dep_ == "ROOT" and t.pos_ in ("VERB", "NOUN"):
                    f["heads"] |= {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.pos_ == "NOUN"
                                                        and c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")}
        out[d.id] = f
    return out


def _candidates(index: MemoryIndex, counts: Any, published: Any, cues: Any) -> list[tuple[float, int, int]]:
    """``assign``'s scored candidates for a report (score, story, shared rare names), before it is assigned."""
    ids = index.term_ids(counts)
    tf = {ids[t]: c for t, c in counts.items()}
    df = index.frequencies(list(tf))
    wdf = {t: df.get(t, 0) + 1 for t in tf}
    vec = weigh(tf, wdf, index.documents() + 1, DOC_TERMS, S.tf_saturation)
    rare = {ids[t] for t in cues.names if t in ids and wdf[ids[t]] <= S.merge_rare}
    out = []
    for sid in index.candidates(top_terms(vec, S.query_terms), S.candidates, S.posting_cap):
        st = index.story(sid)
        sc = cosine(vec, st.centroid) * _time_factor(published, st, S.time_window_days)
        out.append((sc, sid, len(rare & set(index.story_names(sid)))))
    return sorted(out, key=lambda x: (-x[0], x[1]))


def run(v: Seeds, part: str, seed: int, every: int = 0) -> tuple[list[Pair], dict[str, int], MemoryIndex]:
    """The shipped assignment of one part in one order, with every pair of the population logged."""
    b, index = v.bench, MemoryIndex()
    docs = [d for d in v.orders[seed] if b.parts[part](d.id)]
    first: dict[str, str] = {}
    where: dict[str, int] = {}
    pairs: list[Pair] = []
    touched: set[int] = set()
    for k, d in enumerate(docs, 1):
        counts, cues = b.feats[d.id]
        if d.text in first:
            where[d.id] = where[first[d.text]]
        else:
            cands = _candidates(index, counts, d.published, cues)
            members = defaultdict(list)
            for i, s in where.items():
                members[index.resolve(s)].append(i)
            for rank, (sc, sid, shared) in enumerate(cands):
                if sc >= S.threshold and shared >= 1:
                    pairs.append(dict(doc=d.id, members=members[sid], score=sc, shared=shared, rank=rank,
                                      size=index.story(sid).size, best=cands[0][0], part=part, seed=seed,
                                      second=cands[1][0] if len(cands) > 1 else 0.0))
            where[d.id] = assign(index, counts, d.published, S, cues).story
            first[d.text] = d.id
        touched.add(index.resolve(where[d.id]))
        if (every and k % every == 0) or k == len(docs):
            merge_small(index, {index.resolve(s) for s in touched}, S)
            undo_merges(index, S)
            touched = set()
    return pairs, {i: index.resolve(s) for i, s in where.items()}, index


def story_pairs(v: Seeds, part: str, seed: int, every: int = 0) -> list[Pair]:
    """After the stream and its passes: live stories at centroid cosine >= the threshold sharing a rare name."""
    _, final, index = run(v, part, seed, every)
    members: dict[int, list[str]] = defaultdict(list)
    for i, s in final.items():
        members[s].append(i)
    out: list[Pair] = []
    seen: set[tuple[int, int]] = set()
    for s in sorted(members):
        st = index.story(s)
        shared = shared_rare_names(index, index.story_names(s), s, S.merge_rare)
        for o in map(index.resolve, index.candidates(top_terms(st.centroid, S.query_terms), S.candidates,
                                                     S.posting_cap)):
            if o == s or (min(s, o), max(s, o)) in seen or o not in members or shared.get(o, 0) < 1:
                continue
            c = centroid_cosine(st, index.story(o))
            if c >= S.threshold:
                seen.add((min(s, o), max(s, o)))
                out.append(dict(a=members[s], members=members[o], score=c, shared=shared[o], part=part, seed=seed,
                                size=st.size * index.story(o).size))
    return out


class Signals:
    """The signals of each pair (module docstring), with the part's document frequencies of the text features."""

    def __init__(self, v: Seeds, text: dict[str, dict[str, set[str]]]) -> None:
        b = v.bench
        self.gold, self.text = b.gold, text
        self.emb = {i: f[1].embedding / (np.linalg.norm(f[1].embedding) or 1.0) for i, f in b.feats.items()}
        self.df: dict[str, dict[str, Counter[str]]] = {}
        self.n: dict[str, int] = {}
        for part in PARTS:
            ids = [d.id for d in b.docs if b.parts[part](d.id)]
            self.df[part] = {k: Counter(x for i in ids for x in text[i][k]) for k in KEYS}
            self.n[part] = len(ids)
        groups: dict[str, set[str]] = defaultdict(set)
        for d in b.docs:
            groups[d.text].add(b.gold[d.id])
        self.shared_texts = [g for g in groups.values() if len(g) > 1]

    def major(self, ids: Sequence[str]) -> str:
        return Counter(self.gold[m] for m in ids).most_common(1)[0][0]

    def mine(self, p: Pair) -> list[str]:
        return [p["doc"]] if "doc" in p else list(p["a"])

    def same(self, p: Pair) -> bool:
        return self.major(self.mine(p)) == self.major(p["members"])

    def shared_text(self, p: Pair) -> bool:
        """The two gold stories share an identical text (the ceiling's kind of join)."""
        g, h = self.major(self.mine(p)), self.major(p["members"])
        return g != h and any({g, h} <= x for x in self.shared_texts)

    def _idf(self, part: str, key: str, xs: set[str]) -> float:
        df = self.df[part][key]
        return sum(math.log(self.n[part] / df[x]) for x in xs if df[x])

    def of(self, p: Pair) -> dict[str, float]:
        mine, theirs, part = self.mine(p), p["members"], p["part"]
        t = {k: set().union(*(self.text[m][k] for m in mine)) for k in KEYS}
        u = {k: set().union(*(self.text[m][k] for m in theirs)) for k in KEYS}
        sh = {k: t[k] & u[k] for k in KEYS}
        e = sum(self.emb[x] for x in mine)
        e = e / (np.linalg.norm(e) or 1.0)
        me = sum(self.emb[m] for m in theirs)
        me = me / (np.linalg.norm(me) or 1.0)
        return dict(
            cos=p["score"], names=p["shared"], logsize=math.log(max(p["size"], 1)),
            ambig=-(p["second"] / p["best"]) if p.get("rank") == 0 and p["best"] else -1.0,
            emb_mean=float(e @ me), emb_max=max(float(e @ self.emb[m]) for m in theirs),
            fig_n=len(sh["figs"]), fig_idf=self._idf(part, "figs", sh["figs"]),
            fig_share=len(sh["figs"]) / len(t["figs"]) if t["figs"] else 0.0,
            fig_none=-float(bool(t["figs"]) and bool(u["figs"]) and not sh["figs"]),
            per_n=len(sh["per"]), per_idf=self._idf(part, "per", sh["per"]),
            per_share=len(sh["per"]) / len(t["per"]) if t["per"] else 0.0,
            place_idf=self._idf(part, "place", sh["place"]), org_idf=self._idf(part, "org", sh["org"]),
            ev_n=len(sh["ev"]), ev_idf=self._idf(part, "ev", sh["ev"]),
            ev_share=len(sh["ev"]) / len(t["ev"]) if t["ev"] else 0.0,
            heads_n=len(sh["heads"]), md_n=len(sh["mds"]))


PRODUCT = ("cos", "names", "logsize", "ambig", "emb_mean")
"""The pair model's features that the clustering step has (``ClusterSettings.neighbour_model``'s order)."""
MODELS = {"lr_all": (), "lr_nosize": ("-logsize",), "lr_product": PRODUCT,
          "lr_product_nosize": ("cos", "names", "ambig", "emb_mean"),
          "lr_text": ("cos", "names", "emb_mean", "emb_max", "fig_idf", "fig_none", "per_idf", "ev_idf", "md_n",
                      "place_idf", "org_idf")}


def auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    """The chance that a same pair's value is above a different one's (ties count half)."""
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def kept(pos: Sequence[float], neg: Sequence[float], share: float) -> tuple[float, float]:
    """At the threshold that keeps ``share`` of the same pairs (ties kept): the precision, and the share of the
    different pairs below it (vetoed)."""
    if not pos or not neg:
        return float("nan"), float("nan")
    th = sorted(pos, reverse=True)[math.ceil(share * len(pos)) - 1]
    kp, kn = sum(x >= th for x in pos), sum(x >= th for x in neg)
    return kp / (kp + kn), 1 - kn / len(neg)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """Logistic regression (Newton's method, L2 on standardised features); returns the raw-scale weights,
    intercept first."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    reg = l2 * np.diag(np.r_[0.0, np.ones(len(w) - 1)])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-z @ w))
        w -= np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - y) + reg @ w)
    return np.r_[w[0] - float(np.sum(w[1:] * mu / sd)), w[1:] / sd]


def collect(v: Seeds, every: int, story: bool) -> list[Pair]:
    out: list[Pair] = []
    for part in PARTS:
        for seed in SEEDS:
            out += story_pairs(v, part, seed, every) if story else run(v, part, seed, every)[0]
    return out


def _columns(names: list[str], spec: tuple[str, ...]) -> list[str]:
    if not spec:
        return names
    if spec[0].startswith("-"):
        return [n for n in names if n != spec[0][1:]]
    return [n for n in spec if n in names]


def table(sig: Signals, pairs: list[Pair], which: str, weights: bool) -> None:
    """The signal table of one population (``which``: every pair, or each report's best candidate)."""
    rows: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        if which == "all" or p.get("rank", 0) == 0:
            rows[p["part"]].append(p)
    feats = {id(p): sig.of(p) for p in pairs}
    same = {id(p): sig.same(p) for p in pairs}
    names = [n for n in feats[id(pairs[0])] if not (n == "ambig" and "doc" not in pairs[0])]
    train = rows["A"]
    models = {}
    for label, spec in MODELS.items():
        cols = _columns(names, spec)
        x = np.array([[feats[id(p)][c] for c in cols] for p in train])
        models[label] = (cols, fit(x, np.array([same[id(p)] for p in train], float)))
        if weights:
            print(f"{which} {label}: " + ", ".join(f"{c} {w:.3f}" for c, w in zip(["(intercept)", *cols],
                                                                                   models[label][1], strict=True)))
    print("| signal | " + " | ".join(f"{p}: AUC, P@80, vetoed@95" for p in PARTS) + " |\n|---|" + "---|" * 4)
    cells = []
    for part in PARTS:
        rs = rows[part]
        ys = [same[id(p)] for p in rs]
        distinct = len({(tuple(sig.mine(p)), sig.major(p["members"])) for p, y in zip(rs, ys, strict=True) if not y})
        cells.append(f"{sum(ys)} / {len(ys) - sum(ys)} ({distinct}), {np.mean(ys):.3f}")
    print("| pairs same / different (distinct), share same | " + " | ".join(cells) + " |")
    for n in names + list(MODELS):
        cells = []
        for part in PARTS:
            rs = rows[part]
            if n in MODELS:
                cols, w = models[n]
                vals = list(np.array([[1.0] + [feats[id(p)][c] for c in cols] for p in rs]) @ w)
            else:
                vals = [feats[id(p)][n] for p in rs]
            pos = [x for x, p in zip(vals, rs, strict=True) if same[id(p)]]
            neg = [x for x, p in zip(vals, rs, strict=True) if not same[id(p)]]
            cells.append(f"{auc(pos, neg):.3f}, {kept(pos, neg, 0.8)[0]:.3f}, {kept(pos, neg, 0.95)[1]:.2f}")
        print(f"| {n} | " + " | ".join(cells) + " |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--text", type=Path, help="pickle of the text features (spaCy; made when absent)")
    ap.add_argument("--every", type=int, default=0, help="the merge pass after every this many reports (0: one add)")
    ap.add_argument("--story", action="store_true", help="story pairs after the stream instead of report pairs")
    ap.add_argument("--clean", action="store_true", help="leave out pairs of gold stories sharing identical texts")
    ap.add_argument("--weights", action="store_true", help="print the regressions' weights (trained on half A)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_neighbours: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    if args.text and args.text.exists():
        text = pickle.loads(args.text.read_bytes())
    else:
        text = text_features(v)
        if args.text:
            args.text.write_bytes(pickle.dumps(text))
    sig = Signals(v, text)
    pairs = [p for p in collect(v, args.every, args.story) if not (args.clean and sig.shared_text(p))]
    for which in ("best",) if args.story else ("best", "all"):
        print(f"\n### {'story' if args.story else 'report'} pairs, {which}: seeds 0-4 pooled, "
              f"{'one add' if not args.every else f'adds of {args.every}'}{', shared texts left out' * args.clean}\n")
        table(sig, pairs, which, args.weights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
