"""A one-word name the model read as a person's that the story only ever writes as a modifier inside a noun phrase:
after a determiner or a preposition (lexicon/modifier_openers.txt) and before a lower-case noun ("the Velox shots",
"about Tarnby detectives", "access to Fenpox vaccines"), or as the first or second of two such names joined by "and"
or "or" ("the Velox and Quarn shots"). It modifies the noun and names no one: a maker's product, a disease, a town.

A possessive ("Quarn’s application"), a use outside a noun phrase ("discuss Fenpox vaccine injuries") and "and" or
"or" before a lower-case word say nothing; a use before a stop word, a capitalised word, a stop or a leader's noun
("the Quarrow administration", "Quarrow aides": lexicon/leader_body_nouns.txt, person_circle_nouns.txt, a person's)
keeps the name. Surnames of the story's
people and given names are never dropped here (``kinds``). A capital's name typed a body and only so written ("the Velby
stock exchange") is dropped too (``capital_name``).

A one-word "person" written as such a modifier twice at least ("the Quellit vote", "the Quellit talks") and never as
anyone's (no honorific or title before it, no "who", pronoun, kin or verb of saying after it) names an event or a
process the story also writes as a noun ("after Quellit", "the terms of Quellit"), no one (``modifier_thing``).

A one-word "person" the story writes opening a division's name ("Tarnby County", "Tarnby West Sub County": its last
word a capitalised place noun, lexicon/place_nouns.txt) is the place's name, no one's (``division_head``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import PLACE_NOUNS, person_use, speaks_use
from ..text import fold, word_spans
from .cache_tags import DIVISION_HEAD, MODIFIER_THING, NOUN_PHRASE_MODIFIER
from .use_counts import STOPWORDS
from .uses import only_written_so

__all__ = ["capital_name", "division_head", "modifier_thing", "noun_phrase_modifier"]

_OPENERS = lexicon.words("modifier_openers")
_CAPITALS = frozenset(fold(c) for c in lexicon.table("capitals").values())
_PERSON_NOUNS = lexicon.words("leader_body_nouns") | lexicon.words("person_circle_nouns")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ \t]+(?:[A-Z][\w’'-]*[ \t]+(?:and|or)[ \t]+)?$")
_PAIRED = re.compile(r"[ \t]+(?:and|or)[ \t]+[A-Z][\w-]*(?=[ \t]+[a-z])")
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b(?![’'-])")
_POSSESSIVE = re.compile(r"['’]s\b")
_JOINED = re.compile(r"[ \t]+(?:and|or)[ \t]+[a-z“\"‘']")
_DIVISION_TAIL = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:" + lexicon.alternation(
    w.capitalize() for w in PLACE_NOUNS) + r")(?![\w'’-])")


def noun_phrase_modifier(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name only ever written as a modifier inside a noun phrase (module docstring)?"""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    return only_written_so(name, texts, cache, NOUN_PHRASE_MODIFIER, _modifier_use)


def _modifier_use(text: str, start: int, end: int) -> bool | None:
    if _POSSESSIVE.match(text, end) or _JOINED.match(text, end):
        return None  # "Quarn’s application", "Fenpox and “the panel”": anyone's, either
    after = end
    if (paired := _PAIRED.match(text, end)) is not None:
        after = paired.end()  # "the Velox and Quarn shots": both modify the noun
    word = _WORD_AFTER.match(text, after)
    if word is None or word.group(1) in STOPWORDS or word.group(1) in _PERSON_NOUNS:
        return False  # "Velox said", "Velox, which", "the Quarrow administration", "Quarrow aides"
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    return True if before is not None and before.group(1).lower() in _OPENERS else None


_MODIFIER_USES = 2  # a modifier's uses at least: one may be a person's name before a noun ("the Kerr case")


def modifier_thing(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name written as a modifier inside a noun phrase twice at least and never as anyone's (module
    docstring)?"""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    key = MODIFIER_THING + name
    if key not in cache:
        modifiers, anyone = 0, False
        for t in texts:
            for start, end in word_spans(t, name, ".-", "-"):
                modifiers += _modifier_use(t, start, end) is True
                anyone |= person_use(t, start, end) or speaks_use(t, end, start)
        cache[key] = int(modifiers >= _MODIFIER_USES and not anyone)
    return bool(cache[key])


def capital_name(name: str) -> bool:
    """Is the one-word name a country's capital (lexicon/capitals.tsv)? Typed a body and only ever written as a
    modifier ("fell on the Velby stock exchange"), it is the town's word, no body (``kinds``)."""
    return " " not in name and fold(name) in _CAPITALS


def division_head(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Does the story write the one-word name opening a division's name ("Tarnby County", module docstring)?"""
    if " " in name or not name[:1].isupper():
        return False
    key = DIVISION_HEAD + name
    if key not in cache:
        head = re.compile(r"(?<![\w'’-])" + re.escape(name))
        cache[key] = int(any(_DIVISION_TAIL.match(t, h.end()) for t in texts for h in head.finditer(t)))
    return bool(cache[key])
