"""Spans that say when, in shapes claims34's exclusions do not read (claims35):

- a "by" span set before the verb it hangs on ("by six months he felt well again", "By two years, the dock was
  full"): a point reached, counted from a start the text gives elsewhere, not how long anything lasted; a "by" span
  after its verb ("the launch was delayed by six months") measures the change and stays a figure.
"""

from __future__ import annotations

from spacy.tokens import Doc


def fronted_by(doc: Doc, start: int) -> bool:
    """Is the span at token ``start`` the object of a "by" set before the verb it hangs on?"""
    if start < 1 or doc[start - 1].lower_ != "by":
        return False
    by = doc[start - 1]
    return by.head.pos_ in ("VERB", "AUX") and by.head.i > start
