"""The claims stage's vocabularies, as the stage reads them. The data files live in the one
lexicon (``storyline/lexicon/``, read and cached by its loader); this module only gives them
the shapes the stage wants:

- ``claims.toml``: word classes (casualty events, causes, person nouns, qualifiers, ...);
- ``units.tsv``: measure units as written, their dimension and factor to the base unit;
- ``currencies.tsv``: currency signs, codes and words;
- ``fx_rates.tsv``: approximate annual exchange rates to US dollars (provenance in the file);
- ``noun_kin.tsv.gz``: WordNet synonym and kind-of sets for counted nouns
  (``scripts/build_noun_kin.py``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import lexicon


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return lexicon.rows(name)


def _words() -> dict[str, Any]:
    return lexicon.document("claims")


def word_set(name: str) -> frozenset[str]:
    """A space-separated word list of ``[lists]`` as a set."""
    return frozenset(_words()["lists"][name].split())


def word_list(name: str) -> list[str]:
    """A space-separated word list of ``[lists]`` in its written order."""
    return list(_words()["lists"][name].split())


def by_word(section: str) -> dict[str, str]:
    """Invert a ``{class: "word word ..."}`` section into ``{word: class}``."""
    return {w: cls for cls, words in _words()[section].items() for w in words.split()}


def table(section: str) -> dict[str, Any]:
    """A section as it is written (``participles``, ``numbers``)."""
    return dict(_words()[section])


@cache
def qualifier_kinds() -> dict[str, str]:
    """Qualifier words as written -> kind of interval."""
    return {q: kind for kind, qs in _words()["qualifiers"].items() for q in qs}


@dataclass(frozen=True, slots=True)
class Unit:
    """A measure unit: its short name, dimension and factor to the dimension's base unit."""

    name: str
    dimension: str
    factor: float


@cache
def units() -> dict[str, Unit]:
    """Unit surfaces as written (lower case) -> Unit."""
    return {r[0]: Unit(r[1], r[2], float(r[3])) for r in _rows("units")}


@cache
def currencies() -> dict[str, tuple[str, str]]:
    """Currency surfaces (lower case) -> (ISO code, 'before' | 'after' | 'both')."""
    return {r[0]: (r[1], r[2]) for r in _rows("currencies")}


@cache
def _fx() -> dict[str, list[tuple[int, float]]]:
    out: dict[str, list[tuple[int, float]]] = {}
    for code, year, rate in _rows("fx_rates"):
        out.setdefault(code, []).append((int(year), float(rate)))
    return out


FX_YEARS = 3
"""A rate further than this many years from the story's year is not used."""


def usd_rate(code: str, year: int | None) -> float | None:
    """US dollars per unit of ``code`` in ``year`` (the nearest row; the latest when the year is unknown)."""
    if code == "USD":
        return 1.0
    rows = _fx().get(code)
    if not rows:
        return None
    if year is None:
        return rows[-1][1]
    y, rate = min(rows, key=lambda r: (abs(r[0] - year), -r[0]))
    return rate if abs(y - year) <= FX_YEARS or code == "HKD" else None


@cache
def _kin_lines() -> tuple[list[str], list[str]]:
    """The sorted kin rows and their lemmas (searched by bisection; rows parsed only when asked)."""
    lines = list(lexicon.packed_lines("noun_kin"))
    return lines, [line.partition("\t")[0] for line in lines]


@cache
def _kin(lemma: str) -> tuple[frozenset[str], frozenset[str]] | None:
    lines, keys = _kin_lines()
    i = bisect.bisect_left(keys, lemma)
    if i == len(keys) or keys[i] != lemma:
        return None
    _, own, parents = lines[i].split("\t")
    return frozenset(own.split()), frozenset(parents.split())


def noun_kin(a: str, b: str) -> bool:
    """Do two noun lemmas name the same kind of thing (WordNet synonyms, or one a kind of the other)?"""
    if a == b:
        return True
    x, y = _kin(a), _kin(b)
    if x is None or y is None:
        return False
    return bool(x[0] & y[0] or x[0] & y[1] or y[0] & x[1])
