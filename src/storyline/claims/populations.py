"""How many people live in a place, told as a count: a *population* (the counted head "population").

- "Croatia's 4.7 million population", "the island's 3.5 million residents", "its 4 million people" (beside a
  place named in the sentence): a word for a place's people (lexicon ``population_words``) owned by a place;
- "Fonds Verrettes, population 27,000": the number after the word "population";
- "Croatia, a country of 4 million": a place noun (lexicon ``population_places``) and "of" a bare number, or "of"
  a number of people ("the country of over five million people", claims79).

Populations of one place told with other values are one figure whose reports differ (grouping.py joins them
whatever verb each hangs on, within ``grouping.SIZE_RATIO``); populations of places apart stay apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .figure import Figure
from .vocab import word_set

POPULATION = "population"
POPULATION_WORDS = word_set("population_words")
_PEOPLE = POPULATION_WORDS
_PLACES = word_set("population_places")
_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _a_place(tok: Token) -> bool:
    return tok.ent_type_ in _PLACE_TYPES or _lemma(tok) in _PLACES or tok.pos_ == "PROPN" and tok.ent_type_ == ""


def population_noun(doc: Doc, fig: Figure, noun: Token | None) -> Token | None:
    """The word a count tells a place's population by (module docstring), or None."""
    if fig.dimension != "count" or fig.percent or fig.vague or fig.base is not None:
        return None
    num = doc[fig.num]
    if num.head.i < num.i and _lemma(num.head) == POPULATION and num.dep_ in ("nummod", "appos", "npadvmod"):
        return num.head  # "Fonds Verrettes, population 27,000"
    if noun is None:
        return None
    if noun.i > fig.num and _lemma(noun) in _PEOPLE:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (_a_place(owner) and owner.pos_ != "PRON" or owner.lower_ == "its" and any(
                t.ent_type_ in _PLACE_TYPES for t in noun.sent)):
            return noun  # "Croatia's 4.7 million population", "Puerto Rico and its 4 million people"
    if noun.i < fig.start and _lemma(noun) in _PLACES and num.head.lower_ == "of" and num.head.head.i == noun.i and \
            not any(c.dep_ == "prep" for c in num.children):
        return noun  # "a country of 4 million"
    if noun.i > fig.num and _lemma(noun) in _PEOPLE and place_noun_of(noun) is not None:
        return noun  # "the country of over five million people", as "a country of 4 million" (claims79, claims80)
    return None


def place_noun_of(noun: Token) -> Token | None:
    """The common place noun a population is told "of" ("the country of over five million people", "a country of 4
    million"): ``noun`` is the people word or the place noun itself; None when the population is told otherwise.
    Such a population's place is the one that noun stands for, never another place its clause names ("… has
    traded its reliance on Russia"): claims80."""
    if _lemma(noun) in _PLACES:
        return noun if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in _PLACES:
        return noun.head.head
    return None
