"""A ship's name written after its vessel's noun in lower case: "the aircraft carrier Admiral Velmar", "the frigate
Aldwater" (lexicon/vessel_nouns.txt). The model reads a ship named for a person ("Admiral Velmar") as that person. A
name the story writes so at least once, and otherwise only after "the" ("the Admiral Velmar sailed"), names a made
thing, not a person or a body, and is not listed (ents67). A name written anywhere else ("Velmar said", "at Velmar")
stays, as does an organisation's by its form or a known one ("the carrier Acme Airlines"): a person or a body the
story also names plainly is an actor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import known_org, org_by_form
from .cache_tags import VESSEL_NAME
from .uses import only_written_so

__all__ = ["vessel_name"]

_WORD = r"[A-Z][\w.'’-]*[ \t]+"
_VESSEL_BEFORE = re.compile(
    r"(?<![\w-])(?:" + lexicon.alternation(lexicon.entries("vessel_nouns"), space=r"[ \t]+") + r")[ \t]+(?:"
    + _WORD + r"){0,2}$")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:" + _WORD + r"){0,2}$")
_LOOK_BACK = 60


def _judge(text: str, start: int, _end: int) -> bool | None:
    """True after a vessel's noun (a capitalised word or two between: "carrier Admiral |Velmar|"), None after "the",
    False anywhere else."""
    before = text[max(0, start - _LOOK_BACK) : start]
    if _VESSEL_BEFORE.search(before) is not None:
        return True
    return None if _THE_BEFORE.search(before) is not None else False


def vessel_name(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a ship's by how the story writes it (module docstring)?"""
    if not name[:1].isupper() or org_by_form(name) or known_org(name) is not None:
        return False
    return only_written_so(name, texts, cache, VESSEL_NAME, _judge)
