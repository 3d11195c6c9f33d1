"""A town's name as a brand's or a model's: "a new van that carries the Malibu family car brand name".

Makers name products after places (cars above all), and news writes the name bare once it has said it is a brand's:
"some Malibu design touches". Where the story writes a name after a serving's noun and "of" ("a pint of Velbrew":
``lexicon/serving_nouns.txt``) or before a brand-name noun (``lexicon/brand_name_nouns.txt``:
"brand name", "nameplate", "trademark", a few lower-case words between), the name is the brand's, and so are its
other mentions the story never writes after a locative word ("in Malibu, California" stays the town).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..text import fold
from .candidates import Candidate
from .teams import Span, written_as_place

_NOUNS = sorted((r"\s+".join(map(re.escape, p.split())) for p in lexicon.words("brand_name_nouns")), key=len,
                reverse=True)
_BRAND_AFTER = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?:" + "|".join(_NOUNS) + r")\b")
_SERVED_BEFORE = re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("serving_nouns")) + r")\s+of\s+$")


def brand_uses(cands: Sequence[Candidate], texts: dict[str, str]) -> set[Span]:
    """The spans of candidates that name a brand, not a place (see the module's docstring)."""
    named = {(c.doc, c.start, c.end): fold(c.text) for c in cands
             if _BRAND_AFTER.match(texts[c.doc][c.end : c.end + 80])
             or _SERVED_BEFORE.search(texts[c.doc][max(0, c.start - 20) : c.start])}  # "a pint of Velbrew" (ents57)
    brands = set(named.values()) - {fold(c.text) for c in cands if written_as_place(c, texts)}
    return set(named) | {(c.doc, c.start, c.end) for c in cands
                         if fold(c.text) in brands and not written_as_place(c, texts)}
