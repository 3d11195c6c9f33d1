"""What the timeline, places and entities stages cost, and how fast the gazetteer loads.

Targets (issue 5): the three stages add under 1 s to a ten-article brief with
models loaded; the shipped gazetteer loads in under 0.5 s.

For each story (by default every ten-article cluster of ../shared/bench/tac2011.jsonl,
plus the reference story ../shared/seeds) the script builds the whole brief with
models loaded, then times the three stages alone on the same analyses, so the
brief without them is measured in the same run (whole brief minus the stages).
The first story also pays the one-off costs (gazetteer load, per-country
indexes), shown as "first call". Medians over ``--runs``.

    python bench/geo_speed.py [--runs 3] [--clusters 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _timing import median_time

SHARED = Path(__file__).resolve().parents[1].parent / "shared"




def gazetteer_load(runs: int) -> tuple[float, float]:
    """(in-process parse of the shipped file, cold first load in a fresh interpreter minus its imports)."""
    from importlib import resources

    from storyline.places.gazetteer import DATA_FILE, parse

    def warm() -> None:
        parse(resources.files("storyline").joinpath("data", DATA_FILE).read_bytes())

    in_process = median_time(warm, runs)
    code = (
        "import time; import storyline.places.gazetteer as g; t=time.perf_counter(); g.load_gazetteer(); "
        "print(time.perf_counter()-t)"
    )
    cold = statistics.median(
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
        for _ in range(runs)
    )
    return in_process, cold


def stories(n_clusters: int) -> list[tuple[str, list[Any]]]:
    """(name, cleaned documents) for the bench clusters and the reference story."""
    from storyline import _read

    out: list[tuple[str, list[Any]]] = []
    tac = SHARED / "bench" / "tac2011.jsonl"
    if tac.exists():
        docs, _ = _read([str(tac)], 50_000_000, None)
        by_story: dict[str, list[Any]] = {}
        for d in docs:
            by_story.setdefault(d.story or "?", []).append(d)
        for sid in list(by_story)[:n_clusters]:
            out.append((f"tac2011 {sid}", by_story[sid]))
    if (SHARED / "seeds").is_dir():
        docs, _ = _read([str(SHARED / "seeds")], 5_000_000, None)
        out.append(("seeds", docs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clusters", type=int, default=3, help="how many tac2011 clusters (10 articles each)")
    args = ap.parse_args()

    in_process, cold = gazetteer_load(args.runs)
    print(f"gazetteer load: {in_process:.3f} s in process (parse), {cold:.3f} s first load in a fresh process"
          f"  [target < 0.5 s]")
    todo = stories(args.clusters)
    if not todo:
        print(f"geo_speed: no stories under {SHARED}; nothing more to measure")
        return 0

    from storyline.analyse import analyse
    from storyline.entities import merge_entities
    from storyline.nlp import get_nlp
    from storyline.pipeline import build_brief
    from storyline.places import locate_places
    from storyline.sources import mark_copies
    from storyline.timeline import build_timeline

    get_nlp()
    header = f"{'story':<16}{'docs':>5}{'words':>8}{'brief':>9}{'without':>9}{'timeline':>10}{'places':>8}" \
             f"{'entities':>10}{'added':>8}"
    print(header)
    first = True
    worst = 0.0
    for name, docs in todo:
        analyses = analyse(mark_copies(docs))
        if first:
            t0 = time.perf_counter()
            located = locate_places(analyses)
            build_timeline(analyses)
            merge_entities(analyses, located)
            once = time.perf_counter() - t0
            print(f"first call of the three stages (gazetteer load and per-country indexes included): {once:.3f} s")
            first = False
        whole = median_time(lambda docs=docs: build_brief(docs), args.runs)  # type: ignore[misc]
        tl = median_time(lambda a=analyses: build_timeline(a), args.runs)  # type: ignore[misc]
        pl = median_time(lambda a=analyses: locate_places(a), args.runs)  # type: ignore[misc]
        located = locate_places(analyses)
        en = median_time(lambda a=analyses, loc=located: merge_entities(a, loc), args.runs)  # type: ignore[misc]
        added = tl + pl + en
        worst = max(worst, added)
        n_words = sum(len(d.text.split()) for d in docs)
        print(f"{name:<16}{len(docs):>5}{n_words:>8}{whole:>9.3f}{whole - added:>9.3f}{tl:>10.3f}{pl:>8.3f}"
              f"{en:>10.3f}{added:>8.3f}")
    print(f"worst added by timeline+places+entities: {worst:.3f} s  [target < 1 s]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
