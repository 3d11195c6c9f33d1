"""A rank in capital letters before a surname ("DC Fenwick" said …): the model reads the rank into the person's
name; the person is the surname's bearer (one entry with "Tom Fenwick"). Only a person's mention is read: the same
letters begin bodies' names ("DC Comics"). The ranks are data (lexicon/rank_abbreviations.txt)."""

from __future__ import annotations

from .. import lexicon

RANK_ABBREVIATIONS = lexicon.words("rank_abbreviations")


def without_rank(name: str) -> str | None:
    """The name after a rank's letters ("DC Fenwick" -> "Fenwick"), or None when no rank begins it."""
    first, _, rest = name.partition(" ")
    if first.rstrip(".") in RANK_ABBREVIATIONS and rest[:1].isupper():
        return rest
    return None
