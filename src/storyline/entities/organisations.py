"""One organisation under several names (package docstring): an acronym and the name it shortens ("FSA" /
"Free Syrian Army"), a company's short and legal names ("Acme Guitar" / "Acme Guitar Corporation"), a name
without its "and …" part, a body's name with and without its country's code ("U.S. Supreme Court"), "University
of X" and "X University", a one-word name and the one longer name it starts, and a firm named for its partners
("Hollis Granger Whitlow & Pryce")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Protocol

from .. import lexicon
from ..model import EntityKind
from ..names import acronym, acronym_spelled, name_key
from ..people import GENDER_MARK
from ..unionfind import UnionFind
from .peoples import country_adjective
from .shapes import LEGAL_SUFFIXES
from .short_forms import join_variant_endings

Key = tuple[EntityKind, str]


class _Names(Protocol):
    """The story's names as the package's ``_Names`` files them: surface forms and kind votes by key."""

    forms: dict[Key, Counter[str]]
    kind_votes: dict[str, Counter[EntityKind]]


def _join_partners(uf: UnionFind[Key], keys: list[Key], names: _Names) -> None:
    """"Hollis Granger Whitlow & Pryce" (also written "Hollis, Granger, Whitlow and Pryce"): a firm named for its
    partners, joined by "&". The model cuts it into pieces it reads as people or organisations ("Hollis Granger",
    "Whitlow"); a piece (a run of the firm's words) is the firm, unless a full name of the story ends with it
    (a partner named in full is a person)."""
    firms = [k for k in keys if k[0] == "org" and len(k[1].split()) >= 3 and any(" & " in f for f in names.forms[k])]
    people = [k[1].split() for k in keys if k[0] == "person" and " " in k[1]]
    for firm in firms:
        words = firm[1].split()
        for k in keys:
            piece = k[1].split(GENDER_MARK)[0].split()
            if k == firm or len(piece) >= len(words) or not any(
                    words[i : i + len(piece)] == piece for i in range(len(words) - len(piece) + 1)):
                continue
            if any(len(p) > len(piece) and p[-len(piece) :] == piece and p[0] not in words for p in people):
                continue  # "Ann Pryce" of the story: the partner herself
            uf.union(firm, k)


_NATION_CODE = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$")  # "U.S.", "UK", "UN", "EU" before a body's name


def _join_national(uf: UnionFind[Key], orgs: list[Key], names: _Names, places: frozenset[str]) -> None:
    """"U.S. Supreme Court" and "Supreme Court", "UN Security Council" and "Security Council", "the Velsh Bureau of
    Tides" and "Bureau of Tides": one body, with and without the code or the adjective of its country or union, when
    the story writes one such longer name only ("U.S. Secret Service" and "US Secret Service" are one: the same
    letters)."""
    by_key = {k[1]: k for k in orgs}
    longer: dict[Key, list[Key]] = defaultdict(list)
    for k in orgs:
        form = max(names.forms[k], key=names.forms[k].__getitem__)
        words = form.split()
        if len(words) >= 3 and (_NATION_CODE.match(words[0]) or country_adjective(words[0], places)) and (
                short := by_key.get(name_key(" ".join(words[1:])))):
            longer[short].append(k)
    for short, ks in longer.items():
        if len({_SPACED_LETTERS.sub(_closed, k[1]) for k in ks}) == 1:
            for k in ks:
                uf.union(k, short)


_SPACED_LETTERS = re.compile(r"\b[a-z](?: [a-z]\b)+")  # "u s" of "U.S.": the key's letters, spaced


def _closed(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "")


def _join_dotted(uf: UnionFind[Key], orgs: list[Key]) -> None:
    """"U.S. Tarn Command" and "US Tarn Command": one body, its initials written with and without stops (the keys
    differ only in the spaces between single letters; ents54)."""
    by_closed: dict[str, list[Key]] = defaultdict(list)
    for k in orgs:
        by_closed[_SPACED_LETTERS.sub(_closed, k[1])].append(k)
    for ks in by_closed.values():
        for k in ks[1:]:
            uf.union(ks[0], k)


_BRACKETED = re.compile(r"^(?P<name>[^()]+?)[ \t]*\([A-Z]{2,6}\)(?:[ \t]+[a-z]+)?$")


def _join_bracketed(uf: UnionFind[Key], orgs: list[Key], names: _Names) -> None:
    """"the Velsh Union (VU) party" and "Velsh Union": one body, the longer name its name, its acronym in brackets
    and a common noun after it, when the story writes the name alone too."""
    by_key = {k[1]: k for k in orgs}
    for k in orgs:
        for form in names.forms[k]:
            m = _BRACKETED.match(form.strip())
            if m is not None and (short := by_key.get(name_key(m.group("name")))) is not None and short != k:
                uf.union(short, k)
                break


_INVERTED_NOUNS = lexicon.words("inverted_body_nouns")
# A party's adjective after a body's first word names a party's group inside that body ("House Democratic Caucus"
# is no "House"; lexicon/party_adjectives.txt)
_PARTY_WORDS = frozenset(w.lower() for w in lexicon.words("party_adjectives"))


def _join_inverted(uf: UnionFind[Key], orgs: list[Key]) -> None:
    """"University of Aldermoor" and "Aldermoor University" (lexicon/inverted_body_nouns.txt): one body, when the
    story writes one such pair of its noun only."""
    by_key = {k[1]: k for k in orgs}
    pairs = []
    for k in orgs:
        noun, of, place = k[1].partition(" of ")
        if of and noun in _INVERTED_NOUNS and (other := by_key.get(f"{place} {noun}")) is not None:
            pairs.append((k, other))
    if len(pairs) == 1:
        uf.union(*pairs[0])


_SEAT = re.compile(r"(?!the\b|of\b)[a-z][a-z'’.-]*(?: (?!of\b)[a-z][a-z'’.-]*){0,2}")  # a place's words: not "the 2008"


def _join_seated(uf: UnionFind[Key], orgs: list[Key]) -> None:
    """"Tarnby Farms of Velby" and "Tarnby Farms": one body, its name with and without its seat, when the short name
    has two words or more ("Bank" of "Bank of Velby" is none), the seat is one to three words with no article or
    number ("Opening Ceremony of the 2008" is none) and the story writes one such longer name only."""
    by_key = {k[1]: k for k in orgs}
    longer: dict[Key, set[Key]] = defaultdict(set)
    for k in orgs:
        body, of, seat = k[1].partition(" of ")
        if of and " " in body and _SEAT.fullmatch(seat) and (short := by_key.get(body)) is not None:
            longer[short].add(k)
    for short, ks in longer.items():
        if len(ks) == 1:
            uf.union(next(iter(ks)), short)


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars an English plural ending allows ("grants" -> "grant", "taxes" -> "tax", "bodies" -> "body")."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return tuple(out)


def _join_plurals(uf: UnionFind[Key], orgs: list[Key]) -> None:
    """One body, programme or fund named with its last word in the singular and in the plural ("Harbour Renewal
    Grant" / "Harbour Renewal Grants"): the same name of two words or more but for an English plural ending on its
    last word (ents67). A one-word name ("Time" / "Times") is left: there the ending is the name."""
    by_key = {k[1]: k for k in orgs if " " in k[1]}
    for k, key_ in by_key.items():
        head, _, last = k.rpartition(" ")
        for single in _singulars(last):
            if (other := by_key.get(f"{head} {single}")) is not None:
                uf.union(other, key_)
                break


def _join_organisations(uf: UnionFind[Key], orgs: list[Key], names: _Names, checks: bool = True,
                        teams: frozenset[str] = frozenset(), parents: frozenset[str] = frozenset(),
                        places: frozenset[str] = frozenset()) -> None:
    # acronyms: "FSA" joins "Free Syrian Army"
    acr = {acronym(max(names.forms[k], key=names.forms[k].__getitem__)): k for k in orgs if " " in k[1]}
    for k in orgs:  # "US Geological Survey" → "USGS": an upper-case word gives all its letters
        if " " in k[1] and (spelled := acronym_spelled(max(names.forms[k], key=names.forms[k].__getitem__))):
            acr.setdefault(spelled, k)
    by_acronym: set[Key] = set()
    for k in orgs:
        if " " not in k[1] and k[1] in acr and acr[k[1]] != k:
            uf.union(acr[k[1]], k)
            by_acronym.add(k)
    # a one-word organisation joins the single longer one it starts ("Brannock" → "Brannock Freight");
    # a word that starts several names of any kind is their place or namesake ("Aldermouth Port Authority",
    # "Aldermouth Fire and Rescue Service"), not an alias of one
    if checks:  # "Acme Guitar" and "Acme Guitar Corporation": one company, with and without its legal ending
        by_key = {k[1]: k for k in orgs}
        for k in orgs:
            words = k[1].split()
            if len(words) >= 3 and words[-1] in LEGAL_SUFFIXES and (short := by_key.get(" ".join(words[:-1]))) and (
                    not names.kind_votes[short[1]]["person"]):  # "WL Ross" the model also calls a person: unsure
                uf.union(k, short)
    if checks:  # "Truth Commission" → "Truth and Reconciliation Commission": the name without its "and …" part
        for k in orgs:
            words = k[1].split()
            longer = [o for o in orgs if len(o[1].split()) > len(words) + 1 and (w := o[1].split())[0] == words[0]
                      and w[-1] == words[-1] and len(words) == 2 and w[1] == "and"]
            if len({uf.find(o) for o in longer}) == 1:
                uf.union(longer[0], k)
    if checks:
        _join_dotted(uf, orgs)  # "U.S. Tarn Command" / "US Tarn Command"
        _join_national(uf, orgs, names, places)  # "U.S. Supreme Court", "Kenyan Bureau of Tides"
        _join_bracketed(uf, orgs, names)  # "Velsh Union (VU) party" / "Velsh Union"
        _join_inverted(uf, orgs)
        _join_seated(uf, orgs)  # "Tarnby Farms of Velby" / "Tarnby Farms"
        join_variant_endings(uf, orgs, names)  # "Acme Pacific Airways" / "Acme Pacific Airlines" / "Acme Pacific"
    starts: dict[str, set[Key]] = defaultdict(set)
    for key_ in names.forms:
        if " " in key_[1]:
            starts[key_[1].split()[0]].add(key_)
    for k in orgs:
        if " " not in k[1] and (not checks or (len({uf.find(s) for s in starts.get(k[1], ())}) <= 1
                                               and k not in by_acronym and k[1] not in teams | parents)):
            # (nor does a town's name used as its team's: "Pittsburgh" the team is no "Pittsburgh Post-Gazette")
            # (nor a parent body, "ESA's Concurrent Design Facility", its unit's: "ESA Topical Team", ``parent_bodies``)
            # (with the checks, an acronym already joined to its name, "NYSE" → "New York Stock Exchange",
            # does not join the one longer name it also starts, "NYSE Euronext")
            longer_orgs = {uf.find(o) for o in orgs if " " in o[1] and o[1].split()[0] == k[1]
                           and o[1].split()[1] not in _PARTY_WORDS}  # "House Democratic Caucus" is no "House"
            if len(longer_orgs) == 1:
                uf.union(next(iter(longer_orgs)), k)
    if checks:  # after the one-word joins: "Senate" beside "Senate Panel" and "Senate Panels" stays apart
        _join_plurals(uf, orgs)  # "Harbour Renewal Grant" / "Harbour Renewal Grants" (ents67)
