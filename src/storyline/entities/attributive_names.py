"""Names only ever written as a modifier before a lower-case noun, that name no actor of their own.

- an event's name written without its plural's "s" ("the London Olympic movement" in a story that writes "the London
  Olympics"): the singular modifies a noun, no body of that name (``event_modifier``);
- a place's name and a word the story writes on its own, run together before a noun ("Dallas Ebola patient Thomas
  Duncan" in a story that writes "Ebola" alone again and again): the place and the thing each modify the noun, no
  person or body is "Dallas Ebola" (``place_modifier``). A word the story writes as a head after "the" ("the Globe
  said", beside "Boston Globe reporter") is a short form of the whole name, which stays;
- a body's name run into a party's adjective ("a House Democratic source", "Senate Republican aides":
  lexicon/party_adjectives.txt): the adjective modifies the noun, no body ends in it (``party_modifier``).

A name also written otherwise (before a verb, a stop word, punctuation) stays.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .. import lexicon
from ..names import name_key
from ..text import word_spans
from .cache_tags import ATTRIBUTIVE, PARTY_MODIFIER, PLURAL_WRITTEN, WORD_AS_HEAD
from .use_counts import STOPWORDS
from .uses import only_written_so

__all__ = ["event_modifier", "party_modifier", "place_modifier"]

_PARTY_ADJECTIVES = lexicon.words("party_adjectives")

_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_VERB_LIKE = re.compile(r"(?:ed|s)$")  # "reported", "says": a verb after a name is its head's use, not a modifier's
ALONE_USES = 2
"""A place modifier's second word is written on its own at least this often."""


def _before_noun(text: str, start: int, end: int) -> bool | None:
    if _NAME_GOES_ON.match(text, end):
        return None  # "the Tarn Regatta Board": a longer name's words, which says nothing of this one
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) not in STOPWORDS and _VERB_LIKE.search(after.group(1)) is None


def _attributive(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    return only_written_so(name, texts, cache, ATTRIBUTIVE, _before_noun)


def event_modifier(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name (two words or more) written with an "s" as a name too, and itself only before a noun?"""
    if " " not in name or not name[-1:].isalpha() or name.endswith("s"):
        return False
    key = PLURAL_WRITTEN + name
    if key not in cache:
        cache[key] = int(any(word_spans(t, name + "s", "-", "-") for t in texts))  # (?<![\w-])names(?![\w-])
    return bool(cache[key]) and _attributive(name, texts, cache)


def place_modifier(name: str, texts: Sequence[str], cache: dict[str, int], places: Collection[str]) -> bool:
    """Is the name a place's and a word's, the word written alone and never as a head after "the", the two together
    only before a noun (module docstring)?"""
    words = name.split()
    if len(words) != 2 or name_key(words[0]) not in places or not words[1][:1].isupper() or words[1].isupper():
        return False
    key = WORD_AS_HEAD + name
    if key not in cache:
        alone = re.compile(r"(?<![\w.-])(?<!" + re.escape(words[0]) + r" )" + re.escape(words[1]) + r"(?![\w-])")
        after_the = re.compile(r"\b[Tt]he[ \t]+" + re.escape(words[1]) + r"(?![\w-])")
        cache[key] = int(sum(len(alone.findall(t)) for t in texts) >= ALONE_USES
                         and not any(_before_noun(t, h.start(), h.end()) is False for t in texts
                                     for h in after_the.finditer(t)))
    return bool(cache[key]) and _attributive(name, texts, cache)


def party_modifier(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a body's run into a party's adjective, only ever before a lower-case word no stop word?"""
    words = name.split()
    if len(words) < 2 or words[-1] not in _PARTY_ADJECTIVES:
        return False
    return only_written_so(name, texts, cache, PARTY_MODIFIER, _before_word)


def _before_word(text: str, start: int, end: int) -> bool | None:
    if _NAME_GOES_ON.match(text, end):
        return None  # "the House Democratic Caucus": a longer name's words
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) not in STOPWORDS
