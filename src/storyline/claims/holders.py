"""Whose age a title tells: "the former dictator, 82" or "the 82-year-old general" in one report, "Ortega, 83" in
another (claims22). The two are one person's age, so that different values show as a differ row, when the story ties
the title to that name and to no other: "former dictator Ramon Ortega", "General Ortega" or "Ortega, the former
dictator," in any of its reports, or the title among the named age's own words ("General Ramon Ortega, 82").
Words for people in general or of a sex ("the 82-year-old man") are no title: they may be anyone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .figure_mention import FigureMention
from .vocab import word_set

NOT_TITLES = word_set("generic_people") | word_set("male_people") | word_set("female_people") | {"age", "year"}
NAME = r"[A-Z][\w'-]+"


@lru_cache(maxsize=256)
def _patterns(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = re.escape(title)
    before = re.compile(rf"(?i:\b{t})\s+(?:{NAME}\s+){{0,2}}({NAME})")  # "former dictator Ramon Ortega"
    after = re.compile(rf"({NAME}),\s+(?:(?i:the|a)\s+)?(?:[\w'-]+\s+){{0,3}}(?i:{t})\b")  # "Ortega, the dictator"
    return before, after


def titled_names(title: str, texts: Mapping[str, str]) -> set[str]:
    """Surnames the story gives ``title`` to, lower case, without a possessive 's."""
    out: set[str] = set()
    for text in texts.values():
        for pattern in _patterns(title):
            out.update(m.group(1).lower().removesuffix("'s") for m in pattern.finditer(text))
    return out


def titled_holder(a: FigureMention, b: FigureMention, texts: Mapping[str, str]) -> bool:
    """Two ages in two reports, one of a named person and one of a title the story gives that person only."""
    if a.doc == b.doc or a.dimension != "age" or b.dimension != "age":
        return False
    for named, titled in ((a, b), (b, a)):
        if not named.head or named.head not in named.actors or not titled.head or titled.head in titled.actors:
            continue
        if titled.head in NOT_TITLES or titled.age_at or titled.new_referent:
            continue
        if titled.head in named.actors:
            return True  # "General Ramon Ortega, 82" / "the 83-year-old general"
        names = titled_names(titled.head, texts)
        if names == {named.head}:
            return True
    return False
