"""A state's formal or former name and a division written with its title, read as the gazetteer's row.

The gazetteer holds today's short names and GeoNames' alternates; news also writes a state by its formal name
("the Islamic Republic of Pakistan", "the Republic of China"), by a former one ("Kampuchea"), and a province or a
city with its title ("Hebei Province", "Taipei City"). When the gazetteer has no row of the whole name:

- a name of ``lexicon/country_names.tsv`` is the country of its code (the names the pattern below reads wrong,
  and former names);
- "<formal words> of [the] <country>" (``lexicon/formal_state_words.txt``: "Republic", "Hashemite Kingdom",
  "State") is that country, where <country> is a country's main name; "<State|Commonwealth|Province|Territory> of
  <region>" (``lexicon/division_formal_words.txt``) with no such country is that first-level division's row;
- "<name> <title>" (``lexicon/division_suffixes.tsv``: "Province", "Prefecture", "City") is <name>'s row of the
  title's kind, by its main name.

A former state no row stands for ("the Soviet Union": ``lexicon/former_states.txt``) is no row here; the entities
stage lists it as a place without one (``entities.place_words.former_state``).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Place
from ..text import bare_name, fold
from .gazetteer import Gazetteer

_COUNTRY_NAMES = {fold(name): code for name, code in lexicon.table("country_names").items()}
_FORMAL_WORDS = lexicon.words("formal_state_words")
_DIVISION_WORDS = lexicon.words("division_formal_words")
_SUFFIXES = sorted(lexicon.table("division_suffixes").items(), key=lambda kv: -len(kv[0]))  # longest first
_OF = re.compile(r"^(?P<head>.+?) of (?:the )?(?P<rest>.+)$")


def formal_places(gaz: Gazetteer, name: str) -> list[Place]:
    """The rows a formal, former or titled name can stand for (module docstring; "Punjab Province": India's and
    Pakistan's, for the resolver to choose), or none."""
    f = bare_name(name)
    code = _COUNTRY_NAMES.get(f)
    if code is not None:
        return [p] if (p := gaz.country(code)) is not None else []
    m = _OF.match(f)
    if m is not None and (m["head"] in _DIVISION_WORDS or all(w in _FORMAL_WORDS for w in m["head"].split())):
        countries = [x.place for x in gaz.lookup(m["rest"]) if x.primary and x.place.kind == "country"]
        if countries or m["head"] not in _DIVISION_WORDS:
            return countries
        return [x.place for x in gaz.lookup(m["rest"]) if x.primary and x.place.kind == "region"]  # "State of Ohio"
    for suffix, kind in _SUFFIXES:
        stem = f[: -len(suffix)].rstrip()
        if f.endswith(" " + suffix) and stem:
            got = [x.place for x in gaz.lookup(stem) if x.primary and x.place.kind == kind]
            if got:
                return got
    return []
