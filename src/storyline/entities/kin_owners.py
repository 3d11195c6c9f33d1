"""A name written as the owner of a family's member ("the deaths of Tom Velu's family members", "Ana Ruiz's
widower"): a person's, whatever the model tagged, as no body has a family, a wife or parents. The kin nouns are
``lexicon/kin_genders.tsv``'s and ``lexicon/family_nouns.txt``'s; a noun that is itself a possessive or opens an
"of" phrase ("Acme's family of brands", "its children's range") is no kin."""

from __future__ import annotations

import re

from .. import lexicon
from .shapes import KIN_GENDERS

__all__ = ["kin_owner", "owner_gender"]

_KIN_AFTER = re.compile(r"['’]s?[ \t]+(?:" + lexicon.alternation(
    [*KIN_GENDERS, *lexicon.words("family_nouns")]) + r")\b(?!['’]|[ \t]+of\b)")


def kin_owner(text: str, end: int, span: str) -> bool:
    """Is the mention ``span`` ending at ``end`` written with a possessive before a kin noun ("Josh Velu's family",
    "Velu' parents"), its apostrophe in the span ("Tom Velu'") or right after it?"""
    return _KIN_AFTER.match(text, end - 1 if span.endswith(("'", "’")) else end) is not None


_OWNED_AFTER = re.compile(r"(?:,[ \t]+\d{1,3},)?[ \t]+and[ \t]+([Hh]is|[Hh]er)[ \t]+"
                          r"(?:(?:late|former|estranged|new)[ \t]+)?(?:"
                          + lexicon.alternation([*KIN_GENDERS, *lexicon.words("family_nouns")]) + r")\b")


def owner_gender(text: str, end: int) -> str | None:
    """The gender a possessive pronoun gives the name ending at ``end`` when a kin noun it owns follows ("Tom Velu,
    54, and his wife", "Ana Ruiz and her sons": "m", "f"): the pronoun's antecedent is the name just before "and"
    (ents63)."""
    m = _OWNED_AFTER.match(text, end)
    return None if m is None else ("m" if m.group(1).lower() == "his" else "f")
