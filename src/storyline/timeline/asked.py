"""A date inside a quoted question, and a date a speaker says they do not know (time30).

In a quoted exchange ("Are you aware that the loan was paid off last week?" … "I don't know last week, but I know
recently," he replied) the question asks about its date and asserts nothing: the line's event is the asking, and its
date only mentioned (``asked``), unless it is the report's own day, the asking's too. An answer that names the date
as a thing not known ("I don't know last week") dates nothing at all (``not_known``): the verb of knowing
(``lexicon/unknowing_verbs.txt``) is negated and the date is its own time word, with no clause after it that could
be known of that time ("I didn't know last week that …").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import lexicon
from .resolution import DateValue

__all__ = ["asked", "not_known"]

_QUOTES = frozenset({'"', "“", "”", "``", "''", "‘", "’", "'"})


def _date_head(sdoc: Any, start: int, end: int) -> Any | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def asked(sdoc: Any, start: int, end: int, value: DateValue, published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (``value``) in a question written inside quotation marks: its parse sentence
    opens on a quotation mark and ends on "?" (before the closing mark)? Not the report's own day ("“You believe
    that as of today it is worth $1.5 billion?”"): the asking is of that day too."""
    head = _date_head(sdoc, start, end)
    if head is None or (value.precision == "day" and value.first_day() == published):
        return False
    words = [t for t in head.sent if not t.is_space]
    if not words or words[0].text not in _QUOTES:
        return False
    tail = [t for t in words if t.text not in _QUOTES]
    return bool(tail) and tail[-1].text == "?"


def not_known(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` the own time word of a negated verb of knowing with no clause after it ("I
    don't know last week, but …")?"""
    head = _date_head(sdoc, start, end)
    if head is None or head.dep_ not in ("npadvmod", "dobj", "advmod"):
        return False
    verb = head.head
    if verb.lemma_.lower() not in lexicon.words("unknowing_verbs") or verb.i == head.i:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "neg" for c in kids) and not any(c.dep_ in ("ccomp", "xcomp") for c in kids)
