"""An award's name typed a person ("Heritage Bronze Award", "the Velbrook Prize"): a name of two words or more typed
a person whose last word is an award's noun (lexicon/award_nouns.txt, capitalised) names an award, no one in the
story, and is not listed. A one-word award is ``awards``'."""

from __future__ import annotations

from .. import lexicon
from ..model import EntityKind

__all__ = ["award_name"]

_NOUNS = lexicon.words("award_nouns")


def award_name(name: str, kind: EntityKind) -> bool:
    """Is the name, typed a person, an award's (module docstring)?"""
    words = name.split()
    return kind == "person" and len(words) >= 2 and words[-1] in _NOUNS
