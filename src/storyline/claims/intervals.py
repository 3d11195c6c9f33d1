"""Durations that say how long or how often, not when (exclusions.point_in_time asks first).

- A recurring interval: "every 33 years", "once every three months", "once in about every 33 years", "as often
  as every three months": how often something comes round, a figure (not "every day", which has no number).
- A span up to now or from now, told as a length: "for the last 1,000 years", "for at least the past two
  months", "over the next two years", "during the short span of the next two years", "the last 15 years of his
  life" (its "of" and a possessive or determiner name whose span it is). "In the next two years" and "the last
  two years" alone still say when.

The words are lexicon/claims.toml's ``span_openers`` (for, over, during ...), ``span_nouns`` (span, course ...)
and ``recurrence_words`` (every).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import low as _low
from .vocab import table, word_set

_OPENERS = word_set("span_openers")
_SPAN_NOUNS = word_set("span_nouns")
_RECURRENCE = word_set("recurrence_words")
_RELATIVE = word_set("relative_span_words")
_HEDGES = frozenset(w for kind in ("approx", "near", "min", "above") for q in table("qualifiers")[kind]
                    for w in q.split()) - word_set("stopwords_in_hedges")  # "at least", "about": not "of", "to"


def recurring(doc: Doc, start: int, value: float) -> bool:
    """'every 33 years', 'once every three months': the number (token ``start``) after a recurrence word."""
    k = start - 1
    while k >= 0 and _low(doc, k) in _HEDGES and _low(doc, k) not in _RECURRENCE:
        k -= 1  # "every approximately 33 years" as written
    return value > 1 and _low(doc, k) in _RECURRENCE


def span_up_to(doc: Doc, start: int, end: int) -> bool:
    """'for (at least) the last N years', 'over the next N years', 'the span of the next N years', 'the last N
    years of his life': a length up to now or from now (the number at token ``start``, its unit ending at ``end``)."""
    if _low(doc, start - 1) not in _RELATIVE or _low(doc, start - 2) != "the":
        return False
    k = start - 3
    while k >= 0 and _low(doc, k) in _HEDGES and _low(doc, k) not in _OPENERS:
        k -= 1  # "for at least the last 1,000 years"
    if _low(doc, k) in _OPENERS:
        return True
    if _low(doc, k) == "of" and _low(doc, k - 1) in _SPAN_NOUNS:
        return True  # "during the short span of the next two years"
    return _low(doc, end) == "of" and end + 1 < len(doc) and doc[end + 1].tag_ in ("PRP$", "DT", "POS") and \
        _low(doc, end + 1) not in ("a", "an")  # "the last 15 years of his life", "the next two years of the talks"
