"""Names written as something other than a place, though a place bears them: an era's abbreviation after a
year or a century ("the sixth century B.C.", "in 500 B.C."; not "Vancouver, B.C." nor "the 2017 B.C. election"),
a news agency's name ("Turkey's Anatolia news agency"; not "a Moscow news agency"), a news outlet's written in a list
with another ("both Sky News and Kingston have reported"), the outlet's own address in a tip box ("mail us materials at
12 Elm Road, Springfield") and a venue's ("Walnut Creek
Amphitheatre", "Music Park at Walnut Creek"). Their words are data: ``lexicon/era_nouns.txt``,
``lexicon/agency_nouns.txt``, ``lexicon/outlet_words.txt`` with ``lexicon/masthead_words.txt``,
``lexicon/own_address_cues.txt`` and ``lexicon/show_venue_nouns.txt``; and a saint's name before a possessive and a
capitalised name ("St. Aldric's Medical Center", "Saint Ann's Church"), an institution's: no town of that name; a name
the model cut before a natural feature's last word ("Velby| Island", "Tarn| Reef": ``lexicon/feature_words.tsv``), the
feature's, which the gazetteer does not hold: no town of the first word's name (ents55); a name before a plural noun for
a group of countries ("the Baltic states", "the Gulf and Velmar nations": ``lexicon/polity_plurals.txt``), the
group's: no sea or town of that name, unless the name is a country's own ("US states": ents67)."""

from __future__ import annotations

import re

from .. import lexicon
from .gazetteer import Gazetteer

_ERA_NOUN_BEFORE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("era_nouns")) + r")\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b\d{1,4}\s+$")
_NOTHING_NAMED_AFTER = re.compile(r"^(?:[.,;:)\]]|\s+(?:and|or|to|until|when|by|in|on)\b|\s*$)")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$")
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:" + lexicon.alternation(lexicon.words("agency_nouns"), space=r"\s+") + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_FEATURE_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(
    w for w, at in lexicon.table("feature_words").items() if at == "last") + r")(?![\w'’-])")


def names_a_feature(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the first part of a natural feature's name, its last word right after it ("Velby
    Island", "the Tarn River")? The feature is no town of that name (module docstring)."""
    return _FEATURE_AFTER.match(text, end) is not None


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


_VENUE_NOUNS = r"(?:" + lexicon.alternation((p.title() for p in lexicon.words("show_venue_nouns")), space=r"\s+") + r")"
_VENUE_AFTER = re.compile(r"^(?:[ \t]+[A-Z][\w&'’-]*){0,2}[ \t]+" + _VENUE_NOUNS + r"\b")
_VENUE_BEFORE = re.compile(r"\b" + _VENUE_NOUNS + r"\s+at\s+$")


def names_a_venue(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a word of a venue's name: before a capitalised venue's noun, or one or two
    capitalised words and one ("Walnut Creek Amphitheatre", "Alder Casino Amphitheatre": a brand's place word)
    or after one and "at" ("Coastal Credit Union Music Park at Walnut Creek")? The noun must be
    capitalised, as a name's words are: "a Dallas arena" and "the center at Walnut Creek" name the town."""
    return _VENUE_AFTER.match(text[end : end + 60]) is not None or _VENUE_BEFORE.search(
        text[max(0, start - 30) : start]) is not None


_OUTLET_WORDS = r"(?:" + lexicon.alternation(lexicon.words("outlet_words") | lexicon.words("masthead_words")) + r")"
_CAPITALISED = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # a stop only inside ("U.S"): "England. Today" is no name
_AND = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_OUTLET_BEFORE = re.compile(r"\b" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*\s+" + _OUTLET_WORDS + _AND + r"$")
_OUTLET_AFTER = re.compile(r"^" + _AND + r"(?:the\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r"){0,3}?\s+"
                           + _OUTLET_WORDS + r"\b")


def names_an_outlet(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a news outlet's, written in a list with another outlet whose name ends on an
    outlet's word ("both Sky News and Kingston have reported", "Kingston and the Daily Courier said")?
    A list of outlets names no town. The other outlet needs a name before its word: "the Times" alone is not one."""
    return _OUTLET_BEFORE.search(text[max(0, start - 60) : start]) is not None or _OUTLET_AFTER.match(
        text[end : end + 60]) is not None


_OWN_ADDRESS = re.compile(
    r"\b(?i:" + lexicon.alternation(lexicon.words("own_address_cues"), space=r"\s+")
    + r")\b(?:(?![.!?]\s)[^\n]){0,160}$")


def in_own_address(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` in the outlet's own address, after words that ask the reader to send it
    something in the same sentence ("Readers can send us letters at 12 Elm Road, Springfield, IL")? A tip
    box's address is where the outlet is, not where the story happens; a venue's address is left alone."""
    return _OWN_ADDRESS.search(text[max(0, start - 200) : start]) is not None


_SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?)[ \t]+[A-Z]")
_OWNED_NAME_AFTER = re.compile(r"^['’]s[ \t]+[A-Z][a-z]")


def names_a_saints_institution(text: str, start: int, end: int) -> bool:
    """Is the saint's name at ``start:end`` written before a possessive and a capitalised word ("St. Aldric's
    Medical Center", "Saint Ann's Church")? The institution named for the saint, no town of that name."""
    return _SAINT.match(text[start:end]) is not None and _OWNED_NAME_AFTER.match(text[end : end + 8]) is not None


_GROUP_AFTER = re.compile(r"(?:[ \t]+(?:and|or)[ \t]+[A-Z][\w.'’-]*)?[ \t]+(?:"
                          + lexicon.alternation(lexicon.words("polity_plurals")) + r")(?![\w'’-])")


def names_a_group(text: str, end: int, name: str, gaz: Gazetteer) -> bool:
    """Is the name ending at ``end`` written before a plural noun for a group of countries ("the Baltic| states"),
    and no country's own name ("US states"): module docstring?"""
    return _GROUP_AFTER.match(text, end) is not None and not any(
        m.primary and m.place.kind == "country" for m in gaz.lookup(name))
