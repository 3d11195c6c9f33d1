"""Citation support: precision and recall of the judge (``storyline.support``) on the
hand-labelled pairs of bench/citations/pairs.jsonl, next to today's bag-of-words rule
measured in the same run, on the dev split (tuned on) and the held-out split (never tuned on).

    python bench/citations_eval.py                  # the table
    python bench/citations_eval.py --errors dev     # also list the judge's mistakes on dev

Below the table, the judge's precision/recall curve on each split: its pairs ranked by the
judge's probability (``Verdict.score``; pairs the rules rule out rank last), the best precision
at recall 0.6 / 0.7 / 0.8 and the average precision. The shipped threshold is one point of it.

Reads the texts from ../shared by offset (the pair file stores offsets and snippets only) and
stops with an error when a snippet no longer matches. Exits 0 with a note when ../shared is
absent. Target (issue 12): precision >= 0.95 at recall >= 0.8.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAIRS = ROOT / "bench" / "citations" / "pairs.jsonl"
SPLITS = ("dev", "held-out")


@dataclass(slots=True)
class Pair:
    id: str
    split: str
    sentence: str
    passage: str
    story: list[str]  # the story's raw documents (the bag-of-words rule weighs words by them)
    label: bool
    reason: str
    story_id: str = ""  # dataset/cluster
    reprint: bool = False  # the two reports are one source: ``sources.mark_copies`` marked one a reprint


def _stories() -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for name in ("duc2003", "tac2011", "multinews-dev"):
        for line in (SHARED / "bench" / f"{name}.jsonl").read_text("utf-8").splitlines():
            c = json.loads(line)
            out[(name, c["id"])] = c["documents"]
    out[("seeds", "seeds")] = [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return out


def _groups(docs: Sequence[str]) -> list[str]:
    """Each report's source group by ``sources.mark_copies`` (a reprint is in its original's)."""
    from storyline.model import Document
    from storyline.sources import mark_copies, source_groups

    marked = mark_copies([Document(id=str(i), text=t) for i, t in enumerate(docs)])
    group = source_groups(marked)
    return [group[str(i)] for i in range(len(docs))]


def load(path: Path = PAIRS) -> list[Pair]:
    stories = _stories()
    groups: dict[tuple[str, str], list[str]] = {}
    pairs = []
    for line in path.read_text("utf-8").splitlines():
        r = json.loads(line)
        docs = stories[(r["dataset"], r["cluster"])]
        texts = []
        for side in ("sentence", "passage"):
            x = r[side]
            text = docs[x["doc"]][x["start"] : x["end"]]
            if not text.startswith(x["snippet"]):
                raise SystemExit(f"{path}: pair {r['id']}: {side} span no longer starts with {x['snippet']!r}")
            texts.append(text)
        key = (r["dataset"], r["cluster"])
        if key not in groups:
            groups[key] = _groups(docs)
        reprint = groups[key][r["sentence"]["doc"]] == groups[key][r["passage"]["doc"]]
        pairs.append(Pair(r["id"], r["split"], texts[0], texts[1], docs, r["label"] == "supports", r["reason"],
                          f"{r['dataset']}/{r['cluster']}", reprint))
    return pairs


def bag_of_words(pairs: Sequence[Pair]) -> list[bool]:
    """Today's rule (before the judge): TF-IDF cosine >= 0.5, or >= 4 shared content words making
    half the shorter sentence's, two of them plain words; different figures never match."""
    from storyline.summary.config import DEFAULT
    from storyline.summary.statements import same_statement
    from storyline.tfidf import document_frequencies, tfidf_matrix

    out = []
    for p in pairs:
        vecs = tfidf_matrix([p.sentence, p.passage], df=document_frequencies(p.story))
        out.append(same_statement(p.sentence, p.passage, float(vecs[0] @ vecs[1]), DEFAULT, to_cite=True))
    return out


_SCORES: dict[str, float] = {}  # the judge's probability per pair id, from its run in this process


def judge(pairs: Sequence[Pair]) -> list[bool]:
    """The judge at the product's operating point (data/support_settings.toml)."""
    from storyline.support import judge as run

    verdicts = run([(p.sentence, p.passage) for p in pairs], reprints=[p.reprint for p in pairs])
    _SCORES.update({p.id: v.score for p, v in zip(pairs, verdicts, strict=True)})
    _REASONS.update({p.id: v.reason for p, v in zip(pairs, verdicts, strict=True)})
    return [v.supports for v in verdicts]


_REASONS: dict[str, str] = {}  # the step that decided each pair ("copy", "reprint", …), from the same run


def judge_at(threshold: float | None, copies: bool = True) -> Callable[[Sequence[Pair]], list[bool]]:
    """The judge at another operating point (None: the shipped one), with or without the copy rule."""

    def run_at(pairs: Sequence[Pair]) -> list[bool]:
        from storyline.support import SupportConfig
        from storyline.support import judge as run

        cfg = SupportConfig(threshold=threshold, copies=copies)
        return [v.supports for v in run([(p.sentence, p.passage) for p in pairs], cfg,
                                        reprints=[p.reprint for p in pairs])]

    return run_at


CURVE_RECALLS = (0.6, 0.7, 0.8)


def curve(score: Sequence[float], gold: Sequence[bool]) -> tuple[dict[float, float], float]:
    """Best precision at each of ``CURVE_RECALLS`` (0 when out of reach) and the average
    precision, ranking pairs by score (ties broken against the judge: negatives first)."""
    order = sorted(range(len(gold)), key=lambda i: (-score[i], gold[i]))
    total = max(sum(gold), 1)
    tp, points, ap = 0, [], 0.0
    for rank, i in enumerate(order, 1):
        tp += gold[i]
        points.append((tp / total, tp / rank))
        ap += tp / rank if gold[i] else 0.0
    best = {r: max((p for rec, p in points if rec >= r - 1e-9), default=0.0) for r in CURVE_RECALLS}
    return best, ap / total


def scores(pred: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, int, int]:
    """precision, recall, false positives, false negatives."""
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), fp, fn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=PAIRS)
    ap.add_argument("--errors", choices=SPLITS, help="list the judge's mistakes on this split")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"citations eval: {SHARED} not found; skipped")
        return 0
    pairs = load(args.pairs)
    from storyline.support.learned import operating_threshold, trust_threshold, weights

    shipped = operating_threshold()
    systems: dict[str, Callable[[Sequence[Pair]], list[bool]]] = {f"judge ({shipped:.3g}, shipped)": judge}
    for name, t in (("trained", weights().threshold), ("trust", trust_threshold())):
        if t != shipped:
            systems[f"judge ({t:.3g}, {name})"] = judge_at(t)
    for name, t in (("trained", weights().threshold), ("trust", trust_threshold())):
        systems[f"judge ({t:.3g}, {name}), no copy rule"] = judge_at(t, copies=False)
    systems["bag-of-words"] = bag_of_words
    preds: dict[str, list[bool]] = {}
    seconds: dict[str, float] = {}
    for name, fn in systems.items():
        t0 = time.perf_counter()
        preds[name] = fn(pairs)
        seconds[name] = time.perf_counter() - t0
    print("| split | pairs | supports | system | precision | recall | false cites | missed |")
    print("|---|---:|---:|---|---:|---:|---:|---:|")
    for split in SPLITS:
        idx = [i for i, p in enumerate(pairs) if p.split == split]
        gold = [pairs[i].label for i in idx]
        for name in systems:
            prec, rec, fp, fn = scores([preds[name][i] for i in idx], gold)
            print(f"| {split} | {len(idx)} | {sum(gold)} | {name} | {prec:.3f} | {rec:.3f} | {fp} | {fn} |")
    print("\n| split | judge's precision at recall " + " / ".join(f"{r:.1f}" for r in CURVE_RECALLS)
          + " | average precision |\n|---|---|---:|")
    for split in SPLITS:
        chosen = [p for p in pairs if p.split == split]
        best, ap = curve([_SCORES[p.id] for p in chosen], [p.label for p in chosen])
        print(f"| {split} | " + " / ".join(f"{best[r]:.3f}" for r in CURVE_RECALLS) + f" | {ap:.3f} |")
    print("\n| split | pairs the copy rule decides (near copy / reprint counterpart) | of them labelled supports "
          "| labelled does not support | reprint pairs (mark_copies) |\n|---|---:|---:|---:|---:|")
    for split in SPLITS:
        chosen = [p for p in pairs if p.split == split]
        ruled = [p for p in chosen if _REASONS[p.id] in ("copy", "reprint")]
        kinds = " / ".join(str(sum(_REASONS[p.id] == k for p in ruled)) for k in ("copy", "reprint"))
        print(f"| {split} | {len(ruled)} ({kinds}) | {sum(p.label for p in ruled)} | "
              f"{sum(not p.label for p in ruled)} | {sum(p.reprint for p in chosen)} |")
    print(f"\ntime for all {len(pairs)} pairs (model loading included): "
          + ", ".join(f"{n} {s:.1f} s" for n, s in seconds.items()))
    if args.errors:
        _errors(pairs, args.errors)
    return 0


def _errors(pairs: Sequence[Pair], split: str) -> None:
    from storyline.support import judge as run

    chosen = [p for p in pairs if p.split == split]
    for p, v in zip(chosen, run([(p.sentence, p.passage) for p in chosen]), strict=True):
        if v.supports != p.label:
            kind = "FALSE CITE" if v.supports else "MISSED"
            cos = f"{v.cosine:.3f}" if v.cosine is not None else "-"
            print(f"\n{kind} {p.id} [{v.reason}, cos {cos}] label: {p.reason}\n  S: {p.sentence}\n  P: {p.passage}")


if __name__ == "__main__":
    sys.exit(main())
