"""Two places joined by a hyphen, written as a modifier: "the Velmar-Aldland border", "Aldland-Velmar talks". The
model reads the pair as a body's name; it names two places, each listed on its own when the story names it, and is
no entry (ents67). A place whose own name holds a hyphen ("Winston-Salem", "Guinea-Bissau") is the gazetteer's, and
stays."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from ..names import name_key
from ..places.gazetteer import load_gazetteer

__all__ = ["place_pair"]

_PAIR = re.compile(r"^([A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*)?)[-–]([A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*)?)$")


@cache
def _country_or_region(name: str) -> bool:
    """Does the gazetteer hold the name as a country's or a region's main name?"""
    return any(m.primary and m.place.kind in ("country", "region") for m in load_gazetteer().lookup(name))


@cache
def _mapped_whole(name: str) -> bool:
    return any(m.primary for m in load_gazetteer().lookup(name))


def place_pair(name: str, place_names: Collection[str]) -> bool:
    """Is the name two places joined by a hyphen (module docstring)? Each part is a place the story's places stage
    resolved (``place_names``, keys) or a country's or a region's name; the whole is no place of the gazetteer."""
    m = _PAIR.match(name.strip())
    if m is None or _mapped_whole(name):
        return False
    return all(name_key(part) in place_names or _country_or_region(part) for part in m.group(1, 2))
