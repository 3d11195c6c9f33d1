"""A person's name run into the verb after it: "In response an angry Velu Tweeted …" (the page capitalised the verb),
tagged "Velu Tweeted". A name of two words or more whose last word, capitalised, is a past verb (its lower-case form
and its stem, "tweet", ordinary English words: ``common_words.ordinary_word``) and whose other words are the name or
the surname of a person of the story ("Ana Velu") is that person's name; the verb is no part of it (ents54).
"Manchester United" stays: no person of the story is called "Manchester"."""

from __future__ import annotations

from collections.abc import Collection

from ..names import name_key
from .common_words import ordinary_word

__all__ = ["verb_cut"]

_MIN_VERB = 5  # letters: "Ted", "Reed" are names


def verb_cut(name: str, people: Collection[str]) -> str | None:
    """The person's name without the past verb run into it (module docstring), or None."""
    words = name.split()
    last = words[-1] if words else ""
    if len(words) < 2 or len(last) < _MIN_VERB or not last.endswith("ed") or not last[:1].isupper() or last.isupper():
        return None
    if not ordinary_word(last) or not (ordinary_word(last[:-2]) or ordinary_word(last[:-1])):
        return None
    head = " ".join(words[:-1])
    k = name_key(head)
    return head if any(p == k or p.endswith(" " + k) for p in people) else None
