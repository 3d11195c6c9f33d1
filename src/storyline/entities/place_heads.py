"""A place's name the model tagged with its kind's noun ("Logar province", "the Kereth district"): the name before
the noun is a location's wherever the story writes it alone, as a name written right before that noun is
(``names.place_context``). Kinds of place: lexicon/place_nouns.txt. A name written as a town's before its region's
("… area of Sarkh, Logar,") is a location too."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from ..model import Analysis
from ..names import PLACE_NOUNS, clean_name, display_form, name_key

__all__ = ["more_locations", "place_noun_heads", "towns_of_regions"]


def place_noun_heads(analyses: Sequence[Analysis]) -> set[str]:
    """Keys of the names the story writes inside one mention before a place's noun in lower case."""
    out = set()
    for a in analyses:
        for m in a.mentions:
            head, _, noun = m.text.rpartition(" ")
            if head and noun in PLACE_NOUNS and head[-1:].isalpha():
                out.add(name_key(clean_name(display_form(head))))
    return out


_TOWN_OF_REGION = re.compile(
    r"\b(?:from|in|near|outside|of)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?),[ \t]+"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?=[.;:!?\"”)]|,[ \t]*[\"”]|,[ \t]+[a-z])")


def towns_of_regions(texts: Sequence[str], locations: Collection[str]) -> set[str]:
    """Keys of the names written as a town's before its region's ("in Pangram area of Sarkh, Logar,": after a
    preposition, before a comma and a location's name that closes the clause): a location too."""
    return {name_key(m.group(1)) for t in texts for m in _TOWN_OF_REGION.finditer(t)
            if name_key(m.group(2)) in locations}


def more_locations(analyses: Sequence[Analysis], locations: Collection[str],
                   place_by_doc: Mapping[str, Sequence[tuple[int, int, str]]]) -> set[str]:
    """Keys of the names the two rules above make locations, given the story's ``locations`` so far and the
    places the places stage placed (doc -> (start, end, row name))."""
    heads = place_noun_heads(analyses)
    placed = {name_key(a.doc.text[s:e]) for a in analyses for s, e, _ in place_by_doc.get(a.doc.id, [])}
    return heads | towns_of_regions([a.doc.text for a in analyses], set(locations) | heads | placed)
