"""Several stories in one input: does ``storyline brief`` keep one story whole, and tell mixed
stories apart? ``stories.batch.split_stories`` next to two baselines, in one run.

Inputs, from ../shared/bench/{duc2003,multinews-dev,tac2011}.jsonl (clusters of at least
two documents, cleaned by storyline):
- single: every cluster alone (one story; the right answer is one group);
- mix3: 40 mixes of three clusters of one file (random.Random(0)), shuffled.

Systems: "one story" (what brief did before: never splits); "online only" (``stories.assign``
with the shipped settings over the input alone, no joining); "storyline" (the shipped
``split_stories``: online assignment, then groups joined by mean lead embedding).

Columns: single stories split (of all), reports left outside the largest group; mixes told
apart exactly, mixes whose largest group is exactly one whole story (what ``brief`` then
briefs); inputs whose leads were embedded (MiniLM; the rest were settled without it). The join
threshold and the ``one_name`` rule were chosen on duc2003 and multinews-dev; tac2011 is held out.

Then big inputs (``big_inputs``): the first 50, 100, 200 and all reports of the stories stream, by
the shipped split and by the join alone.

    python bench/stories_split_eval.py [--files duc2003,multinews-dev,tac2011] [--no-big]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storyline.model import Document, RawDocument
from storyline.pipeline import clean_all
from storyline.stories import MemoryIndex, assign, report_terms
from storyline.stories.batch import split_stories

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
MIXES = 40

Splitter = Callable[[Sequence[Document]], list[list[Document]]]


def _one(docs: Sequence[Document]) -> list[list[Document]]:
    return [list(docs)]


def _online(docs: Sequence[Document]) -> list[list[Document]]:
    index = MemoryIndex()
    groups: dict[int, list[Document]] = {}
    for d in docs:
        groups.setdefault(assign(index, report_terms(d.text, d.title), d.published).story, []).append(d)
    return sorted(groups.values(), key=len, reverse=True)


SYSTEMS: dict[str, Splitter] = {"one story": _one, "online only": _online, "storyline": split_stories}


def _clusters(name: str) -> dict[str, list[Document]]:
    out = {}
    for line in (BENCH / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if len(c["documents"]) < 2:
            continue
        docs, _ = clean_all([RawDocument(id=f"{c['id']}/{n}", text=t) for n, t in enumerate(c["documents"])])
        if len(docs) >= 2:
            out[str(c["id"])] = docs
    return out


def _gold(doc: Document) -> str:
    return doc.id.rsplit("/", 1)[0]


def _partition(groups: list[list[Document]]) -> set[frozenset[str]]:
    return {frozenset(d.id for d in g) for g in groups}


def _counting_embeds(split: Splitter, embedded: list[int]) -> Splitter:
    """``split``, adding to ``embedded`` the inputs it called the model for."""
    import storyline.nlp

    def run(docs: Sequence[Document]) -> list[list[Document]]:
        real, seen = storyline.nlp.embed, []

        def embed(texts: Sequence[str]) -> Any:
            seen.append(len(texts))
            return real(texts)

        storyline.nlp.embed = embed
        try:
            return split(docs)
        finally:
            storyline.nlp.embed = real
            embedded[0] += bool(seen)
    return run


def measure(split: Splitter, clusters: dict[str, list[Document]]) -> tuple[int, int, int, int, int, int, int]:
    """(single split, outside largest, reports, mixes exact, mixes largest whole, mixes, inputs embedded)."""
    embedded = [0]
    split = _counting_embeds(split, embedded)
    split_n = outside = reports = 0
    for docs in clusters.values():
        groups = split(docs)
        split_n += len(groups) > 1
        outside += len(docs) - len(groups[0])
        reports += len(docs)
    rnd = random.Random(0)
    ids = sorted(clusters)
    exact = whole = 0
    for _ in range(MIXES):
        pick = rnd.sample(ids, 3)
        docs = [d for p in pick for d in clusters[p]]
        rnd.shuffle(docs)
        groups = split(docs)
        gold: dict[str, list[Document]] = {}
        for d in docs:
            gold.setdefault(_gold(d), []).append(d)
        exact += _partition(groups) == _partition(list(gold.values()))
        top = Counter(_gold(d) for d in groups[0])
        whole += len(top) == 1 and len(groups[0]) == len(gold[next(iter(top))])
    return split_n, outside, reports, exact, whole, MIXES, embedded[0]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--files", default="duc2003,multinews-dev,tac2011")
    p.add_argument("--no-big", action="store_true", help="leave out the big inputs (the stories stream's first N)")
    args = p.parse_args()
    print("| file (split) | system | single stories split | reports outside largest | mixes of 3 exact "
          "| mixes: largest = one whole story | inputs embedded |")
    print("|---|---|---|---|---|---|---|")
    for name in args.files.split(","):
        if not (BENCH / f"{name}.jsonl").exists():
            print(f"| {name} | skipped: {BENCH / name}.jsonl not found | | | | | |")
            continue
        clusters = _clusters(name)
        split_of = "held out" if name == "tac2011" else "tuned on"
        for system, fn in SYSTEMS.items():
            s, o, r, e, w, m, x = measure(fn, clusters)
            print(f"| {name} ({split_of}) | {system} | {s}/{len(clusters)} | {o}/{r} | {e}/{m} | {w}/{m} "
                  f"| {x}/{len(clusters) + m} |")
    if not args.no_big:
        big_inputs()


def big_inputs() -> None:
    """Big inputs: the first 50, 100, 200 reports and all of bench/stories_eval.py's stream (the three
    files shuffled with random.Random(0)), split by the shipped ``split_stories`` (from
    ``SplitSettings.large`` reports on, as the store splits a stream) and by the join alone (the
    mean-embedding join at every size, as before), scored against the gold stories."""
    from stories_eval import load_stream, score
    from storyline.stories.batch import SplitSettings

    raws, gold = load_stream(0)
    docs, _ = clean_all(raws)
    systems: dict[str, Splitter] = {
        "storyline": split_stories,
        "join at every size": lambda ds: split_stories(ds, SplitSettings(large=10**9)),
    }
    print("\nbig inputs (the stories stream): BCubed F1 / pairwise F1, groups, largest group")
    print("| reports | " + " | ".join(systems) + " |\n|---|" + "---|" * len(systems))
    for k in (50, 100, 200, len(docs)):
        part = docs[:k]
        cells = []
        for fn in systems.values():
            groups = fn(part)
            b, pw = score({d.id: str(n) for n, g in enumerate(groups) for d in g}, {d.id: gold[d.id] for d in part})
            cells.append(f"{b.f1:.3f} / {pw.f1:.3f}, {len(groups)} groups, largest {max(map(len, groups))}")
        print(f"| {k} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
