"""Numbers that are no claim for how they are written: a step of a working, or a choice of two values.

- A number inside arithmetic ("2^15 - 1", "a total of 10^5 * 300 = 30,000,000 lists"): an operand, an
  exponent or a result written as a sum is a working, not a figure a source reported (claims48). A number
  right before or after an operator sign, or glued to one, is in arithmetic; a lone "+" glued after a number
  is a qualifier ("20+") and no operator.
- Two values joined by "or", each with its unit ("a 2.4GHz or 5GHz band"): a choice between two settings, not a
  range of one uncertain figure ("two or three people" stays a range) (claims48).
- A value right after "rather than" or "instead of" ("three - rather than two - copies"): what the figure is not,
  the contrast's other side, no claim of its own (claims57).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .vocab import word_set

OPERATORS = frozenset({"^", "*", "×", "=", "÷", "**"})


def _operator(text: str) -> bool:
    return text in OPERATORS or "^" in text


def in_arithmetic(doc: Doc, fig: Figure) -> bool:
    """Is the figure's number an operand, an exponent or a result of arithmetic the sentence writes out?"""
    lo = max(fig.num - 1, doc[fig.num].sent.start)
    hi = min(fig.end, doc[fig.num].sent.end - 1)
    return any(_operator(doc[k].text) for k in range(lo, hi + 1))


def alternatives(doc: Doc, fig: Figure) -> bool:
    """Is the figure's range two values offered as a choice ("2.4GHz or 5GHz"): joined by "or", the first with
    its own unit written after it?"""
    if fig.low == fig.high:
        return False
    ors = [k for k in range(fig.start + 1, fig.end) if doc[k].lower_ == "or"]
    return bool(ors) and not doc[ors[0] - 1].like_num  # ("2.4GHz" glued to its unit; "two", "5" bare)


CONTRAST = word_set("contrast_phrases")  # two words each, joined by "_"


def contrasted(doc: Doc, fig: Figure) -> bool:
    """Is the figure the other side of a contrast ("three - rather than two - copies", "instead of 40 staff"):
    right after "rather than" or "instead of"?"""
    return fig.start >= 2 and "_".join(t.lower_ for t in doc[fig.start - 2 : fig.start]) in CONTRAST
