"""A craft's name written before its craft's noun in lower case: "We're using our Blue Moon lander", "the Vela rover
and the Vela orbiter" (lexicon/craft_nouns.txt). A name the story writes only so, every time, names a made craft, not
a person or a body, and is not listed (as a craft's name with its noun capitalised, "Parker Solar Probe", is not:
``shapes.craft_name``). A body that builds crafts is written otherwise somewhere ("Kestrel said", "a Kestrel
engineer") and stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import CRAFT_USE
from .uses import only_written_so

__all__ = ["craft_written"]

_NOUNS = lexicon.alternation(lexicon.entries("craft_nouns"))
_CRAFT_AFTER = re.compile(r"[ \t]+(?:" + _NOUNS + r")s?\b")


def craft_written(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name written only right before a craft's noun in lower case (module docstring)?"""
    if not name[:1].isupper():
        return False
    return only_written_so(name, texts, cache, CRAFT_USE, lambda t, _, end: _CRAFT_AFTER.match(t, end) is not None)
