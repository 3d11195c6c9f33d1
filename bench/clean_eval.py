"""How well cleaning removes site furniture and keeps article text, with baselines measured in the same run.

    PYTHONPATH=src python bench/clean_eval.py [--no-html | --only-html] [--gate] [--missed] [--worst N]

Tables (all from ../shared, read in place):
1. Scraped-text lines (``bench/cleaning/article_extraction_lines.jsonl``), English pages, each page's lines
   joined and cleaned as one report: furniture lines removed and article lines kept, on the held-out sites
   (``clean_data.held_out``: never trained or tuned on) and on the training sites, for: no cleaning, the
   10-word rule, the earlier rule cascade (``clean_document(model=False)``) and storyline (the model).
   The page's headline counts as furniture: moved to the title, it is removed from the body.
2. Dev gold (``gold/claims-dev.json``, all 20 documents, each cleaned with its cluster) and the seeds gold:
   furniture items removed, keep items kept, seed titles right.
3. HTML pages (``article-extraction/``, English): the benchmark's own metric (``shingle_metric``: word
   4-gram shingles over word-character runs, mean precision and mean recall over pages, F1 of the two, bootstrap
   std), with this bench's earlier metric beside it; for trafilatura's own ``extract`` (called as the
   benchmark calls it, and with its defaults as before), trafilatura's text as ``ingest`` gets it, and
   storyline (that text cleaned), all in this run; trafilatura also on all 181 pages, to check the
   metric against the benchmark's published table.
4. Speed: model load time, and cleaning time per report with and without the model (medians, same run).

``--gate`` exits 1 when a held-out figure falls below its floor in ``bench/quality_floors.json``
(``cleaning``: scraped-text lines, and ``html_held_out_f1``, storyline's F1 on the held-out sites' HTML
pages); the CI quality gate calls ``gate()``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_data import (  # noqa: E402
    KEEP,
    SHARED,
    LabelledDoc,
    LineScore,
    align_kept,
    cluster_texts,
    held_out,
    load_dev_gold,
    load_pages,
    norm,
)
from shingle_metric import (  # noqa: E402
    Counts,
    aggregate,
    bootstrap_std,
    mean_page_f1,
    page_counts,
    page_f1,
    precision,
    recall,
)
from storyline.clean import clean_document, repeat_counts  # noqa: E402
from storyline.errors import InputError  # noqa: E402
from storyline.model import Document, RawDocument  # noqa: E402

FLOORS = Path(__file__).with_name("quality_floors.json")
HTML_DIR = SHARED / "bench" / "article-extraction"

Cleaner = Callable[[LabelledDoc], list[bool]]


def _cleaned(raw: RawDocument, model: bool, counts: Counter[str] | None = None) -> Document | None:
    try:
        return clean_document(raw, counts, model=model)
    except InputError:
        return None


def storyline_cleaner(model: bool) -> Cleaner:
    def run(doc: LabelledDoc) -> list[bool]:
        out = _cleaned(RawDocument(id=doc.id, text="\n".join(doc.lines)), model)
        return align_kept(doc.lines, out.text) if out else [False] * len(doc.lines)
    return run


SYSTEMS: dict[str, Cleaner] = {
    "no cleaning": lambda d: [True] * len(d.lines),
    "10-word rule": lambda d: [len(ln.split()) >= 10 for ln in d.lines],
    "rule cascade (before)": storyline_cleaner(model=False),
    "storyline (model)": storyline_cleaner(model=True),
}


def line_table(pages: Sequence[LabelledDoc]) -> tuple[str, dict[str, LineScore]]:
    """Markdown table of furniture removed / article kept per system, held-out and training sites."""
    splits = {"held-out sites": [p for p in pages if held_out(p.group)],
              "training sites": [p for p in pages if not held_out(p.group)]}
    rows = ["| system | split | pages | furniture lines | removed | article lines | kept |",
            "|---|---|---:|---:|---:|---:|---:|"]
    held: dict[str, LineScore] = {}
    for name, run in SYSTEMS.items():
        for split, docs in splits.items():
            score = LineScore()
            for d in docs:
                score.add(d.labels, run(d))
            if split == "held-out sites":
                held[name] = score
            rows.append(f"| {name} | {split} | {len(docs)} | {score.furniture} | {score.removed_share:.1%} | "
                        f"{score.keep} | {score.kept_share:.1%} |")
    return "\n".join(rows), held


def _item_scores(
    doc: Document | None, furniture: Sequence[str], keep: Sequence[str], missed: list[str] | None = None
) -> tuple[int, int]:
    """Furniture items removed and keep items kept; ``missed`` collects the items the cleaner got wrong."""
    lines = doc.text.split("\n") if doc else []
    stays = [f for f in furniture if any(norm(f) in norm(ln) for ln in lines)]
    lost = [k for k in keep if doc is None or norm(k) not in norm(doc.text)]
    if missed is not None:
        missed += [f"furniture stays: {f}" for f in stays] + [f"keep item lost: {k}" for k in lost]
    return len(furniture) - len(stays), len(keep) - len(lost)


def gold_table(missed: list[str] | None = None) -> str:
    """Dev gold and seeds: items removed/kept by the rule cascade and by the model (the model's misses
    go to ``missed``)."""
    gold = json.loads((SHARED / "gold" / "claims-dev.json").read_text(encoding="utf-8"))
    items = {(c["id"], it["doc"]): ([], []) for c in gold["clusters"] for it in c["furniture"] + c["keep"]}
    for c in gold["clusters"]:
        for it in c["furniture"]:
            items[(c["id"], it["doc"])][0].append(it["text"])
        for it in c["keep"]:
            items[(c["id"], it["doc"])][1].append(it["text"])
    seeds = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    seed_files = sorted((SHARED / "seeds").iterdir())
    rows = ["| gold | system | furniture items | removed | keep items | kept | titles right |",
            "|---|---|---:|---:|---:|---:|---:|"]
    devs = load_dev_gold()
    for model, name in ((False, "rule cascade (before)"), (True, "storyline (model)")):
        fr = kr = nf = nk = 0
        for d in devs:
            texts = cluster_texts(d)
            raw = RawDocument(id=d.id, text=texts[int(d.meta["doc"])])
            furn, keep = items[(d.meta["cluster"], int(d.meta["doc"]))]
            r, k = _item_scores(_cleaned(raw, model, repeat_counts(texts)), furn, keep,
                                [] if not model or missed is None else missed)
            fr, kr, nf, nk = fr + r, kr + k, nf + len(furn), nk + len(keep)
        rows.append(f"| dev gold (20 docs) | {name} | {nf} | {fr / nf:.1%} | {nk} | {kr / nk:.1%} | |")
        texts = [f.read_text(encoding="utf-8") for f in seed_files]
        counts = repeat_counts(texts)
        fr = kr = right = 0
        for f, text in zip(seed_files, texts, strict=True):
            doc = _cleaned(RawDocument(id=f.name, text=text), model, counts)
            furn = [it["text"] for it in seeds["furniture"] if it["doc"] == f.name]
            keep = [it["text"] for it in seeds["keep"] if it["doc"] == f.name]
            r, k = _item_scores(doc, furn, keep, [] if not model or missed is None else missed)
            fr, kr = fr + r, kr + k
            want = next(t["title"] for t in seeds["titles"] if t["doc"] == f.name)
            right += doc is not None and doc.title == want
        nf, nk = len(seeds["furniture"]), len(seeds["keep"])
        rows.append(f"| seeds (5 docs) | {name} | {nf} | {fr / nf:.1%} | {nk} | {kr / nk:.1%} | {right}/5 |")
    return "\n".join(rows)


def _bench_extract(html: str) -> str:
    """trafilatura's text as the benchmark's ``extractors/run_trafilatura.py`` asks for it."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def _read_html(page_id: str) -> str:
    return gzip.decompress((HTML_DIR / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")


def _parse(html: str, page_id: str) -> RawDocument | None:
    """The page as ``ingest`` reads it (trafilatura's text and metadata); None when it finds no article.

    The page-kind check is off: this bench measures extraction on every page of the benchmark, deals posts
    too; whether a page is a news report is measured by ``bench/page_kinds_eval.py``."""
    from storyline.ingest import html as ingest_html
    from storyline.ingest.html import parse_html

    saved, ingest_html.PAGE_KINDS = ingest_html.PAGE_KINDS, False
    try:
        return parse_html(html, page_id)
    except InputError:
        return None
    finally:
        ingest_html.PAGE_KINDS = saved  # quality_gate.py runs the page-kinds gate after this one


def _html_texts(html: str, page_id: str) -> dict[str, str]:
    """Each system's text for one page: trafilatura's own ``extract`` (with its defaults, as this bench
    called it before, and as the benchmark calls it: ``include_comments=False``), trafilatura's text as
    ``ingest`` gets it (no cleaning), and storyline's clean of it with the rule cascade and the model."""
    import trafilatura

    out = {"trafilatura extract (defaults, comments in)": trafilatura.extract(html) or "",
           BENCH_CALL: _bench_extract(html)}
    raw = _parse(html, page_id)
    out["storyline ingest (trafilatura text, no cleaning)"] = raw.text if raw is not None else ""
    for name, model in (("storyline clean, rule cascade (before)", False), (HTML_SYSTEM, True)):
        doc = _cleaned(raw, model) if raw is not None else None
        out[name] = doc.text if doc is not None else ""
    return out


BENCH_CALL = "trafilatura extract (as the benchmark calls it)"
HTML_SYSTEM = "storyline clean (model)"
HTML_SPLITS = ("all English pages", "held-out sites", "training sites")


PageRow = tuple[str, str, Counts, Counts]
"""One English page: id, site, trafilatura's counts (the benchmark call), storyline's counts."""


def html_scores() -> tuple[dict[tuple[str, str], list[tuple[Counts, float]]], Counter[str], list[PageRow]]:
    """Per system and split, each page's benchmark counts and its earlier-metric F1; the pages skipped
    as not English (``clean_data.load_pages``: detected on the page's labelled article lines), counted
    by the language detected; and per English page, trafilatura's and storyline's counts."""
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.id: p for p in load_pages()}
    results: dict[tuple[str, str], list[tuple[Counts, float]]] = {}
    skipped: Counter[str] = Counter()
    per_page: list[PageRow] = []
    for page_id, gt in sorted(truth.items()):
        html, page = _read_html(page_id), pages[page_id]
        if page.english:
            split = "held-out sites" if held_out(page.group) else "training sites"
            texts = _html_texts(html, page_id)
        else:  # only trafilatura, for the benchmark's own page set (to check against its published table)
            skipped[_language(page)] += 1
            split, texts = "", {BENCH_CALL: _bench_extract(html)}
        for name, text in texts.items():
            score = (page_counts(text, gt["articleBody"]), mean_page_f1(text, gt["articleBody"]))
            splits = (["all English pages", split] if split else []) + (["all 181 pages"] if name == BENCH_CALL else [])
            for s in splits:
                results.setdefault((name, s), []).append(score)
        if split:
            truth_text = gt["articleBody"]
            per_page.append((page_id, f"{page.group} ({split.split()[0]})", page_counts(texts[BENCH_CALL], truth_text),
                             page_counts(texts[HTML_SYSTEM], truth_text)))
    return results, skipped, per_page


def _language(page: LabelledDoc) -> str:
    from storyline.clean.language import detect_language

    keep = [ln for ln, lab in zip(page.lines, page.labels, strict=True) if lab == KEEP]
    return detect_language(" ".join(keep or page.lines)[:5000])[0] or "unknown"


def html_table(worst: int = 0) -> tuple[str, float]:
    """The benchmark's shingle F1 on the English HTML pages, trafilatura's own extract next to storyline,
    per site split, with the earlier metric beside it (same run); and the ``worst`` pages where storyline's
    page F1 falls furthest below trafilatura's. Returns the table and storyline's held-out F1."""
    results, skipped, per_page = html_scores()
    n_pages = len(results[(HTML_SYSTEM, "all English pages")])
    langs = ", ".join(f"{code} {n}" for code, n in sorted(skipped.items()))
    rows = [f"English pages: {n_pages}; skipped as not English: {sum(skipped.values())} ({langs}). "
            "Metric: the benchmark's "
            "(``shingle_metric``: \\w+ words, per-page shares, mean P and mean R, F1 of the two; ± bootstrap "
            "std); \"old\" is this bench's earlier metric (whitespace words, mean of per-page F1). The model was "
            "trained on the text lines of the training sites' pages: only the held-out rows are unseen sites.", "",
            "| system | pages | F1 | ± std | precision | recall | old: mean page F1 |",
            "|---|---|---:|---:|---:|---:|---:|"]
    order = {s: i for i, s in enumerate(HTML_SPLITS + ("all 181 pages",))}
    for (name, split), res in sorted(results.items(), key=lambda kv: (order[kv[0][1]], kv[0][0])):
        counts = [c for c, _ in res]
        f1, p, r = aggregate(counts)
        rows.append(f"| {name} | {split} ({len(res)}) | {f1:.3f} | {bootstrap_std(counts):.3f} | {p:.3f} | "
                    f"{r:.3f} | {statistics.mean(old for _, old in res):.3f} |")
    held_f1 = aggregate([c for c, _ in results[(HTML_SYSTEM, "held-out sites")]])[0]
    if worst:
        rows += ["", "Pages where storyline's page F1 is furthest below trafilatura's (P / R / F1 per page):", "",
                 "| page | site (split) | trafilatura | storyline | F1 difference |", "|---|---|---|---|---:|"]
        by_diff = sorted(per_page, key=lambda r: page_f1(r[3]) - page_f1(r[2]))
        rows += [f"| {pid[:12]} | {site} | {_prf(t)} | {_prf(o)} | {page_f1(o) - page_f1(t):+.3f} |"
                 for pid, site, t, o in by_diff[:worst]]
    return "\n".join(rows), held_f1


def _prf(c: Counts) -> str:
    return f"{precision(c):.3f} / {recall(c):.3f} / {page_f1(c):.3f}"


def speed_table() -> str:
    """Model load time, and median cleaning time per report with and without the model."""
    from storyline.clean.furniture import load_model

    load_model.cache_clear()
    t0 = time.perf_counter()
    load_model()
    load_s = time.perf_counter() - t0
    reports = [RawDocument(id=d.id, text=t) for d in load_dev_gold() for t in cluster_texts(d)]
    seeds = sorted((SHARED / "seeds").iterdir())
    reports += [RawDocument(id=f.name, text=f.read_text(encoding="utf-8")) for f in seeds]
    rows = [f"model load: {load_s * 1000:.1f} ms; {len(reports)} reports (dev-gold clusters and seeds), "
            f"{statistics.mean(len(r.text.split()) for r in reports):.0f} words on average", "",
            "| cleaner | median ms per report | mean ms per report |", "|---|---:|---:|"]
    means = {}
    for model, name in ((False, "rule cascade (before)"), (True, "storyline (model)")):
        per: list[float] = []
        for r in reports:
            best = math.inf
            for _ in range(3):
                t0 = time.process_time()
                _cleaned(r, model)
                best = min(best, time.process_time() - t0)
            per.append(best * 1000)
        means[name] = statistics.mean(per)
        rows.append(f"| {name} | {statistics.median(per):.2f} | {means[name]:.2f} |")
    rows.append(f"\nadded by the model: {means['storyline (model)'] - means['rule cascade (before)']:.2f} ms per "
                f"average report (CPU time, best of 3); the model's cleaning takes "
                f"{means['storyline (model)'] / means['rule cascade (before)']:.1f}x the rule cascade's, same run")
    return "\n".join(rows)


def held_out_html_f1() -> float:
    """storyline's F1 (the benchmark's metric) on the English HTML pages of the held-out sites."""
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    held = {p.id for p in load_pages() if p.english and held_out(p.group)}
    counts = []
    for page_id in sorted(held & truth.keys()):
        raw = _parse(_read_html(page_id), page_id)
        doc = _cleaned(raw, True) if raw is not None else None
        counts.append(page_counts(doc.text if doc is not None else "", truth[page_id]["articleBody"]))
    return aggregate(counts)[0]


def gate(held: dict[str, LineScore] | None = None, html_f1: float | None = None) -> int:
    """1 when the model's held-out figures fall below the floors in quality_floors.json (``cleaning``):
    scraped-text lines removed and kept, and the HTML pages' F1 (``html_held_out_f1``)."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8")).get("cleaning")
    if floors is None or not (SHARED / "bench" / "cleaning").is_dir():
        print("cleaning gate: no floors or no ../shared data; skipped")
        return 0
    if held is None:
        pages = [p for p in load_pages() if p.english and held_out(p.group)]
        score = LineScore()
        for d in pages:
            score.add(d.labels, SYSTEMS["storyline (model)"](d))
    else:
        score = held["storyline (model)"]
    ok = (score.removed_share >= floors["held_out_furniture_removed"]
          and score.kept_share >= floors["held_out_article_kept"])
    print(f"cleaning gate (held-out sites): furniture removed {score.removed_share:.4f} "
          f"(floor {floors['held_out_furniture_removed']}), article kept {score.kept_share:.4f} "
          f"(floor {floors['held_out_article_kept']}): {'ok' if ok else 'FAILED'}")
    if "html_held_out_f1" in floors and HTML_DIR.is_dir():
        f1 = held_out_html_f1() if html_f1 is None else html_f1
        html_ok = f1 >= floors["html_held_out_f1"]
        print(f"cleaning gate (HTML pages, held-out sites): F1 {f1:.4f} (floor {floors['html_held_out_f1']}): "
              f"{'ok' if html_ok else 'FAILED'}")
        ok = ok and html_ok
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-html", action="store_true", help="skip the HTML table (the slow part)")
    ap.add_argument("--only-html", action="store_true", help="only the HTML table")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a held-out floor is broken")
    ap.add_argument("--missed", action="store_true", help="list the dev-gold and seeds items the model gets wrong")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list the N HTML pages where storyline's page F1 falls furthest below trafilatura's")
    args = ap.parse_args()
    if args.only_html:
        print("## HTML pages (word 4-gram shingle F1)\n\n" + html_table(args.worst)[0] + "\n", flush=True)
        return 0
    pages = [p for p in load_pages() if p.english]
    skipped = sum(1 for p in load_pages() if not p.english)
    print(f"## Scraped-text lines ({len(pages)} English pages; {skipped} non-English pages skipped)\n")
    table, held = line_table(pages)
    print(table + "\n", flush=True)
    missed: list[str] = []
    print("## Dev gold and seeds\n\n" + gold_table(missed) + "\n", flush=True)
    if args.missed:
        print("Items the model gets wrong:\n\n" + "\n".join(f"- {m}" for m in missed) + "\n", flush=True)
    html_f1 = None
    if not args.no_html:
        html, html_f1 = html_table(args.worst)
        print("## HTML pages (word 4-gram shingle F1)\n\n" + html + "\n", flush=True)
    print("## Speed\n\n" + speed_table() + "\n", flush=True)
    return gate(held, html_f1) if args.gate else 0


if __name__ == "__main__":
    raise SystemExit(main())
