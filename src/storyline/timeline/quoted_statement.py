"""A quotation carried over two sentences is one statement, under the day it was made (issue 12; time51).

'"Parliament has today backed the government …," Davis said in a statement. "So we will trigger Article 50 by the end
of March …"': the second sentence, a quotation with no speaker, starts its entry at the quotation's opening mark in
the first (``lead_ins.entry_start``), so the first sentence shows twice: alone under the statement's day (13 Mar) and
again at the head of the second's entry, under the date that sentence names (March, to come). One statement told
twice. When an entry of one report starts where another of that report does, at a quotation's opening mark, and runs
past its end, and the shorter one is dated to a day (not a bound nor a plan), the statement is one entry: the longer
text under the shorter one's day, the statement's (the later date stays written in its words).
"""

from __future__ import annotations

import copy
from typing import TypeVar

from .entry import Entry

__all__ = ["statement_once"]

_OPENING_MARKS = ("\"", "“", "‘", "'")


_E = TypeVar("_E", bound=Entry)


def _carries(long: Entry, short: Entry) -> bool:
    """Does ``long`` (one report's, at a quotation's opening mark) start where ``short`` (that report's, dated to a day)
    does and run past it?"""
    return (len(long.citations) == len(short.citations) == 1 and long.doc == short.doc
            and long.start == short.start and long.end > short.end and long.text.startswith(_OPENING_MARKS)
            and short.value.precision == "day" and short.relation is None and not short.future)


def statement_once(events: list[_E]) -> list[_E]:
    """``events`` with a quotation carried over two sentences as one entry (module docstring)."""
    gone: set[int] = set()
    out = list(events)
    for i, short in enumerate(events):
        at = next((j for j, long in enumerate(events) if j not in gone and j != i and _carries(long, short)), None)
        if at is None:
            continue
        long = events[at]
        merged = copy.copy(short)
        merged.end, merged.text, merged.citations = long.end, long.text, list(long.citations)
        out[i] = merged
        gone.add(at)
    return [e for k, e in enumerate(out) if k not in gone]
