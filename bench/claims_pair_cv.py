"""Leave-one-set-out check of the learned pair model for grouping (claims30), on the SEEN claims sets only.

Reads the capture of scripts/claims_pairs.py (build_claims' inputs for every labelled cluster of claims-dev.json
and heldout.json .. heldout13.json), computes every candidate pair's features (pair_model.features), trains a
standardised L2 logistic regression on all sets but one and, on that one, prints the pair AUC and the scorer's
groups_right and verdicts_right when grouping joins by the model (variants below) against main's rules.

    python scripts/claims_pairs.py capture /tmp/c30/seen.pkl
    python bench/claims_pair_cv.py /tmp/c30/seen.pkl [--cache /tmp/c30/pairs.pkl]

Variants (ages stay with the rules; merge_by_meaning and the verdict rules run as in main):
  model@t  complete linkage over "p >= t", strongest pairs first;
  or@t     the rules' pairs, or p >= t;
  and@t    the rules' pairs with p >= t (the model as a veto).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import pickle
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline import logistic

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "gold" / "score_claims.py"
sys.path.insert(0, str(ROOT / "scripts"))

Key = tuple[str, int, int]


def _key(m: Any) -> Key:
    return (m.doc, m.start, m.end)


def candidate_pairs(rec: dict[str, Any]) -> tuple[list[tuple[int, int]], np.ndarray, list[bool]]:
    """(pairs of mention indices, feature rows, rule decisions) of one cluster: pairs grouping could join."""
    from storyline.claims.grouping import pair_signals
    from storyline.claims.pair_model import features
    from storyline.claims.restated import lone_values
    from storyline.claims.table import story_year
    from storyline.claims.verdicts import Rates
    from storyline.nlp import embed

    ms = rec["mentions"]
    places = rec["places"]
    rates = Rates(story_year(rec["docs"], ms))
    texts = places.texts
    sents = [texts.get(m.doc, "")[m.sentence[0]:m.sentence[1]] or m.text for m in ms]
    phrases = [m.frame or m.text for m in ms]
    es, ep = embed(sents), embed(phrases)
    order = sorted(range(len(ms)), key=lambda i: (ms[i].doc_index, ms[i].start))
    lone_sorted = lone_values([ms[i] for i in order])
    lone = {order[k] for k in lone_sorted}
    pairs, rows, rule = [], [], []
    for x, i in enumerate(ms):
        for y in range(x + 1, len(ms)):
            j = ms[y]
            if i.dimension != j.dimension or (i.share is None) != (j.share is None) or i.dimension == "age" or \
                    i.doc == j.doc and i.start == j.start:
                continue
            s = pair_signals(i, j, places, rates, x in lone and y in lone)
            cos = (float(es[x] @ es[y]), float(ep[x] @ ep[y]))
            pairs.append((x, y))
            rows.append(features(i, j, s, rates, cos))
            rule.append(s.rule)
    from storyline.claims.pair_model import FEATURES

    return pairs, np.array(rows, dtype=float).reshape(len(rows), len(FEATURES)), rule


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> logistic.Fitted:
    """The shared fit (``storyline.logistic``)."""
    return logistic.fit(x, y, l2)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    ranks = np.argsort(np.argsort(np.concatenate([pos, neg]))) + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _scorer() -> Callable[..., None]:
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    main: Callable[..., None] = mod.main
    return main


def score(rec: dict[str, Any], grouper: Any, scorer: Callable[..., None]) -> tuple[int, int, int]:
    """(groups, groups_right, verdicts_right) of one cluster when build_claims groups with ``grouper``."""
    import storyline.claims.table as table

    original = table.group_mentions
    table.group_mentions = grouper
    try:
        claims = table.build_claims(rec["mentions"], rec["docs"], rec["places"])
    finally:
        table.group_mentions = original
    brief = {**rec["brief"], "claims": [c.to_dict() for c in claims]}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "brief.json"
        path.write_text(json.dumps(brief), encoding="utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            scorer(str(path), rec["gold_path"], rec["cluster"]["dataset"], rec["cluster"]["id"])
    counts = json.loads(buf.getvalue().strip().splitlines()[-1])
    return counts["groups"], counts["groups_right"], counts["verdicts_right"]


def model_grouper(prob: dict[tuple[Key, Key], float], rule: dict[tuple[Key, Key], bool], mode: str,
                  t: float, weight: float) -> Any:
    """A group_mentions that joins by the model's probability (ages and unscored pairs by the rules)."""
    from storyline.claims.grouping import Group, _affinity, compatible, complete_link

    def grouper(mentions: Sequence[Any], places: Any, rates: Any) -> list[Any]:
        ms = sorted(mentions, key=lambda m: (m.doc_index, m.start))
        pairs: list[tuple[float, int, int]] = []
        ok: set[tuple[int, int]] = set()
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                k = (_key(ms[i]), _key(ms[j]))
                k = k if k in prob else (k[1], k[0])
                if k not in prob:
                    if ms[i].dimension == ms[j].dimension == "age" and compatible(ms[i], ms[j], places, rates):
                        ok.add((i, j))
                        pairs.append((1.0 if mode == "avg" else _affinity(ms[i], ms[j], rates), i, j))
                    continue
                p, r = prob[k], rule[k]
                join = {"avg": True, "model": p >= t, "or": r or p >= t, "and": r and p >= t}[mode]
                if join:
                    ok.add((i, j))
                    pairs.append((p if mode == "avg" else _affinity(ms[i], ms[j], rates) + weight * p, i, j))
        if mode == "avg":
            return _average_link(ms, pairs, t, Group)
        return [Group([ms[i] for i in g]) for g in complete_link(len(ms), pairs, ok)]

    return grouper


def _average_link(ms: Sequence[Any], pairs: list[tuple[float, int, int]], t: float, group: Any) -> list[Any]:
    """Average linkage: join the two groups whose cross pairs' mean probability is highest, while it is >= t
    (pairs grouping could not join count as 0)."""
    p = np.zeros((len(ms), len(ms)))
    for q, i, j in pairs:
        p[i, j] = p[j, i] = q
    groups = [[i] for i in range(len(ms))]
    while True:
        best, pick = t, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                m = float(p[np.ix_(groups[a], groups[b])].mean())
                if m >= best:
                    best, pick = m, (a, b)
        if pick is None:
            return [group([ms[i] for i in sorted(g)]) for g in sorted(groups)]
        a, b = pick
        groups[a] = groups[a] + groups.pop(b)


def build_cache(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from claims_pairs import gold_of  # type: ignore[import-not-found]

    out = []
    for n, rec in enumerate(records):
        print(f"pairs {n + 1}/{len(records)} {rec['set']} {rec['cluster']['id'][:12]}", file=sys.stderr, flush=True)
        gold = gold_of(rec)
        pairs, x, rule = candidate_pairs(rec)
        y = np.array([1 if gold[i] >= 0 and gold[i] == gold[j] else 0 if gold[i] >= 0 and gold[j] >= 0 else -1
                      for i, j in pairs])
        out.append({"pairs": pairs, "x": x, "y": y, "rule": rule})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("capture")
    ap.add_argument("--cache", help="pair features cache (made if absent)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--drop", default="", help="comma-separated features left out (an ablation)")
    ap.add_argument("--junk-negative", action="store_true", help="train on pairs of a matched and an unmatched "
                    "mention too, as 'not one figure' (an unmatched mention in a gold group can change its verdict)")
    ap.add_argument("--oracle", action="store_true", help="p = the gold label where both mentions are matched "
                    "(the rules' pair elsewhere): the headroom grouping alone has")
    ap.add_argument("--variants", default="and@0w0,and@0.05w0,and@0.1w0,and@0.2w0,or@0.8w0,or@0.9w0,or@0.95w0,"
                    "model@0.5w0,model@0.5w10,and@0.05w4,or@0.9w4", help="MODE@THRESHOLDwWEIGHT: order pairs by "
                    "the rules' affinity + WEIGHT * p")
    args = ap.parse_args()
    records = pickle.loads(Path(args.capture).read_bytes())
    cache_path = Path(args.cache) if args.cache else None
    if cache_path and cache_path.exists():
        cache = pickle.loads(cache_path.read_bytes())
    else:
        cache = build_cache(records)
        if cache_path:
            cache_path.write_bytes(pickle.dumps(cache))
    scorer = _scorer()
    from storyline.claims.grouping import group_mentions
    from storyline.claims.pair_model import FEATURES

    keep = [k for k, f in enumerate(FEATURES) if f not in set(args.drop.split(","))]
    for r, c in zip(records, cache, strict=True):
        c["x"] = c["x"][:, keep]
        if args.junk_negative:
            from claims_pairs import gold_of

            gold = gold_of(r)
            c["y"] = np.array([y if y >= 0 else 0 if (gold[i] >= 0) != (gold[j] >= 0) else -1
                               for y, (i, j) in zip(c["y"], c["pairs"], strict=True)], dtype=int)
    sets = list(dict.fromkeys(r["set"] for r in records))
    variants = [(v.split("@")[0], float(v.split("@")[1].split("w")[0]), float(v.split("w")[1]))
                for v in args.variants.split(",")]
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    aucs: dict[str, float] = {}
    flips: dict[str, tuple[int, int, int]] = {}
    for held in sets:
        train = [c for r, c in zip(records, cache, strict=True) if r["set"] != held]
        x = np.vstack([c["x"][c["y"] >= 0] for c in train if len(c["x"])])
        y = np.concatenate([c["y"][c["y"] >= 0] for c in train if len(c["x"])])
        model = fit(x, y, args.l2)
        ps, ys = [], []
        for rec, c in zip(records, cache, strict=True):
            if rec["set"] != held:
                continue
            p = model.probabilities(c["x"]) if len(c["x"]) else np.zeros(0)
            if args.oracle:
                p = np.where(c["y"] >= 0, c["y"], np.array(c["rule"], dtype=float))
            ps.append(p[c["y"] >= 0])
            ys.append(c["y"][c["y"] >= 0])
            keys = [(_key(rec["mentions"][i]), _key(rec["mentions"][j])) for i, j in c["pairs"]]
            prob = dict(zip(keys, p.tolist(), strict=True))
            rule = dict(zip(keys, c["rule"], strict=True))
            for name, grouper in [("main", group_mentions)] + [
                    (f"{mode}@{t}w{w:g}", model_grouper(prob, rule, mode, t, w)) for mode, t, w in variants]:
                g, gr, vr = score(rec, grouper, scorer)
                cell = table[held][name]
                cell[0] += g
                cell[1] += gr
                cell[2] += vr
        aucs[held] = auc(np.concatenate(ps), np.concatenate(ys))
        rules = np.concatenate([np.array(c["rule"], dtype=bool)[c["y"] >= 0]
                                for r, c in zip(records, cache, strict=True) if r["set"] == held and len(c["x"])]
                               or [np.zeros(0, dtype=bool)])
        yy, pp = np.concatenate(ys) == 1, np.concatenate(ps) >= 0.5
        flips[held] = (int((rules != yy).sum()), int(((rules != yy) & (pp == yy)).sum()),
                       int(((rules == yy) & (pp != yy)).sum()))
        print(f"{held}: AUC {aucs[held]:.3f} " + " ".join(f"{k} {v[1]}/{v[2]}" for k, v in table[held].items()),
              file=sys.stderr, flush=True)
    names = ["main"] + [f"{m}@{t}w{w:g}" for m, t, w in variants]
    print("| set | pair AUC | labelled pairs the rules get wrong / the model (p>=0.5) fixes / the model breaks | "
          "groups | " + " | ".join(f"{n} groups/verdicts" for n in names) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(names))
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for s in sets:
        cells = table[s]
        for n in names:
            for k in range(3):
                tot[n][k] += cells[n][k]
        print(f"| {s} | {aucs[s]:.3f} | {'/'.join(map(str, flips[s]))} | {cells['main'][0]} | "
              + " | ".join(f"{cells[n][1]}/{cells[n][2]}" for n in names) + " |")
    ft = [sum(f[k] for f in flips.values()) for k in range(3)]
    print(f"| total |  | {'/'.join(map(str, ft))} | {tot['main'][0]} | "
          + " | ".join(f"{tot[n][1]}/{tot[n][2]}" for n in names) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
