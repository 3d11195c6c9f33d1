"""Token-level reading shared by the figure reader (numbers.py) and its exclusions (exclusions.py):
the paragraph's words in lower case, computed once, and the value of one number token; and the first of a
token's conjuncts (scope.py, name_parts.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import lexicon
from ..text import WORDS
from .vocab import currencies, table, units

SCALES: dict[str, float] = {k: float(v) for k, v in table("numbers")["scales"].items()}
DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
SCALE_ABBREVIATIONS: tuple[str, ...] = tuple(table("numbers")["scale_abbreviations"])  # "bn", "tn" ...
MONEY_SCALES: dict[str, float] = {k: float(v) for k, v in table("numbers")["money_scales"].items()}
_MONEY_SCALED = re.compile(r"^(\d+(?:\.\d+)?)([kb])\.?$", re.I)
DIGIT_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([A-Za-z]+)$")
DIGIT_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(" + lexicon.alternation(SCALE_ABBREVIATIONS) + r")$",
                         re.I)


def times(value: float, scale: float) -> float:
    """``value * scale`` without the binary float's tail: 8.2 billion is 8,200,000,000, not
    8,199,999,999.999999 (twelve significant digits are more than any reported figure has)."""
    return float(f"{value * scale:.12g}")


def number_value(tok: Token) -> float | None:
    """The value of one number token (digits, "5k", a number word), or None."""
    text = tok.text
    lower = text.lower()
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    if lower in WORDS:
        return float(WORDS[lower])
    m = DIGIT_SCALE.match(text)
    if m:
        return times(float(m.group(1)), SCALES[m.group(2).lower()])
    money = _MONEY_SCALED.match(text)
    if money and after_currency(tok.doc, tok.i):
        return times(float(money.group(1)), MONEY_SCALES[money.group(2).lower()])  # "$3.4B" (claims31)
    unit = glued_unit(text)
    return float(text[: -len(unit)]) if unit else None


def after_currency(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a currency sign or code written before sums ("$", "US$", "£")."""
    entry = currencies().get(doc[i - 1].text.lower()) if i > 0 else None
    return entry is not None and entry[1] in ("before", "both")


def glued_unit(text: str) -> str:
    """The unit glued to digits by the writer ("37.5kHz"; the tokenizer splits the common ones, "5km"), as
    written in lower case (lexicon units.tsv, two letters or more); '' when there is none."""
    m = DIGIT_UNIT.match(text)
    return m.group(2).lower() if m and len(m.group(2)) > 1 and m.group(2).lower() in units() else ""


def lows(doc: Doc) -> list[str]:
    """The paragraph's words in lower case, computed once (token access is the cost of this module)."""
    words: list[str] | None = doc.user_data.get("claims_lows")
    if words is None:
        words = [t.text.lower() for t in doc]
        doc.user_data["claims_lows"] = words
    return words


def low(doc: Doc, k: int) -> str:
    """Word ``k`` of the paragraph in lower case; '' outside it."""
    words = lows(doc)
    return words[k] if 0 <= k < len(words) else ""


def first_conjunct(t: Token) -> Token:
    """The first of the conjuncts ``t`` is one of ("Lucasfilm" in "Disney and Lucasfilm": "Disney"), else ``t``."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t
