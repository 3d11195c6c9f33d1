"""A body named in full once, then by a short form (package docstring): an acronym that spells its initials in a
looser way than ``organisations`` reads them ("PAL" of "Philippine Airlines", a letter from inside a word; "SEC"
of "Philippine Securities and Exchange Commission", its country's word left out; "NCRI" of "the National Council
of Resistance| in Iran", the name the model cut before "in Iran", which is then listed whole; "CDC" of "the
Chinese Center for Disease Control and Prevention", a last word after "and" left out), the names with and
without a variant ending ("Acme Pacific", "Acme Pacific Airways", "Acme Pacific Airlines"), and a first name alone
the model called an organisation ("Hasib" beside "Hasib Hussain"). Each joins only when one body or one person
fits: two bodies with one acronym, or one first name two people share, stay apart."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

from .. import lexicon
from ..model import EntityKind
from ..names import ACRONYM_SKIP, PARTICLES, acronym, name_key
from ..text import fold
from ..unionfind import UnionFind
from .shapes import DEMONYMS, LEGAL_SUFFIXES

Key = tuple[EntityKind, str]

VARIANT_SUFFIXES = LEGAL_SUFFIXES | frozenset(fold(w) for w in lexicon.words("variant_suffixes"))
_STOPWORDS = lexicon.words("stopwords")
MAX_INNER_LETTERS = 1
"""Letters an acronym may take from inside a word ("PAL": the "L" of "Airlines"), beyond the words' initials."""


class _Forms(Protocol):
    """The story's names as the package's ``_Names`` files them: surface forms and kind votes by key."""

    forms: dict[Key, Counter[str]]
    kind_votes: dict[str, Counter[EntityKind]]


class _Names(_Forms, Protocol):
    """As ``_Forms``, with the names to list groups by."""

    display: dict[Key, str]


def _form(names: _Forms, k: Key) -> str:
    return max(names.forms[k], key=lambda f: (names.forms[k][f], f))


def _capitals(words: Sequence[str]) -> list[str]:
    return [w for w in words if w[:1].isupper() and w.lower() not in ACRONYM_SKIP]


def _spells(letters: str, words: Sequence[str], spare: int) -> bool:
    """Do the words' initials, with at most ``spare`` more letters taken in order from inside them, spell the
    letters?"""
    if not words:
        return not letters
    word = fold(words[0])
    if not letters or letters[0] != word[:1]:
        return False
    for take in range(1, min(len(letters), spare + 1) + 1):
        inner, rest = letters[1:take], word[1:]
        at = 0
        for ch in inner:
            at = rest.find(ch, at) + 1
            if not at:
                break
        else:
            if _spells(letters[take:], words[1:], spare - (take - 1)):
                return True
    return False


def _country_word(word: str, places: set[str]) -> bool:
    """A country's or a people's word ("Philippine", "U.S.", "French") that may open a body's name and not its
    acronym."""
    w = word.lower().replace(".", "")
    return w in DEMONYMS or w in places or any(p.startswith(w) and len(p) - len(w) <= 2 for p in places if
                                               len(w) >= 4) or (word.replace(".", "").isupper() and len(w) <= 3)


_AFTER_NAME = r"[ \t]+(?:in|of|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?"


def _cut_ends(form: str, texts: Sequence[str]) -> Counter[str]:
    """The name as the story writes it with "in X", "of X" after it ("the National Council of Resistance| in
    Iran"), by how often."""
    found: Counter[str] = Counter()
    held = [t for t in texts if form in t]  # a text without the name has no match: no pattern compiled for it
    if held:
        pattern = re.compile(re.escape(form) + _AFTER_NAME)
        for t in held:
            found.update(m.group(0) for m in pattern.finditer(t))
    return found


def _spelled_by(letters: str, form: str, texts: Sequence[str], places: set[str]) -> str | None:
    """How the name spells the acronym: "" as written (inner letter or country word allowed), the longer name
    written in the story when its cut end completes it, None when it does not."""
    words = _capitals(form.split())
    if len(letters) < 3 or len(words) < 2:
        return None
    for longer, _ in _cut_ends(form, texts).most_common():
        if acronym(longer) == letters:
            return longer
    for ws in (words, _capitals(_LAST_CONJUNCT.sub("", form).split())):
        if _spells(letters, ws, MAX_INNER_LETTERS) or (
                len(ws) >= 3 and _country_word(ws[0], places) and acronym(" ".join(ws[1:])) == letters):
            return ""
    return None


_LAST_CONJUNCT = re.compile(r"[ \t]+and[ \t]+[A-Z][\w-]*$")
"""A last word joined by "and" that a body's acronym may leave out: the acronym was made before the name grew
("Center for Disease Control| and Prevention": CDC)."""


def join_short_acronyms(uf: UnionFind[Key], orgs: list[Key], names: _Names, texts: Sequence[str],
                        places: set[str]) -> None:
    """An acronym in capitals the story writes alone joins the one body whose name spells it (module
    docstring), when it has not joined one yet; the name the model cut is then listed whole."""
    longer = [k for k in orgs if " " in k[1]]
    for k in orgs:
        form = _form(names, k)
        if " " in k[1] or not form.isupper() or not 3 <= len(form) <= 6:
            continue
        if any(uf.find(o) == uf.find(k) for o in longer):
            continue  # joined already ("FSA" / "Free Syrian Army")
        fits: dict[Key, tuple[Key, str]] = {}
        for o in longer:
            how = _spelled_by(k[1], _form(names, o), texts, places)
            if how is not None:
                fits.setdefault(uf.find(o), (o, how))
        if len(fits) == 1:
            (o, how), = fits.values()
            uf.union(o, k)
            if how:
                names.display[o] = how


def join_variant_endings(uf: UnionFind[Key], orgs: list[Key], names: _Forms) -> None:
    """"Acme Pacific", "Acme Pacific Airways", "Acme Pacific Airlines": one body, its name with or without a
    variant ending of one word or two ("Tarn City Football Club"; lexicon/variant_suffixes.txt, legal_suffixes.txt),
    when the words before the ending are two or more, or a body of the story alone; not when the model also calls
    the short name a person's ("WL Ross")."""
    org_keys = {k[1] for k in orgs}
    stems: dict[str, list[Key]] = defaultdict(list)
    for k in orgs:
        words = k[1].split()
        if (n := next((n for n in (2, 1) if len(words) > n and " ".join(words[-n:]) in VARIANT_SUFFIXES), 0)):
            stems[" ".join(words[:-n])].append(k)  # a two-word ending first: "Derry City| Football Club" (ents59)
    for stem, ks in stems.items():
        if names.kind_votes[stem]["person"] or not (" " in stem or stem in org_keys):
            continue
        if stem in org_keys:
            ks = [("org", stem), *ks]
        for other in ks[1:]:
            uf.union(ks[0], other)


_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"'”’]?[ \t]+|\n[ \t]*|[ \t]_[ \t]+|[\"“‘][ \t]*)$")


def _opens_sentences(form: str, texts: Sequence[str]) -> bool:
    """Is the name, wherever the story writes it, the first words of a sentence ("… (AP) _ Ailing Acme Airlines",
    "Can Acme Airlines …?"), never inside one ("the Free Syrian Army")?"""
    ats = [(t, m.start()) for t in texts for m in re.finditer(re.escape(form), t)]
    return bool(ats) and all(_SENTENCE_START.search(t, max(0, at - 6), at) is not None for t, at in ats)


def join_opening_words(uf: UnionFind[Key], orgs: list[Key], names: _Names, texts: Sequence[str],
                       places: set[str]) -> None:
    """A body's name with a word before it is the body: a word the story also writes in lower case, that opens
    every sentence the longer name is written in ("Ailing Acme Airlines", "Can Acme Airlines …?": the model kept a
    sentence's opening word), listed by the body's name without it; a country's word ("Philippine Securities and
    Exchange Commission"), when the story writes one such longer name of it only (not "Chinese Foreign Ministry"
    and "Japanese Foreign Ministry" beside "Foreign Ministry")."""
    by_key = {k[1]: k for k in orgs}
    longer: dict[Key, set[Key]] = defaultdict(set)
    for k in orgs:
        words = _form(names, k).split()
        rest = by_key.get(" ".join(k[1].split()[1:]))
        if len(words) < 3 or rest is None or not words[0][:1].isupper():
            continue
        low = words[0].lower()
        if _country_word(words[0], places):
            longer[rest].add(k)
        elif _opens_sentences(" ".join(words), texts) and any(
                re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", t) for t in texts):
            uf.union(rest, k)  # "Ailing| Acme Airlines", "Can| Acme Airlines": each is the body
            names.display.setdefault(rest, _form(names, rest))
    for rest, ks in longer.items():
        if len({uf.find(k) for k in ks}) == 1:
            uf.union(rest, next(iter(sorted(ks))))


def join_first_names(uf: UnionFind[Key], keys: list[Key], names: _Names, surnames: set[str]) -> None:
    """A one-word "organisation" that is the first name of exactly one person of the story, and opens no other
    name nor ends anyone's ("Shahzad and Hasib were reported missing" beside "Hasib Hussain"), is that person."""
    openers: dict[str, set[Key]] = defaultdict(set)
    for k in keys:
        if " " in k[1]:
            openers[k[1].split()[0]].add(k)
    for k in keys:
        if k[0] != "org" or " " in k[1] or _form(names, k).isupper() or fold(k[1]) in surnames:
            continue
        holders = openers.get(k[1], set())
        people = {uf.find(h) for h in holders if h[0] == "person"}
        if len(people) == 1 and all(h[0] == "person" for h in holders):
            uf.union(next(h for h in sorted(holders)), k)


def without_common_tail(name: str) -> str | None:
    """An organisation's name with the lower-case common noun the model kept at its end cut off ("Al-Jazeera
    television" of "the Al-Jazeera television channel"), or None."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].isalpha() and words[cut - 1].islower() and words[cut - 1] not in PARTICLES:
        if words[cut - 1] in _STOPWORDS:
            return None  # "Smith and| Wesson": a name the model cut at its joiner, read elsewhere
        cut -= 1
    if cut == len(words) or not words[cut - 1][:1].isupper():
        return None
    return " ".join(words[:cut])


def place_keys(place_names: dict[str, str]) -> set[str]:
    """The folded names of the story's resolved places, keys and rows ("philippines")."""
    return {fold(p) for p in place_names} | {fold(name_key(r)) for r in place_names.values()}
