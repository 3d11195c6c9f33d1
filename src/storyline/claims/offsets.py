"""Offsets that date a clause, in shapes claims32's and claims34's exclusions do not read (claims37):

- "N units after / before X" set before the verb its "after" hangs on, wherever the clause opens (after a colon
  or inside a quotation: 'the patient: “Two months after the onset, I was unable to stand”'): X plus N units
  frames the clause; it measures nothing of it.
- "N units before / after the Iowa caucuses": an event named by a proper noun before its head noun is a named
  event, as "the Big Bang" is; the span dates what happens by it. After "for" ("worked for three weeks before
  the Ohio primary") the span is how long, up to the event, and stays a figure.
- "N units before" a clause whose verb starts or ends an event ("face off just 75 days before primary voting
  begins", claims38): the span dates the clause it hangs on by that event, as before a named event.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .vocab import word_set

_SPAN_OPENERS = word_set("span_openers")  # "for three weeks before the primary": how long, up to it
_ONSET_VERBS = word_set("onset_verbs")  # "before primary voting begins": an event's start (claims38)


def dated_offset(doc: Doc, start: int, end: int, short: bool) -> bool:
    """Is the span (tokens ``start``-``end``, ``short`` for seconds, minutes or hours) before "after"/"before"
    an offset that dates its clause (module docstring)?"""
    if end >= len(doc) or doc[end].lower_ not in ("after", "before"):
        return False
    if _before_clause(doc, start, end, short):
        return True  # "face off just 75 days before primary voting begins" (claims38)
    if doc[end - 1].head.i != end:
        return False
    if start > 0 and doc[start - 1].lower_ in _SPAN_OPENERS:
        return False
    link = doc[end]
    if not short and link.dep_ == "prep" and link.head.pos_ in ("VERB", "AUX") and link.head.i > end:
        return True  # the span set before the verb it hangs on
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and
               any(d.dep_ == "compound" and d.pos_ == "PROPN" and d.i < c.i for d in c.children)
               for c in link.children)


def _before_clause(doc: Doc, start: int, end: int, short: bool) -> bool:
    """"N units before" marking a clause whose verb starts or ends an event (lexicon ``onset_verbs``), the span hung
    on "before" or on that verb ("meet just 40 days before the season opens"): it dates the clause it modifies; not
    after "for" (how long), not short units."""
    link = doc[end]
    if short or link.lower_ != "before" or link.dep_ != "mark" or (link.head.lemma_ or "").lower() not in _ONSET_VERBS:
        return False
    if start > 0 and doc[start - 1].lower_ in _SPAN_OPENERS:
        return False
    return doc[end - 1].head.i in (end, link.head.i)
