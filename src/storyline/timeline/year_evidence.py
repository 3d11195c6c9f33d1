"""The evidence a date's year is resolved against (``resolution.YearHint``), gathered from the story's reports.

``year_hint``: the reports' publication dates and the full dates their texts state with a year; ``report_days``:
the full dates one report states in its latest year; ``nearby``: dates with a stated year in the same or the
previous sentence (``window_of``), leaving out a date that only names a thing ("the June 1995 meeting").
``build_timeline`` reads them for each date it resolves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from .date_attachment import attachment
from .expressions import DateExpression, after_the_latest
from .resolution import YearHint, resolve

__all__ = ["nearby", "report_days", "window_of", "year_hint"]


def year_hint(analyses: Sequence[Analysis], found: dict[str, list[tuple[DateExpression, int]]]) -> YearHint:
    """Publication dates of the story's reports and the day-level dates its texts state with a year."""
    explicit: list[dt.date] = []
    for exprs in found.values():
        for e, _ in exprs:
            if e.form in ("iso", "month_day", "day_month") and e.parts.get("y"):
                v = resolve(e, None)
                d = v.first_day() if v else None
                if d is not None:
                    explicit.append(d)
    published = sorted({a.doc.published for a in analyses if a.doc.published})
    return YearHint(published=published, explicit=sorted(set(explicit)), named_days=_named_days(analyses, found))


def _named_days(analyses: Sequence[Analysis], found: dict[str, list[tuple[DateExpression, int]]]) -> list[dt.date]:
    """The days the story's dated reports name by month and day ("on 29 March", "March 29, 2017"), each resolved
    against its own report's date: what decides between two readings of "next Wednesday" (``next_weekday``)."""
    days: set[dt.date] = set()
    for a in analyses:
        for e, _ in found.get(a.doc.id, []):
            if a.doc.published is not None and e.form in ("month_day", "day_month"):
                v = resolve(e, a.doc.published)
                d = v.first_day() if v is not None and v.precision == "day" else None
                if d is not None:
                    days.add(d)
    return sorted(days)


def report_days(exprs: Sequence[tuple[DateExpression, int]]) -> list[dt.date]:
    """The full dates one report states in the latest year it states at all (``resolution.same_day_in_report``
    reads them: "Nov. 18" beside "Nov. 18, 2017" is that day)."""
    years = [int(e.parts["y"]) for e, _ in exprs if e.parts.get("y", "").isdigit()]
    if not years:
        return []
    out = []
    for e, _ in exprs:
        if e.form in ("iso", "month_day", "day_month") and e.parts.get("y", "").isdigit():
            v = resolve(e, None)
            d = v.first_day() if v else None
            if d is not None and d.year == max(years):
                out.append(d)
    return out


def window_of(sentences: Sequence[Sentence], sent: Sentence) -> tuple[int, int]:
    """Document span of ``sent`` and the sentence before it in its paragraph: where a year is "near"."""
    before = [s for s in sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
    return (before[-1].start if before else sent.start), sent.end


def nearby(
    exprs: Sequence[tuple[DateExpression, int]], expr: DateExpression, pi: int, window: tuple[int, int],
    offset: int, sdoc: Any,
) -> list[dt.date]:
    """Dates with a stated year near ``expr`` ("Oct. 5 and Oct. 7, 2015"; "In September 2015 ... On
    Oct. 7"): other day or month expressions in the same paragraph within ``window``. A date that
    only names a thing ("the June 1995 meeting") is no anchor of the passage's time: the story's
    "filed in May" is not May 1995."""
    out = []
    for other, opi in exprs:
        if other is expr or opi != pi or not other.parts.get("y") or after_the_latest(sdoc.text, expr, other):
            continue
        if other.form not in ("month_day", "day_month", "iso", "month_year"):
            continue
        if window[0] <= offset + other.start < window[1] and attachment(sdoc, other.start, other.end) != "premodifier" \
                and not _names_a_thing(sdoc.text, other.start, other.end):
            value = resolve(other, None)
            day = value.first_day() if value is not None else None
            if day is not None:
                out.append(day)
    return out


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOUN_AFTER = re.compile(r"^,?\s+[a-z]")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Is the full date at ``start:end`` written between "the" and a common word ("the April 15, 2013,
    blasts", "the March 3, 2009, fire"), naming an event the way a noun's modifier does, whatever the
    parser made of it? Such a date dates its thing, not the sentence: "sentenced in June for … the April
    15, 2013, blasts" is not June 2013."""
    return _THE_BEFORE.search(text[max(0, start - 6) : start]) is not None and _NOUN_AFTER.match(text[end:]) is not None
