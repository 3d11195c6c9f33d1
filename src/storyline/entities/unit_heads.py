"""An office's words typed a body: "Rusa Tam, Head of Equity Research at Acme Bank" (capitalised words written
between a unit head's post and "of" — lexicon/unit_head_nouns.txt — and "at" and a capitalised name). A name the story
writes only so, ending on a field of work (lexicon/unit_fields.txt: "Research", "Marketing"), names the field of a
part of the body after "at", not a body, and is not listed; the body after "at" stays, and so do a name also written
otherwise ("Equity Research said") and a division's proper name ("vice president of Advanced Systems Programs at
Acme")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import UNIT_HEAD
from .uses import only_written_so

__all__ = ["unit_words"]

_POSTS = lexicon.alternation(lexicon.words("unit_head_nouns"), space=r"[ \t]+")
_POST_OF = re.compile(r"(?i:\b(?:" + _POSTS + r"))[ \t]+of[ \t]+(?:the[ \t]+)?$")
_FIELDS = lexicon.words("unit_fields")
_AT_BODY = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?[A-Z]")


def unit_words(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is every use of the name a unit's field between a head's post and "at" a body (module docstring)?"""
    if not name[:1].isupper() or name.split()[-1].lower() not in _FIELDS:
        return False
    return only_written_so(name, texts, cache, UNIT_HEAD, _unit_field)


def _unit_field(text: str, start: int, end: int) -> bool:
    return _POST_OF.search(text, max(0, start - 40), start) is not None and _AT_BODY.match(text, end) is not None
