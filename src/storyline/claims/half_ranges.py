"""A range whose low end is half of one of its top's units (claims50): "pay half a cent to two cents per user" is
0.5–2 cents, not 2 cents; "half a mile to three miles" is 0.5–3 miles. Read when "half a" (or "half an") and the
top's own unit word, singular, come right before the "to" that opens the figure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .tokens import low


def half_low(doc: Doc, fig: Figure) -> None:
    """Widen ``fig`` to its "half a <unit> to" low end, in place, when there is one."""
    s = fig.start
    if s < 4 or fig.low != fig.high or fig.end >= len(doc) or low(doc, s - 1) != "to":
        return
    if low(doc, s - 4) != "half" or low(doc, s - 3) not in ("a", "an"):
        return
    unit, top = doc[s - 2], doc[fig.end - 1] if fig.end - 1 > fig.num else doc[fig.end]
    if unit.lemma_.lower() != top.lemma_.lower() or unit.pos_ != "NOUN":
        return
    fig.value, fig.low, fig.start, fig.char_start = 0.5, 0.5, s - 4, doc[s - 4].idx
