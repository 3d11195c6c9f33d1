"""Place names in a figure's sentence that are no place of the figure (claims48; see scope.sentence_places).

- A people's or a faith's adjective that is the first word of a longer name ("loyal to the Islamic State"): the
  entity tagger cut it from the name it opens (a NORP entity); the name is a body, not where the figure is. Read
  so when the adjective's last word is a modifier of a capitalised word right after it. (A town's name before
  one, "Hebron Smart City", stays: the town is often the story's place all the same.)
- The goal of a purpose ("has been waiting two months to cross into the United States"): a place after "to",
  "into" or "toward" on an infinitive clause of purpose is where someone means to go, not where the figure is
  (not an infinitive a verb takes: "is forecast to turn north into the U.S.", where the figure will be).
- A named body's or person's base ("Reveal Mobile, based in North Carolina, which had code in more than 500 apps",
  claims50): a place after a participle of base or birth (lexicon ``attributive_place_participles``) hung on a name
  tells where that one is, not where the figure is; the hyphened "Washington-based" is placeless.py's.
- What a depiction shows ("only two images of Earth from the outer solar system", claims59): a place that is the
  "of" object of a noun of depiction (lexicon ``depiction_nouns``) is the picture's subject, not where it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..dates import MONTHS, WEEKDAYS
from .vocab import word_set

_DIRECTIONS = frozenset({"to", "into", "toward", "towards", "onto"})
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_BASE_PARTICIPLES = word_set("attributive_place_participles")
_DEPICTIONS = word_set("depiction_nouns")


def opens_a_longer_name(ent: Span) -> bool:
    """Is the place entity a people's adjective opening a longer capitalised name ("Islamic" of "the Islamic
    State")?"""
    last = ent.doc[ent.end - 1]
    if ent.label_ != "NORP" or ent.end >= len(ent.doc) or last.dep_ not in ("compound", "amod") or \
            last.head.i < ent.end:
        return False
    words = ent.doc[ent.end : last.head.i + 1]
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _CALENDAR for t in words)


def goal_of_purpose(place: Token) -> bool:
    """Is the place (an entity's root) the "to"/"into" object of an infinitive of purpose ("… to cross into X")?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _DIRECTIONS or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.dep_ == "advcl" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def depicted(place: Token) -> bool:
    """Is the place (an entity's root) the "of" object of a noun of depiction ("images of Earth")?"""
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _DEPICTIONS


def named_base(place: Token) -> bool:
    """Is the place (an entity's root) the object of "based in", "headquartered in" hung on a name ("Reveal Mobile,
    based in North Carolina")?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.tag_ == "VBN" and verb.lower_ in _BASE_PARTICIPLES and verb.dep_ == "acl" and \
        verb.head.pos_ == "PROPN" and verb.head.i < verb.i
