"""A landform's name: a mountain's or a hill's the gazetteer may not hold, written as one ("the summit of Aldfell",
"Aldfell's west face", "the Aldfell ridge"; lexicon/landform_nouns.txt). Such a name is a place (a feature's), not
an organisation or a person; a name only ever written right before the landform's noun ("an area known as Aldfell
arete") is a piece of the landform's name, no entry."""

from __future__ import annotations

import re

from .. import lexicon

_NOUNS = lexicon.alternation(lexicon.words("landform_nouns"))
_DIRECTION = r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?[ \t]+)"
_AFTER = re.compile(r"(['’]s[ \t]+" + _DIRECTION + r"?)?[ \t]+" + _DIRECTION + r"?(?:" + _NOUNS + r")\b(?![ \t]+of\b)")
_BEFORE = re.compile(r"\b(?:" + _NOUNS + r")[ \t]+of[ \t]+(?:the[ \t]+)?$")


def landform_use(text: str, start: int, end: int) -> str | None:
    """How the name at ``text[start:end]`` is written as a landform's: "piece" right before the landform's noun
    ("Aldfell arete"), "use" otherwise ("Aldfell's west face", "the summit of Aldfell"); None when not so."""
    after = _AFTER.match(text, end)
    if after is not None:
        return "use" if after.group(1) else "piece"
    return "use" if _BEFORE.search(text[max(0, start - 30) : start]) is not None else None
