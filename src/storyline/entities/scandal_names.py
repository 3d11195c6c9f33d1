"""A scandal's nickname made of a name of the story and an ending ("Velugate" beside "Ana Velu", lexicon/
scandal_suffixes.txt): an affair, no person and no body, and not listed (ents54). The name must be one the story
gives someone or something ("Margate", a town no name of the story opens, is left to the places stage)."""

from __future__ import annotations

from collections.abc import Collection

from .. import lexicon
from ..names import name_key

__all__ = ["scandal_name"]

_SUFFIXES = tuple(lexicon.entries("scandal_suffixes"))
_MIN_STEM = 3


def scandal_name(name: str, keys: Collection[str]) -> bool:
    """Is the one-word name a name of the story's keys with a scandal's ending (module docstring)?"""
    k = name_key(name)
    if " " in k or not name[:1].isupper():
        return False
    stems = [k[: -len(s)] for s in _SUFFIXES if k.endswith(s) and len(k) - len(s) >= _MIN_STEM]
    return any(stem in other.split() for stem in stems for other in keys if other != k)
