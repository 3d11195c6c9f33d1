"""A ministry named by its portfolio's word and a lower-case noun: "Interior ministry spokesman Jo Kerr said", "the
Defence ministry's statement". The model tags the one word ("Interior") as a body; the body is the ministry, so the
name is the word and its noun capitalised ("Interior Ministry", joined with that name where the story writes it so).
The nouns are data (lexicon/ministry_nouns.txt; ents54)."""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["ministry_whole"]

_NOUN_AFTER = re.compile(r"[ \t]+(" + lexicon.alternation(lexicon.entries("ministry_nouns")) + r")(?:['’]s)?\b")


def ministry_whole(text: str, end: int, name: str) -> str | None:
    """The ministry's name when the one-word name at ``end`` is followed by a ministry's noun in lower case, else
    None."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return None
    m = _NOUN_AFTER.match(text, end)
    return f"{name} {m.group(1).capitalize()}" if m is not None else None
