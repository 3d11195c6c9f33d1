"""A heading's verb the model took into a person's name: "4. Questioning Vindman's judgment" tagged "Questioning
Vindman's" (a person). A person's span whose first word is a verb's "-ing" form (whose stem is a word of the sentence
model's vocabulary: "question", "make" of "making", "run" of "running"), no very common given name
(lexicon/first_names.tsv), and whose rest is a name the story gives a person elsewhere (alone or as a full name's
last word: "Alexander Vindman") is that rest: the person, not a name opening on a verb."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..ingest.glyphs import dictionary_word
from ..model import Mention
from ..names import FIRST_NAME_GENDERS
from ..text import fold

__all__ = ["opens_on_gerund", "without_gerund"]

_GERUND_FIRST = re.compile(r"^([A-Z][a-z]{2,}ing)[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _verb_form(word: str) -> bool:
    """Is ``word`` ("questioning") an "-ing" form whose stem is a word too ("question", "make", "run")?"""
    stem = word.lower()[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(dictionary_word(s) is True for s in stems)


def opens_on_gerund(name: str) -> bool:
    """Does the name open on an "-ing" word before a capitalised one ("Questioning Vindman's")?"""
    return _GERUND_FIRST.match(name) is not None


def without_gerund(m: Mention, people: Collection[str]) -> Mention | None:
    """The mention without the heading's verb it opens on (module docstring); ``people`` holds the story's person
    names and their last words; None when the span opens on no such verb."""
    hit = _GERUND_FIRST.match(m.text)
    if m.kind != "person" or hit is None or fold(hit.group(1)) in FIRST_NAME_GENDERS:
        return None
    rest = hit.group(2)
    if _POSSESSIVE.sub("", rest) not in people or not _verb_form(hit.group(1)):
        return None
    at = m.start + hit.start(2)
    return Mention(m.doc, at, m.end, rest, m.kind, m.counted)
