"""Deferral (``ClusterSettings.defer_k``; round 13 of bench/STORIES_EXPERIMENTS.md): a report whose story is
unclear waits for evidence before joining.

``assign`` holds a report whose best two candidates score close (``defer_ratio``) or whose best candidate is in
the gray zone below the threshold (``defer_low``): the report starts a provisional story of its own, so the
store shows it at once, and later reports may join that story (held reports close to each other then form
one). Once ``defer_k`` more reports have been assigned (``settle`` after each report), or at the merge pass
(``defer_pass``; ``settle(final=True)``), the provisional story is decided: its centroid is scored against the
stories the inverted index lists for its heaviest terms, as they have grown since, and it joins the best one
at or above ``defer_join`` (0: ``threshold``), merged as the merge pass merges (so the undo pass may still
move it), or stays a story of its own. The held stories are kept by the index (the store's ``held`` table),
so a killed add loses none, and ``settle`` reads only those due, so the cost of adding stays flat.
"""

from __future__ import annotations

from .index import StoryIndex, centroid_cosine, combined
from .online import DEFAULT_SETTINGS, ClusterSettings, _time_factor
from .vectors import top_terms


def settle(index: StoryIndex, settings: ClusterSettings = DEFAULT_SETTINGS, final: bool = False) -> dict[int, int]:
    """Decide the held provisional stories that are due (all of them with ``final``); returns each one that
    joined another story with the story it joined."""
    if not settings.defer_k:
        return {}
    n = index.documents()
    joined: dict[int, int] = {}
    for story, _ in index.held(n if final else n - settings.defer_k):
        index.release(story)
        if index.host(story) != story:  # the merge pass has already placed it
            continue
        into = _best(index, story, settings)
        if into is None:
            continue
        state = combined(index.story(into), index.story(story), index.embedding(into), index.embedding(story))
        index.save_story(state, top_terms(state.centroid, settings.signature_terms))
        index.retire(story, into)
        joined[story] = into
    return joined


def _best(index: StoryIndex, story: int, settings: ClusterSettings) -> int | None:
    """The story a provisional story joins: the best-scoring candidate at or above ``defer_join`` (or
    ``threshold``), unless the second-best still scores ``defer_apart`` of it; None: it stays."""
    me = index.story(story)
    scored: list[tuple[float, int]] = []
    for o in index.candidates(top_terms(me.centroid, settings.query_terms), settings.candidates, settings.posting_cap):
        if o != story:
            other = index.story(o)
            scored.append((centroid_cosine(me, other) * _time_factor(me.first, other, settings.time_window_days), o))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] < (settings.defer_join or settings.threshold):
        return None
    if settings.defer_apart and len(scored) > 1 and scored[1][0] >= settings.defer_apart * scored[0][0]:
        return None
    return scored[0][1]
