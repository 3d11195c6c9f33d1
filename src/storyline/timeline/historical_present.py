"""A bare month in a chronology told in the present: the year the chronology just named, not the report's (time47).

A background box tells past years in the present tense ("In 2011, as regimes crumble across the region, tens of
thousands take to the streets … The government responds with live ammunition, claiming some 400 lives by May."). The
resolver puts a month with no year in a present clause at the nearest such month after the report, a plan
(*(expected)*). When the date written just before it (within ``BACK_SENTENCES`` sentences) is a year before the
report's, led by "in" on a present-tense verb, the text is telling that year in the present: the month is of it,
marked inferred and no plan. A present clause after a year told in the past ("In 2011 the firm was founded. It
opens a shop in May.") keeps the report's reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..model import Analysis, Sentence
from ..parses import parsed
from .expressions import DateExpression
from .resolution import DateValue
from .story_year import BACK_SENTENCES

__all__ = ["month_of_a_told_present"]

_BASIS = "the year a chronology told in the present names just before"
_PRESENT = ("VBZ", "VBP")


def _simple_present(sdoc: Any, start: int, end: int) -> bool:
    """Is the sentence around ``start:end`` (paragraph offsets) headed by a simple present with no auxiliary
    ("take to the streets", "responds with")?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.sent.root
    return root.tag_ in _PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def month_of_a_told_present(value: DateValue | None, future: bool, expr: DateExpression, pi: int,
                            rows: Sequence[tuple[DateExpression, int]], a: Analysis, sent: Sentence,
                            ) -> tuple[DateValue | None, bool]:
    """``value`` (``expr``, a month with no year in a simple present sentence) in the year written just before it
    when that year, led by "in", is on a simple present too and before the report's (module docstring)."""
    published = a.doc.published
    if value is None or published is None or expr.form != "month" or expr.parts.get("y") or expr.relative \
            or expr.range_end is not None or value.month is None:
        return value, future
    if not _simple_present(parsed(a.paragraphs[pi]), expr.start, expr.end):
        return value, future
    at = a.paragraphs[pi].offset + expr.start
    before = [(a.paragraphs[p].offset + e.start, e, p) for e, p in rows if a.paragraphs[p].offset + e.start < at]
    if not before:
        return value, future
    pos, prior, ppi = max(before, key=lambda r: r[0])
    if prior.form != "year" or prior.lead != "in" or prior.range_end is not None:
        return value, future
    year = int(prior.parts["y"])
    home = next((s for s in a.sentences if s.start <= pos < s.end), None)
    if home is None or sent.index - home.index > BACK_SENTENCES or year >= published.year:
        return value, future
    if not _simple_present(parsed(a.paragraphs[ppi]), prior.start, prior.end):
        return value, future
    return replace(value, year=year, year_inferred=True, basis=_BASIS), False
