"""A sum's counted noun whose compound the parser split ("a $250 book voucher": "voucher" read as an adjective
after "book"): the "what" is the whole compound, "book voucher", not its first noun (claims48).

An adjective after its noun is rare in English and has an adjective's shape when it comes ("the people
responsible", "$5 million available", "$200 total"); a word tagged so with no such ending, right after the noun,
with nothing before it and only a phrase after, is the compound's head noun.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .figure import Figure
from .wording import counted_text

_ADJECTIVE_ENDING = re.compile(r"(?:able|ible|al|ic|ive|ous|ful|less|ant|ent|ary|ory|ish|ed|ing|est|ly|y|ll)$")


def split_head(noun: Token) -> Token | None:
    """The head noun the parser tagged an adjective right after ``noun`` ("voucher" of "book voucher"), or None."""
    if noun.i + 1 >= len(noun.doc) or noun.pos_ != "NOUN":
        return None
    nxt = noun.doc[noun.i + 1]
    if nxt.pos_ != "ADJ" or nxt.dep_ not in ("amod", "advmod") or not nxt.is_alpha or not nxt.is_lower or \
            _ADJECTIVE_ENDING.search(nxt.lower_) or nxt.n_lefts or any(c.dep_ != "prep" for c in nxt.rights):
        return None
    if nxt.head.i > nxt.i:
        return None  # "restructuring costs last year amounted to …": it modifies the word after it (claims80)
    return nxt


def counted_words(noun: Token | None, head: str, fig: Figure) -> str:
    """The counted noun as the 'what' column shows it (wording.counted_text), and after a sum's noun its split
    head noun (of a count's, "5 people dead" is a state, no compound)."""
    text = counted_text(noun, head)
    tail = split_head(noun) if noun is not None and text and fig.dimension == "money" else None
    return f"{text} {tail.lower_}" if tail is not None else text

