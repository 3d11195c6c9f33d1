"""A country's name that is also a first-level division of another country, in a story set in that other country:
the division ("director of Georgia Sea Grant" in a story of Florida and Washington is the US state, not the
country in the Caucasus).

The resolver reads a bare name a country holds as the country. Where every other place the story names with a
country is in one other country, at least ``HOME_PLACES`` of them (towns, divisions or that country itself), and
that country has a first-level division of the name, the story is set there and the name is the division, in every
mention. A story that names any place of the country itself, or of a third country ("Russia and Georgia", "from
Tbilisi"), keeps the country; so does a division of the country's own ("Mexico" among Mexican towns). A town's name
used as its team's or a company's ("drafted by Toronto" in a story of US states: ``teams``, ``companies``) is no
place the story is set in, and counts for no country here.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..model import Place
from .candidates import Candidate
from .gazetteer import key
from .resolver import Resolver

HOME_PLACES = 2
"""A story's other places with a country, all in one country and at least this many distinct ones, set it there."""


def _home(
    name: str, cands: Sequence[Candidate], decided: Sequence[Place | None], uses: AbstractSet[tuple[str, int, int]]
) -> str | None:
    """The one country of every other place the story names with a country, if at least ``HOME_PLACES``; a town's
    name used as a team's or a company's (``uses``) counts for none."""
    others = {p.id: p.country for c, p in zip(cands, decided, strict=True)
              if p is not None and p.country and key(c.text) != name
              and not (p.kind == "city" and (c.doc, c.start, c.end) in uses)}
    countries = set(others.values())
    return countries.pop() if len(others) >= HOME_PLACES and len(countries) == 1 else None


def home_divisions(
    cands: Sequence[Candidate], decided: Sequence[Place | None], resolver: Resolver, checks: bool = True,
    uses: AbstractSet[tuple[str, int, int]] = frozenset(),
) -> list[Place | None]:
    """Each mention's place, a country's name in a story set in another country with a first-level division of
    that name read as the division (see the module's docstring); unchanged without the type checks. ``uses``: the
    mentions of towns' names used as teams' or companies'."""
    out = list(decided)
    if not checks:
        return out
    moved: dict[str, Place | None] = {}
    for i, (c, p) in enumerate(zip(cands, decided, strict=True)):
        if p is None or p.kind != "country":
            continue
        name = key(c.text)
        if name not in moved:
            home = _home(name, cands, decided, uses)
            there = [m.place for m in resolver.matches(c.text) if m.primary and m.place.kind == "region"
                     and m.place.admin1 and home is not None and m.place.country == home != p.country]
            moved[name] = max(there, key=lambda q: q.population) if there else None
        if (state := moved[name]) is not None:
            out[i] = state
    return out
