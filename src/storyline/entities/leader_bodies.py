"""A body named for the leader who heads it ("the Quarrow Administration", "the Quarrow-Tarn Administration": its
last word in lexicon/leader_body_nouns.txt): its first word is the leader's name, a person's, so a one-word name that
opens it is no short name of the body ("Gibson" of "Gibson Guitar Corporation" is; "Quarrow" of "the Quarrow
Administration" is the president, ``kinds._heads_one_org``)."""

from __future__ import annotations

from .. import lexicon

__all__ = ["leader_body"]

_NOUNS = lexicon.words("leader_body_nouns")


def leader_body(words: list[str]) -> bool:
    """Is the name (its words, keyed or as written) a leader's body: two words or more, the last a leader's body's
    noun?"""
    return len(words) >= 2 and words[-1].lower() in _NOUNS
