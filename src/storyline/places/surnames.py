"""A surname of the story's people that is also a country's or a town's name ("Lt. Col. Avery Jordan … Jordan will
stand trial", "Pvt. Lyle England"): the person's, not the place, when the story never writes it as a place.

The model often tags such a surname, standing alone, as a place ("Jordan will stand trial on eight counts"). A name
is the person's when the story writes a person's fuller name ending in it ("Avery Jordan") and no mention of the
bare name has what a place's has: a locative word or a list before it ("in Jordan", "Syria and Jordan"), a
qualifier ("Jordan, Minn."), a place it lies within, or a direction or distance. A national capital is left to the
other rules: news names governments by their capitals ("Washington said"), uncued. So is a one-word name the story
writes after a title somewhere ("Princess Charlotte … Charlotte waved"): a given name or a surname (ents57).
A list's "and" or comma is no place's cue when the word before it is a word of a person's name of the story ("Okafor
and Jordan were the two clerks": two people listed) or a date's ("On Sunday, Jordan wrote", "In 2016, Jordan …": an
opening phrase's comma, no list) (ents61).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
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
    people_words: set[str] = set()
    for a in analyses:
        for m in a.mentions:
            words = [w for w in clean_name(m.text).split() if fold(w) not in PARTICLES]
            if m.kind == "person" and len(words) >= 2:
                surnames.add(fold(words[-1]))
                people_words.update(fold(w) for w in words)
    texts = {a.doc.id: a.doc.text for a in analyses}
    capitals = set(CAPITALS.values())
    cued: set[str] = set()
    seen: set[str] = set()
    titled = _titled_words([a.doc.text for a in analyses])
    for c in cands:
        name = fold(c.text)
        if name not in surnames and name not in titled:
            continue
        seen.add(name)
        cue = c.cue and not _listed_with_no_place(texts.get(c.doc, ""), c.start, people_words)
        if cue or c.qualifier or c.within or c.locative or c.division or c.listed_division or c.abbreviation:
            cued.add(name)
    return {n for n in seen - cued if key(n) not in capitals}


_LIST_PARTNER = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*|\d+)[ \t]*(?:,|[ \t](?:and|or|&))[ \t]+$")
_CALENDAR = frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))


def _listed_with_no_place(text: str, start: int, people_words: set[str]) -> bool:
    """Is the name right after "and", "or" or a comma that follows a word of a person's name of the story ("Okafor
    and| Jordan") or a date's ("On Sunday, |Jordan", "In 2016, |Jordan"), so that the cue a list gives a place beside a
    place is none here (module docstring)?"""
    m = _LIST_PARTNER.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = fold(m.group(1))
    return word.isdigit() or word in people_words or word in _CALENDAR


_TITLED = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?[ \t]+([A-Z][\w'’-]*)(?![\w'’-])")


def _titled_words(texts: Sequence[str]) -> set[str]:
    """Folded words the story writes right after a title or an honorific ("Princess Charlotte", "Mr Jordan"): a bare
    mention of one no cue makes a place's is the person's given name or surname (ents57)."""
    return {fold(m.group(1)) for t in texts for m in _TITLED.finditer(t)}
