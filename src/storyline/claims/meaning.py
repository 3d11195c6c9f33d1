"""Grouping by meaning: groups the word rules kept apart that tell one figure in other words.

The rules of ``grouping.py`` join two mentions when their counted thing and event agree in
words (lemmas, WordNet kin, casualty classes). Reports often tell one figure with other verbs:
"robbed them of $3,000" / "her purse, which contained $3,000"; "carrying 12 crew members" /
"departed with a dozen crew members". Two groups are merged here when

- every pair across them *could* be one figure (``grouping.could_be_same``: counts or sums of
  money, the same counted thing and currency, equal values or a range with the other value as one
  of its ends ("at least 250 and perhaps as many as 400" / "400 people"), no scope, place, date or
  background evidence apart): a difference of value never rests on resemblance alone, so a merge here
  never makes a ``differ``;
- and the words around some figure of one and some figure of the other read alike: MiniLM cosine
  of the text around the figure (``WINDOW`` characters either side, within its sentence) of at
  least ``SAME_MEANING``. The threshold was set on the dev stories (claims-dev.json), where equal
  counts of different things ("5 million people" homeless / in need of aid) score 0.39 and one
  figure told twice 0.45-0.59.

Percentages and spans of time are left to the rules: equal shares and durations of different
things recur in one story too often ("almost 15 percent" of patients / of cases).
The model runs only on the mentions of candidate groups, at most ``MAX_TEXTS`` per story, so the
claims stage stays fast (bench/claims_speed.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .figure_mention import FigureMention

if TYPE_CHECKING:
    import numpy as np

SAME_MEANING = 0.42
WINDOW = 60  # characters either side of the figure
MAX_TEXTS = 32  # windows embedded per story at most (speed)
DIMENSIONS = frozenset({"count", "money"})


def window(m: FigureMention, text: str) -> str:
    """The words around a figure, within its sentence."""
    s0, s1 = m.sentence
    return text[max(s0, m.start - WINDOW) : min(s1, m.end + WINDOW)]


def merge_by_meaning(
    groups: Sequence[list[FigureMention]],
    texts: dict[str, str],
    could_be_same: Callable[[FigureMention, FigureMention], bool],
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> list[list[FigureMention]]:
    """Merge groups that tell one figure in other words (module docstring); order kept."""
    out = [list(g) for g in groups]
    cands: list[tuple[int, int]] = []
    for i, gi in enumerate(out):
        if gi[0].dimension not in DIMENSIONS:
            continue
        for j in range(i + 1, len(out)):
            gj = out[j]
            if gj[0].dimension == gi[0].dimension and all(could_be_same(a, b) for a in gi for b in gj):
                cands.append((i, j))
    if not cands:
        return out
    need: dict[int, FigureMention] = {}
    for i, j in cands:
        for m in (*out[i], *out[j]):
            need.setdefault(id(m), m)
    if len(need) > MAX_TEXTS:  # keep the candidates with the fewest mentions (one figure told twice)
        cands.sort(key=lambda p: len(out[p[0]]) + len(out[p[1]]))
        need, kept = {}, []
        for i, j in cands:
            ms = {id(m): m for m in (*out[i], *out[j])}
            if len(need | ms) <= MAX_TEXTS:
                need |= ms
                kept.append((i, j))
        cands = kept
    if embed is None:
        from ..nlp import embed as model_embed

        embed = model_embed
    order = list(need)
    vecs = embed([window(need[k], texts.get(need[k].doc, "")) for k in order])
    row = {k: n for n, k in enumerate(order)}
    scored = []
    for i, j in cands:
        best = max(float(vecs[row[id(a)]] @ vecs[row[id(b)]]) for a in out[i] for b in out[j] if id(a) in row and
                   id(b) in row)
        if best >= SAME_MEANING:
            scored.append((best, i, j))
    owner = list(range(len(out)))
    for _, i, j in sorted(scored, reverse=True):
        a, b = _root(owner, i), _root(owner, j)
        if a == b or not all(could_be_same(x, y) for x in out[a] for y in out[b]):
            continue
        lo, hi = min(a, b), max(a, b)
        out[lo].extend(out[hi])
        out[hi] = []
        owner[hi] = lo
    return [g for g in out if g]


def _root(owner: list[int], i: int) -> int:
    while owner[i] != i:
        i = owner[i]
    return i
