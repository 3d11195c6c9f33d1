"""Periods that date a list of figures, not the line (issue 12, time32).

"The real rate averaged 1.6 percent between 1991 and 1995, 0.37 percent between 2001 and 2005 and -1.0 percent from
2008 to the present": each period is a figure's, the span its average is taken over, as a period describing a noun
is (``timeline._period``). No one of them is the line's time, and the parser's hanging of one of them from the verb
(the first, the middle) is chance: the line was dated by whichever it was. When a sentence gives two periods or more,
each right after a figure, none files the sentence. One period after a figure ("Fares rose 5 percent between 2001
and 2005") still dates its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .expressions import DateExpression

__all__ = ["listed_figure_period"]

LISTED = 2  # periods after figures in one sentence that make it a list of dated figures
# a figure right before the period's preposition: "1.6 percent between", "-1.0 percent from", "$4 billion in"
_FIGURE_BEFORE = re.compile(r"(?:^|\s)[-+−]?[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|points?|[a-z]+)?\s*"
                            r"(?:(?:between|from|in|during|over)\s+)?$", re.I)
_FIGURE_REACH = 30  # characters before the period read for its figure


def _a_period(e: DateExpression) -> bool:
    return e.range_end is not None or e.relation in ("since", "until")


def _after_a_figure(e: DateExpression, text: str) -> bool:
    return _FIGURE_BEFORE.search(text[max(0, e.start - _FIGURE_REACH) : e.start]) is not None


def listed_figure_period(expr: DateExpression, sentence: Sequence[DateExpression], text: str) -> bool:
    """Is ``expr`` (a date of ``text``, a paragraph) one of at least ``LISTED`` periods of its sentence's dates
    (``sentence``) that each come right after a figure? Then it dates that figure, not the line."""
    if not (_a_period(expr) and _after_a_figure(expr, text)):
        return False
    return sum(1 for e in sentence if _a_period(e) and _after_a_figure(e, text)) >= LISTED
