"""Vague number words (numbers.py's conventions, ACLED-style): "a dozen" = 12, "half a dozen" = 6, "dozens" = 12
(12-99), "scores" = 20, "hundreds" = 100 (100-999), "thousands", "tens of thousands", "millions"; "several" = 3
(3-9) and "a few" = 3 (2-5), which count only for casualties."""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import SCALES
from .tokens import low as _low

# Vague plurals: (conventional value, low, high).
VAGUE_PLURALS: dict[str, tuple[float, float, float]] = {
    "dozens": (12, 12, 99),
    "scores": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "thousands": (1_000, 1_000, 9_999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
}
# Vague counts that only say something about casualties ("several people were hurt").
WEAK_VAGUE: dict[str, tuple[float, float, float]] = {"several": (3, 3, 9), "few": (3, 2, 5)}

def vague_at(doc: Doc, i: int) -> tuple[float, float, float, int, bool, int | None] | None:
    """Vague words at ``i``: (value, low, high, end, weak, of-token), or None."""
    low = _low(doc, i)
    of_token: int | None = None
    if low == "a" and _low(doc, i + 1) == "dozen" or low == "half" and _low(doc, i + 1) == "a" and \
            _low(doc, i + 2) == "dozen":
        value = 12.0 if low == "a" else 6.0
        j = i + 2 if low == "a" else i + 3
        return value, value, value, j, False, j + 1 if _low(doc, j) == "of" else None
    if low == "tens" and _low(doc, i + 1) == "of" and _low(doc, i + 2) in ("thousands", "millions"):
        value = 10_000.0 if _low(doc, i + 2) == "thousands" else 10_000_000.0
        j = i + 3
        return value, value, value * 10 - 1, j, False, j + 1 if _low(doc, j) == "of" else None
    if low in VAGUE_PLURALS:
        value, low_v, high_v = VAGUE_PLURALS[low]
        j = i + 1
        if _low(doc, j) == "of" and _low(doc, j + 1) in ("thousands", "millions"):
            mult = 1_000 if _low(doc, j + 1) == "thousands" else 1_000_000
            value, low_v, high_v, j = value * mult, low_v * mult, (high_v + 1) * mult - 1, j + 2
        return value, low_v, high_v, j, False, j + 1 if _low(doc, j) == "of" else of_token
    if low == "several" or (low == "a" and _low(doc, i + 1) == "few"):
        value, low_v, high_v = WEAK_VAGUE["several" if low == "several" else "few"]
        j = i + 1 if low == "several" else i + 2
        weak = True
        if _low(doc, j) in ("hundred", "thousand", "million"):  # "several hundred": a count again
            scale = SCALES[_low(doc, j)]
            value, low_v, high_v, j, weak = value * scale, low_v * scale, high_v * scale, j + 1, False
        return value, low_v, high_v, j, weak, j + 1 if _low(doc, j) == "of" else None
    return None
