"""A place's name as a word of a title that opens on a capital "The" inside a sentence ("the dress was taken out of
her room at The Tarnmouth West Hollywood", then "deputies were at The Tarnmouth Thursday morning"): a hotel's, a
club's or a paper's name, not the town. The name counts as the title's where "The" is written right before it after
a lower-case word or a comma, and the document writes "The <name>" before another capitalised word that is no
weekday nor month at least once (the title's whole: "The Tarnmouth West Hollywood")."""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["titled_place"]

_CALENDAR = frozenset(w.capitalize() for w in (*lexicon.table("weekdays"), *lexicon.table("months")))
_THE_BEFORE = re.compile(r"(?:[a-z,]|[a-z][ \t])[ \t]*The[ \t]+$")


def titled_place(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a word of a title opened by a capital "The" (module docstring)?"""
    if _THE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    whole = re.compile(r"\bThe[ \t]+" + re.escape(text[start:end]) + r"[ \t]+([A-Z][\w'’-]*)")
    return any(m.group(1) not in _CALENDAR for m in whole.finditer(text))
