"""An award's name read as a person's ("his Zephyr nominations", "a Zephyr-winning actor", "a Zephyr prize-winning
author"): a one-word name written right before an award's word (lexicon/award_words.txt), never as a person's or a
speaker's, is the award's, no one in the story."""

from __future__ import annotations

import re

from .. import lexicon

_AFTER = re.compile(
    r"(?:-|[ \t]+)(?:(?:prize|award)[ \t-]+)?(?:" + lexicon.alternation(lexicon.words("award_words"))
    + r")\b")  # "Zephyr-winning", "Zephyr prize-winning" (ents55)
_HYPHEN_ONLY = frozenset({"nominated", "winning", "won"})  # "Zephyr-nominated"; "Smith nominated" is a person's deed


def award_use(text: str, end: int) -> bool:
    """Is the name that ends at ``end`` written right before an award's word ("Zephyr nominations",
    "Zephyr-winning"; "nominated" and "winning" only after a hyphen)?"""
    m = _AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(0).lstrip(" \t-")
    return m.group(0).startswith("-") or word not in _HYPHEN_ONLY
