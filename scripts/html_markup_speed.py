"""CPU time of reading and cleaning the English HTML pages of ../shared/bench/article-extraction with and
without the markup hints (``ingest.markup``), alternated in one run so the two share the machine's load.

    PYTHONPATH=src python scripts/html_markup_speed.py

Two rounds (with, without; then without, with), ``time.process_time`` per page; then ``markup_hints``
alone on each page.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from clean_data import load_pages  # noqa: E402
from clean_eval import HTML_DIR, _read_html  # noqa: E402
from storyline.clean import clean_document  # noqa: E402
from storyline.errors import InputError  # noqa: E402
from storyline.ingest import html as ingest_html  # noqa: E402


def main() -> int:
    real = ingest_html.markup_hints
    truth = json.loads((HTML_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [p.id for p in load_pages() if p.english and p.id in truth]
    htmls = [_read_html(pid) for pid in pages]
    total = {"with markup": 0.0, "without": 0.0}
    for order in (("with markup", "without"), ("without", "with markup")):
        for name in order:
            ingest_html.markup_hints = real if name == "with markup" else (lambda html, lines: {})
            for pid, html in zip(pages, htmls, strict=True):
                t0 = time.process_time()
                try:
                    clean_document(ingest_html.parse_html(html, pid))
                except InputError:
                    pass
                total[name] += time.process_time() - t0
    ingest_html.markup_hints = real
    t0 = time.process_time()
    for html in htmls:
        real(html, ["x"])
    alone = time.process_time() - t0
    n = len(pages)
    for name, seconds in total.items():
        print(f"{name}: {seconds / 2 / n * 1000:.1f} ms CPU per page (ingest + clean, mean of 2 rounds, {n} pages)")
    print(f"markup_hints alone: {alone / n * 1000:.1f} ms per page; with / without: "
          f"{total['with markup'] / total['without']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
