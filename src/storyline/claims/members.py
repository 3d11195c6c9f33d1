"""Places that are no place of a figure, read from the figure's own phrase or the name the place glosses (claims40,
the thirtieth read):

- a place an apposition with the counted noun's "of" phrase follows ("kick off the jaunt in West Palm Beach, FL, the
  first stop of 30 cities"): the place is one of the things counted, not where they are (claims39's list items'
  mirror: there the list hangs on the count, here the count on the place);
- a place in brackets right after a person's name ("producer John Shanks (Bon Jovi, Sheryl Crow, …)"): the
  person's credits or home, a gloss of the name, not where the sentence's figures are.

And what such a gloss counts (claims47): "one of N <nouns>" in apposition to a name ("Judge Olsen, one of two judges
handling the case, filed …") or fronted before its subject ("One of six world powers leading the talks, it has
criticized …") is the size of a set the name belongs to, which the nouns' own clause says ("handling the case"),
not the sentence's verb ("filed", "criticized"); with no clause of their own (a relative clause the parse hangs on
the name: "Hoenig, … one of 10 people who decides …") the set is no figure of the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

_GLOSS_REACH = 40  # tokens back to the bracket's opening


class _Rooted(Protocol):
    root: int


P = TypeVar("P", bound=_Rooted)


def counted_in_apposition(places: Sequence[P], noun: Token) -> list[P]:
    """The places less those the figure's "of" phrase stands after as an apposition, whatever the parse ("in West
    Palm Beach, FL, the first stop of 30 cities"): the words from the place to the phrase are names and commas."""
    doc = noun.doc
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i or prep.head.pos_ != "NOUN" or \
            not any(c.dep_ == "nummod" for c in noun.children) or any(c.dep_ == "nummod" for c in prep.head.children):
        return list(places)  # (a count's own noun, "of 30 cities", after a noun with no number: not "in Europe, up
        # to 277 miles of range", the figure's own "of")
    left = prep.head.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return list(places)
    return [p for p in places if not (p.root < left - 1 and all(doc[k].pos_ == "PROPN" or doc[k].text == ","
                                                                for k in range(p.root, left)))]


def person_gloss(t: Token) -> bool:
    """``t`` (an entity's root) is inside brackets opened right after a person's name ("John Shanks (Bon Jovi, …)")."""
    doc = t.doc
    for k in range(t.i - 1, max(t.sent.start, t.i - _GLOSS_REACH) - 1, -1):
        if doc[k].text in (")", "]"):
            return False
        if doc[k].text in ("(", "["):
            return k > 0 and doc[k - 1].ent_type_ == "PERSON"
    return False


def membership_gloss(num: Token) -> Token | None:
    """The noun of "one of N <nouns>" when the number ``num`` is its N and the phrase is in apposition to a person's
    or a body's name (or joined to such an apposition: "Hoenig, the longest-serving member and one of 10 people who
    …"), or fronted before its subject ("One of six world powers leading the talks, it has …"); else None."""
    noun = num.head if num.dep_ == "nummod" else num
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "one":
        return None
    t = of.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos":
        return noun if t.head.ent_type_ in ("PERSON", "ORG") else None
    after = t.right_edge.i + 1
    fronted = t.dep_ in ("advcl", "npadvmod", "dep") and t.i < t.head.i and after < len(t.doc) and \
        t.doc[after].text == ","  # "One of six world powers leading the talks, it has …": of the subject
    return noun if fronted else None


def own_clause(noun: Token) -> Token | None:
    """The verb of the clause a noun has of its own after it ("judges handling the case", "people who set the
    rates", "people killed in the attack")."""
    return next((v for v in noun.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" and v.i > noun.i), None)
