"""A date in a bracketed aside (time41).

"“If you were to move the goal back to $1,500 (for all cities — as it was on my first walk in 2005) I believe you
would get …,” wrote a commenter": the year dates the aside, a thing the writer recalls on the way, not what the
sentence tells. Such a date is a mention, as one in a relative clause is (``date_attachment``), when the sentence
goes on outside the brackets with words of its own.
"""

from __future__ import annotations

__all__ = ["in_an_aside"]

_OUTSIDE_WORDS = 6  # words the sentence must have outside the brackets for them to be an aside of it


def in_an_aside(text: str, start: int, end: int, s0: int, s1: int) -> bool:
    """Is the date ``start:end`` of ``text`` inside round brackets that open and close within the sentence
    ``s0:s1``, with at least ``_OUTSIDE_WORDS`` words of the sentence outside them?"""
    opened = text.rfind("(", s0, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    closed = text.find(")", end, s1)
    if closed < 0 or text.find("(", end, closed) >= 0:
        return False
    outside = text[s0:opened] + " " + text[closed + 1 : s1]
    return len([w for w in outside.split() if any(ch.isalpha() for ch in w)]) >= _OUTSIDE_WORDS
