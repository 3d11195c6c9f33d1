"""A clock's reading, not a figure (claims40, the thirtieth read): "drilled a 3-pointer with 55 seconds left", "with
two minutes remaining", "with 40 seconds to play" tell when in a game or a countdown something happened, as a time of
day does; the length is no measure of the shot or of anything the sentence counts. Only after "with" (an adverb
between allowed: "with just 55 seconds left"); "had three days left to file" keeps its figure. Words: the claims
lexicon's ``time_left_words`` and ``time_left_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import low as _low
from .vocab import units, word_set

LEFT_WORDS = word_set("time_left_words")
LEFT_VERBS = word_set("time_left_verbs")


def time_left(doc: Doc, i: int, j: int) -> bool:
    """The figure of tokens ``i``..``j`` (its unit after it or not) is a length of time still to run after "with"."""
    k = j + 1 if _low(doc, j) in units() else j  # the unit after the figure's tokens, or inside them
    unit = units().get(_low(doc, k - 1))
    if unit is None or unit.dimension != "duration":
        return False
    left = _low(doc, k) in LEFT_WORDS or _low(doc, k) == "to" and _low(doc, k + 1) in LEFT_VERBS
    before = i - 1
    while before > 0 and doc[before].pos_ == "ADV" and before > i - 3:
        before -= 1  # "with just 55 seconds left"
    return left and _low(doc, before) == "with"
