"""storyline's text of every page of the article-extraction benchmark, saved, and its F1 over all 181 pages.

    PYTHONPATH=src python scripts/html_pages_f1.py OUT.json [BEFORE.json]

Each page goes through ``bench/clean_eval.py``'s ``_parse`` (the page as ``ingest`` reads it, page kinds off)
and ``_cleaned`` (the model's clean), and is scored with the benchmark's metric (``bench/shingle_metric.py``)
against ``ground-truth.json``: all 181 pages (the non-English ones too), the English ones, the held-out sites'.
OUT.json keeps each page's ingest text, cleaned text and the brief's title; with BEFORE.json (an earlier OUT) it
lists the pages whose texts or titles differ, with their page F1 before and after (branch html21).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from clean_data import held_out, load_pages  # noqa: E402
from clean_eval import HTML_DIR, _cleaned, _parse, _read_html  # noqa: E402
from shingle_metric import aggregate, page_counts, page_f1  # noqa: E402


def texts() -> dict[str, dict[str, Any]]:
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.id: p for p in load_pages()}
    out: dict[str, dict[str, Any]] = {}
    for pid in sorted(truth):
        raw = _parse(_read_html(pid), pid)
        doc = _cleaned(raw, True) if raw is not None else None
        out[pid] = {"raw": raw.text if raw else "", "clean": doc.text if doc else "",
                    "title": doc.title if doc else None, "english": pages[pid].english,
                    "held": held_out(pages[pid].group), "truth": truth[pid]["articleBody"]}
    return out


def main() -> int:
    res = texts()
    Path(sys.argv[1]).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    eng = [k for k in res if res[k]["english"]]
    held = [k for k in eng if res[k]["held"]]
    for name, sel in (("all pages", list(res)), ("English pages", eng), ("held-out sites", held)):
        f1, p, r = aggregate([page_counts(res[k]["clean"], res[k]["truth"]) for k in sel])
        print(f"{name} ({len(sel)}): F1 {f1:.4f}  P {p:.4f}  R {r:.4f}")
    if len(sys.argv) > 2:
        before = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        for k in sorted(res):
            a, b = before[k], res[k]
            if a["raw"] != b["raw"] or a["clean"] != b["clean"]:
                fa, fb = (page_f1(page_counts(x["clean"], b["truth"])) for x in (a, b))
                print(f"text changed: {k[:12]} words {len(a['clean'].split())} -> {len(b['clean'].split())}, "
                      f"page F1 {fa:.3f} -> {fb:.3f}")
            if a["title"] != b["title"]:
                print(f"title changed: {k[:12]} {a['title']!r} -> {b['title']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
