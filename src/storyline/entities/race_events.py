"""A race's event written after its distance: "won the 200 yard Velbrook Medley title", "the 100m Backstroke" (a
number and a length's unit, lexicon/units.tsv, right before the name). A name the story writes only so names an
event of a meet, not a body, and is not listed; a name also written otherwise ("Velbrook said") stays, and so does a
span tagged a person (the caller's guard: "The 7-foot Aldo Brenner scored", a player's height)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import RACE_EVENT
from .uses import only_written_so

__all__ = ["race_event"]

_LENGTHS = lexicon.alternation(row[0] for row in lexicon.rows("units") if len(row) > 2 and row[2] == "length")
_DISTANCE_BEFORE = re.compile(r"\b\d[\d,.]*[ \t-]?(?:" + _LENGTHS + r")[ \t]+$")


def race_event(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is every use of the name a race's event after its distance (module docstring)?"""
    if not name[:1].isupper():
        return False
    return only_written_so(name, texts, cache, RACE_EVENT, _after_distance)


def _after_distance(text: str, start: int, end: int) -> bool:
    return _DISTANCE_BEFORE.search(text, max(0, start - 30), start) is not None
