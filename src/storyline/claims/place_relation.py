"""Where two figures are said to be: the same places, a wider or narrower scope, or different places.

Containment comes only from what the reports state ("Talbiseh in Homs"); grouping.py reads
``Places.relation`` as evidence that two figures are of one scope or of two.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .dateline import names_any

if TYPE_CHECKING:
    from .figure_mention import FigureMention


@cache
def _norm_place(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", name.lower()).replace("’s", "").replace("'s", "").strip()


@cache
def _place_eq(a: str, b: str) -> bool:
    x, y = _norm_place(a), _norm_place(b)
    if x == y:
        return True
    xs, ys = set(x.split()), set(y.split())
    return bool(xs) and bool(ys) and (xs <= ys or ys <= xs)


def place_eq(a: str, b: str) -> bool:
    """One place written two ways ('the Philippines' / 'Philippines', 'Hong Kong' / 'Hong Kong island')."""
    return _place_eq(a, b)


class Places:
    """Containment between places, as the reports state it ('Talbiseh in Homs')."""

    def __init__(self, pairs: Sequence[tuple[str, str]], texts: Mapping[str, str] | None = None) -> None:
        self.texts: Mapping[str, str] = texts or {}  # document id → text, for what a report names
        self.outer: dict[str, set[str]] = {}
        for inner, outer in pairs:
            self.outer.setdefault(_norm_place(inner), set()).add(_norm_place(outer))
        self._contains: dict[tuple[str, str], bool] = {}
        self._innermost: dict[tuple[str, ...], list[str]] = {}

    def contains(self, outer: str, inner: str) -> bool:
        """Is ``inner`` inside ``outer`` (transitively)?"""
        key = (outer, inner)
        if key not in self._contains:
            self._contains[key] = self._search(outer, inner)
        return self._contains[key]

    def _search(self, outer: str, inner: str) -> bool:
        target = _norm_place(outer)
        seen: set[str] = set()
        stack = [_norm_place(inner)]
        while stack:
            p = stack.pop()
            for o in self.outer.get(p, ()):
                if _place_eq(o, target):
                    return True
                if o not in seen:
                    seen.add(o)
                    stack.append(o)
        return False

    def innermost(self, names: Sequence[str]) -> list[str]:
        key = tuple(names)
        if key not in self._innermost:
            self._innermost[key] = [p for p in names if not any(q != p and self.contains(p, q) for q in names)]
        return self._innermost[key]

    def relation(self, a: FigureMention, b: FigureMention) -> str:
        """'same', 'wider' (a's places contain b's), 'narrower', 'different' (both tied to the
        event), or 'apart' (disjoint, but at least one only from the sentence around the figure)."""
        pa, pb = self.innermost(a.places), self.innermost(b.places)
        if not pa or not pb or any(_place_eq(x, y) for x in pa for y in pb):
            return "same"
        if all(any(self.contains(y, x) for y in pb) for x in pa):
            return "narrower"
        if all(any(self.contains(x, y) for x in pa) for y in pb):
            return "wider"
        return "different" if a.places_direct and b.places_direct else "apart"

    def _related(self, xs: Sequence[str], ys: Sequence[str]) -> bool:
        return any(_place_eq(x, y) or self.contains(x, y) or self.contains(y, x) for x in xs for y in ys)

    def filed_apart(self, a: FigureMention, b: FigureMention) -> bool:
        """Two figures of places apart by their reports' datelines (dateline.py): both unplaced, from local
        reports filed from places apart, neither naming the other's place; or one unplaced, from a local report
        filed from a place apart from the other's own place ('45 people have died' in a report from Moscow
        that never names Poland, and '32 people died in Poland')."""
        if a.doc == b.doc or bool(a.places) and bool(b.places):
            return False
        if not a.places and not b.places:
            if not a.home or not b.home or self._related(a.home, b.home):
                return False
            return not names_any(self.texts.get(a.doc, ""), b.home) and not names_any(self.texts.get(b.doc, ""), a.home)
        placed, bare = (a, b) if a.places else (b, a)
        own = self.innermost(placed.places)
        if not bare.home or not placed.places_direct or self._related(bare.home, own):
            return False
        return not names_any(self.texts.get(bare.doc, ""), own)
