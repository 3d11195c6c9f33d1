"""The merge pass after an ``add`` (``ClusterSettings.merge_small``; on by default): small stories
joined to the story they belong to.

Online assignment splits a story whose reports share few words (loose Multi-News clusters,
a year of follow-ups on one event): a report that meets neither the threshold nor the gray
zone starts a story of its own. After an add, each story it touched that has at most
``merge_small`` reports is compared with the stories that share one of its rare names (a
name at most ``merge_rare`` stored reports use: Quennell, not Obama), by the cosine of
their mean lead embeddings (MiniLM, computed with the per-report work); pairs at or above
``merge_embed`` are merged, the closest first, as long as one side of each merge is still
small. Candidates come from the names index, never a scan of all stories (round 4 of
bench/STORIES_EXPERIMENTS.md measured it).

A second rule (``merge_topic_small``, round 5) finds what shares no rare name: a touched story of
at most ``merge_topic_small`` reports meets the few stories the inverted index lists for its
centroid's heaviest terms (the lookup ``assign`` makes per report), and is merged into one of at
least ``merge_topic_other`` reports when their centroids reach cosine ``merge_topic_centroid`` and
their mean lead embeddings ``merge_topic_embed``. That check is made on the small story as it is when the
pass starts, so it applies only to it: a small story that has already grown in this pass (by the names
rule, whose pairs come first when their embeddings are closer) is not merged further by the topic rule in
the same pass. Chaining the two rules made the result depend on how often the pass runs (round 6 of
bench/STORIES_EXPERIMENTS.md: two singletons joined by the names rule, then the pair merged into a wrong
young story, which later reports of both stories joined).

The undo pass (``undo_merges``, ``ClusterSettings.undo_window``, round 8) runs after it: a merge is decided
on young stories, and a later report can show that a merged piece belongs elsewhere. A piece merged while the
last ``undo_window`` stored reports came in (its state, size and names at merge time are kept) is taken out of
its host and moved to another story when the names rule now finds that story for it, the piece's mean lead
embedding is at least ``merge_embed`` to it, and both that embedding cosine and the centroid cosine are at
least the piece's cosines to its host without it. Only recent pieces are looked at, so the cost stays flat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import NamedTuple

from ..unionfind import UnionFind
from .defer import recheck, settle
from .index import MemoryIndex, StoryIndex, StoryState, centroid_cosine, combined, shared_rare_names
from .online import DEFAULT_SETTINGS, ClusterSettings, assign, holds
from .split import split_mixed
from .vectors import Cues, Vector, top_terms
from .vectors import unit_embedding as _unit
from .window import states_apart


class _Rule(NamedTuple):
    """What one rule of the pass asks of a candidate pair."""

    small: int
    """The largest size the smaller side may have."""
    embed: float
    """The least cosine of the two stories' mean lead embeddings."""
    other: int
    """The least size of the larger side."""
    fresh: bool
    """The smaller side must be a story no merge of this pass has grown (the rule's checks were made on it)."""


def assign_in_order(reports: Sequence[tuple[Mapping[str, int], dt.date | None, Cues]],
                    settings: ClusterSettings = DEFAULT_SETTINGS, every: int | None = None,
                    keys: Sequence[Hashable] | None = None) -> list[int]:
    """Each report's story (``report_terms``, publication date, ``report_cues``), assigned in order on a
    fresh in-memory index, with the merge pass over the stories touched since the last pass after
    every ``every`` reports and at the end: one ``add`` of them all, or adds of ``every``.

    With ``keys`` (one per report: its cleaned text, or a hash of it), reports with equal keys are one report,
    as the store's content hash makes them: a repeat is not assigned or counted again, it is in the story its
    first copy is in, and that story counts as touched (so the result equals the store's)."""
    index = MemoryIndex()
    keyed: list[int] = []  # each report's key in the index (a repeat: its first copy's)
    touched: set[int] = set()
    first: dict[Hashable, int] = {}
    added = 0  # reports assigned since the last pass (repeats are not: the store does not add them)
    for n, (counts, published, cues) in enumerate(reports, start=1):
        seen = first.get(keys[n - 1]) if keys is not None else None
        if seen is not None:
            keyed.append(keyed[seen])
        else:
            assign(index, counts, published, settings, cues)
            keyed.append(index.documents())
            if keys is not None:
                first[keys[n - 1]] = n - 1
            settle(index, settings)
            added += 1
        touched.add(index.story_of(keyed[-1]))
        if (every and n % every == 0) or n == len(reports):
            settle(index, settings, final=settings.defer_pass)
            merge_small(index, {index.resolve(s) for s in touched}, settings)
            undo_merges(index, settings)
            recheck(index, settings, added=added)
            split_mixed(index, {index.resolve(s) for s in touched}, settings)
            touched, added = set(), 0
    return [index.story_of(k) for k in keyed]


def merge_small(index: StoryIndex, touched: Iterable[int], settings: ClusterSettings = DEFAULT_SETTINGS
                ) -> dict[int, int]:
    """Merge the small stories among ``touched`` into the stories they belong to; returns each
    merged story's id and the id of the story it is now part of."""
    if not settings.merge_small:
        return {}
    size: dict[int, int] = {}
    pairs: dict[tuple[int, int], set[_Rule]] = {}
    """Each candidate pair: the rules that found it; one rule met is enough."""
    name_rule = _Rule(settings.merge_small, settings.merge_embed, 0, fresh=False)
    topic_rule = _Rule(settings.merge_topic_small, settings.merge_topic_embed, settings.merge_topic_other, fresh=True)
    for s in sorted(set(touched)):
        state = index.story(s)
        size[s] = state.size
        if size[s] <= settings.merge_small:
            for o, k in _shared_rare_names(index, index.story_names(s), s, settings).items():
                if k >= settings.merge_names:
                    pairs.setdefault((min(s, o), max(s, o)), set()).add(name_rule)
        if size[s] <= settings.merge_topic_small:
            mine = set(index.story_names(s)) if settings.sign_topic else set()
            for o in index.candidates(top_terms(state.centroid, settings.query_terms), settings.merge_topic_candidates,
                                      settings.posting_cap):
                if o == s:
                    continue
                other = index.story(o)
                if centroid_cosine(state, other) >= settings.merge_topic_centroid and (
                        len(mine) < settings.sign_names or holds(other, mine)):
                    pairs.setdefault((min(s, o), max(s, o)), set()).add(topic_rule)
    if settings.date_gap or settings.date_share:
        pairs = {ab: r for ab, r in pairs.items()
                 if not states_apart(index, index.story(ab[0]), index.story(ab[1]), settings)}
    for o in {x for pair in pairs for x in pair} - size.keys():
        size[o] = index.story(o).size
    means = {s: _unit(index.embedding(s)) for s in size}
    ranked = sorted(((float(means[a] @ means[b]), a, b) for a, b in pairs  # type: ignore[operator]
                     if means[a] is not None and means[b] is not None), key=lambda x: (-x[0], x[1], x[2]))
    groups: UnionFind[int] = UnionFind()
    grown: set[int] = set()
    for cos, a, b in ranked:
        ra, rb = groups.find(a), groups.find(b)
        smaller = ra if (size[ra], ra) <= (size[rb], rb) else rb
        if ra == rb or not any(cos >= r.embed and size[smaller] <= r.small and max(size[ra], size[rb]) >= r.other
                               and not (r.fresh and smaller in grown) for r in pairs[(a, b)]):
            continue
        groups.union(ra, rb)
        size[ra] += size[rb]
        grown.add(ra)
    return _apply(index, groups, settings)


def undo_merges(index: StoryIndex, settings: ClusterSettings = DEFAULT_SETTINGS) -> dict[int, tuple[int, int]]:
    """Move the recently merged pieces that now belong to another story (the module docstring); returns each
    moved piece's id with the story it left and the story it joined."""
    if not settings.undo_window or not settings.merge_small:
        return {}
    moved: dict[int, tuple[int, int]] = {}
    for p in index.pieces(index.documents() - settings.undo_window):
        got = index.piece(p)
        if got is None or got[0].size > settings.merge_small:
            continue
        ps, names = got
        host = index.host(p)
        h = index.story(host)
        pe, h_emb = _unit(ps.embedding), index.embedding(host)
        if h.size - ps.size < 1 or pe is None or ps.embedding is None or h_emb is None:
            continue
        he = _unit(h_emb - ps.embedding)
        if he is None:
            continue
        e_host = float(pe @ he)
        hc = _minus(h.centroid, ps.centroid)
        c_host = centroid_cosine(ps, StoryState(host, hc, h.size - ps.size))
        shared = _shared_rare_names(index, names, host, settings)
        best: tuple[float, int] | None = None
        for o in sorted(shared):
            oe = _unit(index.embedding(o)) if shared[o] >= settings.merge_names \
                and not states_apart(index, ps, index.story(o), settings, names) else None
            if oe is None:
                continue
            e = float(pe @ oe)
            if e >= settings.merge_embed and e >= e_host and (best is None or e > best[0]) \
                    and centroid_cosine(ps, index.story(o)) >= c_host:
                best = (e, o)
        if best is None:
            continue
        h.centroid, h.embedding, h.size = hc, h_emb - ps.embedding, h.size - ps.size
        if h.lead and ps.lead:
            h.lead = _minus(h.lead, ps.lead)
        index.save_story(h, top_terms(h.centroid, settings.signature_terms))
        o = best[1]
        into = combined(index.story(o), ps, index.embedding(o), ps.embedding)
        index.save_story(into, top_terms(into.centroid, settings.signature_terms))
        index.move(p, o)
        index.add_names(o, names)
        moved[p] = (host, o)
    return moved


def _shared_rare_names(index: StoryIndex, names: Sequence[int], own: int,
                       settings: ClusterSettings) -> dict[int, int]:
    """``index.shared_rare_names`` with ``merge_rare``: the names rule's evidence."""
    return shared_rare_names(index, names, own, settings.merge_rare)


def _minus(c: Vector, v: Mapping[int, float]) -> Vector:
    """A centroid without one member's (or piece's) vector; terms that fall to zero are dropped."""
    out = {t: w - v.get(t, 0.0) for t, w in c.items()}
    return {t: w for t, w in out.items() if w > 1e-6}


def _apply(index: StoryIndex, groups: UnionFind[int], settings: ClusterSettings) -> dict[int, int]:
    """Each group merged into its largest story (the oldest of equals)."""
    members: dict[int, list[int]] = {}
    for s in list(groups.parent):
        members.setdefault(groups.find(s), []).append(s)
    out: dict[int, int] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        states = sorted((index.story(s) for s in group), key=lambda st: (-st.size, st.id))
        into = states[0]
        for other in states[1:]:
            into = combined(into, other, index.embedding(into.id), index.embedding(other.id))
        index.save_story(into, top_terms(into.centroid, settings.signature_terms))
        for other in states[1:]:
            index.retire(other.id, into.id)
            out[other.id] = into.id
    return out


_centroid_cosine = centroid_cosine  # the name bench/stories_variants7.py imports
