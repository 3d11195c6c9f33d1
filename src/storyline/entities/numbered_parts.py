"""Numbered parts of a thing typed a name ("Layers 1 and 2", "Phases 2 through 4", "Levels 3-5"): a name of a
capitalised plural word and a number, written right before "and", "or", "to", "through" or a dash and another
number, names a range of parts, no body nor person, and is not listed."""

from __future__ import annotations

import re

__all__ = ["numbered_range"]

_NAME = re.compile(r"^[A-Z][a-z]+s[ \t]+\d{1,3}$")
_RANGE_AFTER = re.compile(r"[ \t]*(?:(?:and|or|to|through|thru)[ \t]+|[-–][ \t]*)\d")


def numbered_range(name: str, text: str, end: int) -> bool:
    """Is the name at ``text[:end]`` a range's first number of parts (module docstring)?"""
    return _NAME.match(name) is not None and _RANGE_AFTER.match(text, end) is not None
