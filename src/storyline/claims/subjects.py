"""Whose figure a row is (claims40, the thirtieth read): "James finished with 25 points, 11 rebounds and 10 assists"
and "Chris Paul had four points, 10 assists and five rebounds" are two players' lines; equal numbers of different
subjects are different claims, not one claim told twice and agreeing. A report's two mentions whose names tied to the
counted thing or its event (``FigureMention.actors``: "Paul had", "Gallinari added", "Shell's pay") are both given
and share no word are two figures, whatever their values, for counts and sums (a date such as "320,000 years
ago" is no one's: the names around it are the clause's, not its holder's). A figure listed with others ("25 points,
11 rebounds and 10 assists": only commas and "and" between the mentions) has the list's names when it has none of
its own (the parser may hang the last item on another verb). A mention with no name ("He has at least 10
assists") is left to the other rules, and so are two reports' mentions, whose names for one holder may differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figure_mention import FigureMention

HELD = frozenset({"count", "money"})  # what a subject has; not a date ("320,000 years ago") or a measure
_LIST_GAP = re.compile(r"\s*(?:,|and|, and)\s*")


def listed_holders(ms: Sequence[FigureMention], texts: Mapping[str, str]) -> dict[int, frozenset[str]]:
    """Each mention's names by ``id``: its own, else those of the list of figures it is in."""
    order = sorted(ms, key=lambda m: (m.doc_index, m.start))
    out = [m.actors for m in order]
    run: list[int] = []
    for i, m in enumerate(order):
        prev = order[run[-1]] if run else None
        if prev is not None and prev.doc == m.doc and prev.end <= m.start and \
                _LIST_GAP.fullmatch(texts.get(m.doc, "")[prev.end : m.start]):
            run.append(i)
            continue
        _share(out, run)
        run = [i]
    _share(out, run)
    return {id(m): names for m, names in zip(order, out, strict=True)}


def _share(out: list[frozenset[str]], run: list[int]) -> None:
    names = frozenset().union(*(out[i] for i in run)) if run else frozenset()
    owners = {out[i] for i in run if out[i]}
    if len(owners) == 1:  # (a list whose items name different holders keeps each item's own)
        for i in run:
            out[i] = out[i] or names


def holders_apart(a: FigureMention, b: FigureMention, names: Mapping[int, frozenset[str]]) -> bool:
    """Two mentions of one report with names (``names``: theirs or their list's, by ``id``), none in common."""
    x, y = names.get(id(a), a.actors), names.get(id(b), b.actors)
    held = a.dimension in HELD and b.dimension in HELD
    return held and a.doc == b.doc and bool(x) and bool(y) and not x & y
