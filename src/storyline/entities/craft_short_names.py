"""A craft's short name: "Kestrel" of "the Kestrel Space Telescope" ("Kestrel's images showed …"). A name (not
initials) the story writes as the first words of a craft's capitalised name (its last word a craft's noun:
lexicon/craft_nouns.txt) and otherwise only as an owner ("Kestrel's") names the craft, a made thing, not a body or a
person, and is not listed. A name also written otherwise ("Kestrel said", "at Kestrel") stays: a body that names its
craft for itself ("the Acme Lunar Lander" beside "Acme said") is a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import CRAFT_SHORT_NAME
from .uses import only_written_so

__all__ = ["craft_short_name"]

_NOUNS = lexicon.alternation((n.title() for n in lexicon.entries("craft_nouns")), space=r"[ \t]+")
_CRAFT_NAME_REST = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,3}?[ \t]+(?:" + _NOUNS + r")\b")
_OWNER = re.compile(r"['’]s?\b")


def craft_short_name(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name written only as a craft's name's first words or as an owner (module docstring)?"""
    if not name[:1].isupper() or name.isupper():
        return False
    return only_written_so(name, texts, cache, CRAFT_SHORT_NAME, _craft_or_owner)


def _craft_or_owner(text: str, start: int, end: int) -> bool | None:
    if _CRAFT_NAME_REST.match(text, end) is not None:
        return True
    return None if _OWNER.match(text, end) is not None else False
