"""The tail of a place's name the model read as a name of its own ("Braunau am| Inn", "Kelby upon| Avel"): a place's
name may run on over a lower-case connector (``lexicon/place_connectors.txt``: "am", "upon", "on", "sur" …; the
English ones, "on", "of", only hyphened: ``place_connectors_hyphened.txt``), and the model may end the place at the
connector and tag the rest a person. A name written right after "<a place> <connector> " (a span the model tagged a
place or the places stage placed, ending at the connector) is a piece of that place's name: a location, no person
or body ("Osama bin Laden" is no tail: "Osama" is no place)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis
from ..names import clean_name, display_form, name_key

__all__ = ["place_tails"]

_HYPHENED = set(lexicon.words("place_connectors_hyphened"))
_SPACED = lexicon.alternation(set(lexicon.words("place_connectors")) - _HYPHENED)
# A spaced connector ("am", "upon", "de") between blanks or hyphens; an English word ("on", "of") only hyphened.
_CONNECTOR = re.compile(r"(?:[ \t-]+(?:" + _SPACED + r")[ \t-]+|-(?:"
                        + lexicon.alternation(_HYPHENED) + r")-)$")


def place_tails(analyses: Sequence[Analysis], placed: dict[str, list[tuple[int, int, str]]]) -> set[str]:
    """Keys of the names written right after a place's name and its connector (module docstring)."""
    out: set[str] = set()
    for a in analyses:
        ends = {m.end for m in a.mentions if m.kind == "place"} | {e for _, e, _ in placed.get(a.doc.id, [])}
        for m in a.mentions:
            if m.kind == "place":
                continue
            joint = _CONNECTOR.search(a.doc.text, max(0, m.start - 12), m.start)
            if joint is not None and joint.start() in ends:
                out.add(name_key(clean_name(display_form(m.text))))
    return out
