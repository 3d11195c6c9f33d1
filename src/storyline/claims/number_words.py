"""Plain numbers as written: digits, number words ("twenty-five", "twenty - five"), a number word glued to
the next word by bad scraping ("fourRussian"), "and a half", vulgar fractions ("3 ½") and scale words after
a number ("5.2 billion", "£14m", "two-dozen"). What the number counts or measures is read elsewhere
(numbers.py, measures.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import lexicon
from ..text import TENS, UNITS, WORDS
from . import grammar
from .grammar import compound_count
from .spelled import and_a_half, one_harmed, unit_and_a_half
from .tokens import MONEY_SCALES, SCALE_ABBREVIATIONS, SCALES, after_currency, number_value, times
from .tokens import low as _low
from .vocab import units

HALF_SCALES = frozenset({"thousand", "million", "billion", "trillion"})  # ("half a dozen" is vague: vague.py)
_VULGAR = re.compile(r"^(\d{1,3})(\D)$")  # "2½ years": a fraction sign glued to its whole number (claims25)
DIGIT_RANGE = re.compile(r"^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$")
GLUED = re.compile(r"^(" + lexicon.alternation(WORDS) + r")([A-Z][a-z]\w*)$")


def number_word(doc: Doc, i: int) -> tuple[float, int, str | None] | None:
    """A plain number starting at token ``i``: (value, end, glued word)."""
    tok = doc[i]
    low = tok.text.lower()
    if "-" in low:  # "twenty-five" as one token
        a, _, b = low.partition("-")
        if a in TENS and b in UNITS and 0 < UNITS[b] < 10:
            return float(TENS[a] + UNITS[b]), i + 1, None
    if low in TENS and _low(doc, i + 1) == "-" and _low(doc, i + 2) in UNITS and 0 < UNITS[_low(doc, i + 2)] < 10:
        return float(TENS[low] + UNITS[_low(doc, i + 2)]), i + 3, None
    m = GLUED.match(tok.text)
    if m and m.group(1)[0].islower() and m.group(1) != "one":
        return float(WORDS[m.group(1)]), i + 1, m.group(2)
    if low == "half" and _low(doc, i + 1) in ("a", "an") and _low(doc, i + 2) in HALF_SCALES:
        return 0.5, i + 2, None  # "half a million people": the scale word is read after it (``scaled``)
    v = number_value(tok)
    ratio = low == "one" and _low(doc, i + 1) in ("in", "out")  # "one in seven", "one out of five"
    compound = low == "one" and (unit_and_a_half(doc, i + 2) is None and _low(doc, i + 2) in units() or
                                 compound_count(doc, i + 1)) and _low(doc, i + 1) in ("-", "–")  # "a one-day summit"
    only = low == "one" and _low(doc, i - 1) in ("only", "just")  # "only one victim": a count, said to be small
    scale = low == "one" and _low(doc, i + 1) in SCALES and _low(doc, i + 1) not in SCALE_ABBREVIATIONS
    # ("more than one million people": a scaled number, however the article-like "one" is read elsewhere)
    if v is None or low in ("one", "zero") and not (ratio or compound or only or scale or
                                                  low == "one" and (one_harmed(doc, i) or range_start(doc, i))):
        return None
    frac = grammar.vulgar_fraction(doc, i + 1) if float(v).is_integer() else None
    return (v, i + 1, None) if frac is None else (v + frac, i + 2, None)  # ("3 ½ years")


def range_start(doc: Doc, i: int) -> bool:
    """'one to seven days', 'one-to-seven days': "one" starts a range up to a larger number (claims31)."""
    k = i + 1 + (_low(doc, i + 1) in ("-", "–"))
    if _low(doc, k) != "to":
        return False
    k += 1 + (_low(doc, k + 1) in ("-", "–"))
    v = number_value(doc[k]) if k < len(doc) else None
    return v is not None and v > 1


def scaled(doc: Doc, j: int, value: float) -> tuple[float, int]:
    """Scale words after a number: 'million', 'billion', 'm' glued ("5.2 billion", "£14m")."""
    while True:
        if _low(doc, j) in ("-", "–") and not doc[j - 1].whitespace_ and _low(doc, j + 1) in ("dozen", "hundred"):
            j += 1  # "two-dozen people", "three-hundred": one number, hyphenated
        w = _low(doc, j)
        if w[-1:] == "." and w[:-1] in SCALE_ABBREVIATIONS and w[:-1] != "k" and not doc[j - 1].whitespace_:
            w = w[:-1]  # "€5.58m." at the end of a sentence
        money = w in MONEY_SCALES and not doc[j - 1].whitespace_ and after_currency(doc, j - 1)  # "$449K" (claims31)
        if money:
            value = times(value, MONEY_SCALES[w])
            j += 1
            continue
        if w not in SCALES or w == "k" or w == "m" and (doc[j - 1].whitespace_ or value >= 1000):
            return value, j  # "3,000m" is metres: nobody writes thousands of millions so
        value = times(value, SCALES[w])
        j += 1
        rest = _and_rest(doc, j, w)
        if rest is not None:
            value, j = value + rest[0], rest[1]


def _and_rest(doc: Doc, j: int, scale: str) -> tuple[float, int] | None:
    """'two thousand and eight', 'one hundred and twenty': the part under a spelled scale word joined by "and"
    (British and much wire usage; claims58), in words under a hundred and not followed by a scale word as small
    as its own ("two thousand and eight hundred" is left alone); (value, end) or None."""
    if _low(doc, j) != "and" or SCALES[scale] < 100 or scale in SCALE_ABBREVIATIONS or j + 1 >= len(doc):
        return None
    if doc[j + 1].text[:1].isdigit():
        return None
    part = number_word(doc, j + 1)
    after = SCALES.get(_low(doc, part[1]), 0.0) if part is not None else 0.0
    if part is None or part[2] is not None or not 0 < part[0] < 100 or 0 < after <= SCALES[scale]:
        return None  # ("three hundred and fifty thousand": the larger scale after it takes the whole)
    return part[0], part[1]


def plain_at(doc: Doc, i: int) -> tuple[float, float, float, int, str | None] | None:
    """A plain number or a digit range at token ``i``: (value, low, high, end, glued word)."""
    dr = DIGIT_RANGE.match(doc[i].text)
    if dr and float(dr.group(1)) < float(dr.group(2)) and not re.match(r"^\d{4}[-–]\d{2,4}$", doc[i].text):
        return float(dr.group(1)), float(dr.group(1)), float(dr.group(2)), i + 1, None
    vulgar = _VULGAR.match(doc[i].text)
    frac = grammar.fraction_value(vulgar.group(2)) if vulgar else None
    if vulgar and frac is not None:  # "2½ years"
        v = float(vulgar.group(1)) + frac
        return v, v, v, i + 1, None
    plain = number_word(doc, i)
    if plain is None:
        return None
    value, j, glued = plain
    half = and_a_half(doc, j) if glued is None else None
    if half is not None:
        value, j = value + 0.5, half  # "two and a half miles", "three-and-a-half hours"
    if glued is None:
        value, j = scaled(doc, j, value)
    return value, value, value, j, glued
