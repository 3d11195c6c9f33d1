"""Per-page analysis of storyline's HTML cleaning against the article-extraction benchmark's ground truth.

    PYTHONPATH=src python scripts/html_variants.py [--cache FILE] [--pages N]

Issue 10 (HTML part). For every English page of ``../shared/bench/article-extraction`` it extracts the page
with trafilatura under several settings (as ``ingest.html`` calls it, with one setting changed), cleans each
extraction as ``storyline clean`` does, and scores every text with the benchmark's metric
(``bench/shingle_metric.py``), trafilatura's own call as the benchmark makes it in the same run. Then:

1. one table, F1 / precision / recall per variant, training and held-out sites apart (choose on the
   training rows; the held-out rows are for reporting);
2. where recall is lost on each page: in extraction (ground-truth shingles trafilatura never returned) or in
   cleaning (returned, then removed), and the removed lines that hold ground-truth text, by the reason
   cleaning recorded (to check whether "ground-truth text that is furniture in practice" explains the loss);
3. per-page choosers between two extractions (a rule read off the pages themselves, tuned on training
   sites only).

The texts are cached (``--cache``) so the tables can be redone without extracting again. Nothing here ships.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from clean_data import held_out, load_pages  # noqa: E402
from clean_eval import BENCH_CALL, HTML_DIR, _bench_extract, _read_html  # noqa: E402
from shingle_metric import _shingles, aggregate, page_counts, page_f1, precision, recall  # noqa: E402

VARIANTS: dict[str, dict[str, Any]] = {
    "defaults (as ingest)": {},
    "favor_recall": {"favor_recall": True},
    "favor_precision": {"favor_precision": True},
    "include_tables off": {"include_tables": False},
    "no fallback (fast)": {"fast": True},
    "comments in": {"include_comments": True},
}


def _extract(html: str, page_id: str, extra: dict[str, Any]) -> tuple[str, str, list[dict[str, str]]]:
    """(ingest text, cleaned text, removed lines with reasons) with ``extra`` trafilatura settings."""
    import trafilatura

    from storyline.clean import clean_document
    from storyline.errors import InputError
    from storyline.ingest import html as ingest_html

    real = trafilatura.bare_extraction
    trafilatura.bare_extraction = lambda *a, **k: real(*a, **{**k, **extra})
    try:
        raw = ingest_html.parse_html(html, page_id)
    except InputError:
        return "", "", []
    finally:
        trafilatura.bare_extraction = real
    try:
        doc = clean_document(raw)
    except InputError:
        return raw.text, "", []
    return raw.text, doc.text, [{"text": r.text, "reason": str(r.reason)} for r in doc.removed]


BASELINE = "trafilatura baseline()"


def _baseline(html: str, page_id: str) -> dict[str, Any]:
    """trafilatura's ``baseline`` (JSON-LD articleBody, else the <article>, else every <p>: a recall-first
    extraction), and that text cleaned as ``storyline clean`` cleans an HTML page (the default extraction's
    title, the markup hints of the baseline's lines)."""
    import trafilatura

    from storyline.clean import clean_document
    from storyline.errors import InputError
    from storyline.ingest.html import parse_html
    from storyline.ingest.markup import markup_hints
    from storyline.model import RawDocument

    text = trafilatura.baseline(html)[1] or ""
    if not text.strip():
        return {"raw": "", "clean": "", "removed": []}
    try:
        title = parse_html(html, page_id).title
    except InputError:
        title = None
    raw = RawDocument(id=page_id, text=text, title=title, source="html", markup=markup_hints(html, text.split("\n")))
    try:
        return {"raw": text, "clean": clean_document(raw).text, "removed": []}
    except InputError:
        return {"raw": text, "clean": "", "removed": []}


def build(cache: Path, limit: int) -> dict[str, Any]:
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    out: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    pages = [p for p in load_pages() if p.english and p.id in truth][:limit or None]
    for k, page in enumerate(pages):
        if page.id in out and all(name in out[page.id] for name in [*VARIANTS, BASELINE]):
            continue
        html = _read_html(page.id)
        row: dict[str, Any] = out.get(page.id) or {
            "site": page.group, "held_out": held_out(page.group), "truth": truth[page.id]["articleBody"],
            BENCH_CALL: _bench_extract(html)}
        for name, extra in VARIANTS.items():
            if name not in row:
                raw, cleaned, removed = _extract(html, page.id, extra)
                row[name] = {"raw": raw, "clean": cleaned, "removed": removed}
        if BASELINE not in row:
            row[BASELINE] = _baseline(html, page.id)
        out[page.id] = row
        if k % 20 == 19:
            cache.write_text(json.dumps(out), encoding="utf-8")
            print(f"{k + 1}/{len(pages)} pages", file=sys.stderr, flush=True)
    cache.write_text(json.dumps(out), encoding="utf-8")
    return out


Pick = Callable[[dict[str, Any]], str]


def _table(data: dict[str, Any], systems: dict[str, Pick]) -> str:
    rows = ["| system | training F1 | P | R | held-out F1 | P | R |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, pick in systems.items():
        cells = []
        for held in (False, True):
            counts = [page_counts(pick(r), r["truth"]) for r in data.values() if r["held_out"] == held]
            f1, p, rc = aggregate(counts)
            cells += [f"{f1:.4f}", f"{p:.4f}", f"{rc:.4f}"]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _loss_table(data: dict[str, Any], variant: str) -> str:
    """Where ground-truth shingles are lost (extraction vs cleaning), and the removed lines holding them."""
    by_reason: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    lost = {False: [0.0, 0.0, 0.0], True: [0.0, 0.0, 0.0]}  # truth shingles: missed by extraction, by cleaning, total
    extra = {False: [0.0, 0.0], True: [0.0, 0.0]}  # false positives: in the extraction, left after cleaning
    for r in data.values():
        t = _shingles(r["truth"])
        raw, cl = _shingles(r[variant]["raw"]), _shingles(r[variant]["clean"])
        total = max(sum(t.values()), 1)
        miss_ex = sum((t - raw).values())
        miss_all = sum((t - cl).values())
        h = r["held_out"]
        lost[h][0] += miss_ex / total
        lost[h][1] += (miss_all - miss_ex) / total
        lost[h][2] += 1
        extra[h][0] += sum((raw - t).values()) / max(sum(raw.values()), 1)
        extra[h][1] += sum((cl - t).values()) / max(sum(cl.values()), 1)
        for rem in r[variant]["removed"]:
            s = _shingles(rem["text"])
            inside = sum((s & t).values())
            if inside and inside >= 0.5 * sum(s.values()):
                by_reason[h][rem["reason"]] += inside / total
    lines = ["| split | truth lost in extraction (mean share per page) | lost in cleaning "
             "| extraction's words not in truth "
             "(mean share) | after cleaning |", "|---|---:|---:|---:|---:|"]
    for h in (False, True):
        n = max(lost[h][2], 1)
        lines.append(f"| {'held-out' if h else 'training'} | {lost[h][0] / n:.4f} | {lost[h][1] / n:.4f} | "
                     f"{extra[h][0] / n:.4f} | {extra[h][1] / n:.4f} |")
    lines += ["", "Removed lines that are mostly ground-truth text, by the reason cleaning recorded (truth shingles "
              "they hold, as a mean share of a page's truth):", "",
              "| reason | training | held-out |", "|---|---:|---:|"]
    reasons = sorted(set(by_reason[False]) | set(by_reason[True]),
                     key=lambda x: -(by_reason[False][x] + by_reason[True][x]))
    for rs in reasons:
        nt, nh = max(lost[False][2], 1), max(lost[True][2], 1)
        lines.append(f"| {rs} | {by_reason[False][rs] / nt:.4f} | {by_reason[True][rs] / nh:.4f} |")
    return "\n".join(lines)


def _worst(data: dict[str, Any], variant: str, n: int) -> str:
    rows = ["| page | site | split | trafilatura P/R | storyline P/R | raw extraction R | F1 diff |",
            "|---|---|---|---|---|---|---:|"]
    scored = []
    for pid, r in data.items():
        t = page_counts(r[BENCH_CALL], r["truth"])
        s = page_counts(r[variant]["clean"], r["truth"])
        x = page_counts(r[variant]["raw"], r["truth"])
        scored.append((page_f1(s) - 1.0, pid, r, t, s, x))
    for _, pid, r, t, s, x in sorted(scored, key=lambda z: z[0])[:n]:
        split = "held" if r["held_out"] else "train"
        rows.append(f"| {pid[:10]} | {r['site']} | {split} | {precision(t):.2f}/{recall(t):.2f} | "
                    f"{precision(s):.2f}/{recall(s):.2f} | {recall(x):.2f} | {page_f1(s) - page_f1(t):+.3f} |")
    return "\n".join(rows)


def _words(text: str) -> int:
    return len(text.split())


def _covers(a: str, b: str) -> float:
    """Share of ``a``'s shingles that ``b`` holds."""
    sa, sb = _shingles(a), _shingles(b)
    return sum((sa & sb).values()) / max(sum(sa.values()), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/tmp/html_variants.json")
    ap.add_argument("--pages", type=int, default=0)
    ap.add_argument("--worst", type=int, default=15)
    args = ap.parse_args()
    data = build(Path(args.cache), args.pages)
    print(f"English pages: {len(data)} ({sum(r['held_out'] for r in data.values())} on held-out sites)\n")
    systems: dict[str, Pick] = {BENCH_CALL: lambda r: r[BENCH_CALL]}
    for name in [*VARIANTS, BASELINE]:
        label = name if name == BASELINE else f"trafilatura {name}"
        systems[f"{label}, no cleaning"] = lambda r, name=name: r[name]["raw"]
        systems[f"storyline clean on {name}"] = lambda r, name=name: r[name]["clean"]
    print(_table(data, systems) + "\n")
    print("## Where recall is lost (storyline on the defaults)\n\n" + _loss_table(data, "defaults (as ingest)") + "\n")
    print("## Worst pages (storyline on the defaults)\n\n" + _worst(data, "defaults (as ingest)", args.worst) + "\n")
    choosers: dict[str, Pick] = {}
    for ratio in (1.2, 1.5, 2.0, 3.0):
        def pick(r: dict[str, Any], ratio: float = ratio) -> str:
            d, rec = r["defaults (as ingest)"], r["favor_recall"]
            return rec["clean"] if _words(rec["clean"]) > ratio * max(_words(d["clean"]), 1) else d["clean"]
        choosers[f"favor_recall when its cleaned text is > {ratio}x the default's words"] = pick
    for ratio in (0.5, 0.7, 0.9):
        def pick_p(r: dict[str, Any], ratio: float = ratio) -> str:
            d, pr = r["defaults (as ingest)"], r["favor_precision"]
            return pr["clean"] if _words(pr["clean"]) >= ratio * _words(d["clean"]) else d["clean"]
        choosers[f"favor_precision when it keeps >= {ratio:.0%} of the default's words"] = pick_p
    for ratio in (1.5, 2.0, 2.5):
        def pick_b(r: dict[str, Any], ratio: float = ratio) -> str:
            d, b = r["defaults (as ingest)"], r[BASELINE]
            covered = _covers(d["raw"], b["raw"])
            return b["clean"] if _words(b["raw"]) >= ratio * _words(d["raw"]) and covered >= 0.8 else d["clean"]
        choosers[f"baseline() when it has >= {ratio}x the default's words and holds 80% of its text"] = pick_b
    base: dict[str, Pick] = {BENCH_CALL: lambda r: r[BENCH_CALL],
                             "storyline (defaults)": lambda r: r["defaults (as ingest)"]["clean"]}
    print("## Per-page choosers\n\n" + _table(data, {**base, **choosers}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
