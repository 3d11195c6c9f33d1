"""A length of time told as the gap since something last happened: "the first total eclipse in nearly 152 years",
"sober for the first time in eight years", "the highest level in 20 years", "has not happened for more than 150
years", "no rain in 100 days". However the sentence words it, the span runs from the last time to now, so two such
spans of one story with values that can both be true are one figure (grouping.py), whatever verb or noun each
hangs on ("happened" / "eclipse"). The negation of such a span asserts it, so it does not make the figure disputed
(extract.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .figure import Figure
from .vocab import word_set

GAP_WORDS = word_set("gap_words")  # "first": the first X in N years
GAP_NEGATIONS = word_set("gap_negations")  # "no", "never": no X in N years


def _marks_gap(tok: Token) -> bool:
    """Does ``tok`` (a noun or a verb) carry a word that makes "in / for N years" a gap since the last time?"""
    for c in tok.children:
        if c.dep_ == "amod" and (c.lower_ in GAP_WORDS or c.tag_ == "JJS"):
            return True  # "the first eclipse", "the highest level"
        if c.dep_ in ("neg", "det") and c.lower_ in GAP_NEGATIONS or c.dep_ == "neg" and tok.pos_ in ("VERB", "AUX"):
            return True  # "has not happened", "no rain", "never seen"
    return False


def since_last(doc: Doc, fig: Figure) -> bool:
    """Is this duration a gap since the last time (module docstring)? Read on the unit's "in" or "for"
    phrase: the word it hangs on, or, on a verb, its object or subject ("hit their highest level in 20 years")."""
    if fig.dimension != "duration" or fig.modifier:
        return False
    unit = next((t for t in doc[fig.start : fig.end] if t.dep_ == "pobj" and t.head.lower_ in ("in", "for")), None)
    if unit is None:
        return False
    host = unit.head.head
    if _marks_gap(host):
        return True
    if host.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("dobj", "attr", "nsubj") and c.pos_ == "NOUN" and _marks_gap(c) for c in host.children)
    return False
