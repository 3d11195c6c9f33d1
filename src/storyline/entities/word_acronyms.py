"""A one-word body's short form in capitals that takes its letters from inside the word ("VW" of "Volkswagen": the
first letter and the first of the compound's second part). A short form of two or three capitals the story writes
alone, joined to no longer name yet, joins the one body of the story written as one word (not in capitals, at least
``MIN_WORD`` letters long) that opens with its first letter and holds its other letters in order from the word's
fourth letter on; with two such bodies, or none, it joins neither. "AP" of "Apple" does not fit (its "p" is the
word's second letter: a prefix, no compound's part). A short form with a small letter inside, "PwC", is one too."""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from ..model import EntityKind
from ..text import fold
from ..unionfind import UnionFind

__all__ = ["join_word_acronyms"]

Key = tuple[EntityKind, str]
MIN_WORD = 6
_INNER_FROM = 3  # the other letters are taken from the word's fourth letter on


class _Forms(Protocol):
    forms: dict[Key, Counter[str]]


def _form(names: _Forms, k: Key) -> str:
    return max(names.forms[k], key=lambda f: (names.forms[k][f], f))


def _inside(letters: str, word: str) -> bool:
    """Does the word open with the first letter and hold the others in order from its fourth letter on?"""
    if word[:1] != letters[:1]:
        return False
    at = _INNER_FROM
    for ch in letters[1:]:
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


def _initials(form: str) -> bool:
    """A short form in capitals ("VW"), or one that opens and ends in capitals with a lower-case letter between
    ("PwC" of "PricewaterhouseCoopers": a compound's inner part written small; ents62)."""
    return form.isupper() or (form[:1].isupper() and form[-1:].isupper())


def join_word_acronyms(uf: UnionFind[Key], orgs: list[Key], names: _Forms) -> None:
    """Join a short form to the one one-word body it abbreviates from inside (module docstring)."""
    words = [k for k in orgs if " " not in k[1] and len(k[1]) >= MIN_WORD and not _form(names, k).isupper()]
    longer = [k for k in orgs if len(k[1]) > 3]
    for k in orgs:
        form = _form(names, k)
        if " " in k[1] or not form.isalpha() or not _initials(form) or not 2 <= len(form) <= 3:
            continue
        if any(uf.find(o) == uf.find(k) for o in longer):
            continue  # joined already
        fits = {uf.find(o) for o in words if _inside(fold(form), fold(_form(names, o)))}
        if len(fits) == 1:
            uf.union(fits.pop(), k)
