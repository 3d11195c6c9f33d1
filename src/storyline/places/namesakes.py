"""Namesakes: which of several places of one name a story means, where the story's own countries mislead.

- A world city against a small namesake in the story's country: "routes to Los Angeles and San Francisco" in a
  Philippine story is the American city, not a Mindanao town of 80,000 people. A city of at least
  ``PlacesConfig.world_city`` people and ``world_city_ratio`` times the chosen town's wins, unless the story
  writes the town's region next to it ("San Francisco, Agusan del Sur"), its report names the town's region,
  or one of the story's other places lies within ``world_city_near_km`` of the town.
- A district written with its city ("Beeston, Leeds"): the reading inside that city's area
  (``district_km``), else the city itself (the finest point the gazetteer gives; never a namesake far away),
  and so wherever the story writes the name bare. Not for a name that is itself a
  country, a region or a sizeable city ("Paris, London."), nor when the qualifier is a list's next item
  ("the Burley, Beeston and Holbeck areas").
- A facility's name ("Luton Station", lexicon/facility_nouns.txt) is never a town matched by its consonant
  skeleton alone (Leytonstone); a station or an airport named for its town (lexicon/town_facility_nouns.txt)
  that the gazetteer does not hold is that town of the story's countries ("Luton Station": Luton).
- Two divisions of one country whose names share a key ("Shanxi" and "Shaanxi": the key collapses doubled
  letters): the one spelled as written, where one is.
- A name written with a capital inside it where the town's name has a small letter ("LeMont" for Lemont, "DeVale"
  for Devale): another name (a venue's, a brand's), not the town (``cased_apart``); "DeKalb" is DeKalb.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import lexicon
from ..model import Place
from ..text import fold
from .config import PlacesConfig
from .gazetteer import Match, bare_division, distance_km

FACILITY_NOUNS = frozenset(fold(w) for w in lexicon.words("facility_nouns"))
TOWN_FACILITY_NOUNS = frozenset(fold(w) for w in lexicon.words("town_facility_nouns"))


def names_a_facility(name: str) -> bool:
    """Does a name of two words or more end in a facility's noun ("Luton Station", "Hyde Park")?"""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in FACILITY_NOUNS


def facility_town(name: str, lookup: Callable[[str], list[Match]], countries: set[str]) -> list[Match]:
    """The town a station or an airport is named for ("Luton Station"), among the story's countries: its most
    populous city by that main name, as the one reading."""
    words = name.split()
    if len(words) < 2 or fold(words[-1]) not in TOWN_FACILITY_NOUNS:
        return []
    towns = [m.place for m in lookup(" ".join(words[:-1])) if m.primary and m.place.kind == "city"
             and m.place.country in countries]
    return [Match(max(towns, key=lambda p: p.population), True)] if towns else []


def world_city(ms: Sequence[Match], town: Place, cfg: PlacesConfig) -> Place | None:
    """The world city among a name's readings that dwarfs the chosen ``town``, if there is one."""
    cities = [m.place for m in ms if m.primary and m.place.kind == "city" and m.place.id != town.id]
    if not cities:
        return None
    big = max(cities, key=lambda p: p.population)
    if big.population >= cfg.world_city and big.population >= cfg.world_city_ratio * max(town.population, 1):
        return big
    return None


def district_city(qualifier: str | None, lookup: Callable[[str], list[Match]], cfg: PlacesConfig) -> Place | None:
    """The city a district is written with ("Leeds" in "Beeston, Leeds"): its most populous reading by a main
    name, if that is a city of at least ``sizeable_city`` people and the qualifier names no country or region."""
    if not qualifier:
        return None
    ms = lookup(qualifier)
    if any(m.primary and m.place.kind != "city" for m in ms):
        return None
    cities = [m.place for m in ms if m.primary and m.place.kind == "city"]
    if not cities:
        return None
    city = max(cities, key=lambda p: p.population)
    return city if city.population >= cfg.sizeable_city else None


def stands_alone(ms: Sequence[Match], cfg: PlacesConfig) -> bool:
    """Is the name itself a country, a region or a sizeable city ("Paris" in "Paris, London.")? Then the
    comma after it is a list's, not a district's."""
    return any(m.primary and (m.place.kind != "city" or m.place.population >= cfg.sizeable_city) for m in ms)


def in_district(ms: Sequence[Match], city: Place, cfg: PlacesConfig) -> list[Match]:
    """The readings within ``district_km`` of the city a district is written with; else the city itself."""
    there = [m for m in ms if distance_km(m.place.lat, m.place.lon, city.lat, city.lon) <= cfg.district_km]
    return there or [Match(city, True)]


def spelled_division(ms: Sequence[Match], text: str) -> list[Match]:
    """``ms`` without a division whose spelling differs from ``text`` where another division of its country is
    spelled as written ("Shanxi": Shanxi Sheng, not Shaanxi; "Shaanxi": Shaanxi, not Shanxi Sheng)."""
    f = fold(text)
    spelled = {m.place.country for m in ms if m.place.kind == "region" and m.place.admin1
               and bare_division(m.place.name) == f}
    return [m for m in ms if not (m.place.kind == "region" and m.place.admin1 and m.place.country in spelled
                                  and bare_division(m.place.name) != f)]


def cased_apart(written: str, name: str) -> bool:
    """Is ``written`` the place's name with the same letters but a capital inside it where the name has a small one
    ("LeMont" against "Lemont")? A name in capitals ("LEMONT") is cased as nothing."""
    a = [ch for ch in written if ch.isalpha()]
    b = [ch for ch in name if ch.isalpha()]
    if len(a) != len(b) or written.isupper() or fold("".join(a)) != fold("".join(b)):
        return False
    return any(x.isupper() and y.islower() for x, y in zip(a[1:], b[1:], strict=True))
