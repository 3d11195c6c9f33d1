"""Names that are no one person or organisation by their own words: a people written in the plural
("Croats", "Orthodox Serbs", "Bosnian Serbs"), a creed ("Islam", "Jihad"), a planet ("seven flybys of
Venus"); and a name with a regnal number ("Pius XII", "Elizabeth II"), which is a person's. Pure functions over
a name and the story's name keys, for ``entities.evidence``; the word lists are in ``lexicon/`` (demonyms,
faith_words, creed_names, natural_objects), written from general knowledge."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from .. import lexicon
from ..names import FIRST_NAME_GENDERS, name_key, org_by_form
from ..names.natural import PLANETS
from ..places.gazetteer import load_gazetteer
from ..text import fold

__all__ = ["adjective_of", "country_adjective", "creed_name", "event_name", "exit_coinage", "faith_place",
           "nationality_cut", "observance_name", "people_plural", "planets_as_bodies", "regnal", "regnal_pairs"]

_DEMONYMS = lexicon.words("demonyms")
_FAITH = lexicon.words("faith_words")
_EVENT_WORDS = lexicon.words("event_words") | lexicon.words("procedure_words")
_EXIT_ENDINGS = tuple(sorted(lexicon.words("exit_coinage_endings")))
_EXIT_STEM_MIN = 2  # letters before the ending: "Exit" and "Xit" alone are no coinage
_OBSERVANCE_WORDS = lexicon.words("observance_words")
_CREEDS = lexicon.words("creed_names")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")  # I … XXXIX
_REGNAL_TITLES = lexicon.words("regnal_titles")


def country_adjective(word: str, places: Collection[str]) -> bool:
    """A nationality's adjective ("French"; lexicon/demonyms.txt), or one made of a placed name of the story ("Kenyan"
    of Kenya, "Mexican" of Mexico, "Egyptian" of Egypt); ``places`` are the placed names' keys."""
    return (" " not in word and fold(word) in _DEMONYMS) or any(adjective_of(word, p) for p in places)


def adjective_of(word: str, place: str) -> bool:
    """Is ``word`` the adjective made of the placed name ``place`` ("Kenyan" of "kenya", "Mexican" of "mexico")?"""
    w = word.lower()
    return len(place) >= 4 and w in (place + "n", place + "an", place + "ian", place[:-1] + "an", place[:-1] + "ian")


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """The folded names of the gazetteer's countries ("zimbabwe", "malawi")."""
    return frozenset(fold(p.name) for p in load_gazetteer().countries().values())


def nationality_cut(name: str, places: Collection[str]) -> str | None:
    """A person's full name written after a nationality's adjective ("Malawian Ana Maren Oduya" of a story that places
    Malawi): the name without it, since the adjective says where the person is from and is no part of the name;
    None when the first word is no adjective of a listed nationality or of a country the story places (``places``:
    the placed names' keys; a town's "Adria" makes no "Adrian"), is a common given name, or the rest is not two or
    three capitalised words of no body's name."""
    words = name.split()
    if not 3 <= len(words) <= 4 or fold(words[0]) in FIRST_NAME_GENDERS:
        return None
    if not country_adjective(words[0], [p for p in places if p in _country_keys()]):
        return None
    rest = words[1:]
    if not all(w[:1].isupper() and not w.isupper() for w in rest) or org_by_form(" ".join(rest)):
        return None
    return " ".join(rest)


def creed_name(name: str) -> bool:
    """A religion's, a creed's or a doctrine's name alone ("Islam", "Jihad"; lexicon/creed_names.txt): a belief."""
    return " " not in name and fold(name) in _CREEDS


def _people_word(word: str) -> bool:
    """A people's or a faith's plural noun ("croats", "serbs", "muslims", "catholics")."""
    w = fold(word)
    return len(w) > 3 and w.endswith("s") and (w[:-1] in _DEMONYMS or w[:-1] in _FAITH)


def _people_modifier(word: str) -> bool:
    """A word before a people's plural that keeps it a people: a faith's or a nation's adjective ("Orthodox",
    "Roman", "Bosnian", "Kurdish")."""
    w = fold(word)
    return w in _FAITH or w in _DEMONYMS or w.endswith(("an", "ian", "ish", "ese", "i"))


def people_plural(name: str) -> bool:
    """A people or a community in the plural ("Croats", "Orthodox Serbs", "Roman Catholics", "Bosnian Serbs"):
    the last word a people's or a faith's plural, every word before it an adjective of one."""
    words = name.split()
    if not words or not 1 <= len(words) <= 3 or not _people_word(words[-1]):
        return False
    return all(_people_modifier(w) for w in words[:-1])


def regnal(name: str, texts: Iterable[str]) -> bool:
    """A name with a regnal number after one or two given names, which the story writes after a title of
    rule ("Pope Pius XII", "King Henry VIII"): a pope's or a monarch's name, a person's, not an
    organisation's. "World War II" has the shape, never the title."""
    words = name.split()
    if words and words[0] in _REGNAL_TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 3 or not words[-1] or not _ROMAN.match(words[-1]):
        return False
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[:-1]):
        return False
    titles = "|".join(re.escape(t) for t in _REGNAL_TITLES)
    titled = re.compile(r"\b(?:" + titles + r")[ \t]+" + re.escape(" ".join(words)) + r"\b")
    return any(titled.search(t) for t in texts)


def planets_as_bodies(keys: Iterable[str]) -> set[str]:
    """Folded planets' names that the story never writes inside a longer name (``keys``: the story's name
    keys): "Venus" of "seven flybys of Venus" is the planet; beside "Venus Williams" it is her first name."""
    inside = {w for k in keys if " " in k for w in k.split()}
    return {fold(p) for p in PLANETS if fold(p) not in inside}


def regnal_pairs(person_keys: Iterable[str]) -> list[tuple[str, str]]:
    """(name, name with its regnal number) of the people a story names both ways ("john paul", "john paul
    ii"): one pope, written with and without his number, when the story gives the name one number only
    (a story of Henry VII and Henry VIII keeps a bare "Henry" apart)."""
    numbered: dict[str, list[str]] = {}
    for k in person_keys:
        words = k.split()
        if len(words) >= 2 and words[-1] and _ROMAN.match(words[-1].upper()):
            numbered.setdefault(" ".join(words[:-1]), []).append(k)
    keys = set(person_keys)
    return sorted((base, fulls[0]) for base, fulls in numbered.items() if len(fulls) == 1 and base in keys)


def event_name(name: str) -> bool:
    """A name of two words or more that ends on an event's word ("Boston Marathon", "Carrington Event";
    lexicon/event_words.txt): something that happened or takes place, no person or organisation."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _EVENT_WORDS


def exit_coinage(name: str) -> bool:
    """One capitalised word coined for a member leaving a union ("Grexit", "Velxit"; lexicon/exit_coinage_endings.txt,
    ents58): an exit, an event or a policy, no person or organisation."""
    return (" " not in name and name[:1].isupper() and name[1:].islower()
            and any(name.lower().endswith(e) and len(name) - len(e) >= _EXIT_STEM_MIN for e in _EXIT_ENDINGS))


def observance_name(name: str, person: bool, given_names: Collection[str]) -> bool:
    """A named day, week or month ("Aldbury International Day", "Tarn Week"; lexicon/observance_words.txt): an
    observance, no person or organisation; not two words typed a person's or opening on a given name ("Doris Day";
    ``given_names``: folded)."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _OBSERVANCE_WORDS and not (
        len(words) == 2 and (person or fold(words[0]) in given_names))


def faith_place(name: str, placed: Iterable[str]) -> bool:
    """A faith's adjective before a name the story places ("Orthodox Serbia", "Catholic Ireland"; ``placed``:
    the keys of placed names): the place, described, not an organisation."""
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in _FAITH and name_key(" ".join(words[1:])) in placed
