"""A doctrine's or an ideology's name ("the memory of National Syndicalism", "Agrarianism"): its last word is an
abstract noun of belief (``lexicon/doctrine_suffixes.txt``: "-ism"), so it names an idea, no organisation or person
the story's events involve; it is not listed. A body's name that holds such a word after "of" or before its own
noun ("Ministry of Tourism", "Tourism Board") ends on no doctrine's word, or holds a lower-case word, and stays;
a short word that merely ends so ("Prism": a stem of two letters) is no doctrine."""

from __future__ import annotations

from .. import lexicon

__all__ = ["doctrine_name"]

_SUFFIXES = tuple(sorted(lexicon.words("doctrine_suffixes"), key=len, reverse=True))
_MIN_STEM = 3


def doctrine_name(name: str) -> bool:
    """Is the name a doctrine's (module docstring)?"""
    words = name.split()
    if not words or any(not w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    return any(last.endswith(s) and len(last) - len(s) >= _MIN_STEM for s in _SUFFIXES)
