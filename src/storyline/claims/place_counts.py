"""The place of a count of places (claims59, the 60th read's "other cities canceled in Washington | 6" and "cities
(… take in) in Calif. | 8"): a figure that counts places ("six other cities", "eight cities: Boston, …, Fresno,
Calif.") is not in a place its sentence names in another clause or lists as its items; only a place its counted noun
holds by a preposition ("eight cities in Texas", "three states across the Midwest"), or its clause's verb does ("In
Texas, storms hit 12 towns") or another clause's verb does ("As the storm advanced toward the coast, … seven
states declared emergencies"), is where it is; not one listed beside it ("in Washington and six other cities"), one
of a relative clause ("the festival, which began in Denver, …") nor one another noun holds ("its rival in Austin").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .counted import lemma
from .scope import PLACE_NOUNS, Place


def _verb_of(noun: Token) -> Token | None:
    """The verb whose clause the counted noun is in ("hit 12 towns", "cancelled concerts in six cities")."""
    tok = noun
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _held_by(noun: Token, verb: Token | None, tok: Token) -> bool:
    """Does ``noun`` (or its clause's verb) hold the place token by a preposition (through list items and
    appositions), the place not listed beside the noun itself?"""
    for _ in range(8):
        if tok.i == noun.i:
            return False  # ("in Washington and six other cities": an item beside the count)
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head.i == tok.i:
            break
        tok = tok.head
    if any(c.i == noun.i for c in tok.conjuncts):
        return False
    holder = tok.head.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False  # (an item of a list, "— Houston, …, Santa Barbara, Calif.")
    return holder.i == noun.i or verb is not None and holder.i == verb.i or \
        holder.pos_ == "VERB" and holder.dep_ != "relcl"  # ("As the storm advanced toward X, … seven states …")


def place_count_places(noun: Token | None, dimension: str, places: Sequence[Place]) -> list[Place] | None:
    """The places of a count of places (those its noun holds), or None when the figure counts no places."""
    if noun is None or dimension != "count" or lemma(noun) not in PLACE_NOUNS or noun.tag_ not in ("NNS", "NNPS"):
        return None
    verb = _verb_of(noun)
    return [p for p in places if _held_by(noun, verb, noun.doc[p.root])]
