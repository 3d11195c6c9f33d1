"""People's and organisations' names: honorifics, particles, known groups, comparison keys.

Shared by the places stage (a surname is never a place; "ISIL" is never a place)
and the entities stage (which merges the names of one actor), so it sits below
both and neither imports the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import lexicon
from .model import Analysis
from .text import fold

# Honorifics and titles (lexicon/honorifics.tsv): names drop them all ("President Putin" is Putin).
HONORIFICS: dict[str, str] = lexicon.table("honorifics")  # word -> "abbreviation" | "title"
_HONORIFIC_WORDS = "|".join(re.escape(h) for h in HONORIFICS)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFIC_WORDS})\.?\s+)+")
_HONORIFIC_BEFORE = re.compile(rf"\b((?:{_HONORIFIC_WORDS})\.?)\s+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_THE = re.compile(r"^the\s+", re.I)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$")
# British and other variant spellings made one (lexicon/spelling_variants.tsv), then word order.
_SPELLING = [(re.compile(p), r) for p, r in lexicon.table("spelling_variants").items()] + [
    (re.compile(r"\b(ministry|department) of (\w+)$"), r"\2 \1"),  # "Ministry of Defense" = "Defense Ministry"
]
_ACRONYM_SKIP = frozenset("of for the and in on at to de du la el al".split())
PARTICLES = lexicon.words("name_particles")  # "al", "bin", "van", "de" ...: not a first name or surname

# Well-known groups and institutions whose names are not derivable from each other (lexicon/known_orgs.tsv).
# Canonical name → aliases (any case; compared folded).
KNOWN_ORGS: dict[str, tuple[str, ...]] = lexicon.aliases("known_orgs")
_ORG_ALIAS: dict[str, str] = {}
for _canon, _aliases in KNOWN_ORGS.items():
    for _a in (_canon, *_aliases):
        _ORG_ALIAS[fold(_THE.sub("", _a))] = _canon


def display_form(name: str) -> str:
    """A mention as shown among aliases: whitespace collapsed, "the" and possessive dropped."""
    name = _THE.sub("", " ".join(name.split()))
    name = _POSSESSIVE.sub("", name).strip(" ,;:\"“”'’()[]")
    if name.endswith(".") and not _ABBREVIATION_END.search(name):
        name = name[:-1]
    return name


def clean_name(name: str) -> str:
    """A mention as a name: ``display_form`` without honorifics ("Mr. Putin" → "Putin")."""
    return display_form(_HONORIFIC.sub("", display_form(name)))


def name_key(name: str) -> str:
    """Comparison key: folded, British spellings made American."""
    k = fold(clean_name(name))
    for pat, rep in _SPELLING:
        k = pat.sub(rep, k)
    return k


def known_org(name: str) -> str | None:
    """The canonical name of a well-known group this name is an alias of."""
    return _ORG_ALIAS.get(fold(clean_name(name)))


def is_known_org(name: str) -> bool:
    return known_org(name) is not None


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping function words: "Free Syrian Army" → "fsa"."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w]
    initials = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper()]
    return "".join(initials).lower() if len(initials) >= 2 else ""


def person_name_parts(analyses: Sequence[Analysis]) -> dict[str, int]:
    """Folded surnames and first names of the story's people, with how often each is used.

    A word counts when it is the first or last word of a multi-word PERSON
    mention, or a one-word PERSON mention after an honorific ("Mr. Putin").
    The places stage keeps such words out of the gazetteer ("Obama" is a town in Japan).
    """
    parts: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for a in analyses:
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = [w for w in clean_name(m.text).split() if fold(w) not in PARTICLES]
            if len(words) >= 2:
                for w in (words[0], words[-1], re.sub(r"^(?:al|el)-", "", words[-1])):
                    parts[fold(w)] += 1
            elif len(words) == 1:
                before = a.doc.text[max(0, m.start - 20) : m.start]
                if honorific_before(before):
                    parts[fold(words[0])] += 1
                singles[fold(words[0])] += 1
    return {w: n + singles.get(w, 0) for w, n in parts.items() if w}


def honorific_before(text: str) -> str | None:
    """The honorific that ``text`` ends with ("... said Mr." -> "Mr."), or None."""
    hit = _HONORIFIC_BEFORE.search(text)
    return hit.group(1) if hit else None
