"""Whose figure a mention is, across reports (claims62): the holder the parse ties the figure to, so that two
reports' figures of different holders are two rows, never one row that "agrees" or "differs".

The holder is a name (a proper noun, or a capitalised word the report types a person elsewhere):

- the possessor of the counted thing ("Ames's 12 patents");
- when the figure hangs on a verb's "to" or "at" phrase, or is the second object of a verb, that verb's other object:
  "the board held Ames to 12 votes", "the delay left her three days behind": the votes and the days are Ames's and
  hers, not the board's or the delay's;
- else, when the counted thing is in one of the verb's phrases or the object of "have", the verb's subject, or the
  subject's possessor ("Ames's patents amounted to 12 claims", "Ames finished with 12 votes", "Ames had 12 votes");
  the subject of another verb's object acts on it ("the agency accused five firms": no holder).

A person's pronoun ("he", "him", "her") stands for the last named subject before it in its paragraph, else for
the named subject of the paragraph before. A counted
thing that is itself the subject ("two trucks crashed") has no holder. Holders are compared as word sets: one
shared word ("Ada Ames" / "Ames") is one holder, as the story's name list resolves a surname to its full name.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .quantity_holder import clause_subject, quantities_apart
from .subjects import HELD

if TYPE_CHECKING:
    from .attribution import Speaker
    from .figure_mention import FigureMention

PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_OBJECTS = frozenset({"dobj", "dative"})
_TO_PREPS = frozenset({"to", "at"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CLIMB = 4  # prepositional steps from the counted thing up to its verb
_PRONOUN = frozenset({"<pronoun>"})  # a person's pronoun with no name before it in its paragraph


def owner(noun: Token | None, number: Token, people: Set[str], earlier: Speaker | None = None) -> frozenset[str]:
    """The figure's holder as lower-case name words (module docstring); empty when none is named. ``earlier``: the
    named subject of the paragraph before, for a pronoun its own paragraph names no one before."""
    found = _holder(noun, number, people)
    if found != _PRONOUN:
        return found
    return frozenset(w.lower() for w in earlier.text.split() if w[:1].isupper()) if earlier is not None else \
        frozenset()


def _holder(noun: Token | None, number: Token, people: Set[str]) -> frozenset[str]:
    thing = noun if noun is not None and number in noun.subtree else number  # (not a noun a list line inherits)
    for _ in range(_CLIMB):
        if thing.dep_ not in ("conj", "appos") or thing.head.i == thing.i or \
                not any(c.dep_ == "nummod" for c in thing.head.children):
            break  # (only a list of figures: not "a lawsuit against Apple and five publishers")
        thing = thing.head  # "with 20 points, 14 rebounds and four assists": the list's first item's holder
    poss = next((c for c in thing.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _named(poss, people)
    verb, via, t = thing.head, thing.dep_, thing
    for _ in range(_CLIMB):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            via, verb = t.head.lower_, t.head.head
            t = verb
        elif t.dep_ in ("prep", "npadvmod", "advmod") and t.head.pos_ not in ("VERB", "AUX"):
            t = t.head
        else:
            break
    if verb.pos_ not in ("VERB", "AUX") or verb.i == thing.i:
        return frozenset()
    if via in _TO_PREPS or via in _OBJECTS:
        other = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i != thing.i), None)
        if other is not None:
            return _named(other, people)
    if via in ("nsubj", "nsubjpass") or via == "dobj" and verb.lemma_ != "have":
        return frozenset()  # the subject of "accused five publishers" acts on them; "Kell had 12 votes" holds them
    subj = clause_subject(verb)
    if subj is None:
        return frozenset()
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    return _named(subj, people) or (_named(poss, people) if poss is not None else frozenset())


def _named(tok: Token, people: Set[str]) -> frozenset[str]:
    """The name words on a noun phrase's head (itself and its compound and flat parts); a person's pronoun's
    antecedent."""
    if tok.lower_ in PERSON_PRONOUNS:
        before = _antecedent(tok, people)
        return _named(before, people) if before is not None else _PRONOUN
    parts = (tok, *(c for c in tok.children if c.dep_ in ("compound", "flat")))
    return frozenset(x.lower_ for x in parts if _a_name(x, people))


def _a_name(x: Token, people: Set[str]) -> bool:
    if x.ent_type_ in _NOT_NAMES or not x.text[:1].isupper():
        return False
    return x.pos_ == "PROPN" or x.lower_ in people


def _antecedent(pron: Token, people: Set[str]) -> Token | None:
    """The last subject before a person's pronoun in its paragraph that is a name."""
    for t in reversed(pron.doc[: pron.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PERSON_PRONOUNS and _named(t, people):
            return t
    return None


def owners_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two holders, both named, with no word in common."""
    return bool(x) and bool(y) and not x & y


def owners_apart_of(a: FigureMention, b: FigureMention) -> bool:
    """Two figures of different named holders (module docstring), counts or sums, not a casualty toll (whose count is
    the victims', whoever the verb's subject): two rows, whichever reports tell them (claims62); or of two holders
    their clauses tell by a verb of holding that share no word ("the old bridge measures 300 m" / "the new bridge
    measures 320 m", clause_holder.py, claims66)."""
    if owners_apart(a.holder_key, b.holder_key) or quantities_apart(a, b):
        return True  # (two percentages of things not one: quantity_holder.py, claims90)
    return a.dimension in HELD and b.dimension in HELD and not (a.event_class or b.event_class) and \
        owners_apart(a.owner, b.owner)
