"""Page kinds: which saved pages the page-kind check skips or notes, against hand labels, beside "keep everything".

The labels (``bench/page_kinds/labels.json``: 40 unseen pages of the HTML bench, split by site into a tuning
and a held-out half; ``named.json``: the 42 pages the repo named before, tuning only) were written before the
check ran on them. A page is read as ``brief`` reads it (``ingest.html.extract_html``); the check's decision is
``skip``, ``note`` or ``keep``. News reports (``news``, ``fact_check``) must be kept; ``results`` pages are
kept, a note is right; every other kind is not a news report: "caught" when skipped or noted.

    python bench/page_kinds_eval.py                  # the held-out half (the number to report)
    python bench/page_kinds_eval.py --split tune     # the tuning half; --split named; --split all
    python bench/page_kinds_eval.py --gate           # the held-out half against quality_floors.json "page_kinds"
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _floors import check_floors  # noqa: E402
from storyline.errors import InputError  # noqa: E402
from storyline.ingest.html import extract_html  # noqa: E402

SHARED = Path(os.environ.get("STORYLINE_SHARED") or ROOT.parent / "shared")
PAGES = SHARED / "bench" / "article-extraction" / "html"
REPORTS = {"news", "fact_check"}
KEPT_WITH_NOTE = {"results"}


def _labels(split: str) -> dict[str, dict[str, str]]:
    pages: dict[str, dict[str, str]] = {}
    for name in ("labels.json", "named.json"):
        pages.update(json.loads((ROOT / "bench" / "page_kinds" / name).read_text())["pages"])
    return {k: v for k, v in pages.items() if split == "all" or v["split"] == split}


def _decision(page_id: str) -> tuple[str, str]:
    """(skip | note | keep | unread, the check's kind or the reading error)."""
    html = gzip.open(PAGES / f"{page_id}.html.gz").read().decode("utf-8", "replace")
    try:
        art = extract_html(html, page_id)
    except InputError as err:
        return "unread", err.reason
    if art.kind is None:
        return "keep", ""
    return ("skip" if art.kind.skip else "note"), art.kind.kind


def evaluate(split: str, *, show: bool = True) -> dict[str, float]:
    """Print the per-kind table of ``split``; return the measures the gate reads."""
    labels = _labels(split)
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[str] = []
    for page_id, lab in sorted(labels.items(), key=lambda kv: (kv[1]["kind"], kv[0])):
        decision, kind = _decision(page_id)
        rows[lab["kind"]][decision] += 1
        if show:
            print(f"{page_id[:12]}  {lab['kind']:<13} {lab.get('lang', 'en')}  {decision:<6} {kind}")
        if lab["kind"] in REPORTS and decision != "keep" and decision != "unread":
            wrong.append(f"{page_id[:12]} ({lab['kind']}): {decision} as {kind}")
    print(f"\n## {split}: {len(labels)} pages\n")
    print("| kind | pages | skipped | noted | kept | not read (language, no text) | keep everything: caught |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in sorted(rows):
        c = rows[kind]
        print(f"| {kind} | {sum(c.values())} | {c['skip']} | {c['note']} | {c['keep']} | {c['unread']} | 0 |")
    reports = [c for k, c in rows.items() if k in REPORTS]
    others = [c for k, c in rows.items() if k not in REPORTS]
    n_reports = sum(c["skip"] + c["note"] + c["keep"] for c in reports)
    kept = sum(c["keep"] + c["note"] for c in reports)
    clean = sum(c["keep"] for c in reports)
    n_other = sum(c["skip"] + c["note"] + c["keep"] for c in others)
    caught = sum(c["skip"] + c["note"] for c in others)
    skipped_results = sum(c["skip"] for k, c in rows.items() if k in KEPT_WITH_NOTE)
    print(f"\nnews reports kept: {kept} of {n_reports} (keep everything: {n_reports} of {n_reports}); "
          f"kept without a note: {clean} of {n_reports}")
    print(f"pages not news caught (skipped or noted): {caught} of {n_other} (keep everything: 0 of {n_other}); "
          f"results pages skipped: {skipped_results}")
    for w in wrong:
        print(f"  news flagged: {w}")
    return {
        "news_kept": kept / n_reports if n_reports else 1.0,
        "news_without_note": clean / n_reports if n_reports else 1.0,
        "not_news_caught": caught / n_other if n_other else 1.0,
    }


def gate(measured: dict[str, float] | None = None) -> int:
    """1 when the held-out measures fall below quality_floors.json's ``page_kinds`` floors."""
    floors = json.loads((ROOT / "bench" / "quality_floors.json").read_text())["page_kinds"]
    if not PAGES.is_dir():
        print("page kinds gate: no ../shared HTML pages; skipped")
        return 0
    measured = evaluate("heldout", show=False) if measured is None else measured
    failed = check_floors(measured, {k: v for k, v in floors.items() if k != "about"},
                          label="page kinds (held-out)", column="measured", prefix="page_kinds", digits=3)
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="heldout", choices=["heldout", "tune", "named", "all"])
    ap.add_argument("--gate", action="store_true", help="compare the held-out measures with the floors")
    ap.add_argument("--quiet", action="store_true", help="no per-page lines")
    args = ap.parse_args()
    measured = evaluate("heldout" if args.gate else args.split, show=not args.quiet)
    return gate(measured) if args.gate else 0


if __name__ == "__main__":
    sys.exit(main())
