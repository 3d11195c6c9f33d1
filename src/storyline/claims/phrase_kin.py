"""One length named by two noun phrases: "two years of formal negotiations" / "a two-year negotiation process".

A measure's head noun is compared with the other report's by its lemma and WordNet kin (grouping.py). A noun
phrase often puts the thing measured in a compound before a light head ("negotiation process", "construction
phase"), so the heads differ though the phrases name one thing. Two measures of the same value in the same unit
are one thing when one's head is a compound modifier of the other's ("negotiation" in "negotiation process");
two heads that only share a modifier ("a two-year price freeze" / "a two-year price war") stay two things, and
so do different values (a difference never rests on this resemblance alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from .figure_mention import FigureMention


def noun_modifiers(noun: Token | None) -> frozenset[str]:
    """Lemmas of the common nouns compounded before ``noun`` ("negotiation" in "negotiation process")."""
    if noun is None:
        return frozenset()
    return frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")


def one_thing_modified(a: FigureMention, b: FigureMention) -> bool:
    """Equal measures whose heads are one thing, one named as the other's compound modifier (module docstring)."""
    if (a.value * a.factor, a.high * a.factor) != (b.value * b.factor, b.high * b.factor) or a.unit_code != b.unit_code:
        return False
    return bool(a.head and b.head) and (a.head in b.modifiers or b.head in a.modifiers)
