"""A month's word that is a person's surname: "Mrs May's letter", "of May's intention" in a report that names
"Theresa May" (or "Minister June", "Karen June"). A month's name written as the surname of a person the text names
(after a given name of lexicon/first_names.tsv or an honorific or a title of lexicon/honorifics.tsv) is no date where
it is written as a person's: before a possessive "'s", or, with no lead of a date's ("in", "by", "last"), after an
honorific, a title or a given name, or as the bare subject of a clause, opening a sentence or after ", and" with a
lower-case word after it ("But May is preparing to reject the demand", "…, and May can then invoke Article 50": a date
written alone opens no clause before a verb; time47). "in May" in such a text stays a month (ents54)."""

from __future__ import annotations

import re

from .. import lexicon
from ..names import FIRST_NAME_GENDERS, HONORIFICS
from ..text import fold

__all__ = ["surname_month"]

_HONORIFIC = lexicon.alternation(HONORIFICS)
_STYLED_BEFORE = re.compile(r"(?<![\w-])(?:" + _HONORIFIC + r")\.?[ \t]+$")
_NAMED_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s\b")
_CLAUSE_OPENS = re.compile(r"(?:(?:^|[.!?;:][\"'”’)]*\s+)(?:(?:And|But|Yet|So)\s+)?|,\s+(?:and|but)\s+)$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]+\b(?!['’-])")


def _styled(text: str, start: int) -> bool:
    """Is the word starting at ``start`` written after an honorific, a title or a given name ("Mrs May",
    "Prime Minister May", "Theresa May")?"""
    before = text[max(0, start - 30) : start]
    given = _NAMED_BEFORE.search(before)
    return _STYLED_BEFORE.search(before) is not None or (given is not None and fold(given.group(1)) in
                                                          FIRST_NAME_GENDERS)


def _named_person(text: str, word: str) -> bool:
    """Does the text name a person with the surname ``word`` (after a given name, an honorific or a title)?"""
    return any(_styled(text, m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text))


def surname_month(text: str, start: int, end: int, *, lead: bool) -> bool:
    """Is the month word at ``text[start:end]`` a person's surname here (module docstring)? ``lead``: the date's
    expression took a lead word ("in May"); then only a possessive after it says so."""
    word = text[start:end]
    if not word[:1].isupper() or " " in word or not _named_person(text, word):
        return False
    if _POSSESSIVE.match(text, end) is not None:
        return True
    return not lead and (_styled(text, start) or _subject(text, start, end))


def _subject(text: str, start: int, end: int) -> bool:
    """Does the word at ``text[start:end]`` open a clause (a sentence's start, after its "But", or after ", and" or
    ", but") with a lower-case word after it, as a subject before its verb ("May is preparing …", "…, and May can
    then …")?"""
    return _CLAUSE_OPENS.search(text[max(0, start - 12) : start]) is not None and _LOWER_WORD_AFTER.match(
        text, end) is not None
