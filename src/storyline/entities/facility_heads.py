"""A facility's short name typed a person ("The Bardo museum hosts …" beside "the Bardo National Museum"): a
one-word name typed a person that the story writes only right before a facility's lower-case noun
(lexicon/facility_head_nouns.txt: "museum", "hospital", "mosque"; a use inside a longer name says nothing) names the
place, no one, and is not listed; one use as a person's ("Bardo said") keeps it. So is a one-word name typed a body
or a person that the story writes only right before a building's part ("near the Velmhall steps":
lexicon/building_part_nouns.txt): the building, no actor (``building_part``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from .cache_tags import BUILDING_PART, FACILITY_HEAD
from .uses import only_written_so

__all__ = ["building_part", "facility_head"]

_NOUNS = lexicon.words("facility_head_nouns")
_PARTS = lexicon.words("building_part_nouns")
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def facility_head(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name, typed a person, only ever a facility's modifier (module docstring)?"""
    return kind == "person" and " " not in name and only_written_so(name, texts, cache, FACILITY_HEAD,
                                                                    _before_facility)


def _before_facility(text: str, start: int, end: int) -> bool | None:
    """True before a facility's noun, None before a capitalised word (a longer name's), False otherwise."""
    after = _NOUN_AFTER.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return None  # "the Bardo National Museum": a longer name's first word
    return after is not None and after.group(1) in _NOUNS


def building_part(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name, typed a body or a person, only ever written before a building's part (module
    docstring)?"""
    return kind != "place" and " " not in name and only_written_so(name, texts, cache, BUILDING_PART, _before_part)


def _before_part(text: str, start: int, end: int) -> bool | None:
    """True before a building part's noun, None before a capitalised word (a longer name's), False otherwise."""
    after = _NOUN_AFTER.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return None
    return after is not None and after.group(1) in _PARTS
