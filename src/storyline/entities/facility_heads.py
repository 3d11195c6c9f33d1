"""A facility's short name typed a person ("The Bardo museum hosts …" beside "the Bardo National Museum"): a
one-word name typed a person that the story writes only right before a facility's lower-case noun
(lexicon/facility_head_nouns.txt: "museum", "hospital", "mosque"; a modifier of lexicon/facility_modifiers.txt between
them read through, "the Tarnby high school"; a use inside a longer name says nothing) names the
place, no one, and is not listed; one use as a person's ("Bardo said") keeps it. So is a one-word name typed a body
or a person that the story writes only right before a building's part ("near the Velmhall steps":
lexicon/building_part_nouns.txt): the building, no actor (``building_part``). A name of two words or more typed a
person that the story writes at least as often right before a facility's noun or right after one and a comma
("flights diverted to Charles Tolland airport", "the city's other airport, Charles Tolland") as otherwise, and never
as a person's (``person_use``, ``speaks_use``: "Mr.", "said"), names the facility after him, not him
(``facility_name``). A one-word name typed a body that the story writes at least twice, and at least as often as
otherwise, right before a facility's noun or after one and "at"/"in" ("at Velmoor prison", "the military prison at
Velmoor"), and never as a speaker ("Velmoor said"), is the facility or its town, no body (``facility_body``, ents60:
a prison is no organisation)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..names import person_use, speaks_use
from ..text import word_spans
from .cache_tags import BUILDING_PART, FACILITY_BODY, FACILITY_HEAD, FACILITY_NAME
from .uses import only_written_so

__all__ = ["building_part", "facility_body", "facility_head", "facility_name", "facility_named"]

_NOUNS = lexicon.words("facility_head_nouns")
_PARTS = lexicon.words("building_part_nouns")
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_MODIFIERS = lexicon.words("facility_modifiers")  # "the Tarnby high school": "high" read through (ents54)
_NOUN_BEFORE = re.compile(r"\b([a-z]+),[ \t]+$")  # "the city's other airport, |Charles Tolland"
_NOUN_AT = re.compile(r"\b([a-z]+)[ \t]+(?:at|in)[ \t]+$")  # "the military prison at |Velmoor"
_MIN_BESIDE = 2  # a body's name once before "hospital" may be its own hospital's; twice and mostly so, a facility


def facility_head(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name, typed a person, only ever a facility's modifier, or the full name mostly so and never a
    person's (module docstring)?"""
    if kind == "person" and " " in name:
        return facility_name(name, kind, texts, cache)  # "flights diverted to Charles Tolland airport"
    return kind == "person" and only_written_so(name, texts, cache, FACILITY_HEAD, _before_facility)


def _before_facility(text: str, start: int, end: int) -> bool | None:
    """True before a facility's noun, None before a capitalised word (a longer name's), False otherwise."""
    after = _NOUN_AFTER.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return None  # "the Bardo National Museum": a longer name's first word
    if after is not None and after.group(1) in _MODIFIERS and (noun := _NOUN_AFTER.match(text, after.end())):
        after = noun  # "the Tarnby high school": the modifier read through
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


def facility_name(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the full name, typed a person, written at least half the times beside a facility's noun and never as a
    person's (module docstring)?"""
    if kind != "person" or " " not in name:
        return False
    key = FACILITY_NAME + name
    if key not in cache:
        verdicts = [_beside_facility(t, start, end) for t in texts for start, end in word_spans(t, name, ".-", "-")]
        beside, other = verdicts.count(True), verdicts.count(False)
        cache[key] = int(beside > 0 and beside >= other and "person" not in verdicts)
    return bool(cache[key])


def _beside_facility(text: str, start: int, end: int) -> bool | str | None:
    """"person" for a person's use, True right before a facility's noun or after one and a comma, None inside a
    longer name, False otherwise."""
    if person_use(text, start, end) or speaks_use(text, end, start):
        return "person"  # "Mr. Charles Tolland", "Charles Tolland said"
    verdict = _before_facility(text, start, end)
    if verdict is None:
        return None  # inside a longer name ("Charles Tolland Airport")
    after_noun = _NOUN_BEFORE.search(text[max(0, start - 30) : start])
    return verdict or (after_noun is not None and after_noun.group(1) in _NOUNS)


def facility_named(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Does the name, typed a person or a body, name a facility, no one (``facility_head``, ``facility_body``)?"""
    return facility_head(name, kind, texts, cache) or facility_body(name, kind, texts, cache)


def facility_body(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name, typed a body, written twice or more and at least half the times beside a facility's
    noun, and never as a speaker (module docstring)?"""
    if kind != "org" or " " in name:
        return False
    key = FACILITY_BODY + name
    if key not in cache:
        spans = [(t, start, end) for t in texts for start, end in word_spans(t, name, ".-", "-")]
        verdicts = [_body_beside_facility(t, start, end) for t, start, end in spans]
        beside, other = verdicts.count(True), verdicts.count(False)
        cache[key] = int(beside >= _MIN_BESIDE and beside >= other and "speaker" not in verdicts)
    return bool(cache[key])


def _body_beside_facility(text: str, start: int, end: int) -> bool | str | None:
    """"speaker" for a body's voice ("Velmoor said"), True right before a facility's noun or after one and
    "at"/"in", None inside a longer name, False otherwise."""
    if speaks_use(text, end, start):
        return "speaker"
    verdict = _before_facility(text, start, end)
    if verdict is None:
        return None  # inside a longer name ("Velmoor Prison Trust")
    after_noun = _NOUN_AT.search(text[max(0, start - 30) : start])
    return verdict or (after_noun is not None and after_noun.group(1) in _NOUNS)
