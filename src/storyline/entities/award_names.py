"""An award's name typed a person or an organisation ("Heritage Bronze Award", "the Velbrook Prize", "the Tarn Film
Awards"): a name of two words or more typed a person whose last word is an award's noun (lexicon/award_nouns.txt,
capitalised) names an award, no one in the story, and is not listed. Typed a body, it is not listed when the story
names the body that gives it by the award's first words ("the Tarn Film Awards" beside "the Tarn Film Academy",
"the Academy Awards" beside "the Academy"): that body has its own entry, and the award or its ceremony is no second
body (ents61); an awards' name whose giver the story never names stays, the ceremony's organisers under it. A
one-word award is ``awards``'."""

from __future__ import annotations

from collections.abc import Collection

from .. import lexicon
from ..model import EntityKind
from ..names import name_key

__all__ = ["award_name"]

_NOUNS = lexicon.words("award_nouns")


def award_name(name: str, kind: EntityKind, keys: Collection[str] = ()) -> bool:
    """Is the name, typed a person or a body, an award's (module docstring)? ``keys``: the story's names' keys."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _NOUNS:
        return False
    if kind == "person":
        return True
    if kind != "org":
        return False
    own, giver = name_key(name), name_key(" ".join(words[:-1]))
    return any(k == giver or (k.startswith(giver + " ") and not k.startswith(own)) for k in keys)
