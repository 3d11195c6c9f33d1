"""Place names that are words of a body's own name, no place of a figure (claims100, check43a's "in Poets" and
"in Wheels America"; see scope.sentence_places):

- a place joined by "and" to a name that is no place, the two modifying one noun together ("his six Busboys and
  Poets locations", "the Marks and Spencer stores"): the joined names are one name, and its first item, a person's
  or a body's, says it is not a list of places (a list that opens with a place, "the Iraq and Syria border", stays,
  and so does one before a noun of places, "Tulare and Fresno counties", whatever the tagger typed its first item);
- a place after a preposition hung on a capitalised noun of no entity, with no words of its own, inside a sentence
  written in ordinary case ("online donations to Meals on Wheels America"): the capitals run the words into one
  name, a body's, and the tagger took its tail for a place. Not after "of" ("the Governor of Texas": a title, its
  place the row's), nor after a name complete before the preposition ("the 59th Grammy Awards in Los Angeles"); a
  sentence in title case (a headline, "Deadly Floods in Texas") is no such sign, nor a word opening the sentence
  or a quotation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .tokens import first_conjunct
from .vocab import word_set

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = word_set("place_nouns")  # "part of Tulare and Fresno counties": places, the first mistyped
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})  # (a plural the tagger calls proper: "Toys on Wheels")
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "—", "–", "-"})


def joined_to_a_name(root: Token) -> bool:
    """``root`` (a place's root) a later conjunct of a proper name typed no place, that name a modifier of a
    common noun: one name of one thing ("Busboys and Poets locations"), not a list of places."""
    if root.dep_ != "conj":
        return False
    first = first_conjunct(root)
    return first.i != root.i and first.pos_ == "PROPN" and first.ent_type_ not in _PLACE_LABELS and \
        first.dep_ in _MODIFIER_DEPS and first.head.pos_ == "NOUN" and first.head.i > root.i and \
        (first.head.lemma_ or first.head.text).lower() not in _PLACE_NOUNS


def _ordinary_case(sent: Span) -> bool:
    """The sentence has a lower-case noun or verb: it is not written in title case."""
    return any(t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "VERB") for t in sent)


def in_a_capitalised_name(ent: Span) -> bool:
    """The place entity right after a preposition (not "of") hung on a capitalised noun of no entity inside a
    sentence in ordinary case ("donations to Meals on Wheels America"): the tail of a body's name."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i + 1 != ent.start or prep.lower_ == "of":
        return False
    word = prep.head
    if word.i != prep.i - 1 or word.tag_ not in _NOUN_TAGS or not word.is_title or word.ent_type_:
        return False
    if any(c.dep_ not in ("prep", "det") for c in word.children):
        return False  # ("the 59th Grammy Awards in Los Angeles": a name complete before "in", the place its own)
    sent = ent.sent
    if word.i == sent.start or word.doc[word.i - 1].text in _OPENERS:
        return False
    return _ordinary_case(sent)
