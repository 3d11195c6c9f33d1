"""Numbers that label, not count (claims35):

- an emergency telephone number before a word of its line ("began receiving 911 calls", "a 999 call", "the 911
  dispatcher"): the line's name, no count of calls;
- a number that opens a quoted word or phrase named as one ("never used the term "three amigos"", "the so-called
  "two bridges" plan" after "dubbed"): part of a name, no count of anything;
- a number of children that describes a parent ("a stay-at-home mother of four", "a father-of-three", claims43):
  who the person is, no count of mothers or fathers.

Word classes are in the claims lexicon (emergency_numbers, emergency_nouns, naming_words, parent_nouns).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import low as _low
from .vocab import word_set

EMERGENCY_NUMBERS = word_set("emergency_numbers")
EMERGENCY_NOUNS = word_set("emergency_nouns")
NAMING_WORDS = word_set("naming_words")
PARENT_NOUNS = word_set("parent_nouns")
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})


def emergency_number(doc: Doc, i: int, j: int) -> bool:
    """Is the number at tokens ``i``-``j`` an emergency line's ("911 calls", "a 999 call")?"""
    if j - i != 1 or doc[i].text not in EMERGENCY_NUMBERS or j >= len(doc):
        return False
    return doc[j].lemma_.lower() in EMERGENCY_NOUNS or _low(doc, j) in EMERGENCY_NOUNS


def quoted_term(doc: Doc, i: int) -> bool:
    """Does the number at token ``i`` open a quotation set after a word that names it as a term ("the term "three
    amigos"", "dubbed "two bridges"")?"""
    if i < 2 or _low(doc, i - 1) not in _OPEN_QUOTES:
        return False
    before = doc[i - 2]
    return before.lower_ in NAMING_WORDS or before.lemma_.lower() in NAMING_WORDS


def parent_of(doc: Doc, i: int, j: int) -> bool:
    """Is the number (tokens ``i``-``j``) the "N" of "a mother of N" or "a father-of-N" with no noun after it
    (lexicon ``parent_nouns``)?"""
    k = i - 1
    while k > 0 and doc[k].text in ("-", "–"):
        k -= 1
    if k < 1 or _low(doc, k) != "of":
        return False
    k -= 1
    while k > 0 and doc[k].text in ("-", "–"):
        k -= 1
    return doc[k].lemma_.lower() in PARENT_NOUNS and (j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN"))
