"""Where a distance is told from (claims35, after claims27's bearing and claims34's destination): a place that is the
"from" object of a verb of going or sending, with a distance in that verb's clause ("had traveled more than 1,200
miles from Oregon", "flew 300 km from Perth"), is where the journey began: the distance is from it, not in it, as
"185 miles northwest of Perth" is (rates.bearing_origin). Verbs: the claims lexicon's sending_verbs. A distance
whose unit hangs on a "from" or "outside" right after it ("a town 19 miles outside of Pretoria", "winding 20 miles
from the town of Hillsboro") is from that place whatever the verb (claims54; words: distance_origin_words).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .rates import bearing_origin
from .readings import SENDING_VERBS
from .scope import Place
from .vocab import word_set

ORIGIN_WORDS = word_set("distance_origin_words")


def _journey_origin(doc: Doc, fig: Figure) -> frozenset[int]:
    """The token indices of a "from" object of the verb a distance's clause is on; empty for any other figure."""
    if fig.dimension != "length":
        return frozenset()
    num = doc[fig.num]
    verb = num
    for _ in range(8):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or (verb.lemma_ or verb.text).lower() not in SENDING_VERBS:
        return frozenset()
    preps = [p for t in (verb, *verb.subtree) if t.head.i == verb.i or t.i == verb.i
             for p in t.children if p.dep_ == "prep" and p.lower_ == "from"]
    return frozenset(t.i for p in preps for o in p.children if o.dep_ == "pobj" for t in o.subtree)


def _fixed_origin(doc: Doc, fig: Figure) -> frozenset[int]:
    """The token indices of the object of a "from" or "outside (of)" the distance's unit hangs on, right after it."""
    if fig.dimension != "length" or fig.end >= len(doc):
        return frozenset()
    prep = doc[fig.end]
    if prep.lower_ not in ORIGIN_WORDS or doc[fig.end - 1].head.i != prep.i:
        return frozenset()
    heads = [prep, *(c for c in prep.children if c.dep_ == "prep")]  # ("outside of X", "away from X")
    return frozenset(t.i for p in heads for o in p.children if o.dep_ == "pobj" for t in o.subtree)


def origin_tokens(doc: Doc, fig: Figure) -> frozenset[int]:
    """The token indices of the place a distance is told from: a bearing's ("west-northwest of Perth") or a
    journey's ("traveled 1,200 miles from Oregon"); empty when there is none."""
    return bearing_origin(doc, fig) | _journey_origin(doc, fig) | _fixed_origin(doc, fig)


def origin_of(places: list[Place], doc: Doc, fig: Figure) -> str:
    """The name of the sentence's place a distance is told from (``origin_tokens``); '' when none is."""
    return next((p.name for p in places if p.root in origin_tokens(doc, fig)), "")
