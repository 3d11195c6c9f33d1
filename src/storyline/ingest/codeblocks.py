"""A code listing the extractor kept: its rows are no lines of the report.

A report may show a program's text or a data structure in a ``<pre>`` block (Ars Technica's exploit payload,
"rekt: {" and nine "list: [" rows). trafilatura keeps it row by row; cleaning then removes the rows of brackets
alone as separators and keeps the rest, so the brief held neither the listing nor nothing, and the summary and
the claims read its rows as text (bench/BRIEF_REVIEW.md, "inputs38").

``listing_rows`` gives the rows of each ``<pre>`` block of ``MIN_ROWS`` rows or more that reads as code: at least
``MIN_CODE_SHARE`` of its rows hold a bracket, a brace, a semicolon or an "=", and at most ``MAX_PROSE_SHARE``
end a sentence. A poem or a transcript set in ``<pre>`` ends its rows with words and stops, and stays.
``markup.markup_hints`` marks the text's lines that are such rows as furniture.
"""

from __future__ import annotations

import re
from typing import Any

CODE_LISTINGS = True
"""Switch: the rows of a ``<pre>`` code listing are furniture (``listing_rows``)."""
MIN_ROWS = 3
MIN_CODE_SHARE = 0.5
MAX_PROSE_SHARE = 0.2
_CODE_MARK = re.compile(r"[{}\[\]();=]")
_SENTENCE_END = re.compile(r"[\w)][.!?][\"'”’]*$")


def _code_like(rows: list[str]) -> bool:
    code = sum(1 for row in rows if _CODE_MARK.search(row))
    prose = sum(1 for row in rows if _SENTENCE_END.search(row))
    return code >= MIN_CODE_SHARE * len(rows) and prose <= MAX_PROSE_SHARE * len(rows)


def listing_rows(tree: Any) -> set[str]:
    """The rows (space-normalised) of the page's ``<pre>`` blocks that read as code (module docstring)."""
    if not CODE_LISTINGS or tree is None:
        return set()
    out: set[str] = set()
    for pre in tree.iter("pre"):
        rows = [" ".join(row.split()) for row in pre.xpath("string()").split("\n") if row.strip()]
        if len(rows) >= MIN_ROWS and _code_like(rows):
            out.update(rows)
    return out
