"""What a measure with a verb of level or of yield is of (claims36), where the verb names no measure itself:

- **a level's "at" figure**: "pricing will start at 71,350 euro", "unemployment stood at 5.2%": the subject is
  what is measured ("pricing (EUR)", not "start (EUR)"); verbs: the claims lexicon's level_verbs.
- **a change's "to" figure with an object**: "cut the 0-62 mph time to 5.7 seconds", "raised the limit to 70 mph":
  the object is what the figure is the new value of ("time (s)", not "cut (s)"); verbs: change_verbs.
- **a verb of yield or of lasting**: "That cranks out 300 kW", "should deliver around 215 miles", "lasting for
  eight seconds": the verb only says that the measure is there; the unit's dimension names it ("power (kW)",
  "distance (mi)", "time (s)"); verbs: amount_verbs (read by ``table``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .vocab import word_set

LEVEL_VERBS = word_set("level_verbs")
CHANGE_VERBS = word_set("change_verbs")
AMOUNT_VERBS = word_set("amount_verbs")
SCALE_WORDS = word_set("scale_words")


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def level_holder(anchor: Token) -> Token | None:
    """The noun a figure (its unit's token ``anchor``) is the level of: the subject of a verb of level before its
    "at" phrase, or the object of a verb of change before its "to" phrase; None otherwise."""
    if anchor.dep_ != "pobj" or anchor.head.dep_ != "prep":
        return None
    prep, verb = anchor.head, anchor.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if prep.lower_ == "at" and _lemma(verb) in LEVEL_VERBS:
        role: tuple[str, ...] = ("nsubj", "nsubjpass")
    elif prep.lower_ == "to" and _lemma(verb) in CHANGE_VERBS:
        role = ("dobj",)
    else:
        return None
    noun = next((c for c in verb.children if c.dep_ in role), None)
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.i < prep.i else None


def kind_level(doc: Doc, k: int) -> bool:
    """'For Level 2 stations', 'Category 5 hurricanes are rare': a scale's number (token ``k``, after a capitalised
    scale word) before a plural noun names a kind of those things, no level of one thing and no count of them ("a
    Category 4 storm" stays one storm's strength; "magnitude" is no kind)."""
    scale = k >= 1 and doc[k - 1].lower_ in SCALE_WORDS and doc[k - 1].lower_ != "magnitude"
    return scale and doc[k - 1].text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].tag_ in ("NNS", "NNPS")
