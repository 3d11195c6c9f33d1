"""A place a figure spans past (claims66): "stole more than $5m from banks in the US and abroad" is no sum "in US":
the place is joined by "and" or "or" to a word that stretches it past itself (lexicon ``beyond_place_words``:
"abroad", "elsewhere", "overseas"), so the figure is not that place's alone and the place is no place of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon

_BEYOND = lexicon.words("beyond_place_words")
_JOINERS = frozenset({"and", "or", ","})
_REACH = 3  # tokens after the place's root: "the US and abroad", "Canada, and elsewhere"


def beyond_place(root: Token) -> bool:
    """Is the place whose root is ``root`` joined to a word of beyond (module docstring)?"""
    doc = root.doc
    k = root.i + 1
    while k < len(doc) and k <= root.i + _REACH and doc[k].lower_ in _JOINERS:
        k += 1
    return k > root.i + 1 and k < len(doc) and doc[k].lower_ in _BEYOND
