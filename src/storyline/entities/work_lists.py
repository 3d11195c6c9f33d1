"""Works named in a list after a plural work's noun: "roles in action films and dramas, especially Quiet Orchards
in 1998 and Hollow Bells and Red Shore in 2001". Each name in the list's run is a film's, a show's or a book's title,
no person or organisation. The list is read back from the name: a plural work's noun (``work_nouns``), at most one
more noun joined by "and", a comma or none, an opener (``work_list_openers``, lexicon/common_words.toml), then only
names joined by commas and "and", each perhaps followed by "in <year>", up to the name. So are the names of a range
of works after "from" ("in movies from 2001: A Space Odyssey to Event Horizon, Alien to Passengers"): names joined
by "to", commas and "and"."""

from __future__ import annotations

import re

from .. import lexicon

_SETTINGS = lexicon.document("common_words")
_PLURAL_WORKS = [w for w in str(_SETTINGS["work_nouns"]).split() if w.endswith("s") and not w.endswith("ss")]
_OPENERS = [o.strip().replace(" ", r"[ \t]+") for o in str(_SETTINGS["work_list_openers"]).split("|") if o.strip()]
_TITLE = r"(?:\d+:[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*)*"  # "2001: A Space Odyssey"
_ITEM = _TITLE + r"(?:[ \t]+in[ \t]+\d{4})?(?:,[ \t]+(?:and[ \t]+)?|,?[ \t]+and[ \t]+)"
_LIST_RUN = re.compile(
    r"\b(?:" + "|".join(_PLURAL_WORKS) + r")(?:[ \t]+and[ \t]+[a-z]+)?,?[ \t]+(?:"
    + "|".join(_OPENERS) + r")[ \t]+(?:" + _ITEM + r")*$")
# "In movies from Quiet Orchards to Hollow Bells, Red Shore to Tin Sky": works' ranges after "from", joined by "to"
_RANGE_ITEM = _TITLE + r"(?:,[ \t]+(?:and[ \t]+)?|,?[ \t]+(?:and|to)[ \t]+)"
_RANGE_RUN = re.compile(r"\b(?:" + "|".join(_PLURAL_WORKS) + r")[ \t]+from[ \t]+(?:" + _RANGE_ITEM + r")+$")
_LOOK_BACK = 240


def listed_work(text: str, start: int) -> bool:
    """Is the name at ``start`` one of a list of works after a plural work's noun (module docstring)?"""
    window = max(0, start - _LOOK_BACK)
    before = text[window:start]
    if not any(noun in before for noun in _PLURAL_WORKS):
        return False  # no plural work's noun before the name: neither pattern could match (and both are slow to say so)
    return _LIST_RUN.search(text, window, start) is not None or _RANGE_RUN.search(text, window, start) is not None
