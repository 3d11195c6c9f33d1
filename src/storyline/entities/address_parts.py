"""Pieces of a written address the model tags as names: a state's or a province's postal code after a town and its
comma ("Camden, NJ": ``lexicon/postal_states.tsv``), the town before such a code ("Holmdel, NJ" at a line's or a
clause's end), and a street's name after its house number ("resides at 2134 Caldwell Place"). Listings and
addresses write them; none is a person or a body of the story, and the places stage places what is a place."""

from __future__ import annotations

import re

from .. import lexicon
from ..dates import YEAR_PATTERN

__all__ = ["address_part"]

_CODES = r"(?:" + lexicon.alternation(r[0] for r in lexicon.rows("postal_states")) + r")"
_END = r"(?=[ \t]*(?:$|\n|[.,;:)]|[ \t]+(?:for|on|in|and|with)\b))"
_CODE = re.compile(_CODES + r"$")
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*$")
_CODE_AFTER = re.compile(r",[ \t]*" + _CODES + _END)
_HOUSE_NUMBER = re.compile(
    r"\b(?:at|on|of|from)[ \t]+(?!" + YEAR_PATTERN + r"\b)\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?$")


def address_part(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a postal code after a town, a town before one, or a street after its number (after
    "at", "on", "of" or "from"; a year is no house number: "in 2019 Acme Corp")?"""
    span = text[start:end]
    if _CODE.match(span) and _TOWN_BEFORE.search(text[max(0, start - 60) : start]) and re.match(_END, text[end:]):
        return True  # "West Palm Beach, FL": the state's code
    if _CODE_AFTER.match(text, end):
        return True  # "Holmdel, NJ": the town
    return _HOUSE_NUMBER.search(text[max(0, start - 20) : start]) is not None and " " in span \
        and re.match(_END, text[end:]) is not None  # "resides at 2134 Caldwell Place,": a street
