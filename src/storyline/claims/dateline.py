"""Where a wire report was filed: the places of its dateline ("WARSAW, Poland (AP) _" → Warsaw, Poland).

A figure whose sentence names no place is, in a *local* wire report, about the dateline's place
("MOSCOW (AP) _ ... Since the beginning of October, 45 people have died of hypothermia"). A report is
local with respect to another place when its text never names that place: a report from Taipei that
tells of the Philippines' toll names the Philippines, so its unplaced figures may be the Philippines'.
grouping.py reads this only to keep apart figures with different values (place_relation.Places).
"""

from __future__ import annotations

import re

from ..newswriting import dateline_end
from .scope import Place

_HEAD_LINES = 3  # a dateline opens the report, after at most a line or two of editors' notes
_AGENCY = re.compile(r"\([^)]*\)")
_TAIL = re.compile(r"\s*(?:_|--|—|–|-)\s*$")


def _title(words: str) -> str:
    """'SAN MIGUEL' → 'San Miguel' (a dateline's city is written in capitals)."""
    return " ".join(w[:1].upper() + w[1:].lower() if w.isupper() else w for w in words.split())


def dateline_places(text: str) -> tuple[str, ...]:
    """The dateline's places, city first ('Warsaw', 'Poland'); () when the report has no dateline."""
    for line in text.lstrip().splitlines()[:_HEAD_LINES]:
        line = line.strip()
        end = dateline_end(line)
        if not end:
            continue
        head = _TAIL.sub("", _AGENCY.sub(" ", line[:end]).strip())
        parts = [_title(p.strip(" .")) for p in head.split(",")]
        return tuple(p for p in parts if p and p[0].isalpha())
    return ()


def after_dateline(places: list[Place], text: str, offset: int) -> list[Place]:
    """The places of a figure's sentence but the wire dateline's at the report's head ("WASHINGTON – Two officers
    were charged …" tells where the report was filed, not where they were charged; claims33): in the report's first
    paragraph (``offset`` 0) only. The dateline stays the report's home (``dateline_places``)."""
    end = dateline_end(text) if offset == 0 else 0
    return [p for p in places if p.start >= end]


def dateline_pairs(places: tuple[str, ...]) -> list[tuple[str, str]]:
    """Containment the dateline states: the city is in the region or country after its comma."""
    return [(places[i], places[i + 1]) for i in range(len(places) - 1)]


def names_any(text: str, places: tuple[str, ...] | list[str]) -> bool:
    """Does the text name any of the places (whole words, any case)?"""
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text, re.I) for p in places if p)
