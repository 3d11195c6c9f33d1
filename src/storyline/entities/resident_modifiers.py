"""A town's name typed a body where it only says where a person lives ("a 19-year-old Tarnby man", "the Tarnby
family"): a one-word name tagged an organisation that the story only ever writes right before a plain person's noun
(lexicon/resident_nouns.txt) names no body and is not listed. A use before a capitalised word says nothing (a longer
name's words); any other use keeps it ("Tarnby said", "at Tarnby")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from .cache_tags import RESIDENT_MODIFIER
from .uses import only_written_so

__all__ = ["resident_modifier"]

_PERSON_NOUN = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.words("resident_nouns")) + r")(?![\w'’-])")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def resident_modifier(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name, typed a body, one word only ever written before a person's noun (module docstring)?"""
    if kind != "org" or " " in name or not name[:1].isupper() or name.isupper():
        return False
    return only_written_so(name, texts, cache, RESIDENT_MODIFIER, _before_person_noun)


def _before_person_noun(text: str, start: int, end: int) -> bool | None:
    if _NAME_GOES_ON.match(text, end):
        return None  # "the Tarnby Town Council": a longer name's words
    return _PERSON_NOUN.match(text, end) is not None
