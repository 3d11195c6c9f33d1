"""A report dated a day before the day its lede tells (time45).

A lede tells the latest news. When its past sentence names the weekday just after the report's stored date ("Paris'
airport was partially evacuated Saturday morning" on a page stored as of Friday; "state media said Sunday" on a page
of Saturday), the page's date lags the writer's clock: a US feed's day for a report from a later time zone, or a
dateline ahead of the outlet's. Read literally, the weekday would go back six days, to a stale day no lede leads
with. The report's clock is then the lede's day: its weekdays, "this morning" and "today" count from it. Only a bare
weekday ("Sunday", "on Sunday", "Saturday morning"), not "last Sunday", in a past clause of the report's first
sentence moves the clock; a lede with a full date of its own ("on March 12") keeps the stored one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..dates import WEEKDAYS
from ..model import Analysis
from ..parses import parsed
from .expressions import find_dates
from .tense_bounds import past_clause

__all__ = ["on_the_ledes_clock"]


def _lede_weekdays(a: Analysis) -> list[int] | None:
    """The bare weekdays in past clauses of ``a``'s first sentence, or None when it has a date of another form."""
    if not a.sentences or not a.paragraphs:
        return None
    first = min(a.sentences, key=lambda s: s.index)
    para = a.paragraphs[first.paragraph] if first.paragraph < len(a.paragraphs) else None
    if para is None:
        return None
    sdoc = parsed(para)
    lo, hi = first.start - para.offset, first.end - para.offset
    spans = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "DATE"]
    out: list[int] = []
    for e in find_dates(para.text, spans):
        if not lo <= e.start < hi:
            continue
        if e.form != "weekday" or e.lead not in ("", "on"):
            return None
        if past_clause(sdoc, e.start, e.end):
            out.append(WEEKDAYS[e.parts["wd"].lower()])
    return out


def on_the_ledes_clock(a: Analysis) -> Analysis:
    """``a`` with its report's date moved a day on when its lede's past weekday is the day after that date."""
    published = a.doc.published
    if published is None:
        return a
    days = _lede_weekdays(a)
    after = published + dt.timedelta(days=1)
    if not days or any(d != after.weekday() for d in days):
        return a
    return replace(a, doc=replace(a.doc, published=after))
