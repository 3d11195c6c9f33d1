"""A dateline written in ordinary case at the head of a report: "Indianapolis – Several thousand teachers …".

Wire datelines are in capitals ("INDIANAPOLIS (AP) —", ``newswriting.dateline_end``), and the summary shows
a sentence from after one. Some sites print the same dateline in ordinary case, a town (and its state) and a
dash before the first word ("Indianapolis – Several …", "Dekalb, Ill. — Mike …"). Only at the very start of
a report's first sentence, and only when the parse tags the words before the dash a place (GPE: a sentence
that opens "Tue – Sat 4PM" or "Nurses – several …" is not cut), is that a dateline: the item is shown from
after it, its citation moved with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Analysis
from ..parses import sentence_span

_TITLE_DATELINE = re.compile(
    r"^(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][a-z.]+)?)?"
    r"\s+(?:[–—]|--?)\s+(?=[A-Z])")


def opening_datelines(analyses: Sequence[Analysis]) -> dict[tuple[str, int], int]:
    """(report, start of its first sentence) → the length of the ordinary-case dateline that opens it."""
    out: dict[tuple[str, int], int] = {}
    for a in analyses:
        if not a.sentences:
            continue
        first = a.sentences[0]
        m = _TITLE_DATELINE.match(first.text)
        span = sentence_span(a, first) if m is not None else None
        if m is None or span is None:
            continue
        town = (span.start_char + m.start("town"), span.start_char + m.end("town"))
        if any(e.label_ == "GPE" and e.start_char <= town[0] and town[1] <= e.end_char for e in span.doc.ents):
            out[(a.doc.id, first.start)] = m.end()
    return out
