"""Numbers that stand as pronouns, no claims (claims73): "one" after a determiner ("the only one that cares about
…", "the one who …", "this one") is the pronoun "one", which stands for a person or thing the sentence names,
counting nothing."""

from __future__ import annotations

from spacy.tokens import Doc

_DETERMINER_TAGS = frozenset({"DT", "WDT", "PRP$"})
_MODIFIER_TAGS = frozenset({"JJ", "JJS", "JJR", "RB"})


def pronoun_one(doc: Doc, start: int, num: int) -> bool:
    """The figure of tokens ``start``..``num`` is the pronoun "one" after a determiner, adjectives or "only"
    between ("the only one", "the last one", "this one"); not "one" before its noun ("the one person who …")."""
    if doc[num].lower_ != "one" or num + 1 < len(doc) and doc[num + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    k = start - 1
    while k >= 0 and doc[k].tag_ in _MODIFIER_TAGS and k > start - 3:
        k -= 1  # "the only one", "the very last one"
    return k >= 0 and doc[k].tag_ in _DETERMINER_TAGS and doc[k].lower_ not in ("no", "any", "each", "every")
