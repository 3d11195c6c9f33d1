"""A surname written alone with two neighbouring letters swapped ("Whitcmobe" beside "Eleanor Whitcombe") or with one
letter doubled, as transliterations differ ("Zelenskyy" beside "Volodymyr Zelensky"), or one vowel added inside it
("Velasaquez" beside "Omar Velasquez": a slip, ents51): the person of the one full name
whose surname it so spells, not one more person. So is a one-word name the model typed a body that spells such a
surname with one vowel changed ("Quarrew said" beside "Ana Quarrow") or with one vowel added inside it ("Quarraow
said": ents51), unless the story writes it as a business's (``join_vowel_variants``). A one-word person that is the
pet form of the given name of one full name of the story, the name with "y" or "ie" added and its last letter doubled
or not ("Robby", "Tommie" beside "Tom Velu"), is that person (``join_diminutives``), unless it opens or ends another
full name of the story ("Robby Tarn" beside "Rob Velu"). A particled surname written with one letter added to its
particle ("Lan Roux" beside "Ana La Roux") is the person of the one full name so ending (``join_particle_slips``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..model import EntityKind
from ..names import HONORIFICS
from ..unionfind import UnionFind
from .shapes import transposed

MISSPELT_MIN = 6  # letters: shorter names a swap apart are often two names ("Dean" / "Dane")
TITLED_SWAP_MIN = 4  # letters: a shorter name a swap apart joins only when it shares the full name's title (ents58)


def join_transposed(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]],
                    texts: Sequence[str] = ()) -> None:
    """Join each one-word person key to the one fuller person whose surname it is with two letters swapped, one
    letter doubled or one vowel added inside it ("Velasaquez" of "Omar Velasquez": ents51). A shorter name (from
    ``TITLED_SWAP_MIN`` letters) two letters swapped joins only when the story writes both after one title ("Mayor
    Bael" beside "Mayor Tom Bale": ents58); "Dean" and "Dane" alone may be two people."""
    fuller = [k for k in persons if " " in k[1]]
    for k in persons:
        if " " in k[1] or len(k[1]) < TITLED_SWAP_MIN:
            continue
        if len(k[1]) < MISSPELT_MIN:
            titles = _titles(k[1], texts)
            owners = {uf.find(f) for f in fuller if transposed(k[1], f[1].rsplit(" ", 1)[1])
                      and titles & _titles(f[1], texts)}
        else:
            owners = {uf.find(f) for f in fuller if transposed(k[1], last := f[1].rsplit(" ", 1)[1])
                      or _doubled(k[1], last) or _doubled(last, k[1]) or _vowel_added(k[1], last)}
        if len(owners) == 1:
            uf.union(owners.pop(), k)


def _titles(key: str, texts: Sequence[str]) -> set[str]:
    """The titles (lexicon/honorifics.tsv) the story writes right before a name (``key``: folded), folded."""
    written = re.compile(r"\b([A-Z][a-z]+)\.? (?i:" + r"\s+".join(map(re.escape, key.split())) + r")\b")
    return {m.group(1).lower() for t in texts for m in written.finditer(t) if m.group(1) in HONORIFICS}


def _doubled(longer: str, shorter: str) -> bool:
    """Is ``longer`` ``shorter`` with one of its letters written twice ("zelenskyy" of "zelensky")?"""
    if len(longer) != len(shorter) + 1 or len(shorter) < MISSPELT_MIN:
        return False
    return any(longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer)))


_VOWELS = frozenset("aeiouy")


def join_vowel_variants(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]],
                        orgs: list[tuple[EntityKind, str]], business: Collection[str]) -> None:
    """Join each one-word body key (``MISSPELT_MIN`` letters or more, never written as a business's) to the one fuller
    person whose surname it is with one vowel written as another or one vowel added inside it."""
    fuller = [k for k in persons if " " in k[1]]
    for k in orgs:
        if " " in k[1] or len(k[1]) < MISSPELT_MIN or k[1] in business:
            continue
        owners = {uf.find(f) for f in fuller if _vowel_changed(k[1], last := f[1].rsplit(" ", 1)[1])
                  or _vowel_added(k[1], last)}
        if len(owners) == 1:
            uf.union(owners.pop(), k)


def _vowel_changed(one: str, other: str) -> bool:
    """Are the two words one word with one vowel written as another ("quarrew" of "quarrow")?"""
    if len(one) != len(other):
        return False
    diff = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _vowel_added(longer: str, shorter: str) -> bool:
    """Is ``longer`` ``shorter`` with one vowel added inside it, neither first nor last ("picahai" of "pichai")?"""
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[i] in _VOWELS and longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer) - 1))


_PET_ENDINGS = ("y", "ie")
PET_MIN = 3  # letters of the given name: "Al" + "ly" is no one's pet form of Al


def join_diminutives(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]]) -> None:
    """Join each one-word person key to the one fuller person whose given name it is a pet form of (module
    docstring): "timmy" of "tim velu"."""
    fuller = [k for k in persons if " " in k[1]]
    parts = {w for _, k in fuller for w in (k.split()[0], k.split()[-1])}
    for k in persons:
        if " " in k[1] or k[1] in parts:
            continue
        owners = {uf.find(f) for f in fuller if _pet_form(k[1], f[1].split()[0])}
        if len(owners) == 1:
            uf.union(owners.pop(), k)


def _pet_form(word: str, given: str) -> bool:
    """Is ``word`` ``given`` with "y" or "ie" added, its last letter doubled or not ("timmy", "tommie" of "tim")?"""
    if len(given) < PET_MIN or not given.isalpha():
        return False
    return any(word in (given + end, given + given[-1] + end) for end in _PET_ENDINGS)


def join_particle_slips(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]],
                        particles: Collection[str]) -> None:
    """A particled surname written with one letter added to its particle ("Lan Roux" beside "Ana La Roux": a slip,
    ents54): the person of the one full name that ends with the particle and the surname, not one more person."""
    for k in persons:
        words = k[1].split()
        if len(words) != 2:
            continue
        owners = {uf.find(f) for f in persons if len(w := f[1].split()) >= 3 and w[-1] == words[1]
                  and w[-2] in particles and len(words[0]) == len(w[-2]) + 1 and words[0].startswith(w[-2])}
        if len(owners) == 1:
            uf.union(owners.pop(), k)


RESPELT_MIN = 10  # letters of a full name's skeleton: shorter names so alike may be two people ("Ana Lee"/"Anna Lee")


def _skeleton(key: str) -> str:
    """A folded name's letters without its spaces, hyphens and apostrophes, each doubled letter written once
    ("abdel fattah el sissi" -> "abdelfatahelsisi")."""
    letters = re.sub(r"[\s'’-]+", "", key)
    return re.sub(r"(.)\1+", lambda m: m.group(1), letters)


SPELT_BODY_MIN = 4  # letters of a body's skeleton ("amaq")


def join_body_respellings(uf: UnionFind[tuple[EntityKind, str]], orgs: list[tuple[EntityKind, str]]) -> None:
    """Two bodies' names of the story spelt alike but for doubled letters, a hyphen for a space or an apostrophe, as
    outlets transliterate a name ("Aamaq" beside "Amaq", "Jamaat-ul-Velar" beside "Jamat-ul-Velar"), are one body when
    the words they differ in are rare, no ordinary English word ("Appel"/"Apple" differ in letters, "Ross"/"Ros" in
    an ordinary word: ``common_words.ordinary_word``; ents62)."""
    from .common_words import ordinary_word  # common_words reads the story's parse; imported where used

    by_skeleton: dict[str, list[tuple[EntityKind, str]]] = {}
    for k in orgs:
        if len(skeleton := _skeleton(k[1])) >= SPELT_BODY_MIN:
            by_skeleton.setdefault(skeleton, []).append(k)
    for alike in by_skeleton.values():
        for k in alike[1:]:
            differ = set(alike[0][1].split()) ^ set(k[1].split())
            if differ and not any(ordinary_word(w) for w in differ):
                uf.union(alike[0], k)


def join_respellings(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]]) -> None:
    """Two full names of the story spelt alike but for a hyphen for a space and doubled letters, as transliterations
    and outlets differ ("Abdel Fattah el-Sisi" beside "Abdel-Fattah el-Sissi": ents59), are one person."""
    by_skeleton: dict[str, list[tuple[EntityKind, str]]] = {}
    for k in persons:
        if " " in k[1] and len(skeleton := _skeleton(k[1])) >= RESPELT_MIN:
            by_skeleton.setdefault(skeleton, []).append(k)
    for alike in by_skeleton.values():
        for k in alike[1:]:
            uf.union(alike[0], k)
