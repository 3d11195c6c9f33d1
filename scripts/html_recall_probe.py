"""Probe: would a recall fallback help storyline's HTML cleaning? TRAINING sites only.

Issue 10 (HTML part). On the held-out sites trafilatura's own recall (.934) limits storyline. This
asks whether a general fallback would recover text: extract each English training-site page of
``../shared/bench/article-extraction`` twice, with trafilatura's defaults (as ``ingest`` does) and
with ``favor_recall=True``, clean both as ``storyline clean`` does, and score with the benchmark's
metric (``bench/shingle_metric.py``). Then gate the fallback on how little text the default kept:
use the recall extraction when the default's words are under ``share`` of the words in the page's
``<p>`` elements.

    PYTHONPATH=src python scripts/html_recall_probe.py

Nothing here ships; the held-out sites are not read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from clean_data import held_out, load_pages  # noqa: E402
from clean_eval import HTML_DIR, _read_html  # noqa: E402
from shingle_metric import Counts, aggregate, page_counts  # noqa: E402

SHARES = (0.3, 0.5, 0.7, 0.9, 1.1)


def _scored(html: str, page_id: str, truth: str, **extra: Any) -> tuple[Counts, int]:
    """The page's counts after ingest (trafilatura with ``extra``) and cleaning, and the extracted words."""
    import trafilatura

    from storyline.clean import clean_document
    from storyline.errors import InputError
    from storyline.ingest import html as ingest_html

    real = trafilatura.bare_extraction
    trafilatura.bare_extraction = lambda *a, **k: real(*a, **k, **extra)
    try:
        raw = ingest_html.parse_html(html, page_id)
        text, words = clean_document(raw).text, len(raw.text.split())
    except InputError:
        text, words = "", 0
    finally:
        trafilatura.bare_extraction = real
    return page_counts(text, truth), words


def _paragraph_words(html: str) -> int:
    from lxml import etree

    tree = etree.fromstring(html.encode("utf-8"), etree.HTMLParser())
    if tree is None:
        return 0
    etree.strip_elements(tree, "script", "style", "noscript", with_tail=False)
    return sum(len("".join(p.itertext()).split()) for p in tree.iter("p"))


def main() -> int:
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for page in load_pages():
        if not page.english or held_out(page.group) or page.id not in truth:
            continue
        html, gt = _read_html(page.id), truth[page.id]["articleBody"]
        default = _scored(html, page.id, gt)
        rows.append((default, _scored(html, page.id, gt, favor_recall=True), _paragraph_words(html)))
    print(f"training-site English pages: {len(rows)}\n")
    print("| extraction | F1 | precision | recall |\n|---|---:|---:|---:|")
    for name, pick in (("defaults (as ingest)", lambda r: r[0]), ("favor_recall on every page", lambda r: r[1])):
        f1, p, r = aggregate([pick(row)[0] for row in rows])
        print(f"| {name} | {f1:.4f} | {p:.4f} | {r:.4f} |")
    for share in SHARES:
        chosen = [(rec if d[1] < share * max(pw, 1) else d)[0] for d, rec, pw in rows]
        f1, p, r = aggregate(chosen)
        n = sum(d[1] < share * max(pw, 1) for d, _, pw in rows)
        print(f"| favor_recall where the default keeps < {share:.0%} of the <p> words ({n} pages) | "
              f"{f1:.4f} | {p:.4f} | {r:.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
