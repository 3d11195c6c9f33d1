"""A town the model read as an organisation ("a couple from Aldermoor", "of Lark Lane in Easton Vale"): a name the
gazetteer holds as a town (its main name, a populated place), written after a town's preposition
(lexicon/town_prepositions.txt) at least half of the time and never as a person's, a speaker's or a business's, is
a place, no organisation; so is such a name written before an attack's noun, right after it or after one
lower-case word ("the Aldermoor school shooting", lexicon/attack_nouns.txt): the place of the event. The entities
leave it to the places stage (an organisation's entry would be wrong). So is a name written only before a
possessive and a street's word ("St Brigid's Avenue", lexicon/street_words.txt): a piece of the street's name.
A name written only after a legislator's title and "for" ("the Labour MP for Ardley Central", seat_members.txt) is a
constituency, no body nor person, in a gazetteer or not."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..places.gazetteer import load_gazetteer

_PREPOSITIONS = [(r"(?<![\w-])" if p[0].isalpha() else "") + re.escape(p).replace(r"\ ", r"[ \t]*")
                 for p in lexicon.entries("town_prepositions")]
_TOWN_PREPOSITION_BEFORE = re.compile(r"(?:" + "|".join(_PREPOSITIONS) + r")[ \t]+$")
_LOOK_BACK = 12
_SEAT_BEFORE = re.compile(r"(?<![\w-])(?:" + lexicon.alternation(lexicon.entries("seat_members"))
                          + r")[ \t]+for[ \t]+(?:the[ \t]+)?$")
_ATTACK_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:" + lexicon.alternation(lexicon.entries("attack_nouns"))
                           + r")\b")
_OWNS = ("'s", "’s")  # the possessive the model took into the name ("St Brigid’s| Avenue")
_STREET_WORDS = lexicon.words("street_words")
_STREET_AFTER = re.compile(r"(['’]s)?[ \t]+([A-Z][a-z]+\.?)")


def town_preposition_use(text: str, start: int) -> bool:
    """Is the name at ``start`` written right after a town's preposition ("from |Aldermoor", ", of |Aldermoor")?"""
    return _TOWN_PREPOSITION_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None


def seat_use(text: str, start: int) -> bool:
    """Is the name at ``start`` written after a legislator's title and "for" ("the MP for |Ardley Central")?"""
    return _SEAT_BEFORE.search(text, max(0, start - 2 * _LOOK_BACK), start) is not None


def town_event_use(text: str, end: int) -> bool:
    """Is the name ending at ``end`` written before an attack's noun ("Aldermoor| school shooting")?"""
    return _ATTACK_AFTER.match(text, end) is not None


@cache
def gazetteer_town(name: str) -> bool:
    """Does the gazetteer hold the name as a town's main name (a populated place, not a country or region)?"""
    return any(m.primary and m.place.kind == "city" and m.place.name == name for m in load_gazetteer().lookup(name))


def street_cut(text: str, end: int) -> bool:
    """Is the name ending at ``end`` written before a possessive and a street's word ("St Brigid|'s Avenue")?"""
    m = _STREET_AFTER.match(text, end)
    return m is not None and m.group(2) in _STREET_WORDS and (m.group(1) is not None or text[end - 2 : end] in _OWNS)
