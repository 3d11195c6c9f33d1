"""A journey's end named by its noun (claims40, the thirtieth read): "sleep through much of the 180-day cruise to Mars"
is a cruise *to* Mars, not one in Mars, as "send six people to Mars" sends them there (readings.destination, claims34)
and "patients from Inner Mongolia" come from there (origins.py, claims37). The place is the "to"/"toward" object of a
noun of the claims lexicon's ``journey_nouns``, or the "to" right after one.
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

JOURNEY_NOUNS = word_set("journey_nouns")


def journey_end(place: Token) -> bool:
    """Is the place (an entity's root) the "to" object of a journey's noun, or of a "to" right after one?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("to", "towards", "toward") or prep.dep_ != "prep":
        return False
    before = place.doc[prep.i - 1] if prep.i > 0 else prep
    return any(n.pos_ == "NOUN" and (n.lemma_ or n.text).lower() in JOURNEY_NOUNS for n in (prep.head, before))
    # (the parser often hangs "to Mars" on the verb: "sleep through much of the cruise to Mars")
