"""One body under a longer and a shorter name (package docstring): "Department of Homeland Security" and "Homeland
Security Department" (a government's noun before "of" or after the rest: lexicon/reordered_body_nouns.txt), and a
name and its tail when what the longer name adds is a place's name, an acronym in capitals, a government's seat or
chamber before a tail of two words or more (lexicon/government_seats.txt), or a first part joined by "and" (before
two words or more) or "of" after a government's noun or a chamber's ("House of Elders" / "Elders") ("Indiana
Statehouse" / "Statehouse", "UEFA Champions League" / "Champions League",
"House Intelligence Committee" / "Intelligence Committee", "Customs and Border Protection" / "Border Protection",
"Department of Homeland Security" / "Homeland Security"). A tail that ends two bodies' names ("Indiana House" and
"White House" beside "House") is neither's. A name that leaves out the inner words of one longer name of the story
and what follows its body's noun ("House Committee" of "House Select Committee on Intelligence": the first word,
then the rest, up to a preposition's qualifier) is that body's, when no other body's name so shortens to it
(``join_gapped``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Protocol

from .. import lexicon
from ..model import EntityKind
from ..unionfind import UnionFind
from .peoples import adjective_of
from .shapes import demonym

__all__ = ["join_gapped", "join_modified_heads", "join_reordered", "join_tails"]

Key = tuple[EntityKind, str]

_NOUNS = lexicon.words("reordered_body_nouns")
_SEATS = lexicon.words("government_seats")
_GENERIC = lexicon.words("generic_body_nouns")


class _Names(Protocol):
    forms: dict[Key, Counter[str]]


def join_reordered(uf: UnionFind[Key], orgs: list[Key], places: Collection[str] = ()) -> None:
    """"Department of State" and "State Department": one body, each such pair the story writes; and a body "of" a
    placed country and the body after the country's adjective ("Defence Ministry of Veloria" and "Velorian Defence
    Ministry": ``peoples.adjective_of``; ents62)."""
    by_key = {k[1]: k for k in orgs}
    for k in orgs:
        noun, of, rest = k[1].partition(" of ")
        if of and noun in _NOUNS and (other := by_key.get(f"{rest} {noun}")) is not None:
            uf.union(k, other)
        for place, body in _without_place(k[1], places):
            for other in orgs:
                adjective, _, same = other[1].partition(" ")
                if same == body and adjective_of(adjective, place):
                    uf.union(k, other)


def _without_place(key: str, places: Collection[str]) -> list[tuple[str, str]]:
    """A body's key without a placed name written "of" it or inside it ("defense ministry of veloria"; "defense
    veloria ministry", as ``names.name_key`` reorders a ministry "of" its subject): (place, the rest) pairs."""
    words = key.split()
    out = []
    for i, w in enumerate(words):
        if w in places and i > 0 and len(words) >= 3:
            rest = words[: i - 1] if i == len(words) - 1 and words[i - 1] == "of" else words[:i]
            out.append((w, " ".join(rest + words[i + 1 :])))
    return out


def _adds_a_qualifier(added: list[str], form: str, places: set[str], tail: list[str],
                      surnames: frozenset[str] = frozenset()) -> bool:
    """Does the part a longer name adds before a tail ("indiana", "uefa", "customs and") only qualify it: a place's
    name, a government's seat before a tail of two words or more ("house", "white house"), a nation's adjective
    before a one-word tail no kind's noun ("afghan" of "afghan taliban"), one acronym in capitals,
    or a first part joined by "and" to a tail of two words or more (one word after "and" is the second of two names:
    "the Lords and Senate chambers") or by a government noun's "of", or a body's name "of" a place or the surname of
    a person of the story before a tail of two words or more ("League of Ireland| Premier Division", "the Quarrow|
    White House")?"""
    if (added[-1] == "and" and len(tail) >= 2) or (added[-1] == "of" and len(added) >= 2 and (
            added[-2] in _NOUNS or added[-2] in _SEATS) and (len(added) == 2 or " ".join(added[:-2]) in places)):
        return True  # "House of Lords" / "Lords": a chamber's short name; "California Department of| Water Resources"
    if " ".join(added) in places or (len(tail) >= 2 and " ".join(added) in _SEATS):
        return True  # "Indiana Statehouse"; "House Intelligence Committee" (lexicon/government_seats.txt)
    if len(tail) >= 2 and "of" in added[1:-1] and " ".join(added[len(added) - added[::-1].index("of") :]) in places:
        return True  # "League of Ireland Premier Division" / "Premier Division": a body "of" a place before it (ents59)
    if len(added) == 1 and len(tail) >= 2 and added[0] in surnames:
        return True  # "the Quarrow White House" / "White House": a leader's surname before his body's name (ents59)
    if len(added) == 1 and len(tail) == 1 and demonym(added[0]) and tail[0] not in _GENERIC:
        return True  # "Afghan Taliban" / "Taliban"; not "Iraqi Army" / "Army" (lexicon/generic_body_nouns.txt)
    first = form.split()[0] if form.split() else ""
    return len(added) == 1 and len(first) >= 2 and first.isalpha() and first.isupper()


def join_tails(uf: UnionFind[Key], orgs: list[Key], names: _Names, places: set[str]) -> None:
    """A body's name that ends one longer name of the story, which only qualifies it, joins that name (module
    docstring); a tail that ends two bodies' names, or names a place, joins neither."""
    surnames = frozenset(k[1].split()[-1] for k in names.forms if k[0] == "person" and " " in k[1])
    for k in orgs:
        tail = k[1].split()
        if k[1] in places:
            continue
        longer = [o for o in orgs if len(w := o[1].split()) > len(tail) and w[-len(tail) :] == tail]
        if len({uf.find(o) for o in longer}) != 1 or uf.find(longer[0]) == uf.find(k):
            continue
        if all(_adds_a_qualifier(o[1].split()[: -len(tail)], _form(names, o), places, tail, surnames) for o in longer):
            uf.union(longer[0], k)


class _Placed(_Names, Protocol):
    docs: dict[Key, list[str]]
    display: dict[Key, str]


def join_modified_heads(uf: UnionFind[Key], orgs: list[Key], names: _Placed, places: Collection[str] = (),
                        texts: Sequence[str] = ()) -> None:
    """"Central Election Commission" and, later in the same report, "Election Commission": a body's name of two words
    or more that ends one longer name of the story, or one word the story writes only after "the" ("the Mint" of
    "the Royal Mint"; not a kind's noun, lexicon/generic_body_nouns.txt: "the Army" of "the Free Dorado Army":
    ents63), written only in reports that write the longer name too, is that body's when no other body of the story
    has its head noun ("Commission"); beside "European Commission" it is neither's. The short name must be a
    description, ordinary English words naming no people or place (``common_words.ordinary_word``): "Dorado Army"
    beside "Free Dorado Army" is a body of its own (ents62)."""
    from .common_words import ordinary_word  # common_words reads the story's parse; imported where used

    for k in orgs:
        tail = k[1].split()
        if len(tail) == 1 and tail[0] not in _GENERIC and not demonym(tail[0]) and tail[0] not in places and (
                _described(_form(names, k), texts)):
            pass  # "the Mint" beside "the Royal Mint": a one-word description of a body, no kind's noun (ents63)
        elif len(tail) < 2 or not all(ordinary_word(w) and not demonym(w) and w not in places for w in tail):
            continue
        longer = [o for o in orgs if len(w := o[1].split()) > len(tail) and w[-len(tail) :] == tail]
        if not longer or len(roots := {uf.find(o) for o in longer}) != 1 or uf.find(k) in roots:
            continue
        group = [o for o in orgs if uf.find(o) in roots]
        if not set(names.docs[k]) <= {d for o in group for d in names.docs[o]}:
            continue  # a report that writes only the short name may mean another body
        heads = {uf.find(o) for o in orgs if o[1].split()[-1] == tail[-1]}
        if heads <= roots | {uf.find(k)}:
            uf.union(longer[0], k)
            if len(tail) == 1:  # listed by its name, not by the description the reports repeat ("the Mint")
                most = max(longer, key=lambda o: (sum(names.forms[o].values()), o[1]))
                names.display.setdefault(most, _form(names, most))


def _described(form: str, texts: Sequence[str]) -> bool:
    """Is a one-word name written only after "the", and so a definite description ("the Mint said"), wherever a
    story writes it alone (not inside a longer name: "the Royal Mint")? A name of its own is written bare too."""
    seen = False
    for t in texts:
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w'’-])", t):
            before = t[max(0, m.start() - 30) : m.start()]
            if _NAME_WORD_BEFORE.search(before):
                continue  # a longer name's last word ("the Royal Mint")
            if not _THE_BEFORE.search(before):
                return False
            seen = True
    return seen


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_QUALIFIERS = frozenset({"on", "of", "for"})  # "Committee on Intelligence": the body's noun and what it is on


def _gapped(short: list[str], long: list[str]) -> bool:
    """Is ``short`` ``long``'s first word and a later run of its words, up to a preposition's qualifier or the end,
    with inner words left out ("house committee" of "house select committee on intelligence")?"""
    if len(short) < 2 or len(long) <= len(short) or long[0] != short[0]:
        return False
    for at in range(2, len(long) - len(short) + 2):
        end = at + len(short) - 1
        if long[at:end] == short[1:] and (end == len(long) or long[end] in _QUALIFIERS):
            return True
    return False


def join_gapped(uf: UnionFind[Key], orgs: list[Key]) -> None:
    """A body's name that is one longer name with its inner words and qualifier left out joins it (module
    docstring); a name two bodies' names so shorten to joins neither."""
    for k in orgs:
        longer = [o for o in orgs if _gapped(k[1].split(), o[1].split())]
        if longer and len({uf.find(o) for o in longer}) == 1:
            uf.union(longer[0], k)


def _form(names: _Names, k: Key) -> str:
    forms = names.forms[k]
    return max(forms, key=forms.__getitem__) if forms else k[1]
