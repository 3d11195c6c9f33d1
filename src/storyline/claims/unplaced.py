"""Place names in a figure's sentence that are no place of the figure (claims48; see scope.sentence_places).

- A place's name that is the first word of a longer name ("loyal to the Islamic State", "a Texas Rangers
  pitcher"): the entity tagger cut it from the name it opens; the name is a body or a thing, not where the figure
  is. Read so when the place's last word is a modifier of a capitalised word right after it.
- The goal of a purpose ("has been waiting two months to cross into the United States"): a place after "to",
  "into" or "toward" on an infinitive is where someone means to go, not where the figure is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..dates import MONTHS, WEEKDAYS

_DIRECTIONS = frozenset({"to", "into", "toward", "towards", "onto"})
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def opens_a_longer_name(ent: Span) -> bool:
    """Is the place entity the first part of a longer capitalised name ("Islamic" of "the Islamic State")?"""
    last = ent.doc[ent.end - 1]
    if ent.end >= len(ent.doc) or last.dep_ not in ("compound", "amod") or last.head.i < ent.end:
        return False
    words = ent.doc[ent.end : last.head.i + 1]
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _CALENDAR for t in words)


def goal_of_purpose(place: Token) -> bool:
    """Is the place (an entity's root) the "to"/"into" object of an infinitive of purpose ("… to cross into X")?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _DIRECTIONS or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp", "acl", "relcl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
