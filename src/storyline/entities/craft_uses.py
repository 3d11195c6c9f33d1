"""A craft's name written before its craft's noun in lower case: "We're using our Blue Moon lander", "the Vela rover
and the Vela orbiter" (lexicon/craft_nouns.txt). A name the story writes only so, every time, names a made craft, not
a person or a body, and is not listed (as a craft's name with its noun capitalised, "Parker Solar Probe", is not:
``shapes.craft_name``). A body that builds crafts is written otherwise somewhere ("Kestrel said", "a Kestrel
engineer") and stays.

So is a name written more often right before a craft's noun (or a launch craft's: lexicon/launch_craft_nouns.txt,
"rocket", "capsule") than otherwise, and never as a person's or a speaker's ("the Velta Heavy rocket" twice, "Velta
Heavy is twice as powerful" once: ``craft_mostly``; ents54), unless an organisation's by its form or a known one; one
word only when the story also writes it inside a craft's longer name ("the Crew Vela capsule", "the Vela Capsule"),
as "Hamas rocket fire" names the group; and a name of two words or more that ends in a launch craft's noun
capitalised ("the Tarn Capsule": ``titled_craft``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import known_org, org_by_form, person_use, speaks_use
from ..text import word_spans
from .cache_tags import CRAFT_MOSTLY, CRAFT_USE
from .uses import only_written_so
from .vessel_names import vessel_name

__all__ = ["craft_written"]

_LAUNCH = lexicon.entries("launch_craft_nouns")
_NOUNS = lexicon.alternation(lexicon.entries("craft_nouns"))
_CRAFT_AFTER = re.compile(r"[ \t]+(?:" + _NOUNS + r")s?\b")
_ANY_CRAFT_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.entries("craft_nouns") + _LAUNCH) + r")s?\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_LAUNCH_TITLED = re.compile(r"[ \t](?:" + lexicon.alternation(n.title() for n in _LAUNCH) + r")$")


def craft_written(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a craft's by how the story writes it: only (or mostly, ``craft_mostly``) right before a craft's
    noun in lower case, or ending in a launch craft's noun (module docstring), or a ship's after its vessel's noun
    ("the frigate Admiral Velmar": ``vessel_names``, ents67)?"""
    if not name[:1].isupper():
        return False
    if titled_craft(name):
        return True
    return only_written_so(name, texts, cache, CRAFT_USE, lambda t, _, end: _CRAFT_AFTER.match(t, end) is not None
                           ) or craft_mostly(name, texts, cache) or vessel_name(name, texts, cache)


def titled_craft(name: str) -> bool:
    """A name of two words or more, each capitalised, that ends in a launch craft's noun ("Tarn Capsule")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and _LAUNCH_TITLED.search(name) is not None


def craft_mostly(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name written more often right before a craft's lower-case noun than otherwise (a use inside a longer
    name says nothing), never as a person's or a speaker's, and no organisation's by form or a known one? One word
    only when one of its uses is inside a craft's longer name (module docstring)."""
    key = CRAFT_MOSTLY + name
    if key not in cache:
        spans = [(t, start, end) for t in texts for start, end in word_spans(t, name, ".-", "-")]
        verdicts = [_craft_use(t, start, end) for t, start, end in spans]
        if " " not in name.strip() and not any(_in_craft_name(t, start, end) for t, start, end in spans):
            verdicts.append("person")  # one word no craft's longer name holds: "Hamas rocket fire"
        craft, other = verdicts.count(True), verdicts.count(False)
        cache[key] = int(craft > other and "person" not in verdicts and not org_by_form(name)
                         and known_org(name) is None)
    return bool(cache[key])


_WORD_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")
_TITLED_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w-]*)*?[ \t](?:" + lexicon.alternation(n.title() for n in _LAUNCH) + r")\b")


def _in_craft_name(text: str, start: int, end: int) -> bool:
    """Is the word inside a craft's longer name: after a capitalised word and before a craft's noun ("the Crew Vela
    capsule"), or before a launch craft's noun capitalised ("the Vela Capsule")?"""
    if _TITLED_AFTER.match(text, end) is not None:
        return True
    after_word = _WORD_BEFORE.search(text[max(0, start - 30) : start]) is not None
    return after_word and _ANY_CRAFT_AFTER.match(text, end) is not None


def _craft_use(text: str, start: int, end: int) -> bool | str | None:
    """"person" for a person's or a speaker's use, True right before a craft's noun, None before a capitalised word
    (a longer name's), False otherwise."""
    if person_use(text, start, end) or speaks_use(text, end, start):
        return "person"
    if _ANY_CRAFT_AFTER.match(text, end) is not None:
        return True
    return None if _CAPITAL_AFTER.match(text, end) is not None else False
