"""Names written as something other than a place, though a place bears them: an era's abbreviation after a
year or a century ("the sixth century B.C.", "in 500 B.C."; not "Vancouver, B.C." nor "the 2017 B.C. election"),
and a news agency's name ("Turkey's Anatolia news agency"; not "a Moscow news agency"). Their words are data:
``lexicon/era_nouns.txt`` and ``lexicon/agency_nouns.txt``."""

from __future__ import annotations

import re

from .. import lexicon

_ERA_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lexicon.words("era_nouns")), key=len, reverse=True)) + r")\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b\d{1,4}\s+$")
_NOTHING_NAMED_AFTER = re.compile(r"^(?:[.,;:)\]]|\s+(?:and|or|to|until|when|by|in|on)\b|\s*$)")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$")
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:" + "|".join(sorted((r"\s+".join(map(re.escape, p.split())) for p in lexicon.words(
        "agency_nouns")), key=len, reverse=True)) + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")


def era_mark(text: str, start: int, end: int) -> bool:
    """Is the abbreviation at ``start:end`` an era's, written after a century ("the sixth century B.C.") or after a
    year with nothing it names following ("in 500 B.C.", "from 300 BC to 200 BC"; not "the 2017 B.C. election")?"""
    if not _ABBREVIATION.match(text[start:end]):
        return False
    before = text[max(0, start - 30) : start]
    if _ERA_NOUN_BEFORE.search(before):
        return True
    return _YEAR_BEFORE.search(before) is not None and _NOTHING_NAMED_AFTER.match(text[end : end + 8]) is not None


def names_an_agency(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a news agency's, written with its noun ("Turkey's Anatolia news agency said",
    ``lexicon/agency_nouns.txt``)? Not after "a"/"an": "a Moscow news agency" is an agency in Moscow."""
    return _AGENCY_AFTER.match(text[end : end + 30]) is not None and _ARTICLE_BEFORE.search(
        text[max(0, start - 4) : start]) is None
