"""A tax's or a charge's name the model read as a body's or a person's ("Alternative Minimum Tax", "the Velby Carbon
Levy"): a name of two words or more whose last word is a levy's noun (lexicon/levy_nouns.txt, capitalised) names a
levy, a thing no reader looks for among the story's actors, and is not listed."""

from __future__ import annotations

from .. import lexicon
from ..model import EntityKind

__all__ = ["levy_name"]

_NOUNS = lexicon.words("levy_nouns")


def levy_name(name: str, kind: EntityKind) -> bool:
    """Is the name, typed a person or a body, a levy's (module docstring)?"""
    words = name.split()
    return kind != "place" and len(words) >= 2 and words[-1] in _NOUNS
