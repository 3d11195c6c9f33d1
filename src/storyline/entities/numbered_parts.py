"""Numbered parts of a thing typed a name ("Layers 1 and 2", "Phases 2 through 4", "Levels 3-5"): a name of a
capitalised plural word and a number, written right before "and", "or", "to", "through" or a dash and another
number, names a range of parts, no body nor person, and is not listed. So is a one-word name that is a number's
abbreviation (lexicon/abbreviations.txt: "No.", "Nos.", "Fig.", "Vol.") written with its stop right before a number
("citing Nos. 13 and 17", "Fig. 3"): a word the model read as a name (``number_abbreviation``)."""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["number_abbreviation", "numbered_range"]

_NAME = re.compile(r"^[A-Z][a-z]+s[ \t]+\d{1,3}$")
_RANGE_AFTER = re.compile(r"[ \t]*(?:(?:and|or|to|through|thru)[ \t]+|[-–][ \t]*)\d")


def numbered_range(name: str, text: str, end: int) -> bool:
    """Is the name at ``text[:end]`` a range's first number of parts (module docstring)?"""
    return _NAME.match(name) is not None and _RANGE_AFTER.match(text, end) is not None


_ABBREVIATIONS = frozenset(a[:-1] for a in lexicon.words("abbreviations") if a.endswith(".") and a[:1].isupper())
_NUMBER_AFTER = re.compile(r"\.[ \t]*\d")


def number_abbreviation(name: str, text: str, end: int) -> bool:
    """Is the name at ``text[:end]`` a number's abbreviation written with its stop before a number ("Nos. 13")?"""
    return name in _ABBREVIATIONS and _NUMBER_AFTER.match(text, end) is not None
