"""Two shapes of a span that names nothing: a measure the model read as a name ("58.4 cu.ft": a number, then a
unit in lower case) and a section's heading on a line of its own whose words are all common words joined by "and"
or "&" ("Interior and Technology": a review's section, no body); and a class's name, one capitalised word after "a" or
"an" before a Roman numeral and a noun ("a Schedule IV substance", "a Class II felony": a grade, no body)."""

from __future__ import annotations

import re

from ..ingest.glyphs import dictionary_word

__all__ = ["measure_or_heading"]

_MEASURE = re.compile(r"\d[\d.,]*[ \t]+[a-z]")  # "58.4 cu.ft", not "20th Century Fox" or "3M"
_GRADE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
_GRADE_AFTER = re.compile(r"[ \t]+[IVX]{1,4}[ \t]+[a-z]")
_JOINED = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def measure_or_heading(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a measure, a heading of common words or a class's grade (module docstring)?"""
    span = text[start:end]
    if _MEASURE.match(span) is not None:
        return True
    if " " not in span and _GRADE_AFTER.match(text, end) and _GRADE_BEFORE.search(text[max(0, start - 4) : start]):
        return True  # "a Schedule IV substance": a class's grade
    if _JOINED.search(span) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start : line_end if line_end >= 0 else len(text)].strip() != span:
        return False
    words = [w for w in re.split(r"[ \t]+", span) if w not in ("and", "&")]
    return all(w[:1].isupper() and dictionary_word(w) for w in words)
