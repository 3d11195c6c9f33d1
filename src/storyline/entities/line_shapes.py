"""Two shapes of a span that names nothing: a measure the model read as a name ("58.4 cu.ft": a number, then a
unit in lower case) and a section's heading on a line of its own whose words are all common words joined by "and"
or "&" ("Interior and Technology": a review's section, no body)."""

from __future__ import annotations

import re

from ..ingest.glyphs import dictionary_word

__all__ = ["measure_or_heading"]

_MEASURE = re.compile(r"\d[\d.,]*[ \t]+[a-z]")  # "58.4 cu.ft", not "20th Century Fox" or "3M"
_JOINED = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def measure_or_heading(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a measure or a heading of common words (module docstring)?"""
    span = text[start:end]
    if _MEASURE.match(span) is not None:
        return True
    if _JOINED.search(span) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start : line_end if line_end >= 0 else len(text)].strip() != span:
        return False
    words = [w for w in re.split(r"[ \t]+", span) if w not in ("and", "&")]
    return all(w[:1].isupper() and dictionary_word(w) for w in words)
