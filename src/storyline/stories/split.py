"""The split pass after the merge pass (``ClusterSettings.split_size``): a story whose reports form two groups
that share few words is cut in two.

Online assignment decides on young stories. The first report of a second event that shares names and places with
a story of one or two reports joins it, and every later report of either event then joins the mixed centroid
(round 3 of bench/STORIES_EXPERIMENTS.md traced it: Turkey–Syria tension and Öcalan's flight, a market bombing and
an airport opening). Once the story has grown, its members show what the first join could not: two groups, each
tight, with few words across. After the merge and undo passes, each story the add touched with at least
``split_size`` reports (and at most ``split_most``, which bounds the pass's cost) is cut in two by average link
over its members' TF-IDF cosines (the store's document frequencies now). The cut is kept when its smaller side has
at least ``split_small`` reports and the mean cosine across it is below ``split_ratio`` times the lower of the two
sides' mean cosines within: one story told in parts has parts that still share its words. The side holding the
story's first report keeps the story's id; the other becomes a new story. Round 20 chose the values on half A.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from .index import Member, StoryIndex, StoryState
from .online import DEFAULT_SETTINGS, ClusterSettings
from .vectors import Vector, add_into, idf, top_terms, unit, weigh

Matrix = npt.NDArray[np.float64]


def two_groups(sim: Matrix) -> list[int]:
    """Each row's group (0 or 1) after average-link agglomeration of the items down to two groups (ties: the
    lowest pair of indices first, so the cut does not depend on anything but the matrix)."""
    n = len(sim)
    link = sim.astype(np.float64).copy()
    np.fill_diagonal(link, -np.inf)
    sizes = np.ones(n)
    alive = list(range(n))
    group = list(range(n))
    while len(alive) > 2:
        sub = link[np.ix_(alive, alive)]
        flat = int(np.argmax(sub))
        a, b = alive[flat // len(alive)], alive[flat % len(alive)]
        a, b = min(a, b), max(a, b)
        merged = (link[a] * sizes[a] + link[b] * sizes[b]) / (sizes[a] + sizes[b])
        link[a], link[:, a] = merged, merged
        link[a, a] = -np.inf
        sizes[a] += sizes[b]
        alive.remove(b)
        group = [a if g == b else g for g in group]
    return [0 if g == alive[0] else 1 for g in group]


def cut_ratio(sim: Matrix, groups: Sequence[int]) -> float:
    """The mean similarity across the cut over the lower of the two sides' mean similarities within (a side of
    one report counts as 1 within)."""
    sides = [[i for i, g in enumerate(groups) if g == k] for k in (0, 1)]

    def within(side: list[int]) -> float:
        if len(side) < 2:
            return 1.0
        block = sim[np.ix_(side, side)]
        return float((block.sum() - np.trace(block)) / (len(side) * (len(side) - 1)))

    across = float(sim[np.ix_(sides[0], sides[1])].mean())
    low = min(within(sides[0]), within(sides[1]))
    return across / low if low > 0 else float("inf")


def member_vectors(index: StoryIndex, members: Sequence[Member]) -> list[Vector]:
    """Each member's TF-IDF vector with the store's document frequencies now."""
    n = index.documents()
    df = index.frequencies(sorted({t for m in members for t in m.counts}))
    return [weigh(m.counts, df, n) for m in members]


def similarities(vectors: Sequence[Vector]) -> Matrix:
    """The cosine of every pair of unit vectors."""
    terms = sorted({t for v in vectors for t in v})
    col = {t: i for i, t in enumerate(terms)}
    dense = np.zeros((len(vectors), len(terms)))
    for i, v in enumerate(vectors):
        for t, w in v.items():
            dense[i, col[t]] = w
    out: Matrix = dense @ dense.T
    return out


def split_mixed(index: StoryIndex, touched: Iterable[int], settings: ClusterSettings = DEFAULT_SETTINGS
                ) -> dict[int, int]:
    """Cut the touched stories whose reports form two groups (the module docstring); returns each cut story's id
    with the id of the new story its other side became."""
    if not settings.split_size:
        return {}
    out: dict[int, int] = {}
    for s in sorted(set(touched)):
        state = index.story(s)
        if not settings.split_size <= state.size <= settings.split_most:
            continue
        members = sorted(index.members(s), key=lambda m: m.report)
        if len(members) < settings.split_size:
            continue
        vectors = member_vectors(index, members)
        sim = similarities(vectors)
        groups = two_groups(sim)
        if min(groups.count(0), groups.count(1)) < settings.split_small \
                or cut_ratio(sim, groups) >= settings.split_ratio:
            continue
        first = groups[0]
        keep = [i for i, g in enumerate(groups) if g == first]
        other = [i for i, g in enumerate(groups) if g != first]
        kept = _state(index, s, [members[i] for i in keep], [vectors[i] for i in keep])
        new = _state(index, 0, [members[i] for i in other], [vectors[i] for i in other])
        out[s] = index.split(kept, top_terms(kept.centroid, settings.signature_terms), new,
                             top_terms(new.centroid, settings.signature_terms), [members[i].report for i in other])
    return out


def _state(index: StoryIndex, sid: int, members: Sequence[Member], vectors: Sequence[Vector]) -> StoryState:
    """A story of these members: centroid, lead vectors and lead embeddings summed, dates, as assignment grows one."""
    n = index.documents()
    centroid: Vector = {}
    lead: Vector = {}
    for m, v in zip(members, vectors, strict=True):
        centroid = add_into(centroid, v)
        ids = index.lead_terms(m.report)
        if ids:
            df = index.frequencies(ids)
            lead = add_into(lead, unit({t: idf(df.get(t, 0), n) for t in ids}))
    embeddings = [m.embedding for m in members if m.embedding is not None]
    embedding = np.sum(embeddings, axis=0).astype(np.float32) if len(embeddings) == len(members) else None
    dates = [m.published for m in members if m.published is not None]
    return StoryState(id=sid, centroid=centroid, size=len(members), first=min(dates, default=None),
                      last=max(dates, default=None), lead=lead, embedding=embedding)
