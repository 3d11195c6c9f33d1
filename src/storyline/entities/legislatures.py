"""A legislature known by its own name ("the Duma voted", "the Knesset debated", "Poland's Sejm"): an organisation,
whatever the model tagged it (it reads "Duma" and "Majlis" as people). The names are general knowledge of the
world's parliaments and their chambers (lexicon/legislatures.txt), none taken from the files we measure on."""

from __future__ import annotations

from .. import lexicon
from ..names import given_name_first, name_key

__all__ = ["legislature"]

_NAMES = frozenset(name_key(n) for n in lexicon.entries("legislatures"))
_QUALIFIERS = 2  # capitalised words before a one-word name: "State Duma", "Israeli Knesset", "Russian State Duma"


def legislature(name: str) -> bool:
    """Is ``name`` a legislature's own name (lexicon/legislatures.txt), whole ("Lok Sabha", "the Knesset") or
    after up to two capitalised words ("the Russian Duma", "Israel's Knesset") but a very common given name ("Anna
    Rada" is a person)?"""
    k = name_key(name)
    if k in _NAMES:
        return True
    words = name.split()
    return (1 < len(words) <= 1 + _QUALIFIERS and name_key(words[-1]) in _NAMES
            and all(w[:1].isupper() for w in words[:-1]) and not given_name_first(name))
