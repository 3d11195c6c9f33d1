"""A made product's name typed a person or a body: a numbered title ("Quarrow 3 runs at 1080p": a game's, a film's
or a device's sequel; no person's name ends on a numeral), an edition's name ("the Collector's and Deluxe Editions",
its last word an edition's noun: lexicon/edition_nouns.txt), or a person's name written only right before a product's
lower-case noun ("the Velbrook browser", "a Tarn console": lexicon/product_nouns.txt, the made things' nouns; "its
revamped Velbrook programme": programme_nouns.txt) or
as that product's owner; a body's numbered name written only before a version's noun ("the Tarn Quarrow 3 port":
lexicon/version_nouns.txt) is a titled work's too. None is listed among the story's people and organisations. A
body written before a product's noun is its maker ("Orbis phones") and stays; a name also written otherwise ("Velbrook
said") stays, and so does a body whose name ends on a number ("Channel 4")
unless it is typed a person. A one-word "person" written right before such a noun or a software's noun at least
once ("the Velbrook browser", "new Velbrook apps": lexicon/software_nouns.txt) and never as a person's or a speaker's
("Velbrook said he", "Mr. Velbrook"), or named in a list after a plural made thing's noun ("tools including: Velbrook,
Quillo and Tarnmail": ``listed_things``), wherever else it is written ("coming to Velbrook"), is a product's name too
(``product_person``; the caller keeps the story's surnames and given names: ents51)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..names import person_use, speaks_use
from .cache_tags import PRODUCT_NOUN_AFTER, PRODUCT_NOUN_ONCE, VERSION_NOUN_AFTER
from .listed_things import listed_thing
from .uses import only_written_so

__all__ = ["product_name", "product_person"]

_NUMBERED = re.compile(r"^[A-Z][\w'’:-]*(?:[ \t]+[A-Z][\w'’:-]*)*[ \t]+\d{1,4}$")
_NOUN_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(
    lexicon.entries("product_nouns") + lexicon.entries("programme_nouns"), space=r"[ \t]+") + r")\b")
_SOME_NOUN_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(
    lexicon.entries("product_nouns") + lexicon.entries("programme_nouns") + lexicon.entries("software_nouns"),
    space=r"[ \t]+") + r")\b")
_VERSION_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.entries("version_nouns"), space=r"[ \t]+")
                            + r")\b")
_OWNER = re.compile(r"['’]s?\b")


def product_name(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a made product's (module docstring)?"""
    if kind == "place" or not name[:1].isupper():
        return False
    if _NUMBERED.match(name) is not None and (kind == "person" or only_written_so(
            name, texts, cache, VERSION_NOUN_AFTER, _before_version_noun)):
        return True  # "Quarrow 3": a numbered title, no person; "the Tarn Quarrow 3 port": a title's modifier
    if " " in name and name.rsplit(None, 1)[-1].lower() in lexicon.words("edition_nouns"):
        return True  # "Deluxe Editions": an edition of a product
    return kind == "person" and only_written_so(name, texts, cache, PRODUCT_NOUN_AFTER, _before_product_noun)


def _before_version_noun(text: str, start: int, end: int) -> bool:
    """Is the name written here right before a version's noun ("… 3 port")?"""
    return _VERSION_AFTER.match(text, end) is not None


def _before_product_noun(text: str, start: int, end: int) -> bool | None:
    """True before a product's noun, None as an owner ("Velbrook's"), False otherwise."""
    if _NOUN_AFTER.match(text, end) is not None:
        return True
    return None if _OWNER.match(text, end) is not None else False


def product_person(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the one-word name written right before a made thing's, a programme's or a software's noun, or listed after
    one's plural, at least once and never as a person's or a speaker's (module docstring)?"""
    return " " not in name and name[:1].isupper() and only_written_so(
        name, texts, cache, PRODUCT_NOUN_ONCE, _product_not_person)


def _product_not_person(text: str, start: int, end: int) -> bool | None:
    """True before a product's, a programme's or a software's noun or in a list after one's plural, False as a
    person's or a speaker's, else None."""
    if person_use(text, start, end) or speaks_use(text, end, start):
        return False
    return True if _SOME_NOUN_AFTER.match(text, end) is not None or listed_thing(text, start, end) else None
