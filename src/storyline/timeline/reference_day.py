"""A report's reference day: the day its relative dates resolve from (time54; issue 12).

A report's relative days ("on Wednesday", "this morning's announcement") resolve from its record's published date. A
record dated a day early (a site's date is often the day before its own report's day: time zones, a story filed late
and stamped with its day of writing) puts each of them a day or a week too early: "Wednesday" read from a Tuesday is
the Wednesday before. The report's words cannot say so alone; the story's other reports can: when the acts its
relative dates date, read from the day after its record's date, fall on the days other reports date the same acts
(they read alike, at ``SAME_ACT``, and name one participant), at least ``EVIDENCE`` times, and not one of them does
read from the record's own date, that day after is the report's reference day.

A right date is not moved: one telling is no evidence (two are asked for: two acts of the report, or one act two
other reports date), and one relative date that already agrees with another report's date for its act keeps the
record's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from ..dates import MONTHS, WEEKDAYS
from ..model import Analysis
from .entry import Entry

__all__ = ["EVIDENCE", "SAME_ACT", "a_day_later", "read_from_their_days", "reports_a_day_late"]

SAME_ACT = 0.7
"""The MiniLM cosine at or above which a report's relative-dated entry and another report's entry that name one
participant tell one act (the alike layer's ``ALIKE``)."""

EVIDENCE = 2
"""How many (entry, other report) agreements a record's next day needs before it becomes the report's reference day."""

_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS])
E = TypeVar("E", bound=Entry)


def a_day_later(published: dt.date | None) -> dt.date | None:
    """The day after a record's date (None stays None)."""
    return None if published is None else published + dt.timedelta(days=1)


def read_from_their_days(analyses: Sequence[Analysis], read: Callable[[Sequence[Analysis]], list[E]]) -> list[E]:
    """The story's events (``read``: the timeline's reading of reports), each report's relative dates read from its
    reference day: its record's date, or the day after when the other reports' dates for its acts say so."""
    events = read(analyses)
    if not any(e.value.precision == "day" for e in events):
        return events
    later = reports_a_day_late(events, read([_a_day_later(a) for a in analyses]))
    if not later:
        return events
    return read([_a_day_later(a) if a.doc.id in later else a for a in analyses])


def _a_day_later(a: Analysis) -> Analysis:
    """The report read as if its record were dated the day after."""
    return replace(a, doc=replace(a.doc, published=a_day_later(a.doc.published)))


def _key(e: Entry) -> tuple[str, int, int, str]:
    return e.doc, e.start, e.end, e.phrase


def reports_a_day_late(read: Sequence[E], read_later: Sequence[E]) -> set[str]:
    """The reports whose reference day is the day after their record's date (module docstring): ``read`` are the
    story's entries read from each record's date, ``read_later`` the same entries read from each record's next day."""
    later = {_key(e): e for e in read_later}
    moved = [(e, later[_key(e)]) for e in read
             if _key(e) in later and e.value.iso() != later[_key(e)].value.iso() and e.value.precision == "day"
             and not e.caption]
    if not moved:
        return set()
    others = [o for o in read if o.value.precision == "day" and not o.caption and o.value.end is None]
    from ..nlp import embed

    vecs = embed([e.text for e, _ in moved])
    ovecs = embed([o.text for o in others])
    sims = vecs @ ovecs.T
    agree: dict[str, int] = {}
    disagree: set[str] = set()
    for p, (e, e_later) in enumerate(moved):
        told = set()
        for q, o in enumerate(others):
            if o.doc == e.doc or float(sims[p, q]) < SAME_ACT or not (e.names & o.names) - _DATE_WORDS:
                continue
            if o.value.iso() == e.value.iso():
                disagree.add(e.doc)
            elif o.value.iso() == e_later.value.iso():
                told.add(o.doc)
        agree[e.doc] = agree.get(e.doc, 0) + len(told)
    return {d for d, n in agree.items() if n >= EVIDENCE and d not in disagree}
