"""Numbers written out, read as digits: "Two hundred and twenty-eight candidates" is "228 candidates".

Two reports give one count one in digits and one in words ("A total of 228 candidates are running." beside "Two
hundred and twenty-eight candidates are competing for 90 seats …"). The model's sentence vectors read the two
spellings as different words (the cosine of such a pair falls from about .74 to .59 on made-up text), and a figure
read from digits alone finds no figure in common; so the summary's tests of one fact told twice (``retold``) read
each sentence with its written-out numbers as digits first. Number words are ``lexicon/number_words.tsv``'s, scale
words the claims stage's (``lexicon/claims.toml``'s ``numbers.scales``, the whole words: "hundred", "million"); a lone
"one" is left as it is (mostly a pronoun or an article: "one of the candidates").
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..text import TENS, UNITS, WORDS

__all__ = ["as_digits", "spelled_values", "values"]


@cache
def _scales() -> dict[str, int]:
    """The whole scale words ("hundred", "thousand", "million"; not the abbreviations "m", "bn")."""
    table = lexicon.document("claims")["numbers"]["scales"]
    return {w: int(v) for w, v in table.items() if len(w) > 3 and w.isalpha()}


@cache
def _run() -> re.Pattern[str]:
    """A run of number words: words and compounds ("twenty-eight"), scale words, "and" between them."""
    word = lexicon.alternation([*WORDS, *_scales()])
    one = rf"(?:{word})(?:-(?:{word}))?"
    return re.compile(rf"\b{one}(?:(?:\s+and\s+|\s+|-){one})*\b", re.IGNORECASE)


def _value(words: list[str]) -> int | None:
    """The value of a run's words ("two hundred and twenty eight": 228), or None when they make no one number
    ("five six")."""
    scales = _scales()
    total, current, last = 0, 0, None
    for w in words:
        if w in scales:
            if scales[w] < 1000:
                current = (current or 1) * scales[w]
            else:
                total += (current or 1) * scales[w]
                current = 0
        elif w in TENS:
            if last in UNITS or last in TENS:
                return None
            current += TENS[w]
        elif w in UNITS:
            if last in UNITS or (last in TENS and UNITS[w] >= 10):
                return None
            current += UNITS[w]
        last = w
    return total + current


def _digits(m: re.Match[str]) -> str:
    words = [w for w in re.split(r"[\s-]+", m.group().lower()) if w and w != "and"]
    if words == ["one"]:
        return m.group()
    v = _value(words)
    return m.group() if v is None else str(v)


def as_digits(text: str) -> str:
    """``text`` with each run of number words that makes one number written in digits ("Two hundred and
    twenty-eight candidates" → "228 candidates"); a lone "one" and runs that make no one number stay."""
    return _run().sub(_digits, text)


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def values(text: str) -> frozenset[str]:
    """The numbers ``text`` writes, in digits or in words, as digits without thousands commas."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(as_digits(text)))


def spelled_values(text: str) -> frozenset[str]:
    """The numbers ``text`` writes in words only ("Two hundred and twenty-eight": "228"), as digits."""
    return values(text) - frozenset(n.replace(",", "") for n in _NUMBER.findall(text))
