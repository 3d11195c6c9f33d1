"""Names a list closes with a plural division noun: "in Barry, Berrien, Calhoun and Van Buren counties".

News names several counties at once by listing their names and writing the division's noun once, in the
plural, after the last ("Barry, Calhoun, Cass and Van Buren counties"). Each name of the list is then a
county (``lexicon/county_plurals.txt``: counties, parishes, boroughs, townships), not the town the
gazetteer holds under that name ("Barry" in Italy, "Calhoun" in Georgia): the gazetteer has no rows of
second-level divisions, so such a name is no place of the map. The list is capitalised names joined by
commas and "and"/"or" (two names at least); a name followed by anything else ("Calhoun, where the counties …"),
or one name alone before the noun ("Southern California counties": the state's), is left alone.

A list a plural noun of natural features closes names features alike ("the Tarn and Velby reefs":
``lexicon/feature_plurals.txt``): no towns of the map, no people.

A list the plural noun of a first-level division opens (``lexicon/division_plurals.txt``) names divisions too:
"the Brazilian states of Mato Grosso and Paraná", "states, such as Amazonas and Rondônia" (``in_division_list``).
"""

from __future__ import annotations

import re

from .. import lexicon

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_JOIN = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_PLURAL = r"\s+(?i:" + lexicon.alternation(lexicon.words("county_plurals") | lexicon.words("feature_plurals")) + r")\b"
_CLOSED = re.compile(r"^(?:" + _JOIN + _NAME + r")*" + _PLURAL)
_MORE = re.compile(r"^(?:" + _JOIN + _NAME + r")+" + _PLURAL)  # at least one more name before the noun
_JOINED_BEFORE = re.compile(r"[A-Za-z.'’]\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
_LOCALITY = r"\s+(?i:" + lexicon.alternation(lexicon.words("locality_plurals")) + r")\b"
_LOCALITY_CLOSED = re.compile(r"^(?:" + _JOIN + _NAME + r")*" + _LOCALITY)
_LOCALITY_MORE = re.compile(r"^(?:" + _JOIN + _NAME + r")+" + _LOCALITY)


def _in_closed_list(text: str, start: int, end: int, more: re.Pattern[str], closed: re.Pattern[str]) -> bool:
    """Is the name at ``start:end`` one of a list of two names or more that a plural noun closes?"""
    after = text[end : end + 200]
    if more.match(after):
        return True
    return closed.match(after) is not None and _JOINED_BEFORE.search(text[max(0, start - 40) : start]) is not None


def in_county_list(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` of ``text`` one of a list of names closed by a plural division noun
    ("Barry, Berrien, Calhoun and Van Buren counties")? One name before the noun with no list is not
    ("Southern California counties": the state's counties), nor the last of a list the noun does not close."""
    return _in_closed_list(text, start, end, _MORE, _CLOSED)


def in_locality_list(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` of ``text`` one of a list of names a plural noun of a town's parts or of
    small settlements closes ("in Aldgate, Tarn Kadal and Velby areas"; ``lexicon/locality_plurals.txt``)? Each
    is a locality, no person or body; unlike a county list's, the places stage may still place it."""
    return _in_closed_list(text, start, end, _LOCALITY_MORE, _LOCALITY_CLOSED)


_OPENER = (r"\b(?:" + lexicon.alternation(lexicon.words("division_plurals")) + r")\s*,?\s+"
           r"(?:of|such\s+as|like|including)\s+(?:the\s+)?")
_OPENED = re.compile(_OPENER + r"(?:" + _NAME + _JOIN + r"(?:the\s+)?)*$")


def in_division_list(text: str, start: int) -> bool:
    """Is the name at ``start`` of ``text`` one of a list a plural division noun opens ("the Brazilian states of
    Mato Grosso and Paraná", "states, such as Amazonas and Rondônia")? Each such name is a division."""
    return _OPENED.search(text[max(0, start - 160) : start]) is not None
