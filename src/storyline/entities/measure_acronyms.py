"""A measure written as an acronym ("the highest CTR", "twice the CTR of …", "the effective CPM is 30% lower"): an
acronym in capitals the story writes only after "the" and a word that grades or scales an amount (a superlative, a
comparative, "average", "effective", "twice the": lexicon/measure_modifiers.txt) names a quantity, no body, and is
not listed. A body's acronym so graded is written otherwise somewhere ("the NHS said"), or before a noun it modifies
("the average NHS patient"), and stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..text import word_spans
from .cache_tags import MEASURE_ACRONYM

__all__ = ["measure_acronym"]

_MODIFIERS = lexicon.words("measure_modifiers")


def measure_acronym(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the acronym only ever written as a graded amount (module docstring)?"""
    if " " in name or not name.isupper() or not 2 <= len(name) <= 5:
        return False
    key = MEASURE_ACRONYM + name
    if key not in cache and not all(_graded_word(t, i) for t in texts for i, _ in word_spans(t, name, "-", "-")):
        cache[key] = 0  # a use with no grading word right before it: no pattern to run (it would find the same)
    if key not in cache:
        use = re.compile(r"(\w+)[ \t]+(\w+)[ \t]+" + re.escape(name) + r"(?![\w-])(?:[ \t]+([a-z]+))?")
        uses = [u for t in texts if name in t for u in use.finditer(t)]  # a text without the name has no use
        graded = [u for u in uses if _graded(u.group(1).lower(), u.group(2).lower()) and not _noun_after(u.group(3))]
        total = sum(len(word_spans(t, name, "-", "-")) for t in texts)  # (?<![\w-])name(?![\w-])
        cache[key] = int(bool(graded) and len(graded) == total)
    return bool(cache[key])


def _graded_word(text: str, start: int) -> bool:
    """Is the word before ``start`` (after spaces or tabs) "the" or a grading word: what a graded use's second word
    must be? Each graded use is one of the name's ``word_spans``, so a span failing this leaves one ungraded."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    word = text[begin:end].lower()
    return end < start and begin < end and (word == "the" or word in _MODIFIERS)


def _graded(before: str, word: str) -> bool:
    """"the highest", "the effective" (``word`` grades the amount after "the"), or "twice the"."""
    return (before == "the" and word in _MODIFIERS) or (word == "the" and before in _MODIFIERS)


def _noun_after(word: str | None) -> bool:
    """A lower-case word after the acronym other than a conjunction, a preposition or a verb's "is": a noun the
    acronym modifies ("the average NHS patient")."""
    return word is not None and word not in lexicon.words("stopwords")
