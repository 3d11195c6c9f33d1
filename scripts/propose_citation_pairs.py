"""Propose sentence/passage pairs for the citation-support set (bench/citations/), to be labelled by reading.

This script only PROPOSES: for each story it takes the sentences storyline's summariser ranks
highest ("summary-like" sentences) and, for each, the sentences of the story's other documents
that share the most words with it (so that hard negatives, same topic and words but another
claim, are frequent). It never labels and runs no judge. A person reads each pair and writes
its label; ``build`` then joins proposals and labels into the pair file, storing offsets into
../shared texts and short check snippets only (the texts are never copied into the repository).

    python scripts/propose_citation_pairs.py propose OUT.jsonl     # pairs with texts, for reading
    python scripts/propose_citation_pairs.py build OUT.jsonl LABELS.tsv bench/citations/pairs.jsonl

More pairs for one split, new ones only (not already in the pair file), added to it:

    python scripts/propose_citation_pairs.py propose MORE.jsonl --split dev --seed 13 --first-id 2000 \
        --known bench/citations/pairs.jsonl
    python scripts/propose_citation_pairs.py build MORE.jsonl LABELS.tsv bench/citations/pairs.jsonl --append

LABELS.tsv: ``pair id <TAB> s|n <TAB> reason`` (s = supports, n = does not support; a pair
left out of the file is left out of the set).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"duc2003": 6, "tac2011": 8, "multinews-dev": 3}  # summary-like sentences taken per story
SNIPPET = 24
EASY = 0.25  # a negative sharing less than this share of content words is easy: left out


def stories() -> Iterator[tuple[str, str, list[str]]]:
    """(dataset, story id, raw document texts) of the bench sets and the seeds."""
    for name in SETS:
        for line in (SHARED / "bench" / f"{name}.jsonl").read_text("utf-8").splitlines():
            c = json.loads(line)
            if len(c["documents"]) >= 2:
                yield name, c["id"], c["documents"]
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    yield "seeds", "seeds", [p.read_text("utf-8") for p in seeds]


def split_of(dataset: str, story: str) -> str:
    """dev or held-out, fixed by a hash of the story (about half the stories held out)."""
    h = int(hashlib.sha1(f"{dataset}/{story}".encode()).hexdigest(), 16)
    return "held-out" if h % 2 == 0 else "dev"


def _known(path: Path | None) -> set[tuple[str, str, int, int, int, int, int, int]]:
    """(dataset, story, sentence doc/start/end, passage doc/start/end) of the pairs already in a pair file."""
    if path is None or not path.exists():
        return set()
    out = set()
    for r in map(json.loads, path.read_text("utf-8").splitlines()):
        s, p = r["sentence"], r["passage"]
        out.add((r["dataset"], r["cluster"], s["doc"], s["start"], s["end"], p["doc"], p["start"], p["end"]))
    return out


def propose(out: Path, seed: int = 12, split: str | None = None, known: Path | None = None, first_id: int = 0) -> None:
    from storyline.analyse import analyse
    from storyline.model import Document
    from storyline.summary import rank, shown_order
    from storyline.text import content_terms
    from storyline.tfidf import document_frequencies, tfidf_matrix

    rng = random.Random(seed)
    rows = []
    seen = _known(known)
    for dataset, story, texts in stories():
        if split is not None and split_of(dataset, story) != split:
            continue
        docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
        analyses = analyse(docs)
        ranked = rank(analyses)
        top = shown_order(ranked)[: SETS.get(dataset, 8)]  # what a summary would show
        others = [t for a in analyses for t in a.sentences if len(t.text.split()) >= 5]
        if not top or not others:
            continue
        df = document_frequencies(texts)
        vecs = tfidf_matrix([s.text for s in top] + [t.text for t in others], df=df)
        sims = vecs[: len(top)] @ vecs[len(top) :].T
        for qi, s in enumerate(top):
            ts = set(content_terms(s.text))
            scored = []
            for ai, t in enumerate(others):
                shared = ts & set(content_terms(t.text))
                if t.doc == s.doc or len(shared) < 3 or t.text.strip() == s.text.strip():
                    continue
                scored.append((float(sims[qi, ai]), ai))
            scored.sort(reverse=True)
            # the best match, one from the next few, one from further down: near-copies, paraphrases
            # and same-topic sentences with another claim all get proposed
            picks = scored[:1] + rng.sample(scored[1:5], min(1, len(scored[1:5])))
            picks += rng.sample(scored[5:15], min(1, len(scored[5:15])))
            for cos, ai in picks:
                t = others[ai]
                if (dataset, story, int(s.doc), s.start, s.end, int(t.doc), t.start, t.end) in seen:
                    continue
                rows.append({
                    "dataset": dataset, "cluster": story, "split": split_of(dataset, story),
                    "sentence": {"doc": int(s.doc), "start": s.start, "end": s.end, "text": s.text},
                    "passage": {"doc": int(t.doc), "start": t.start, "end": t.end, "text": t.text},
                    "tfidf": round(cos, 3),
                })
        print(f"{dataset}/{story}: {len(rows)} pairs so far", file=sys.stderr)
    with out.open("w", encoding="utf-8") as f:
        for k, r in enumerate(rows):
            f.write(json.dumps({"id": f"p{first_id + k:04d}", **r}, ensure_ascii=False) + "\n")


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's content words that the other text also has."""
    from storyline.text import content_terms

    ta, tb = set(content_terms(a)), set(content_terms(b))
    return len(ta & tb) / max(min(len(ta), len(tb)), 1)


def build(proposals: Path, labels: Path, out: Path, easy: float = EASY, append: bool = False) -> None:
    props = {r["id"]: r for r in map(json.loads, proposals.read_text("utf-8").splitlines())}
    rows: list[dict[str, object]] = []
    dropped = 0
    if append and out.exists():
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        if set(props) & {r["id"] for r in rows}:
            raise SystemExit(f"{proposals}: pair ids already in {out} (use --first-id when proposing)")
    for line in labels.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pid, lab, reason = line.split("\t", 2)
        r = props[pid]
        label = {"s": "supports", "n": "does not support"}[lab.strip()]
        share = overlap(r["sentence"]["text"], r["passage"]["text"])
        if label == "does not support" and share < easy:
            dropped += 1  # an easy negative: the set is about hard ones
            continue
        rows.append({
            "id": pid, "dataset": r["dataset"], "cluster": r["cluster"], "split": r["split"],
            "sentence": {k: r["sentence"][k] for k in ("doc", "start", "end")}
            | {"snippet": r["sentence"]["text"][:SNIPPET]},
            "passage": {k: r["passage"][k] for k in ("doc", "start", "end")}
            | {"snippet": r["passage"]["text"][:SNIPPET]},
            "overlap": round(share, 2),
            "label": label,
            "reason": reason.strip(),
        })
    rows.sort(key=lambda r: str(r["id"]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    pos = sum(r["label"] == "supports" for r in rows)
    print(f"{len(rows)} pairs ({pos} supports, {len(rows) - pos} does not support; "
          f"{dropped} easy negatives left out) -> {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("propose")
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--split", choices=("dev", "held-out"), help="only the stories of this split")
    p.add_argument("--known", type=Path, help="a pair file: propose no pair it already has")
    p.add_argument("--first-id", type=int, default=0, help="number the proposals from here (p2000, …)")
    b = sub.add_parser("build")
    b.add_argument("proposals", type=Path)
    b.add_argument("labels", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("--append", action="store_true", help="add to the pair file instead of writing it anew")
    args = ap.parse_args()
    if args.cmd == "propose":
        propose(args.out, args.seed, args.split, args.known, args.first_id)
    else:
        build(args.proposals, args.labels, args.out, append=args.append)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
