"""Second-level divisions (counties, districts): when a reading of a name as one is the one the story means.

The gazetteer holds counties (kind ``county``, GeoNames' admin2 names) so that "Suffolk County" in a New York story
is not drawn as Suffolk, Virginia, and "Cheshire" in an English one not as Cheshire, Connecticut. A county's name is
often a town's too, so a county reading is kept only when the story writes it as one: with its designator ("Suffolk
County"), inside its country or state ("Suffolk, England"), as a division ("the county of X"), or, for a bare name,
in a story that already has places in its country. It is ranked like another country's province (its people less
``division_discount``), so a big town keeps its name ("Los Angeles" the city, "Los Angeles County" the county).

A county the gazetteer holds only in another state than the one its own sentence names ("Velby County, Georgia", "a
Georgia resident in Velby County", where the gazetteer's Velby County is Mississippi's) is not the gazetteer's county
of that name, and is no place of the story (``other_state_counties``, ents67). A name that is also a town's ("New
York", "Washington") names no state for this.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Place
from .candidates import Candidate
from .gazetteer import Match, distance_km, names_designator


def county_written(m: Match, text: str, qualified: bool, division: bool,
                   country_share: float | None) -> bool:
    """May ``m`` (a county reading of ``text``) stand? ``qualified``: the name's qualifier holds it; ``division``:
    the text writes the name as a division's; ``country_share``: the story's share of the county's country (None
    before the story's places are known)."""
    if not m.primary:
        return False
    if names_designator(text) or qualified or division:
        return True
    return country_share is not None and country_share > 0.0



def towns_before_counties(ms: list[Match], text: str) -> list[Match]:
    """Drop a county reading where a town or a state of the same name holds it or lies inside it, and the text writes
    no designator: "Galveston, Texas" is the city, not Galveston County around it (both fit the state beside it, and
    the county's people would outrank the town's), and "Utah" in a list of states the state, not Utah County;
    "Galveston County" stays the county."""
    if names_designator(text):
        return ms
    others = [m.place for m in ms if m.place.kind in ("city", "region") and m.primary]
    return [m for m in ms if m.place.kind != "county" or not any(
        o.country == m.place.country and (o.kind == "region" or o.admin1 == m.place.admin1)
        and distance_km(o.lat, o.lon, m.place.lat, m.place.lon) <= max(m.place.radius_km, o.radius_km, 1.0)
        for o in others)]


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:[ \t]+|\n)|\n\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, by its stops."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return lo, hi


def _states_named(name: str, country: str, matches: Callable[[str], list[Match]]) -> set[str]:
    """The first-level divisions of ``country`` the name reads as, if it is no town's name as well."""
    ms = matches(name)
    if any(m.primary and m.place.kind == "city" for m in ms):
        return set()
    return {m.place.admin1 for m in ms if m.primary and m.place.kind == "region" and m.place.country == country
            and m.place.admin1}


def other_state_counties(cands: Sequence[Candidate], decided: Sequence[Place | None],
                         matches: Callable[[str], list[Match]], texts: Mapping[str, str]) -> list[Place | None]:
    """Each mention's place, with a county dropped whose sentence names a state of its country and not its own
    (module docstring)."""
    out = list(decided)
    for i, (c, p) in enumerate(zip(cands, decided, strict=True)):
        if p is None or p.kind != "county" or not p.admin1:
            continue
        lo, hi = _sentence(texts.get(c.doc, ""), c.start, c.end)
        named = {a for o in cands if o.doc == c.doc and o is not c and lo <= o.start and o.end <= hi
                 for a in _states_named(o.abbreviation or o.text, p.country, matches)}
        if named and p.admin1 not in named:
            out[i] = None
    return out
