"""A span that runs until a time to come (time28).

"California is also raising its minimum wage to $9 per hour, but workers must wait until July to see the raise" (a
report of 30 December): a clause in the present, or under a modal of the present or the future
(``lexicon/span_end_modals.txt``), that lasts "until" a date tells a state that holds now and ends then, so the date
is after the report's day: next July, not the past one, and a thing to come (*(expected)*). A past clause ("the pier
stayed shut until July") keeps the past date, and so does a perfect ("has been shut until"), which reaches back.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .expressions import DateExpression
from .told import date_verb

__all__ = ["open_until"]

_MODALS = lexicon.words("span_end_modals")
_PRESENT = frozenset({"VBZ", "VBP"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "’ve"})


def open_until(expr: DateExpression, sdoc: Any) -> bool:
    """Does ``expr`` close an "until" span of a clause in the present or under a modal of the present or future?"""
    if expr.relation != "until":
        return False
    verb = date_verb(sdoc, expr.start, expr.end, climb=4)
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _PERFECT for a in aux):
        return False
    if aux:
        return any(a.lower_ in _MODALS or a.tag_ in _PRESENT for a in aux)
    return verb.tag_ in _PRESENT
