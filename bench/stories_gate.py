"""CI quality gate for story clustering: storyline's online assignment on the development stream
(bench/stories_eval.py's stream: multinews-dev + duc2003 + tac2011, shuffled with random.Random(0))
must not drop below the floors in bench/stories_floors.json (only ever raised).

Measured with the shipped settings (never tuned here) and the date window a new store gets by default (auto since
round 19 of bench/STORIES_EXPERIMENTS.md, or ``$STORYLINE_WINDOW``; the in-memory runs use the same, so the store
and the in-memory index are compared like with like), one report at a time in stream order, on the whole stream and
on each held-out part of bench/stories_eval.py's splits (tac2011 alone; the half B of the gold stories): with one add
of all the reports, and with adds of 25 reports (the merge pass after each add; rows named '<part>, adds of N',
``ADDS_OF``).

Two ways of measuring, both printed for every row; each floor holds the one its row names (``measured``
in the floors file, ``store`` when absent):
- ``store``: through ``Store.add_documents`` and ``Store.merge_pass`` in a temporary store, add by add, as
  ``storyline add`` runs. The store keeps one copy of an identical cleaned text (content hash): a repeat is
  not assigned again and is in its first copy's story. This is what users get.
- ``in memory, each copy``: the in-memory index with every copy of an identical text assigned as a report of
  its own (``storyline_online`` without ``as_store``), the way every gate row was measured before stories10
  (bench/STORIES_EXPERIMENTS.md round 10). Kept only for a row whose floor the store's way is below: that row
  keeps its floor on this way, and a row '<part>, adds of N, store' holds the store's way with its own floor.
The in-memory index fed as the store is (``as_store``: a repeat joins its first copy's story) must give the
store's stories for every part and frequency. About a minute: cleaning the 679 documents is most of it.

Exits 1 when a floor is broken; exits 0 with a note when ../shared/bench is absent (1 when
STORYLINE_REQUIRE_SHARED=1, as the quality gate does).

    python bench/stories_gate.py [--floors bench/stories_floors.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stories_eval import BENCH, Labels, load_stream, score, splits, storyline_online, storyline_store  # noqa: E402

ADDS_OF = ", adds of "
"""A floor named '<part>, adds of N' is measured with the merge pass after every N reports, as
``add`` run on batches of N (a desk adding through the day) does; the others with one add of all."""
STORE = "store"
EACH_COPY = "in memory, each copy"
WAYS = (STORE, EACH_COPY)


def _groups(labels: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for item, story in labels.items():
        out.setdefault(story, set()).add(item)
    return {frozenset(v) for v in out.values()}


def _row(part: str) -> tuple[str, int | None]:
    """The part a floor row measures and how many reports per add (None: one add of all); a trailing
    ', store' names the way, not the part."""
    name = part.removesuffix(", " + STORE)
    base, _, adds = name.partition(ADDS_OF)
    return base, int(adds) if adds else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", default=str(HERE / "stories_floors.json"))
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories gate: {BENCH} not found; skipped")
        return 1 if os.environ.get("STORYLINE_REQUIRE_SHARED") == "1" else 0
    from storyline.pipeline import clean_all

    floors: dict[str, dict[str, float | str]] = json.loads(Path(args.floors).read_text(encoding="utf-8"))["floors"]
    raws, gold = load_stream(0)
    docs, _ = clean_all(raws)
    parts = {"stream": lambda i: True}
    for _, _, name, keep in splits(gold):
        parts[name] = keep
    runs: dict[tuple[str, int | None], dict[str, Labels]] = {}
    differ: list[str] = []
    for part in floors:
        key = _row(part)
        if key in runs:
            continue
        base, every = key
        kept = [d for d in docs if parts[base](d.id)]
        stored = storyline_store(kept, every)
        runs[key] = {STORE: stored, EACH_COPY: storyline_online(kept, every=every)}
        if _groups(storyline_online(kept, every=every, as_store=True)) != _groups(stored):
            differ.append(f"{base}{ADDS_OF}{every}" if every else base)
    failed: list[str] = []
    print("| part | measure | store | in memory, each copy | floor holds | floor | ok |\n"
          "|---|---|---:|---:|---|---:|---|")
    for part, floor in floors.items():
        base, every = _row(part)
        way = str(floor.get("measured", STORE))
        if way not in WAYS:
            raise SystemExit(f"{args.floors}: {part}: measured must be one of {WAYS}, not {way!r}")
        g = {i: s for i, s in gold.items() if parts[base](i)}
        got = {w: score(runs[(base, every)][w], g) for w in WAYS}
        for n, measure in enumerate(("bcubed_f1", "pairwise_f1")):
            value = got[way][n].f1
            ok = value >= float(floor[measure])
            failed += [] if ok else [f"{part} {measure}"]
            print(f"| {part} | {measure} | {got[STORE][n].f1:.3f} | {got[EACH_COPY][n].f1:.3f} | {way} | "
                  f"{float(floor[measure]):.3f} | {'yes' if ok else 'no'} |")
    print("The floors hold the column their row names ('floor holds'): the store's way (identical texts stored once,"
          " as `storyline add` does) unless a row keeps the in-memory way of earlier rounds.")
    print(f"SQLite store and in-memory index fed as the store is give the same stories: "
          f"{'yes' if not differ else 'no (' + ', '.join(differ) + ')'}")
    if differ:
        failed.append("store differs from the in-memory index")
    if failed:
        print(f"stories gate FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("stories gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
