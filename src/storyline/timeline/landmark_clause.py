"""A date in a clause the main clause is set after or before (time53).

"The award was her first after she won a prize in 1985", "Sterling rose after the minister said the vote would be in
the autumn of next year": a year or a month inside an adverbial clause that "after" or "before" opens
(``lexicon/landmark_subordinators.txt``), or inside what such a clause reports, is the landmark's date, and the main
clause's act lies at an unknown distance from it. A date belongs to the clause it is in: this one is a mention, never
the main act's date. A day ("fell after the firm said on Monday …") is left alone: news sets an act after a dated day
on that day or the next, so the day still places it.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .resolution import DateValue

__all__ = ["in_a_landmark_clause"]

_REPORTED = frozenset({"ccomp", "xcomp"})  # what a clause says or means: still inside it


def in_a_landmark_clause(sdoc: Any, start: int, end: int, value: DateValue) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), coarser than a day, inside an adverbial clause a landmark
    subordinator opens, directly or through a clause it reports (module docstring)?"""
    if value.precision == "day":
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = lexicon.words("landmark_subordinators")
    tok = span.root
    for _ in range(12):
        if tok.head is tok:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "advcl":
                return any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)
            if tok.dep_ not in _REPORTED:
                return False
        tok = tok.head
    return False
