"""Places stage: place mentions found, disambiguated by the story, and geocoded.

Mentions come from two sources, both read from the parse ``analyse`` already made:

- named entities: GPE/LOC/FAC are place candidates; ORG, PERSON and NORP are
  too, because the small English model mislabels places (Homs, Hama and
  Talbiseh as organisations, Aleppo as a person, "the Caspian" as a nationality);
- capitalised proper-noun runs the model did not tag at all ("Deir-ez-Zor", "Odesa").

Every candidate (``candidates.py``) is looked up in the shipped gazetteer
(``gazetteer.py``) and its readings are scored (``resolver.py``): prominence
(population; countries, seas and regions above cities), the story's own
countries (how often each is mentioned), nearness to the places the model
tagged as places, and whether the name is a main name or only an alternate one.
A mention the model did not tag as a place must earn it: a country, sea or
region under its main name, a big city, or a town near the story's other places
("Congress" in a Washington story is not Congress, Arizona). A national capital
(lexicon/capitals.tsv) scores above its size, since news names governments by their
capitals ("Washington said"); a report from an outlet under a country domain
(".co.uk", ".com.au") adds that country to the story's. A name that is a
person's surname or first name in the story ("Shoigu", "Obama") or a known
organisation ("ISIL"), a time zone or a storm's name ("Hurricane Gloria") is never a place, nor is a name inside a
credit ("Associated Press writer Jo Tarn in Velbury contributed to this report.": where a reporter was, not where the
story is; ``names.credits``).
The longest gazetteer name wins: a candidate cut before the rest of a place's name ("Rio Grande| do
Sul") takes it in. A given name and a surname the model tags as an organisation ("Cesar Maia") is a
person's, so the surname is no town (``names.person_name_parts``).
A town the story once names with its state ("Ocean City, Md.") is that town wherever the
story names it bare; a name before a river's or a valley's noun ("the Ohio and Mississippi
valleys") is the river's, not the state's. One-word names the model read as people, written in a list of
places ("Zadar, Sibenik and Dubrovnik along the Dalmatian Coast"), are towns of the story's country when the
gazetteer holds each there (``listed_together``); so is one the story never writes as a person's, written
after a locative word ("from Sibenik"), that is no common given name (``uncued_towns``). A town's name in a sentence
about sport, written bare, or before a sports role ("Barcelona soccer player"), is its team's ("the Porto striker":
``teams``); one the story writes as a brand's name is no town ("the Malibu family car brand name": ``products``). A
name both a state's and a city's, before a person noun ("A New York man") or after a court's district ("the Western
District of New York"), is the state's (``state_uses``). A country's name in a story whose other places are all in
one other country that has a division of the name is that division ("Georgia" beside Florida and Washington:
``home_divisions``). The tuned numbers are ``PlacesConfig`` (``config.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..model import Analysis, Located, Place, PlaceMention, PlaceRow
from ..names import (
    FIRST_NAME_GENDERS,
    continues_as_org,
    defined_acronyms,
    is_known_org,
    org_by_form,
    person_name_parts,
    person_use,
    speaks_use,
)
from ..names.credits import credit_spans
from ..names.natural import (
    BODIES,
    PLANETS,
    TIME_ZONES,
    in_idiom,
    is_natural_object,
    is_storm,
    object_names,
    storm_names,
)
from ..newswriting import wire_dateline_end
from ..text import fold, outlet_country
from .candidates import DIVISION_ABBREVIATIONS, PLACE_LABELS, Candidate, candidates, institution_name
from .companies import company_uses
from .config import DEFAULT_CONFIG, PlacesConfig
from .counties import other_state_counties
from .gazetteer import Gazetteer, distance_km, key, load_gazetteer
from .home_divisions import home_divisions
from .namesakes import district_city
from .org_names import in_known_org, in_tagged_org, tagged_org_names
from .other_names import names_a_group
from .products import brand_uses
from .resolver import Resolver, _Context, _near_in, in_qualifier, story_context
from .state_uses import state_uses
from .surnames import uncued_surnames
from .tagged_towns import tagged_towns
from .teams import team_uses, venue_uses
from .zone_countries import zone_countries

__all__ = ["DEFAULT_CONFIG", "PlacesConfig", "locate_places"]


def _blocked_names(analyses: Sequence[Analysis], cands: Sequence[Candidate], checks: bool) -> set[str]:
    """Folded names used for people at least as often as the model tags them as places."""
    as_place = Counter(fold(c.text) for c in cands if c.label in PLACE_LABELS)
    return {w for w, n in person_name_parts(analyses, skip_orgs=checks).items() if n >= as_place.get(w, 0)}


# A river's or a valley's name ("the Mississippi River", "the Ohio and middle Mississippi valleys"):
# the name before the noun is the river's, not the state's or the country's of that name.
_RIVER_AFTER = re.compile(
    r"^(?:[ \t]+(?:and|or)[ \t]+(?:[a-z]+[ \t]+)?[A-Z][\w.'’-]*)?[ \t]+(?i:valleys?|rivers?|basin|delta)\b"
)


def _names_a_river(c: Candidate, texts: dict[str, str]) -> bool:
    """A candidate written before a river's or a valley's noun: not the place of that name."""
    return _RIVER_AFTER.match(texts[c.doc][c.end : c.end + 60]) is not None


def _names_other(c: Candidate, texts: dict[str, str], gaz: Gazetteer) -> bool:
    """A candidate that names a river or a group of countries, not the place of its name."""
    return _names_a_river(c, texts) or names_a_group(texts[c.doc], c.end, c.text, gaz)


def _state_reads(cands: Sequence[Candidate], decided: Sequence[Place | None], resolver: Resolver,
                 texts: dict[str, str]) -> list[Place | None]:
    """Each mention's place with a city the story writes as its state's read as the state ("A New York man":
    ``state_uses``), and a county of another state than its sentence names dropped ("Velby County, Georgia":
    ``counties.other_state_counties``, ents67)."""
    return other_state_counties(cands, state_uses(cands, decided, resolver, texts), resolver.matches, texts)


def _in_org_name(c: Candidate, texts: dict[str, str], orgs: Mapping[str, frozenset[str]], gaz: Gazetteer) -> bool:
    """A candidate that is, or starts, an organisation's name: "Air France", "Malaysia| Airlines"; or is a word of
    one its report tags ("Real Madrid": ``org_names``). A name the gazetteer holds whole as a region or a country,
    not a town, is no body's by its last word ("the West Bank": "Bank")."""
    formed = org_by_form(c.text) and not any(m.primary and m.place.kind != "city" for m in gaz.lookup(c.text))
    return formed or continues_as_org(texts[c.doc][c.end : c.end + 60]) or in_tagged_org(c, texts, orgs) or (
        in_known_org(c, texts))  # "Islamic State of Iraq and the Levant": no Iraq, no Levant (ents54)


def _not_a_place(c: Candidate, storms: set[str], objects: set[str], acronyms: set[str]) -> bool:
    """A time zone ("EST"), a storm's name ("Hurricane Gloria", then "Gloria"), a natural object's of
    the sky ("the constellation Leo") or an acronym the story defines for a name that is no place
    ("Advanced Composition Explorer (ACE)"): never a place."""
    return (c.text in TIME_ZONES or is_storm(c.text, storms) or is_natural_object(c.text, objects)
            or c.text in acronyms or _sky_or_campus(c))


def _sky_or_campus(c: Candidate) -> bool:
    """The Earth, the Sun, the Moon or a planet ("a more just life for man on Earth": Earth, Texas is a town), or
    a university known by one word ("finished his education at Yale"): no place on the map, unless a qualifier
    says the town is meant ("Mars, Pa.", "Yale, Mich."). A body's word in lower case ("a trip around the moon") is
    the body too, never a town the gazetteer spells so (ents54)."""
    qualified = c.qualifier is not None or c.abbreviation is not None
    return (not qualified and (c.text in BODIES | PLANETS or c.text.islower() and c.text in _LOWER_BODIES)) or (
        institution_name(c.text, qualified))


_LOWER_BODIES = frozenset(w.lower() for w in BODIES | PLANETS)


def _non_place_acronyms(texts: Sequence[str], gaz: Gazetteer) -> set[str]:
    """Acronyms the texts define for a name the gazetteer does not hold ("ACE", not "UAE")."""
    found: dict[str, str] = {}
    for t in texts:
        found.update(defined_acronyms(t))
    return {acr for acr, full in found.items() if not gaz.lookup(full)}


_CONNECTOR_WORDS = lexicon.alternation(lexicon.words("place_connectors"))
_MORE_NAME = re.compile(r"[ \t]+(?:(?:" + _CONNECTOR_WORDS + r")[ \t]+)?[A-Z][\w'’-]*")
LONGEST_EXTRA_WORDS = 3
"""How many more words (each with a connector before it, "do", "de", "del") a candidate may take in."""


def _longest(cands: Sequence[Candidate], texts: dict[str, str], gaz: Gazetteer) -> list[Candidate]:
    """The longest gazetteer name wins: a candidate the model cut before the rest of a place's name
    ("Rio Grande| do Sul", the state, not the city of Rio Grande) takes the rest in when the longer name is
    a place's main name; the candidates inside it ("Sul") go."""
    out: list[Candidate] = []
    grown: list[Candidate] = []
    for c in cands:
        text, end, best = texts[c.doc], c.end, None
        for _ in range(LONGEST_EXTRA_WORDS):
            m = _MORE_NAME.match(text, end)
            if m is None:
                break
            end = m.end()
            if any(x.primary for x in gaz.lookup(text[c.start : end])):
                best = end
        if best is not None:
            c = replace(c, end=best, text=text[c.start : best])
            grown.append(c)
        out.append(c)
    return [c for c in out if not any(g.doc == c.doc and g.start <= c.start and c.end <= g.end and g is not c
                                      and (g.start, g.end) != (c.start, c.end) for g in grown)]


def locate_places(analyses: Sequence[Analysis], gazetteer: Gazetteer | None = None,
                  cfg: PlacesConfig = DEFAULT_CONFIG) -> Located:
    """Find, disambiguate and geocode every place the story's documents mention."""
    gaz = gazetteer or load_gazetteer()
    cands = [c for a in analyses for c in candidates(a) if not (cfg.type_checks and _credited(c, a.doc.text))]
    texts = {a.doc.id: a.doc.text for a in analyses}
    if cfg.type_checks:
        orgs = tagged_org_names(analyses)
        storms = storm_names(list(texts.values()))
        objects = object_names(list(texts.values()), after=False)
        acronyms = _non_place_acronyms(list(texts.values()), gaz)
        cands = [c for c in cands if not _in_org_name(c, texts, orgs, gaz) and not _names_other(c, texts, gaz)
                 and not _not_a_place(c, storms, objects, acronyms) and not in_idiom(texts[c.doc], c.start, c.end)]
        cands = _longest(cands, texts, gaz)
    resolver = Resolver(gaz, _blocked_names(analyses, cands, cfg.type_checks), cfg)
    resolver.districts = {key(c.text): city for c in cands
                          if (city := district_city(c.district_of, resolver.matches, cfg)) is not None}
    surnames = uncued_surnames(analyses, cands) if cfg.type_checks else set()
    teams = team_uses(analyses, cands, texts) if cfg.type_checks else set()
    brands = _no_towns(analyses, cands, texts) if cfg.type_checks else set()
    # pass 1: what the model tagged as places, read without context
    first = [(c.text, p) for c in cands if c.label in PLACE_LABELS and (p := resolver.decide(c, None)) is not None]
    ctx = story_context(first, cfg, outlet_countries(analyses, gaz) + zone_countries(analyses))  # "p.m. PT": US
    _report_states(cands, resolver, ctx, texts)
    # pass 2: everything, read in the story's context
    located = Located()
    decided = _as_qualified(cands, [resolver.decide(c, ctx) for c in cands], resolver)
    decided = _state_reads(cands, decided, resolver, texts) if cfg.type_checks else decided  # "A New York man"
    # a name placed surely once is that place wherever else the story uses it (but never a person's name)
    by_name = _votes(cands, decided)
    surely = {k: gaz.place(v.most_common(1)[0][0]) for k, v in by_name.items()}
    after = _as_listed(cands, decided, resolver, texts, surely)
    # a name a list placed ("… Constitución and Paredones") is that place wherever else, as a name placed surely is
    after = listed_together(cands, after, resolver, texts, ctx)
    after = uncued_towns(cands, after, resolver, texts, ctx)
    after = tagged_towns(cands, after, resolver, texts, ctx)  # Waddan
    after = home_divisions(cands, after, resolver, cfg.type_checks, teams | brands)  # not "Toronto" the team
    listed_names = {c.text for c, p, q in zip(cands, decided, after, strict=True) if p is None and q is not None}
    decided = after
    by_name = _votes(cands, decided)
    for c, p in zip(cands, decided, strict=True):
        if p is None and (c.label != "PERSON" or c.text in listed_names) and fold(c.text) not in resolver.blocked \
                and not is_known_org(c.text):
            votes = by_name.get(key(c.text))
            if votes and not c.the:
                p = gaz.place(votes.most_common(1)[0][0])
        if p is not None and fold(c.text) in surnames:
            p = None  # a surname of the story's people the story never writes as a place ("Jordan will stand trial")
        if p is not None and p.kind == "city" and (c.doc, c.start, c.end) in teams:
            p = None  # a town's name as its team's: "Tottenham beat Chelsea 2-0" (``teams``)
            located.teams.add((c.doc, c.start, c.end))
        if p is not None and p.kind == "city" and (c.doc, c.start, c.end) in brands:
            p = None  # a town's name as a brand's, a company's, a ground's: "the Malibu … brand name", "Aldmoor Corp."
        if p is not None:
            located.mentions.append(PlaceMention(c.doc, c.start, c.end, c.text, p))
        elif c.label in PLACE_LABELS and (is_known_org(c.text) or fold(c.text) in resolver.blocked | surnames):
            located.not_places.add((c.doc, c.start, c.end))
    located.mentions = _dedupe(located.mentions)
    located.places = _rows(located.mentions, [a.doc.id for a in analyses], located.names)
    return located


def _no_towns(analyses: Sequence[Analysis], cands: Sequence[Candidate], texts: dict[str, str],
              ) -> set[tuple[str, int, int]]:
    """The spans of towns' names written as a brand's, a company's or a ground's ("the Malibu … brand name", "Aldmoor
    Corp.", "beaten 3-0 at Tarn Bridge": ``products``, ``companies``, ``teams.venue_uses``)."""
    return brand_uses(cands, texts) | company_uses(cands, texts) | venue_uses(analyses, cands, texts)


@lru_cache(maxsize=64)
def _credits(text: str) -> tuple[tuple[int, int], ...]:
    """The text's credits (``names.credits``), found once per report."""
    return tuple(credit_spans(text))


def _credited(c: Candidate, text: str) -> bool:
    """Is the candidate inside a credit ("… writer Jo Tarn in Velbury contributed …": where a reporter was; ents59)
    or the wire dateline the report opens with ("VELBY, March 9. /TASS/.": where it was filed; ents66)?"""
    return c.end <= wire_dateline_end(text) or any(s <= c.start and c.end <= e for s, e in _credits(text))


def _votes(cands: Sequence[Candidate], decided: Sequence[Place | None]) -> dict[str, Counter[int]]:
    """Per name (its key), how many of its mentions each place reading was given."""
    by_name: dict[str, Counter[int]] = defaultdict(Counter)
    for c, p in zip(cands, decided, strict=True):
        if p is not None:
            by_name[key(c.text)][p.id] += 1
    return by_name


_LISTED_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \t]+$")  # "Atlanta, Dallas-Fort Worth, |Michigan"
_LISTED_AFTER = re.compile(r"^(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]")  # "| and Seattle"


def _report_states(cands: Sequence[Candidate], resolver: Resolver, ctx: _Context, texts: Mapping[str, str]) -> None:
    """The states and provinces each report names as places (pass 1's reading), into ``ctx.report_states``. A state
    named as an inner item of a list of names ("in Atlanta, Dallas, Michigan, Philadelphia and Seattle") is one of
    the list's venues, no setting of the report's: it lifts no small town of its own over a big city of the same
    name elsewhere in the report ("Houston, Boston, Charlotte and …": not Charlotte, Michigan; ents50)."""
    for c in cands:
        text = texts.get(c.doc, "")
        if _LISTED_BEFORE.search(text[max(0, c.start - 40) : c.start]) and _LISTED_AFTER.match(text[c.end :]):
            continue
        if (c.label in PLACE_LABELS or c.abbreviation) and (p := resolver.decide(c, None)) is not None \
                and p.kind == "region" and p.admin1:
            ctx.report_states.setdefault(c.doc, set()).add((p.country, p.admin1))


def _as_qualified(cands: Sequence[Candidate], decided: list[Place | None], resolver: Resolver) -> list[Place | None]:
    """A town the story once names with its state or country ("Ocean City, Md.") is that town where
    the story names it bare too (news qualifies a town once): the bare mentions' own reading (Ocean
    City, New Jersey) gives way."""
    qualified: dict[str, Place] = {}
    for c, p in zip(cands, decided, strict=True):
        q = resolver.qualifier(c) if p is not None and p.kind == "city" else None
        if p is not None and q is not None and in_qualifier(p, q):
            qualified.setdefault(key(c.text), p)
        elif p is not None and (c.division or c.capital_of) and p.kind == "region":
            qualified.setdefault(key(c.text), p)  # "the province of Quebec": "the Quebec blackout" is the province's
    return [
        qualified.get(key(c.text), p) if p is not None and p.kind == "city" and not c.qualifier else p
        for c, p in zip(cands, decided, strict=True)
    ]


_LIST_GAP = re.compile(r"^(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:[,;][ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)$")
"""What stands between two items of a list of places: a comma, "and", "or" (and an item's bracketed
region: "Curicó (Maule), Talca")."""
LIST_AGREEMENT = 2
"""A list whose other items are placed in one country, at least this many of them, is a list of
that country's places."""


def _list_neighbours(cands: Sequence[Candidate], texts: dict[str, str]) -> list[list[int]]:
    """For each candidate, the indexes of the other candidates of the list it is written in ("from New
    York, North Carolina, Missouri, Colorado and Georgia"); empty when it is in none."""
    order = sorted(range(len(cands)), key=lambda i: (cands[i].doc, cands[i].start, -cands[i].end))
    runs: list[list[int]] = []
    same: dict[int, int] = {}  # an entity and a run over the same words: one item (the first)
    last: int | None = None
    for i in order:
        c = cands[i]
        if last is not None and cands[last].doc == c.doc and cands[last].start == c.start:
            same[i] = last
            continue
        prev = cands[last] if last is not None else None
        if prev is not None and prev.doc == c.doc and prev.end <= c.start and \
                _LIST_GAP.match(texts[c.doc][prev.end : c.start]) is not None:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = i
    out: list[list[int]] = [[] for _ in cands]
    for run in runs:
        for i in run:
            out[i] = [j for j in run if j != i]
    for i, first in same.items():
        out[i] = out[first]
    return out


def _as_listed(
    cands: Sequence[Candidate], decided: list[Place | None], resolver: Resolver, texts: dict[str, str],
    surely: Mapping[str, Place | None],
) -> list[Place | None]:
    """A name in a list whose other items are all places of one country is that country's place of the
    name ("… Missouri, Colorado and Georgia": the US state, not the country), wherever the story writes
    it; a town with no reading there is not placed ("San Fernando, Santa Cruz, Curicó" in a Chilean
    list is not San Fernando, California). A town in a list of its own country's first-level divisions is
    the division of its name where there is one (``_listed_division``). A name the story writes once with its
    state or province ("Toronto, ON") stays there in a list of another country's places ("Nashville, Toronto,
    Denver"): the province the story names picks among the namesakes."""
    neighbours = _list_neighbours(cands, texts)
    out = list(decided)
    moved: dict[tuple[str, int], Place | None] = {}
    held = {key(c.text) for c, p in zip(cands, decided, strict=True)
            if p is not None and (q := resolver.qualifier(c)) is not None and in_qualifier(p, q)}
    for i, (c, p) in enumerate(zip(cands, decided, strict=True)):
        others = [decided[j] or surely.get(key(cands[j].text)) for j in neighbours[i]]  # placed here or elsewhere
        if p is None:
            out[i] = _listed_town(c, others, resolver)
            continue
        if p.kind not in ("city", "country", "region") or key(c.text) in held:
            continue  # a name the story writes with its state or province ("Toronto, ON") is that one's
        placed = [q for q in others if q is not None]
        if p.kind == "country" and any(q.kind == "country" for q in placed):
            continue  # a list of countries: "Chile, Georgia and Peru"
        placed = [q for q in placed if q.kind != "country"]  # "… and Talca, Chile": the towns' country
        countries = {q.country for q in placed}
        if len(placed) < LIST_AGREEMENT or len(countries) != 1:
            continue
        (home,) = countries
        if p.country == home:  # a town among its country's places; but a list of states names states
            out[i] = _listed_division(c, p, placed, resolver)
            continue
        there = [m.place for m in resolver.matches(c.text) if m.primary and m.place.country == home
                 and m.place.kind in ("city", "region")]
        if there:
            out[i] = moved[(key(c.text), p.id)] = max(there, key=lambda q: (q.kind == "region", q.population))
        elif p.kind == "city":
            out[i] = None
    if moved:
        out = [moved.get((key(c.text), p.id), p) if p is not None else None
               for c, p in zip(cands, out, strict=True)]
    return out


STATE_LIST = 3
"""A town's name among at least this many of its country's first-level divisions and nothing else is the division's:
"Maryland, Virginia and Washington" may be the capital's region, "Idaho, Washington, Nevada and Utah" is a list
of states."""


def _listed_division(c: Candidate, p: Place, placed: Sequence[Place], resolver: Resolver) -> Place:
    """The first-level division of a town's name, where the town is written in a list of its country's divisions
    only (``STATE_LIST``): "states where the law changed: Idaho,Washington, Nevada, and Utah" names the
    state, not the capital. Only this mention: "officials in Washington" elsewhere is the town."""
    if p.kind != "city" or len(placed) < STATE_LIST or not all(q.kind == "region" and q.admin1 for q in placed):
        return p
    there = [m.place for m in resolver.matches(c.text) if m.primary and m.place.country == p.country
             and m.place.kind == "region" and m.place.admin1]
    return max(there, key=lambda q: q.population) if there else p


def listed_together(
    cands: Sequence[Candidate], decided: list[Place | None], resolver: Resolver, texts: dict[str, str],
    ctx: _Context,
) -> list[Place | None]:
    """One-word names the model read as people or organisations, written in one list ("Zadar, Sibenik and
    Dubrovnik along the coast"), each of which the gazetteer holds by its main name as a town or a region of
    one of the story's own countries: those places, when no item is a person's name in the story (a surname
    or a first name of a fuller name, ``resolver.blocked``) or a known organisation. A list of places is
    written of places; two people's surnames rarely both name towns of the story's country."""
    out = list(decided)
    for run in _runs(_list_neighbours(cands, texts)):
        items = [cands[i] for i in run]
        if not _located_list(items, texts[items[0].doc]):
            continue
        if any(" " in c.text or fold(c.text) in resolver.blocked or is_known_org(c.text) or c.the
               for c in items if c.label not in PLACE_LABELS):
            continue
        for cc in sorted(ctx.countries):
            there = [p if (p := decided[i]) is not None and p.country == cc else _town_in(resolver, cands[i].text, cc)
                     for i in run]
            if all(p is not None for p in there):
                for i, p in zip(run, there, strict=True):
                    out[i] = out[i] or p
                break
    return out


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|from|to|into|near|at|between|across|around|through|via|outside|towns?|cities|ports?|villages?)"
    r"(?:[ \t]+of)?[ \t]+$", re.I)
_LOCATIVE_AFTER = re.compile(r"^,?[ \t]+(?:along|on|in|across|near|off|inside)[ \t]+(?:the[ \t]+)?[A-Z]")


def _located_list(items: Sequence[Candidate], text: str) -> bool:
    """Is the list written as a list of places: after a locative word ("from Zadar, Sibenik and …", "the
    towns of …") or before a place that holds it ("… and Dubrovnik along the Dalmatian Coast", "… in
    Croatia")? ("rank Lincoln, Jefferson and Washington as …" is not.)"""
    first, last = min(items, key=lambda c: c.start), max(items, key=lambda c: c.end)
    return (_LOCATIVE_BEFORE.search(text[max(0, first.start - 20) : first.start]) is not None
            or _LOCATIVE_AFTER.match(text[last.end : last.end + 40]) is not None)


def uncued_towns(
    cands: Sequence[Candidate], decided: list[Place | None], resolver: Resolver, texts: dict[str, str],
    ctx: _Context,
) -> list[Place | None]:
    """A one-word name the model read as a person's that the story never writes as a person's (no honorific
    or title before it, no "who", pronoun, kin or verb of saying after it: ``names.person_use``,
    ``names.speaks_use``), that is no very common given name ("Jordan", "Florence") and no part of a
    person's fuller name (``resolver.blocked``), written at least once after a locative word ("from
    Sibenik"): the town or region of that main name in the story's own country, if the gazetteer holds
    one of at least ``small_town`` people or near the story's places."""
    out = list(decided)
    undecided: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        if decided[i] is None and c.label == "PERSON" and " " not in c.text and not c.the:
            undecided[c.text].append(i)
    for name, idx in undecided.items():
        if fold(name) in resolver.blocked or fold(name) in FIRST_NAME_GENDERS or is_known_org(name):
            continue
        if not any(_LOCATIVE_BEFORE.search(texts[cands[i].doc][max(0, cands[i].start - 20) : cands[i].start])
                   for i in idx) or _person_cued(name, texts.values()):
            continue
        towns = [p for cc in sorted(ctx.countries) if (p := _town_in(resolver, name, cc)) is not None
                 and (p.population >= resolver.cfg.small_town or _near_in(ctx, p, name) <= resolver.cfg.near_km)]
        if len(towns) == 1:
            for i in idx:
                out[i] = towns[0]
    return out


def _person_cued(name: str, texts: Iterable[str]) -> bool:
    """Does the story write the name as a person's anywhere (``names.person_use``, ``names.speaks_use``)?"""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(person_use(t, m.start(), m.end()) or speaks_use(t, m.end()) for t in texts for m in pattern.finditer(t))


def _runs(neighbours: list[list[int]]) -> list[list[int]]:
    """The lists of at least two items, each once, as sorted indexes."""
    runs = {tuple(sorted([i, *ns])) for i, ns in enumerate(neighbours) if ns}
    return [list(r) for r in sorted(runs)]


def _town_in(resolver: Resolver, name: str, country: str) -> Place | None:
    """The most populous town or region the gazetteer holds by the main name ``name`` in ``country``."""
    there = [m.place for m in resolver.matches(name) if m.primary and m.place.country == country
             and m.place.kind in ("city", "region")]
    return max(there, key=lambda q: (q.kind == "region", q.population)) if there else None


LIST_PLACED_SHARE = 2 / 3
"""... and most of its other items are placed."""


def _listed_town(c: Candidate, others: Sequence[Place | None], resolver: Resolver) -> Place | None:
    """An unplaced name (the model read "Constitución" or "Bío Bío" as a person) in a list whose other
    items are mostly towns and regions of one country: that country's town or region of the name, when
    the gazetteer has one by its main name, near one of the list's towns."""
    placed = [q for q in others if q is not None and q.kind != "country"]
    if len(placed) < LIST_AGREEMENT or len(placed) < LIST_PLACED_SHARE * len(others) \
            or len({q.country for q in placed}) != 1 or fold(c.text) in resolver.blocked or is_known_org(c.text):
        return None
    home = placed[0].country
    there = [m.place for m in resolver.matches(c.text) if m.primary and m.place.country == home
             and m.place.kind in ("city", "region") and _near_a_town(m.place, placed, resolver.cfg.near_km)]
    return max(there, key=lambda q: (q.kind == "region", q.population)) if there else None


def _near_a_town(p: Place, placed: Sequence[Place], km: float) -> bool:
    """Is a town within ``km`` of one of a list's other towns (the list's regions aside)? "the Burley, Beeston
    and Holbeck areas" of Leeds are not Burley in the New Forest."""
    towns = [q for q in placed if q.kind == "city"]
    return p.kind != "city" or not towns or any(distance_km(p.lat, p.lon, q.lat, q.lon) <= km for q in towns)


def outlet_countries(analyses: Sequence[Analysis], gaz: Gazetteer) -> list[str]:
    """The country of each report's outlet that its web address names ("bbc.co.uk" -> GB), if any.

    Generic-use domains (".tv", ".io": lexicon/vanity_domains.txt) name no country.
    """
    out = []
    for a in analyses:
        iso = outlet_country(a.doc.url)
        if iso is not None and gaz.country(iso) is not None:
            out.append(iso)
    return out


def _dedupe(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """One mention per span (an entity and a run can cover the same words), in text order."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m.doc, m.start, -m.end)):
        k = (m.doc, m.start, m.end)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def _abbreviated(form: str) -> bool:
    """A state's or province's abbreviation, as written with or without its stop ("N.C.", "Calif")."""
    return form in DIVISION_ABBREVIATIONS or form + "." in DIVISION_ABBREVIATIONS


def _rows(mentions: Sequence[PlaceMention], doc_order: Sequence[str], names: dict[int, str]) -> list[PlaceRow]:
    """The brief's ``places``: one row per place, most mentioned first (``names`` filled in)."""
    rank = {d: i for i, d in enumerate(doc_order)}
    by_place: dict[int, list[PlaceMention]] = defaultdict(list)
    for m in mentions:
        by_place[m.place.id].append(m)
    rows = []
    for ms in by_place.values():
        p = ms[0].place
        forms = Counter(" ".join(m.text.split()) for m in ms)
        spelled = [f for f in forms if fold(f) == fold(p.name)]  # "London", not a dateline's "LONDON"
        official = max(spelled, key=lambda f: (not f.isupper(), forms[f], f)) if spelled else None
        if official is not None and official.isupper() and not p.name.isupper():
            official = p.name  # only ever in a dateline's capitals ("PARIS"): the gazetteer's "Paris"
        if official is None and all(_abbreviated(f) for f in forms):
            official = p.name  # "N.C." and "Calif" are shown as North Carolina and California
        name = official or max(forms, key=lambda f: (forms[f], len(f), f))
        names[p.id] = name
        rows.append(
            PlaceRow(
                name=name,
                lat=round(p.lat, 4),
                lon=round(p.lon, 4),
                kind=p.kind,
                docs=sorted({m.doc for m in ms}, key=lambda d: rank.get(d, len(rank))),
                mentions=len(ms),
                country=p.country or None,
                aliases=sorted(f for f in forms if f != name),
                gazetteer_name=p.name if p.name != name and p.name not in forms else None,
                extent_km=round(p.radius_km) if p.kind != "city" else None,
            )
        )
    rows.sort(key=lambda r: (-r.mentions, -len(r.docs), r.name))
    return rows
