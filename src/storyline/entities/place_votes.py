"""A place the model typed a person or a body, typed by how the story's reports write the name (ents65).

The model types each mention alone; a town, a county or a province it reads as a body or a person ("In Velby,
Labour's majority …" tagged a body) is listed as one though every report writes it the way places are written. So
every time the story writes the name, not only where the model tagged it, is read:

- a place's use: right after a town's preposition, in any case ("In Velby, …", "voters in Velby":
  lexicon/town_prepositions.txt), before a place noun in lower case ("Velby province": lexicon/place_nouns.txt), or
  joined by "and" to a place the places stage resolved ("Aldport and Velby branches");
- an actor's use: with an honorific or a title, before "who" or a verb of saying and a pronoun (``person_use``), as
  the subject of a verb of saying or of a business's acts (``speaks_use``), in a body's statement (``org_cue``).

A name of one to three capitalised words the model typed a person or a body (no acronym, no known or
body-worded organisation's name, no name the story writes as a business's, no surname or very common given name
of the story's people) is a place when no report writes it as an actor's, half its uses at least are a place's,
and the story or the map says it names a place: it opens the name of a place the places stage resolved ("Velby" of
"Velby-on-Wold": then it is that place's entry), it is written before a place noun, or the gazetteer holds it as
a place's main name. The story's own usage decides, not one parse.

A county, a department or a province is written with its designator ("County Velby", "Co Velby", "the Velby
Department": lexicon/written_designators.tsv), and such a form is the division's by how it is written: the form and
the bare name ("Velby") are re-filed as the one place when no report writes either as an actor's, before the
story's people's words are gathered (else "Co Velby" typed a person would keep "Velby" a person's word). A body's
word after a name ("the Justice Department") makes no division of it: there, none of the name's words may be an
ordinary English word (ents66)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Protocol

from .. import lexicon
from ..model import EntityKind
from ..names import FIRST_NAME_GENDERS, is_known_org, name_key, org_by_form, person_use, speaks_use
from ..places.gazetteer import key, load_gazetteer
from ..text import fold
from .common_words import ordinary_word
from .roles import org_cue

Key = tuple[EntityKind, str]

__all__ = ["vote_places"]


class _Filed(Protocol):
    """The story's names as the package's ``_Names`` files them."""

    forms: dict[Key, Counter[str]]
    display: dict[Key, str]
    docs: dict[Key, list[str]]
    kind_votes: dict[str, Counter[EntityKind]]


_PREPOSITION_BEFORE = re.compile(
    r"(?:" + "|".join((r"(?<![\w-])" if p[0].isalpha() else "") + re.escape(p).replace(r"\ ", r"[ \t]*")
                      for p in lexicon.entries("town_prepositions")) + r")[ \t]+$", re.IGNORECASE)
_AT_BEFORE = re.compile(r"(?<![\w-])at[ \t]+$", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.words("place_nouns")) + r")\b")
_AND_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]+and[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+and[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})")
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’.-]*")
_LOOK_BACK = 16
MAX_WORDS = 3
MAX_DIVISION_WORDS = 2  # words of a division's own name ("Co Velby", "Saint Aude Department")
_WRITTEN = lexicon.rows("written_designators")
_BARE = r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)"
_BEFORE_WORDS = lexicon.alternation([d for d, where in _WRITTEN if where == "before"])
_DESIGNATED = (  # (pattern, whether the name's words must be no ordinary words)
    (re.compile(rf"(?:{_BEFORE_WORDS})[ \t]+{_BARE}"), False),  # "County Cork", "Co Velby"
    (re.compile(rf"(?:{_BEFORE_WORDS})-{_BARE}"), True),  # "Co-Velby" (a scrape's hyphen), not "Co-Founder"
    (re.compile(rf"{_BARE}[ \t]+(?:{lexicon.alternation([d for d, where in _WRITTEN if where == 'after'])})"), True),
)


def _occurrences(form: str, texts: Sequence[str]) -> list[tuple[str, int, int]]:
    """Every place the story writes the name whole: not inside a longer capitalised or hyphened name ("Velby-on-Wold",
    "Velby City")."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w-]|[ \t]+[A-Z])")
    return [(t, m.start(), m.end()) for t in texts if form in t for m in pattern.finditer(t)]


def _coordinated(text: str, start: int, end: int, placed: Collection[str]) -> bool:
    """Is the name joined by "and" to a place the places stage resolved ("Aldport and |Velby|")?"""
    before = _AND_BEFORE.search(text, max(0, start - 40), start)
    after = _AND_AFTER.match(text, end)
    return any(m is not None and name_key(m.group(1)) in placed for m in (before, after))


def _place_use(text: str, start: int, end: int, placed: Collection[str], at_too: bool = False) -> bool:
    """A place's use (module docstring); with ``at_too``, "at" counts as a town's preposition as well."""
    return (_PREPOSITION_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
            or at_too and _AT_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
            or _PLACE_NOUN_AFTER.match(text, end) is not None or _coordinated(text, start, end, placed))


def _actor_use(text: str, start: int, end: int) -> bool:
    return person_use(text, start, end) or speaks_use(text, end, start) or org_cue(text, start, end)


@cache
def _mapped(name: str) -> bool:
    """Does the gazetteer hold the name as a place's main name, in any transliteration ("Sidi Barrani" of "Sīdī
    Barānī")?"""
    return any(m.primary and key(m.place.name) == key(name) for m in load_gazetteer().lookup(name))


@cache
def _town_countries(name: str) -> frozenset[str]:
    """The names of the countries whose town (by its main name, in any transliteration) the name is."""
    g = load_gazetteer()
    return frozenset(c.name for m in g.lookup(name) if m.primary and m.place.kind == "city"
                     and key(m.place.name) == key(name) and (c := g.country(m.place.country)) is not None)


def _in_named_country(name: str, placed: Collection[str]) -> bool:
    """Is the name a town of a country the story's places stage resolved ("at Velby" in a story of Ruritania, where
    Velby is a Ruritanian town: ents67)?"""
    return any(name_key(c) in placed for c in _town_countries(name))


def _opened(name: str, rows: Collection[str]) -> str | None:
    """The one resolved place whose name the name opens ("Velby" of "Velby-on-Wold"), if one."""
    got = {r for r in rows if len(r) > len(name) and r.startswith(name) and r[len(name)] in " -"}
    return got.pop() if len(got) == 1 else None


def division_name(form: str) -> str | None:
    """The division's own name when the form is written with a designator ("Co Velby", "County Velby", "Velby
    Department" -> "Velby"), else None (module docstring)."""
    for pattern, guarded in _DESIGNATED:
        if (m := pattern.fullmatch(form)) is None:
            continue
        words = m.group("name").split()
        if len(words) > MAX_DIVISION_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
            return None
        return None if guarded and any(ordinary_word(w) for w in words) else m.group("name")
    return None


def _form(names: _Filed, k: Key) -> str:
    return max(names.forms[k], key=lambda f: (names.forms[k][f], f))


def _as_actor(form: str, texts: Sequence[str]) -> bool:
    return any(_actor_use(t, s, e) for t, s, e in _occurrences(form, texts))


def _vote_divisions(names: _Filed, texts: Sequence[str], business: Collection[str]) -> dict[str, str]:
    """Re-file the names written with a division's designator as that division's place; its bare name's key to the
    name."""
    divisions: dict[str, str] = {}
    for k in [k for k in names.forms if k[0] in ("org", "person")]:
        form = _form(names, k)
        bare = division_name(form)
        if bare is None or k[1] in business or is_known_org(form) or _as_actor(form, texts) or _as_actor(bare, texts):
            continue
        divisions[name_key(bare)] = bare
        _refile(names, k, ("place", name_key(bare)), None, bare)
    return divisions


def vote_places(names: _Filed, texts: Sequence[str], place_names: Mapping[str, str], business: Collection[str],
                surnames: Collection[str]) -> None:
    """Re-file as places the person and body names the story writes as places' (module docstring); ``place_names``
    maps the keys of the places the places stage resolved to their rows' names, ``surnames`` holds the folded
    surnames of the story's people (the words of its people's full names are added after the divisions)."""
    placed = set(place_names) | {name_key(r) for r in place_names.values()}
    rows = set(place_names.values())
    divisions = _vote_divisions(names, texts, business)
    people_words = set(surnames)
    full_names: dict[str, set[str]] = {}  # a word of a full name the model typed a person's -> those names' keys
    for k in names.forms:
        if k[0] == "person" and " " in k[1]:
            for w in k[1].split():
                full_names.setdefault(fold(w), set()).add(k[1])
    for k in [k for k in names.forms if k[0] in ("org", "person")]:
        form = _form(names, k)
        words = form.split()
        if k[1] in divisions and k[1] not in business and not is_known_org(form) and not _as_actor(form, texts):
            _refile(names, k, ("place", k[1]), None, divisions[k[1]])
            continue
        if (k[1] in business or not 1 <= len(words) <= MAX_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words)
                or is_known_org(form) or org_by_form(form)
                or any(_other_persons(fold(w), k[1], people_words, full_names, names)
                       or fold(w) in FIRST_NAME_GENDERS for w in words)):
            continue
        spans = _occurrences(form, texts)
        at_too = _in_named_country(form, placed)  # "at Velby": a town's, when the story names its country
        uses = [_place_use(t, s, e, placed, at_too) for t, s, e in spans]
        if not spans or 2 * sum(uses) < len(spans) or any(_actor_use(t, s, e) for t, s, e in spans):
            continue
        row = place_names.get(k[1]) or _opened(form, rows)  # a name the places stage placed: its place (ents67)
        if row is None and not _mapped(form) and not any(_PLACE_NOUN_AFTER.match(t, e) for t, _, e in spans):
            continue
        _refile(names, k, ("place", "@" + name_key(row)) if row is not None else ("place", k[1]), row)


def _other_persons(word: str, own: str, surnames: Collection[str], full_names: Mapping[str, set[str]],
                   names: _Filed) -> bool:
    """Is the word a surname or a full name's word of the story's people other than the name itself? A town the
    model typed a person ("Sidi Velbarra") gives its own words to the story's surnames; those say nothing (ents67)."""
    if full_names.get(word, set()) - {own}:
        return True
    if word not in surnames:
        return False
    return own.split()[-1] != word or ("person", word) in names.forms


def _refile(names: _Filed, k: Key, place: Key, row: str | None, shown_as: str | None = None) -> None:
    """Move the key's forms, documents and votes to the place's key (shown by the row's name, ``shown_as`` or the
    key's own display name)."""
    names.forms.setdefault(place, Counter()).update(names.forms.pop(k))
    docs = names.docs.setdefault(place, [])
    docs.extend(d for d in names.docs.pop(k, []) if d not in docs)
    shown = names.display.pop(k, None)
    if row is not None or shown_as is not None:
        names.display.setdefault(place, row or shown_as or "")
    elif shown is not None:
        names.display.setdefault(place, shown)
    votes = names.kind_votes[k[1]]
    names.kind_votes[place[1]]["place"] += votes.pop("org", 0) + votes.pop("person", 0)
