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

With ``defer_recheck`` (round 13b), a decision that leaves a provisional story apart (or puts it in another held
report's story) is not final: the story is held until the merge pass (``UNTIL_PASS``), and after the merge and
undo passes ``recheck`` decides it again as the whole story it is part of now (with the reports that joined it
and the stories the pass merged into it), when that story has at most ``defer_recheck`` reports; a story that
joins is tested again as the grown story. Round 13's decision was made on a
provisional story of one report; on tac2011 the pieces that stayed apart grew (followers, the merge pass's
names rule) into groups of 3-6 reports of a year-long story that the merge pass, which only moves stories of
one or two reports, never joined again, though as wholes they scored .30-.33 against the story's main piece.
"""

from __future__ import annotations

from .index import StoryIndex, centroid_cosine, combined, shared_rare_names
from .online import DEFAULT_SETTINGS, ClusterSettings, _time_factor
from .vectors import top_terms, unit_embedding
from .window import states_apart

UNTIL_PASS = 2**62
"""When a decided story is held until the merge pass (``defer_recheck``): never due for ``settle``."""
RECHECKS = 3
"""Most joins ``recheck`` makes from one held story: the story it joined is tested again as a whole."""


def settle(index: StoryIndex, settings: ClusterSettings = DEFAULT_SETTINGS, final: bool = False) -> dict[int, int]:
    """Decide the held provisional stories that are due (all of them with ``final``); returns each one that
    joined another story with the story it joined."""
    if not settings.defer_k:
        return {}
    n = index.documents()
    joined: dict[int, int] = {}
    still = {s for s, _ in index.held(UNTIL_PASS)} if settings.defer_recheck else set()
    for story, _ in index.held(n if final else n - settings.defer_k):
        index.release(story)
        if index.host(story) != story:  # the merge pass has already placed it
            continue
        into = _best(index, story, settings)
        if settings.defer_recheck and (into is None or into in still):
            index.hold(story, UNTIL_PASS)  # stays apart, or joined a story not decided yet: tested at the pass
        if into is not None:
            _join(index, story, into, settings)
            joined[story] = into
    return joined


def recheck(index: StoryIndex, settings: ClusterSettings = DEFAULT_SETTINGS,
            keep: frozenset[int] = frozenset(), added: int | None = None) -> dict[int, int]:
    """After the merge and undo passes (``defer_recheck``): every story decided once and held until the pass is
    decided again as the whole story it is part of now when that has at most ``defer_recheck`` reports, and the
    story it joins is tested again (at most ``RECHECKS`` joins; ``keep``: stories an input named, never moved);
    after an add of ``added`` reports, fewer than ``defer_recheck_add``, they stay as decided (released);
    returns each story that joined another with the story it joined."""
    if not (settings.defer_k and settings.defer_recheck):
        return {}
    rechecking = added is None or added >= settings.defer_recheck_add
    joined: dict[int, int] = {}
    for story, at in index.held(UNTIL_PASS):
        if at != UNTIL_PASS:  # not decided yet: it waits its ``defer_k`` reports
            continue
        index.release(story)
        whole = index.host(story)
        for _ in range(RECHECKS if rechecking else 0):
            small = index.story(whole).size <= settings.defer_recheck
            into = _best(index, whole, settings) if small and whole not in keep else None
            if into is None or not _evidence(index, whole, into, settings):
                break
            _join(index, whole, into, settings)
            joined[whole] = into
            whole = into
    return joined


def _evidence(index: StoryIndex, whole: int, into: int, settings: ClusterSettings) -> bool:
    """What the recheck asks besides the centroids' score: the mean lead embeddings' cosine
    (``defer_recheck_embed``) and shared rare names (``defer_recheck_names``), each when set."""
    if settings.defer_recheck_embed and _embedding_cosine(index, whole, into) < settings.defer_recheck_embed:
        return False
    return not settings.defer_recheck_names or shared_rare_names(
        index, index.story_names(whole), whole, settings.merge_rare).get(into, 0) >= settings.defer_recheck_names


def _embedding_cosine(index: StoryIndex, a: int, b: int) -> float:
    """The cosine of two stories' mean lead embeddings (0 when one has none)."""
    ea, eb = unit_embedding(index.embedding(a)), unit_embedding(index.embedding(b))
    return float(ea @ eb) if ea is not None and eb is not None else 0.0


def _join(index: StoryIndex, story: int, into: int, settings: ClusterSettings) -> None:
    """``story`` merged into ``into``, as the merge pass merges (``retire``: the undo pass may still move it)."""
    state = combined(index.story(into), index.story(story), index.embedding(into), index.embedding(story))
    index.save_story(state, top_terms(state.centroid, settings.signature_terms))
    index.retire(story, into)


def _best(index: StoryIndex, story: int, settings: ClusterSettings) -> int | None:
    """The story a provisional story joins: the best-scoring candidate at or above ``defer_join`` (or
    ``threshold``), unless the second-best still scores ``defer_apart`` of it; None: it stays."""
    me = index.story(story)
    scored: list[tuple[float, int]] = []
    for o in index.candidates(top_terms(me.centroid, settings.query_terms), settings.candidates, settings.posting_cap):
        if o != story:
            other = index.story(o)
            if states_apart(index, me, other, settings):
                continue
            scored.append((centroid_cosine(me, other) * _time_factor(me.first, other, settings.time_window_days), o))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] < (settings.defer_join or settings.threshold):
        return None
    if settings.defer_apart and len(scored) > 1 and scored[1][0] >= settings.defer_apart * scored[0][0]:
        return None
    return scored[0][1]
