"""A code listing the extractor kept: its rows are no lines of the report.

A report may show a program's text or a data structure in a ``<pre>`` block (Ars Technica's exploit payload,
"rekt: {" and nine "list: [" rows). trafilatura keeps it row by row; cleaning then removes the rows of brackets
alone as separators and keeps the rest, so the brief held neither the listing nor nothing, and the summary and
the claims read its rows as text (bench/BRIEF_REVIEW.md, "inputs38").

``listing_lines`` gives the text's lines that are rows of a ``<pre>`` block of ``MIN_ROWS`` rows or more that reads
as code (one row, or several in a row: the extractor may join them): at least ``MIN_CODE_SHARE`` of its rows hold
a bracket, a brace, a semicolon, an "=", an underscore, a dotted name or a comment's "#", and at most
``MAX_PROSE_SHARE`` end a sentence. A poem or a transcript set in ``<pre>`` ends its rows with words and stops,
and stays. ``markup.markup_hints`` marks those lines as furniture, and the lines cleaning makes of them by
rejoining a row that starts in lower case to the one before (``joined_rows``).
"""

from __future__ import annotations

import re
from typing import Any

CODE_LISTINGS = True
"""Switch: the rows of a ``<pre>`` code listing are furniture (``listing_lines``)."""
MIN_ROWS = 3
MIN_CODE_SHARE = 0.5
MAX_PROSE_SHARE = 0.2
# A bracket, a brace, a semicolon, an "=", an underscore, a dotted name ("django.conf", "a.b()") or a comment's mark.
_CODE_MARK = re.compile(r"[{}\[\]();=_]|[A-Za-z]\.[A-Za-z_]|(?:^|\s)(?:#|//)\s")
_WRAP_MIN = 30  # clean.lines.split_lines joins a lower-case line to one this long that ends no sentence
_CLOSERS = "\"'”’»)]"
_SENTENCE_END = re.compile(r"[\w)][.!?][\"'”’]*$")


def _code_like(rows: list[str]) -> bool:
    code = sum(1 for row in rows if _CODE_MARK.search(row))
    prose = sum(1 for row in rows if _SENTENCE_END.search(row))
    return code >= MIN_CODE_SHARE * len(rows) and prose <= MAX_PROSE_SHARE * len(rows)


def listing_lines(tree: Any, lines: list[str]) -> set[str]:
    """The ``lines`` (space-normalised) that are one row or more in a row of a ``<pre>`` block that reads as code
    (module docstring): the extractor may join a listing's rows into one line."""
    if not CODE_LISTINGS or tree is None:
        return set()
    out: set[str] = set()
    for pre in tree.iter("pre"):
        rows = [" ".join(row.split()) for row in pre.xpath("string()").split("\n") if row.strip()]
        if len(rows) < MIN_ROWS or not _code_like(rows):
            continue
        whole = " ".join(rows)
        starts, ends, at = set(), set(), 0
        for row in rows:
            starts.add(at)
            at += len(row)
            ends.add(at)
            at += 1
        out.update(line for line in lines if line and line not in out and _whole_rows(line, whole, starts, ends))
    return out


def joined_rows(lines: list[str], listed: set[str]) -> set[str]:
    """The lines cleaning will make of ``listed`` lines in a row, a row that starts in lower case run on to the one
    before it (``clean.lines.split_lines``'s rejoining of a hard wrap: "from a import b" + "from c import d")."""
    out: set[str] = set()
    run = ""
    for line in [*lines, ""]:
        if line in listed and run and line[:1].islower() and len(run) >= _WRAP_MIN and not _stops(run):
            run = f"{run} {line}"
            continue
        if run:
            out.add(run)
        run = line if line in listed else ""
    return out - listed


def _stops(line: str) -> bool:
    """``line`` ends a sentence or a clause as ``split_lines`` reads it: no line is joined to it."""
    return line[-1] in "\"”’»" or line.endswith((":", ";")) or line.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def _whole_rows(line: str, whole: str, starts: set[int], ends: set[int]) -> bool:
    at = whole.find(line)
    while at >= 0:
        if at in starts and at + len(line) in ends:
            return True
        at = whole.find(line, at + 1)
    return False
