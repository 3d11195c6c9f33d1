"""A name both a state's (or a province's) and a city's, written as the state's: "A New York man", "a Quebec woman",
"the Western District of New York", "the New York attorney general".

News names where a person lives or comes from by a place's name before a plain person noun ("A New York man", "the
Ohio teen": ``lexicon/resident_nouns.txt``), a federal court's district by its state ("the Southern District of
Texas": ``lexicon/state_district_cues.txt``), and a state's office or house by its state ("the New York attorney
general", "the governor of Quebec": ``lexicon/state_office_titles.txt``; a city has none of them), or by an
appositive that calls it a state or a province ("New York, the nation's third-largest state, …"). Where the name is
both a first-level division's and a city's of one country (New York, Washington, Quebec), the resolver reads the
bare name as the city; written so, it is the division. The person noun yields to a story that writes the city ("New
York City", "the city of New York"): then the name is as likely the city's. A court's district and an office are a
state's whatever else the story writes. Only the mention so written: "officials in New York" elsewhere stays the
city. A city-state (Berlin, Vienna: a division no wider than ``CITY_STATE_KM`` around its city) keeps the city.

The name is the division's too where it follows a town of that division and a comma ("Redmond, Washington"), or
where it is listed with a division of the same country ("in Rhode Island and New York", "Ohio, New York or Texas"):
a town's state after it, and a list's items of one kind. A division after the name and a bare comma is the city's
own ("Washington, D.C."), no list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Place
from .candidates import Candidate
from .resolver import Resolver


def _phrases(name: str) -> str:
    return lexicon.alternation(lexicon.words(name), space=r"\s+")


_PERSON_AFTER = re.compile(r"^\s+(?:" + _phrases("resident_nouns") + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:\d{1,3}-year-old\s+)?$")
_DISTRICT_BEFORE = re.compile(r"\b(?i:" + _phrases("state_district_cues") + r")\s+(?:the\s+)?$")
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?i:" + _phrases("state_office_titles") + r")\b")
_OFFICE_BEFORE = re.compile(r"\b(?i:" + _phrases("state_office_titles") + r")\s+of\s+$")
# "New York, the nation's third-largest state and …", "Quebec, a province that …": an appositive that calls it one
_STATE_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|another)\s+(?:[\w'’-]+\s+){0,4}?(?:state|province)"
                               r"(?=\s*[,.;:)]|\s+(?:and|that|which|where|with|whose|in|of|to|on|since)\b)")
CITY_STATE_KM = 100.0
"""A division no wider than this (its radius) is its city's own (Berlin, Vienna): the city is meant there."""


def _says_city(name: str, texts: dict[str, str]) -> bool:
    """Does the story write the name as a city's: "New York City", "the city of New York"?"""
    pattern = re.compile(r"\b" + re.escape(name) + r"\s+City\b|\b[Cc]ity\s+of\s+" + re.escape(name) + r"\b")
    return any(pattern.search(t) for t in texts.values())


def written_as_state(c: Candidate, texts: dict[str, str]) -> bool:
    """Is the candidate written as a state's (see the module's docstring)?"""
    text = texts[c.doc]
    before = text[max(0, c.start - 40) : c.start]
    if _DISTRICT_BEFORE.search(before) or _OFFICE_BEFORE.search(before) or _OFFICE_AFTER.match(text, c.end) \
            or _STATE_APPOSITIVE.match(text[c.end : c.end + 80]):
        return True
    return _ARTICLE_BEFORE.search(before) is not None and _PERSON_AFTER.match(text[c.end : c.end + 30]) is not None \
        and not _says_city(c.text, texts)


_COMMA = re.compile(r"^,\s*$")
_LISTED = re.compile(r"^\s*(?:,|,?\s+(?:and|or|&))\s+$")


def _division(c: Candidate, p: Place, resolver: Resolver) -> Place | None:
    """The widest-peopled division of the candidate's name in the city's country, if any (see the docstring)."""
    there = [m.place for m in resolver.matches(c.text) if m.primary and m.place.kind == "region"
             and m.place.admin1 and m.place.country == p.country and m.place.radius_km > CITY_STATE_KM]
    return max(there, key=lambda q: q.population) if there else None


def _by_neighbours(i: int, cands: Sequence[Candidate], decided: Sequence[Place | None], state: Place,
                   texts: dict[str, str]) -> bool:
    """Does the candidate follow a town of the division and a comma, or sit in a list with a division of the
    division's country (see the module's docstring)?"""
    c = cands[i]
    text = texts[c.doc]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(cands) or (n := cands[j]).doc != c.doc or (q := decided[j]) is None:
            continue
        gap = text[n.end : c.start] if j < i else text[c.end : n.start]
        if j < i and _COMMA.match(gap) and q.kind == "city" and q.country == state.country \
                and q.admin1 == state.admin1:
            return True
        if _LISTED.match(gap) and not (j > i and _COMMA.match(gap)) and q.kind == "region" and q.admin1 \
                and q.country == state.country and q.id != state.id:  # "Washington, D.C." is the city's own
            return True
    return False


def state_uses(cands: Sequence[Candidate], decided: Sequence[Place | None], resolver: Resolver,
               texts: dict[str, str]) -> list[Place | None]:
    """Each mention's place, with a city read where the story writes the name as its state's (see the module's
    docstring) replaced by the division of that name in the city's country."""
    out = list(decided)
    for i, (c, p) in enumerate(zip(cands, decided, strict=True)):
        if p is None or p.kind != "city" or (state := _division(c, p, resolver)) is None:
            continue
        # a qualifier ("Paris, Texas") keeps the city; a town's state after it may run on ("Washington, Chief …")
        if (not c.qualifier and written_as_state(c, texts)) or _by_neighbours(i, cands, decided, state, texts):
            out[i] = state
    return out
