"""A condition's name typed a person or a body: "Taylor had Velbrook Fen disease" (a name written right before a
condition's noun in lower case, or in a run of capitalised words before it: "Fen" of "Velbrook Fen Lung disease";
lexicon/condition_nouns.txt). A name the story writes only so names an illness, not a person or a body, and is not
listed; a name also written otherwise ("Ana Lyme said") stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import CONDITION
from .uses import only_written_so

__all__ = ["condition_name"]

_NOUNS = lexicon.alternation(lexicon.words("condition_nouns"))
_NOUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,3}(?:['’]s?)?[ \t]+(?:" + _NOUNS + r")\b")


def condition_name(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is every use of the name a condition's name before its noun (module docstring)?"""
    if not name[:1].isupper():
        return False
    return only_written_so(name, texts, cache, CONDITION, _before_noun)


def _before_noun(text: str, start: int, end: int) -> bool:
    return _NOUN_AFTER.match(text, end) is not None
