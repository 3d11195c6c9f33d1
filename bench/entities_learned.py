"""The learned entity check (``storyline.entities.learned``, ents26) against main's list, on held-out labels.

Test sets, never used to train or to choose the threshold (``scripts/train_entity_check.py`` trains on the
labels' dev, held-out and held-out-2 splits and picks the threshold by leave-one-story-out cross-validation there):

- ``held-out-3`` of ``bench/entities/labels.json``: ``entities_eval.py``'s measures, the check off (main) and on;
- the twenty-first read's five single pages (``bench/entities/read21_top20.json``: each page's "People and
  organisations" top 20 as that read recorded them, junk and real): junk left in the list and real names lost.

    python bench/entities_learned.py              # both tables
    python bench/entities_learned.py --threshold 0.6   # another threshold than the data file's (a look only)
    python bench/entities_learned.py --pages abd9d6291b6b ...   # what the check drops from other pages' top 20s
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities_eval import KINDS, LABELS, SHARED, Tally, _cluster_docs, _fold, _score, measures  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
READ21 = ROOT / "bench" / "entities" / "read21_top20.json"
HTML = SHARED / "bench" / "article-extraction" / "html"
Row = tuple[Any, Any, list[str]]  # (Entity, Support, the story's texts)


def parsed(spec: str) -> tuple[Any, Any]:
    """(analyses, located) of a labelled story ("seeds", "duc2003.jsonl#D30003") or an HTML page ("html:ID")."""
    import storyline
    from storyline.analyse import analyse
    from storyline.places import locate_places

    if spec.startswith("html:"):
        inputs: Sequence[Any] = sorted(HTML.glob(spec[5:] + "*.html.gz"))
    else:
        inputs = [SHARED / "seeds"] if spec == "seeds" else _cluster_docs(spec)
    docs, _ = storyline.read_documents(inputs)
    analyses = analyse(docs)
    return analyses, locate_places(analyses)


def listed_rows(analyses: Any, located: Any, checks: bool = True) -> tuple[list[Any], list[Row]]:
    """The stage's entities (the learned check off; ``checks=False``: the rules off too) and, for each, what the
    learned check reads."""
    import storyline.entities as stage
    from storyline.entities.learned import listed, ranked

    rows: list[Row] = []

    def keep(entities: Sequence[tuple[Any, Any]], texts: Sequence[str], checks: bool = True) -> list[Any]:
        rows.extend((e, s, list(texts)) for e, s in entities)
        return listed(entities, texts, checks) if not checks else ranked(entities, texts)

    return _with_listed(stage, keep, lambda: stage.merge_entities(analyses, located, checks=checks)), rows


def _with_listed(stage: Any, fn: Callable[..., list[Any]], run: Callable[[], list[Any]]) -> list[Any]:
    saved = stage.listed
    stage.listed = fn
    try:
        return run()
    finally:
        stage.listed = saved


def checked_entities(analyses: Any, located: Any, threshold: float | None) -> list[Any]:
    """The stage's entities with the learned check on (at the data file's threshold, or ``threshold``)."""
    import storyline.entities as stage
    from storyline.entities import learned

    model = learned.load_check()
    if threshold is not None:
        model = learned.CheckModel({**_doc(model), "threshold": threshold})

    def on(entities: Sequence[tuple[Any, Any]], texts: Sequence[str], checks: bool = True) -> list[Any]:
        return learned.ranked(learned.without_junk(entities, texts, on=True, model=model), texts)

    return _with_listed(stage, on, lambda: stage.merge_entities(analyses, located))


def _doc(model: Any) -> dict[str, Any]:
    from storyline.entities.learned import FEATURES

    return {"on": True, "threshold": model.threshold, "features": list(FEATURES), "mean": model.mean,
            "scale": model.scale, "weights": model.weights, "bias": model.bias}


def top20(entities: Sequence[Any]) -> list[Any]:
    """The brief's "People and organisations" list: the first 20 entities that are no place."""
    return [e for e in entities if e.kind != "place"][:20]


def _held_out_3(threshold: float | None) -> list[str]:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    tallies = {"main": Tally(), "learned": Tally()}
    errors: list[str] = []
    for spec, story in labels["stories"].items():
        if story["split"] != "held-out-3":
            continue
        print(spec, file=sys.stderr, flush=True)
        analyses, located = parsed(spec)
        base, _ = listed_rows(analyses, located)
        new = checked_entities(analyses, located, threshold)
        for run, ents in (("main", base), ("learned", new)):
            t, _errs = _score(story, ents, located)
            tallies[run].add(t)
        gone = {_fold(e.name) for e in base} - {_fold(e.name) for e in new}
        for e in base:
            if _fold(e.name) in gone:
                want = next((k for n, k in story["entities"].items() if _fold(n) in {_fold(x) for x in
                             (e.name, *e.aliases)}), "unlabelled")
                errors.append(f"  {spec}: dropped {e.name} ({e.kind}; labelled {want})")
    m, n = measures(tallies["main"]), measures(tallies["learned"])
    out = ["held-out-3 (5 stories), entities_eval.py's measures", f"{'measure':<24}{'main':>8}{'learned':>9}"]
    for k in (*(f"{k}_{w}" for k in KINDS for w in ("precision", "recall")), "junk_kept_out", "place_accuracy"):
        out.append(f"{k:<24}{m[k]:>8.3f}{n[k]:>9.3f}")
    jb, jn = tallies["main"], tallies["learned"]
    out.append(f"{'junk listed (of labelled)':<24}{jb.junk_listed:>5} /{jb.junk:<2}{jn.junk_listed:>6} /{jn.junk:<2}")
    return out + ["names the check drops:", *(errors or ["  none"])]


def _read21(threshold: float | None) -> list[str]:
    pages = json.loads(READ21.read_text(encoding="utf-8"))["pages"]
    out = ["the twenty-first read's five pages (top 20 'People and organisations')",
           f"{'page':<14}{'junk main':>10}{'junk learned':>13}{'real lost':>10}  dropped"]
    totals = [0, 0, 0, 0]
    for page, want in pages.items():
        print(page, file=sys.stderr, flush=True)
        analyses, located = parsed("html:" + page)
        base, _ = listed_rows(analyses, located)
        new = checked_entities(analyses, located, threshold)
        junk = {_fold(n) for n in want["junk"]}
        real = {_fold(n) for n in want["real"]}
        b = [_fold(e.name) for e in top20(base)]
        n = [_fold(e.name) for e in top20(new)]
        unknown = [x for x in b if x not in junk | real]
        jb, jn = sum(x in junk for x in b), sum(x in junk for x in n)
        lost = sorted((real & set(b)) - set(n))
        totals = [totals[0] + jb, totals[1] + jn, totals[2] + len(lost), totals[3] + len(real)]
        dropped = ", ".join(x for x in b if x not in n) or "-"
        note = f"  (unlabelled in main's list: {', '.join(unknown)})" if unknown else ""
        out.append(f"{page:<14}{jb:>10}{jn:>13}{len(lost):>10}  {dropped}{note}")
    out.append(f"{'total':<14}{totals[0]:>10}{totals[1]:>13}{totals[2]:>10}  (real names listed: {totals[3]})")
    return out


def _drops(pages: Sequence[str], threshold: float | None) -> list[str]:
    """What the check takes out of (or brings into) each page's top 20, for reading by eye."""
    out = ["page          top 20 main -> learned; dropped | brought into the top 20"]
    for page in pages:
        try:
            analyses, located = parsed("html:" + page)
        except Exception as err:  # noqa: BLE001 - a page storyline skips (not news) is reported, not fatal
            out.append(f"{page}  skipped: {str(err)[:100]}")
            continue
        base = top20(listed_rows(analyses, located)[0])
        new = top20(checked_entities(analyses, located, threshold))
        gone = [f"{e.name} ({e.kind})" for e in base if e.name not in {x.name for x in new}]
        came = [f"{e.name} ({e.kind})" for e in new if e.name not in {x.name for x in base}]
        out.append(f"{page}  {len(base)} -> {len(new)}; {'; '.join(gone) or '-'} | {'; '.join(came) or '-'}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, help="a look at another threshold (not the shipped one)")
    ap.add_argument("--only", choices=("held-out-3", "read21"))
    ap.add_argument("--pages", nargs="+", metavar="ID", help="only list what the check drops on these HTML pages")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"entities_learned: {SHARED} not found (the shared benchmark data)", file=sys.stderr)
        return 2
    if args.pages:
        print("\n".join(_drops(args.pages, args.threshold)))
        return 0
    lines: list[str] = []
    if args.only != "read21":
        lines += _held_out_3(args.threshold) + [""]
    if args.only != "held-out-3":
        lines += _read21(args.threshold)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

