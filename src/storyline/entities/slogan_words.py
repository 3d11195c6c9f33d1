"""A word of a slogan written as one-word sentences ('it bears the slogan "Grower. Shipper. Seller."'): a run of two
or more sentences of one capitalised word each is a tagline, and a one-word name the story writes only inside such a
run names no one. A name also written otherwise ("Seller said") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cache_tags import SLOGAN_WORD
from .uses import only_written_so

__all__ = ["slogan_word"]

_WORD_SENTENCE_BEFORE = re.compile(r"(?:^|[\"“‘'(\s])[A-Z][a-z]+[.!][ \t]+$")  # '"Grower. |'
_WORD_SENTENCE_AFTER = re.compile(r"[.!][ \t]+[A-Z][a-z]+[.!](?![\w])")  # '|. Seller.'
_OPEN_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|[\"“‘'(][ \t]*)$")
_STOP_AFTER = re.compile(r"[.!]")


def slogan_word(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name written only as a sentence of its own in a run of such sentences (module docstring)?"""
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+", name):
        return False
    return only_written_so(name, texts, cache, SLOGAN_WORD, _slogan_use)


def _slogan_use(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _OPEN_BEFORE.search(before) is None or _STOP_AFTER.match(text, end) is None:
        return False
    return _WORD_SENTENCE_BEFORE.search(before) is not None or _WORD_SENTENCE_AFTER.match(text, end) is not None
