"""A surname of the story's people that is also a country's or a town's name ("Lt. Col. Avery Jordan … Jordan will
stand trial", "Pvt. Lyle England"): the person's, not the place, when the story never writes it as a place.

The model often tags such a surname, standing alone, as a place ("Jordan will stand trial on eight counts"). A name
is the person's when the story writes a person's fuller name ending in it ("Avery Jordan") and no mention of the
bare name has what a place's has: a locative word or a list before it ("in Jordan", "Syria and Jordan"), a
qualifier ("Jordan, Minn."), a place it lies within, or a direction or distance. A national capital is left to the
other rules: news names governments by their capitals ("Washington said"), uncued. So is a one-word name the story
writes after a title somewhere ("Princess Charlotte … Charlotte waved"): a given name or a surname (ents57).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Analysis
from ..names import HONORIFICS, PARTICLES, clean_name
from ..text import fold
from .candidates import Candidate
from .gazetteer import key
from .resolver import CAPITALS


def uncued_surnames(analyses: Sequence[Analysis], cands: Sequence[Candidate]) -> set[str]:
    """Folded surnames of the story's people (the last word of a person's name of two words or more) that no
    candidate place of that name earns as a place (no cue, qualifier, enclosing place or locative)."""
    surnames: set[str] = set()
    for a in analyses:
        for m in a.mentions:
            words = [w for w in clean_name(m.text).split() if fold(w) not in PARTICLES]
            if m.kind == "person" and len(words) >= 2:
                surnames.add(fold(words[-1]))
    capitals = set(CAPITALS.values())
    cued: set[str] = set()
    seen: set[str] = set()
    titled = _titled_words([a.doc.text for a in analyses])
    for c in cands:
        name = fold(c.text)
        if name not in surnames and name not in titled:
            continue
        seen.add(name)
        if c.cue or c.qualifier or c.within or c.locative or c.division or c.listed_division or c.abbreviation:
            cued.add(name)
    return {n for n in seen - cued if key(n) not in capitals}



_TITLED = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?[ \t]+([A-Z][\w'’-]*)(?![\w'’-])")


def _titled_words(texts: Sequence[str]) -> set[str]:
    """Folded words the story writes right after a title or an honorific ("Princess Charlotte", "Mr Jordan"): a bare
    mention of one no cue makes a place's is the person's given name or surname (ents57)."""
    return {fold(m.group(1)) for t in texts for m in _TITLED.finditer(t)}
