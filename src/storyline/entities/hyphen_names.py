"""A full name that opens with a hyphenated given name ("Eva-Marie Persson", "Anna-Lena Brink"): a person's, like a
name that opens with a very common given name (``names.given_name_first``), when one part of the hyphenated word is
such a given name (lexicon/first_names.tsv) and the name read with that part alone is a person's by that rule."""

from __future__ import annotations

import re

from ..names import given_name_first

__all__ = ["given_first"]

_HYPHENATED = re.compile(r"^([A-Z][a-z]+)-([A-Z][a-z]+)([ \t]+\S.*)$")


def given_first(name: str) -> bool:
    """Does the name open with a very common given name, or a hyphenated pair holding one (module docstring)?"""
    if given_name_first(name):
        return True
    pair = _HYPHENATED.match(name.strip())
    return pair is not None and any(given_name_first(part + pair.group(3)) for part in pair.group(1, 2))
