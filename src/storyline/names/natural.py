"""Names that are no actors by their kind: a time zone, a storm's, a sky's object's, a natural feature's, a
division's title, an idiom built on a name (moved out of ``names``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..text import fold
from . import clean_name

# Names that are not actors (lexicon/time_zones.txt, storm_words.txt, feature_words.tsv): a time zone
# ("EST"), a storm's given name ("Hurricane Irene" -> "Irene"), a natural feature ("Cape Hatteras").
TIME_ZONES = lexicon.words("time_zones")
_STORM_WORD = r"(?i:" + lexicon.alternation(lexicon.entries("storm_words"), space=r"\s+") + r")"
_STORM = re.compile(r"\b" + _STORM_WORD + r"\s+([A-Z][a-z]+)\b")
_STORM_START = re.compile(r"^" + _STORM_WORD + r"\s")
_FEATURES = lexicon.table("feature_words")
_FIRST_AFTER_THE = lexicon.words("feature_first_after_the")


def storm_names(texts: Sequence[str]) -> set[str]:
    """Folded given names the texts write after a storm word ("Hurricane Irene", "tropical storm Lee")."""
    return {fold(m.group(1)) for t in texts for m in _STORM.finditer(t)}


_IDIOMS = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("eponym_idioms")).replace("'", "['’]") + r")(?!\w)",
    re.I,
)


def in_idiom(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside an idiom built on a name ("Pandora's box": lexicon/eponym_idioms.txt)?"""
    window = text[max(0, start - 30) : end + 30]
    at = start - max(0, start - 30)
    return any(m.start() <= at and at + (end - start) <= m.end() for m in _IDIOMS.finditer(window))


_DIVISION_TITLES = lexicon.alternation(lexicon.words("division_titles"))
_DIVISION_TITLE = re.compile(r"^[ \t]+(?:" + _DIVISION_TITLES + r")\b")
_DIVISION_TITLED = re.compile(r"^(.+?)[ \t]+(?:" + _DIVISION_TITLES + r")$")


def untitled_division(name: str) -> str | None:
    """The division's own name of a name that ends in its title ("Maule Region" → "Maule"), or None."""
    m = _DIVISION_TITLED.match(name)
    return m.group(1) if m else None


def division_title(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by a division's title word ("Bío Bío| Region")?"""
    return _DIVISION_TITLE.match(text[end : end + 20]) is not None


def is_storm(name: str, storms: set[str]) -> bool:
    """A storm's name: written with its storm word ("Hurricane Irene"), or a given name the story gives a storm."""
    return _STORM_START.match(name) is not None or fold(clean_name(name)) in storms


_OBJECTS = lexicon.rows("natural_objects")
_OBJECT_WORD = {pos: r"(?i:" + lexicon.alternation((w for w, p in _OBJECTS if p == pos)) + r")"
                for pos in ("before", "after")}
_OBJECT_NAME = r"([A-Z][\w]*(?:-[A-Z][\w]*)*)"
BODIES = frozenset(w for w, p in _OBJECTS if p == "body")
PLANETS = frozenset(w for w, p in _OBJECTS if p == "planet")  # bodies unless inside a longer name
_TITLED = re.compile(r"[^.!?\s\"“]\s+The[ \t]+$")  # "… told The| Sun": a capital "The" inside a sentence
_OBJECT_BEFORE = re.compile(  # "Comet 55P/Tempel-Tuttle", "the constellation Leo", "a comet called Hale-Bopp"
    r"\b" + _OBJECT_WORD["before"] + r"[ \t]+(?:(?:called|named)[ \t]+)?(?:\d+[A-Z]/)?" + _OBJECT_NAME + r"\b")
_OBJECT_AFTER = re.compile(r"\b" + _OBJECT_NAME + r"[ \t]+" + _OBJECT_WORD["after"] + r"\b")  # "Leonid meteors"
_OBJECT_FIRST = re.compile(r"^" + _OBJECT_WORD["before"] + r"\s")
_OBJECT_LAST = re.compile(r"\s" + _OBJECT_WORD["after"] + r"$")


def object_names(texts: Sequence[str], *, after: bool = True) -> set[str]:
    """Folded names the texts write as natural objects' of the sky (lexicon/natural_objects.tsv):
    "Comet Tempel-Tuttle", "the constellation Leo", and with ``after`` "Leonid meteors" (not for
    places: a meteor named for where it fell, "the Chelyabinsk meteor", leaves the town a town)."""
    out = set()
    for t in texts:
        out |= {fold(m.group(1)) for m in _OBJECT_BEFORE.finditer(t)}
        if after:
            out |= {fold(m.group(1)) for m in _OBJECT_AFTER.finditer(t)}
    return out


def is_natural_object(name: str, objects: set[str]) -> bool:
    """A natural object's name: written with its word ("Comet Halley", "Leonid Meteor"), or a name the
    story writes so elsewhere ("Leo" after "the constellation Leo")."""
    name = clean_name(name)
    return _OBJECT_FIRST.match(name) is not None or _OBJECT_LAST.search(name) is not None or fold(name) in objects


def body_as_newspaper(text: str, start: int) -> bool:
    """Is a body's name ("Sun") written here as a title's, after a capital "The" inside a sentence?"""
    return _TITLED.search(text[max(0, start - 12) : start]) is not None


def feature_name(name: str) -> bool:
    """A natural feature's name by its own words: "Cape Hatteras", "Mount Sinjar", "Sinai Peninsula"."""
    words = clean_name(name).split()
    return len(words) >= 2 and (_FEATURES.get(words[0]) == "first" or _FEATURES.get(words[-1]) == "last")


def feature_first(name: str) -> bool:
    """A name opening with a feature's word that opens it only after "the" ("River Tigris" of "the River Tigris";
    lexicon/feature_first_after_the.txt): a place when the story always writes it so ("River Phoenix" is not)."""
    words = clean_name(name).split()
    return len(words) >= 2 and words[0] in _FIRST_AFTER_THE
