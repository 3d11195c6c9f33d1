"""A weekday inside a title: "told the Sunday Times", "wrote in the Sunday Telegraph" (time52).

The date finder reads any weekday as a day; in "Lord Bew told the Sunday Times it was not personal" the weekday is
the first word of a newspaper's name, and the sentence was filed under the Sunday before the report, the day the
telling was not. The parse says so: the weekday is a compound of a proper noun after it, and "the" before it
belongs to that noun ("the … Times"): a day is never written "the Sunday Times" with a name after it, where "on
Sunday morning" and "Sunday's vote" are days.
"""

from __future__ import annotations

from typing import Any

from .expressions import DateExpression

__all__ = ["weekday_in_a_title"]


def weekday_in_a_title(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday ``expr`` the first word of a name the parse heads by a proper noun after it, with "the" before
    the weekday ("the Sunday Times")?"""
    if expr.form != "weekday":
        return False
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i or head.pos_ != "PROPN" or not head.text[:1].isupper():
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < span.start for c in head.children)
