"""Reading a candidate against the gazetteer and the story: which place it names, if any.

Readings are scored by prominence (population; countries, seas and regions above
cities), the story's own countries, nearness to the places the model tagged, and
whether the name is a main or an alternate one; ``Resolver.decide`` then asks a
candidate the model did not tag as a place to earn it (see the package docstring).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .. import lexicon
from ..model import Place
from ..names import is_known_org
from ..text import fold
from .candidates import DIVISION_ABBREVIATIONS, PLACE_LABELS, Candidate
from .config import DEFAULT_CONFIG, PlacesConfig
from .counties import county_written, towns_before_counties
from .formal_names import formal_places
from .gazetteer import Gazetteer, Match, distance_km, key, names_designator, skeleton
from .namesakes import (
    cased_apart,
    facility_town,
    in_district,
    names_a_facility,
    spelled_division,
    stands_alone,
    world_city,
)
from .postal_codes import postal_qualifier

# National capitals by country (lexicon/capitals.tsv): the capital's name is used for its government.
CAPITALS: dict[str, str] = {cc: key(name) for cc, name in lexicon.table("capitals").items()}


@dataclass(slots=True)
class _Context:
    """What the story says about where it is: country weights and anchor points."""

    share: dict[str, float]
    anchors: list[tuple[float, float, str]]  # (lat, lon, key of the name that placed it)
    countries: set[str]
    near_km: dict[tuple[int, str], float] = field(default_factory=dict)  # _near, remembered
    own: dict[tuple[str, str], float] = field(default_factory=dict)  # (country, name key) -> that name's share
    report_states: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # doc -> (country, admin1) named

    def share_for(self, country: str, name: str = "") -> float:
        """The country's share of the story, without what ``name`` itself added (for the capital bonus:
        "Washington" read as the US capital does not by itself make the story American)."""
        whole = self.share.get(country, 0.0)
        return max(0.0, whole - self.own.get((country, key(name)), 0.0)) if name else whole


def _near_in(ctx: _Context, p: Place, name: str) -> float:
    """``_near`` for the story's anchors, computed once per place and name (a big story
    asks the same question thousands of times)."""
    k = (p.id, key(name) if name else "")
    got = ctx.near_km.get(k)
    if got is None:
        got = ctx.near_km[k] = _near(p, ctx.anchors, name)
    return got


def _prominence(p: Place, cfg: PlacesConfig) -> float:
    """How likely a bare mention of this name means this place, before context."""
    if p.kind == "country":
        return cfg.country_prominence + cfg.country_population_weight * math.log10(p.population + 1)
    if p.kind == "sea":
        return cfg.sea_prominence
    if p.kind == "county":  # a second-level division: ranked like another country's province
        return math.log10(p.population + 10) - cfg.division_discount
    if p.kind == "region":
        if p.admin1 and p.country == "US":
            return cfg.us_state_prominence
        if p.admin1:  # another country's province or state
            return math.log10(p.population + 10) - cfg.division_discount
        return cfg.region_prominence
    return math.log10(p.population + 10)


def _near(p: Place, anchors: Sequence[tuple[float, float, str]], name: str = "") -> float:
    """Distance to the nearest anchor placed by another name (a name cannot vouch for itself)."""
    own = key(name) if name else ""
    return min((distance_km(p.lat, p.lon, a, b) for a, b, k in anchors if k != own or not own), default=math.inf)


def _score(m: Match, ctx: _Context | None, qualifier: Place | None, cfg: PlacesConfig, name: str = "",
           hometown: bool = False) -> float:
    """A reading's score; a person's hometown ("Cardona, of Fullerton,") gains nothing by its nearness to the
    story's places (a soldier's hometown is anywhere in the country)."""
    p = m.place
    s = _prominence(p, cfg) - (0.0 if m.primary else cfg.alternate_name_penalty)
    if ctx is not None:
        s += cfg.country_share_weight * ctx.share.get(p.country, 0.0)
        if p.kind in ("city", "county") and not hometown and _near_in(ctx, p, name) <= cfg.near_km:
            s += cfg.near_bonus  # a county's centre near the story's places as a town's would be
    if qualifier is not None and in_qualifier(p, qualifier):
        s += cfg.qualifier_bonus
    return s


def in_qualifier(p: Place, q: Place) -> bool:
    """Is ``p`` in the country or region ``q`` that qualifies its name ("Paris, Texas")? A region of a
    country with no division code of its own (England, Scotland, Wales, Bavaria, Sicily in the
    gazetteer) qualifies by its country: "Manchester, England" is the one in Great Britain."""
    if p.country != q.country:
        return False
    return q.kind == "country" or p.admin1 == q.admin1 or (q.kind == "region" and not q.admin1)


class Resolver:
    """Scores a candidate's readings and decides whether it names a place."""

    def __init__(self, gaz: Gazetteer, blocked: set[str], cfg: PlacesConfig = DEFAULT_CONFIG) -> None:
        self.gaz = gaz
        self.blocked = blocked
        self.cfg = cfg
        self._lookups: dict[str, list[Match]] = {}
        self._capital: dict[int, bool] = {}
        self.districts: dict[str, Place] = {}  # a name's key -> the city the story writes it with ("Beeston, Leeds")

    def matches(self, text: str) -> list[Match]:
        """Every reading of ``text``; a state's abbreviation with its stop ("N.C.") reads as that state only."""
        got = self._lookups.get(text)
        if got is None:
            division = DIVISION_ABBREVIATIONS.get(text)
            if division is not None:
                name, cc = division
                got = [m for m in self.gaz.lookup(name) if m.place.kind == "region" and m.place.country == cc]
            else:
                got = self.gaz.lookup(text)
                if not got:  # "the Republic of China", "Kampuchea", "Hebei Province"
                    got = [Match(p, True) for p in formal_places(self.gaz, text)]
            self._lookups[text] = got
        return got

    def is_capital(self, p: Place) -> bool:
        """A national capital: the most populous city of its country under the capital's name
        (Washington, DC, not Washington, Utah)."""
        got = self._capital.get(p.id)
        if got is None:
            got = p.kind == "city" and CAPITALS.get(p.country) == key(p.name) and all(
                m.place.population <= p.population
                for m in self.matches(p.name)
                if m.place.kind == "city" and m.place.country == p.country
            )
            self._capital[p.id] = got
        return got

    def _capital_bonus(self, p: Place, ctx: _Context | None, name: str) -> float:
        """A capital's bonus: before context always; in context only when another name in the story
        places it in the capital's country ("Washington" in a story that names the United States)."""
        if not self.is_capital(p) or (ctx is not None and ctx.share_for(p.country, name) <= 0.0):
            return 0.0
        return self.cfg.capital_bonus

    def _report_state_bonus(self, p: Place, ctx: _Context | None, c: Candidate) -> float:
        """A town in a state or province that its own report names as a place (see ``PlacesConfig``), if it
        is one the story could name at all (not a small town far from the story's places)."""
        if ctx is None or p.kind != "city" or not p.admin1 or c.hometown or (p.country, p.admin1) not in \
                ctx.report_states.get(c.doc, ()):
            return 0.0
        if p.population < self.cfg.small_town and _near_in(ctx, p, c.text) > self.cfg.near_km:
            return 0.0
        return self.cfg.report_state_bonus

    def _county_state_bonus(self, p: Place, ctx: _Context | None, c: Candidate) -> float:
        """A county in a state or province its own report names ("Essex officials" beside New Jersey) gains as
        a town there does: it outranks a bigger namesake town elsewhere."""
        if ctx is None or p.kind != "county" or (p.country, p.admin1) not in ctx.report_states.get(c.doc, ()):
            return 0.0
        return self.cfg.report_state_bonus

    def qualifier(self, c: Candidate) -> Place | None:
        if not c.qualifier:
            return None
        if (postal := postal_qualifier(c.qualifier, self.matches)) is not None:
            return postal  # "Camden, NJ"
        words = c.qualifier.split()
        for n in range(len(words), 0, -1):
            for m in self.matches(" ".join(words[:n])):
                if m.place.kind == "country" or (m.place.kind == "region" and m.place.country and (
                        m.place.admin1 or m.primary)):
                    return m.place
        return None

    def outside(self, c: Candidate, p: Place) -> bool:
        """Does the text put the candidate in a country or region ("La Palma in the Canary Islands")
        that this reading is not in? Then the reading is another place of that name."""
        if not c.within:
            return False
        region = next((m.place for m in self.matches(c.within) if m.primary and m.place.kind in ("country", "region")),
                      None)
        if region is None or p.id == region.id:
            return False
        if p.country != region.country:
            return True
        if region.kind == "region" and region.admin1:
            return p.admin1 != region.admin1
        if region.kind == "region" and region.radius_km > 0:
            return distance_km(p.lat, p.lon, region.lat, region.lon) > region.radius_km
        return False

    def best(self, c: Candidate, ctx: _Context | None) -> tuple[Match, float] | None:
        ms = spelled_division(self.matches(c.abbreviation or c.text), c.text)
        ms = [m for m in ms if not (m.primary and m.place.kind == "city" and cased_apart(c.text, m.place.name))]
        # "brought them to LeMont": not Lemont, a town spelled otherwise
        if c.division or c.listed_division:  # "the province of Quebec", "the states of X and Y": the division
            ms = [m for m in ms if m.place.kind == "region"] or ms
        elif c.capital_of:  # "Gorgan, capital of Golestan": a country or a division
            ms = [m for m in ms if m.place.kind != "city"] or ms
        ms = _country_over_alternates(ms)
        q = self.qualifier(c)
        if not ms and ctx is not None and c.label in PLACE_LABELS and ctx.countries:
            ms = facility_town(c.text, self.matches, ctx.countries) if names_a_facility(c.text) else [
                Match(p, False) for p in self.gaz.by_skeleton(c.text, ctx.countries)]
        city = self.districts.get(key(c.text))
        if city is not None and (c.town_part or not stands_alone(ms, self.cfg)):
            ms = in_district(ms, city, self.cfg)  # "Beeston, Leeds": in Leeds, at worst Leeds itself; "Tarnby’s
            # Las Palmas neighbourhood": in Tarnby even where the name is a big city's too
        if any(m.place.kind == "county" for m in ms):  # a county only as the story writes one
            ms = [m for m in ms if m.place.kind != "county" or county_written(
                m, c.text, q is not None and in_qualifier(m.place, q), c.division or c.listed_division,
                None if ctx is None else ctx.share.get(m.place.country, 0.0))]
            ms = towns_before_counties(ms, c.text)
        if not ms:
            return None
        if q is not None and any(m.primary and (m.place.kind == "country" or (
                m.place.kind != "city" and m.place.country == q.country)) for m in ms):
            q = None  # "Saudi Arabia, Turkey, U.S.", "Virginia, Maryland": a list, not "Turkey in the U.S."
            # (a division abroad of the same name, Portland Parish in Jamaica, leaves "Portland, Maine" alone)
        scored = [(m, _score(m, ctx, q, self.cfg, c.text, c.hometown) + self._capital_bonus(m.place, ctx, c.text)
                   + self._county_state_bonus(m.place, ctx, c)) for m in ms]
        top = max(scored, key=lambda ms_: (ms_[1], ms_[0].place.population, -ms_[0].place.id))
        if top[0].place.kind != "city":
            return top
        # which town: a town in a state its own report names gains (it never turns a country or region into a town)
        towns = [(m, v + self._report_state_bonus(m.place, ctx, c)) for m, v in scored if m.place.kind == "city"]
        chosen = max(towns, key=lambda ms_: (ms_[1], ms_[0].place.population, -ms_[0].place.id))
        big = world_city(ms, chosen[0].place, self.cfg)
        if big is not None and not self._town_written(c, chosen[0].place, ctx, q):
            return Match(big, True), chosen[1]  # "routes to … San Francisco" in a Philippine story
        return chosen

    def _town_written(self, c: Candidate, p: Place, ctx: _Context | None, q: Place | None) -> bool:
        """Does the story write the small town ``p`` as the one meant: its region next to it ("San Francisco,
        Agusan del Sur"), its region in its report, or another of its places near it?"""
        if (q is not None and in_qualifier(p, q)) or c.within or self._report_state_bonus(p, ctx, c) > 0:
            return True
        return ctx is not None and _near_in(ctx, p, c.text) <= self.cfg.world_city_near_km

    def decide(self, c: Candidate, ctx: _Context | None) -> Place | None:
        """The place ``c`` names, or None when it names none (or not surely).

        Without ``ctx`` (the first pass, which finds the story's anchors) only
        places a bare name is safe for count: no small towns.
        """
        name = fold(c.text)
        if not name or is_known_org(c.text):
            return None
        got = self.best(c, ctx)
        if got is None:
            return None
        m, _ = got
        p, cfg = m.place, self.cfg
        if self.outside(c, p):
            return None  # "La Palma in the Canary Islands" is not La Palma, California
        curated = p.kind != "city"
        if name in self.blocked and not (curated and m.primary and c.label in PLACE_LABELS):
            return None
        if curated and p.kind == "region" and p.admin1 and p.country != "US" and not c.abbreviation:
            # another country's province: tagged, or written as one ("Golestan province", "capital of Golestan")
            return p if m.primary and (c.label in PLACE_LABELS or c.division or c.listed_division or c.capital_of) \
                else None
        if p.kind == "county":  # tagged, or written as one: its designator, its state beside it, "the county of"
            return p if c.label in PLACE_LABELS or names_designator(c.text) or c.division or c.listed_division or (
                (q := self.qualifier(c)) is not None and in_qualifier(p, q)) else None
        if curated:  # a country, sea or region: by its main name or a curated alias only
            return p if m.primary or c.label in PLACE_LABELS else None
        q = self.qualifier(c)
        qualified = q is not None and in_qualifier(p, q)
        near = ctx is not None and _near_in(ctx, p, c.text) <= cfg.near_km
        short = len(name) < cfg.min_alternate_letters
        if not m.primary and (short or not _similar(c.text, p)) and (
            p.population < cfg.exonym_city or c.label not in PLACE_LABELS or short
        ):
            return None  # an unrelated alternate name ("Tsunami" for a Japanese town, "Tour" for Tours)
        if c.the and (c.label not in PLACE_LABELS or p.population < cfg.exonym_city):
            return None  # "the Mall", "the City": a landmark or a common noun, not the town of that name
        if p.population < cfg.small_town and not (near or qualified):
            return None  # a small town only where the story already is ("Earth, Texas" is not)
        if not (near or qualified) and _unsupported(c, p, ctx, cfg):
            return None  # "whether its Sira shortcuts": a far small town's name with nothing of a place about it
        if (c.label in PLACE_LABELS and c.label != "FAC") or qualified:
            return p  # FAC names a building, a bridge, a line ("Metro stations"): a town only as untagged names are
        # not tagged as a place: the reading has to be a sure one
        if c.label == "PERSON":
            # the model saw a person ("Valverde", "Ivanov"): only a big city, or a sizeable one in
            # the story's own country and near its places, overrides it ("Aleppo")
            # ... or a town near them that a direction or a distance locates ("eight miles south of Alturas")
            share = ctx.share.get(p.country, 0.0) if ctx is not None else 0.0
            sure = p.population >= cfg.big_city or (
                near and share >= cfg.person_place_share and p.population >= cfg.sizeable_city
            ) or (near and c.locative)
            return p if m.primary and sure else None
        if near and (c.cue or p.population >= cfg.sizeable_city):
            return p  # "activists in Homs" (tagged ORG), "in Raqqa and Deir-ez-Zor" (untagged), "hit Hama"
        if m.primary and p.population >= cfg.big_city:
            return p  # "Jets struck Aleppo"
        return None


def _unsupported(c: Candidate, p: Place, ctx: _Context | None, cfg: PlacesConfig) -> bool:
    """A town below a sizeable city's size (not near the story's places nor qualified: the caller's) that the story
    writes with no place's support: after no locative word ("in", "town of"), no distance, in no list of places, in
    a country none of the story's other places is in, when the story has places in another. The model's place tag
    on such a word ("whether its Sira shortcuts") is no support: a product's or an assistant's name often spells a
    far town's."""
    if p.kind != "city" or p.population >= cfg.sizeable_city or c.cue or c.locative or c.within or ctx is None:
        return False
    if not any(w > 0.0 for cc, w in ctx.share.items() if cc != p.country):
        return False  # the story's only place ("Salina" of a Kansas page that names no other): nothing against it
    return ctx.share.get(p.country, 0.0) - ctx.own.get((p.country, key(c.text)), 0.0) <= 0.0  # its own weight aside


def _country_over_alternates(ms: list[Match]) -> list[Match]:
    """A country's main name reads as that country, never as an alternate name of one of its towns ("Mexico" is also
    written for Mexico City, "Kuwait" for Kuwait City): the town's reading goes, else the story's capital, placed
    near itself, takes its country's every mention (ents61). A town whose main name it is stays a reading."""
    countries = {m.place.country for m in ms if m.primary and m.place.kind == "country"}
    return [m for m in ms if m.primary or m.place.kind != "city" or m.place.country not in countries]


def _similar(text: str, p: Place) -> bool:
    """Two spellings of one name ("Kiev"/"Kyiv", "Talbiseh"/"Tallbīsah"): same consonant skeleton."""
    return skeleton(key(text)) == skeleton(key(p.name))


def story_context(
    first: Iterable[tuple[str, Place]], cfg: PlacesConfig = DEFAULT_CONFIG, outlets: Iterable[str] = ()
) -> _Context:
    """Country weights and anchor points from the sure (model-tagged) places, by the names that placed
    them; ``outlets`` are the countries of the reports' outlets (one ISO code per report)."""
    weight: dict[str, float] = defaultdict(float)
    own: dict[tuple[str, str], float] = defaultdict(float)
    for cc in outlets:
        weight[cc] += cfg.outlet_weight
    anchors: list[tuple[float, float, str]] = []
    for name, p in first:
        if not p.country:
            continue
        added = cfg.country_weight if p.kind == "country" else cfg.place_weight
        weight[p.country] += added
        own[p.country, key(name)] += added
        if p.kind == "city":
            anchors.append((p.lat, p.lon, key(name)))
        elif p.kind in ("country", "region", "county") and 0 < p.radius_km <= cfg.anchor_max_km:
            anchors.append((p.lat, p.lon, key(name)))  # a small country's centre is near all of it
    anchors = sorted({(round(a, 1), round(b, 1), k) for a, b, k in anchors})
    top = max(weight.values(), default=0.0)
    share = {cc: w / top for cc, w in weight.items()} if top else {}
    countries = {cc for cc, s in share.items() if s >= cfg.story_country_share}
    own_share = {k: w / top for k, w in own.items()} if top else {}
    return _Context(share, anchors, countries, own=own_share)
