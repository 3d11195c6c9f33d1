"""Grown pieces joined (``ClusterSettings.join_size``; part of the merge pass): two stories of several reports
each that are each other's closest story, with close centroids and leads, become one.

Online assignment cuts a story told in parts (a disaster's toll reports and its aid pledges, an arrest and the
trial months later): the second part's first report meets the threshold nowhere and starts a story, and the
part's later reports join it. The merge pass moves only stories of one or two reports (the names and topic rules),
so once the second part has grown past that it stays apart for good. Here a touched story of at least
``join_size`` reports meets the few stories the inverted index lists for its centroid's heaviest terms (the lookup
``assign`` makes per report); it is joined to the closest of them (by centroid cosine) that also has at least
``join_size`` reports, when that story's own closest candidate is it (each the other's nearest: a topical
neighbour is usually nearer to its own other part than to either), their centroid cosine reaches
``join_centroid``, their mean lead embeddings ``join_embed``, and the date window does not keep them apart. A
story joins at most once per pass, and not in a pass whose small-story rules merged it, so joins do not chain;
the larger keeps its id, and a story the pass was not
given (one an input named) always does.

Off by default (round 21 of bench/STORIES_EXPERIMENTS.md): chosen on half A, it lost on half B and the whole
stream, where the mutual closest grown stories are mostly topical neighbours (two quakes, two air crashes, the
Turkish–Kurdish DUC topics), and after every report it re-joins what the split pass cuts.
"""

from __future__ import annotations

from collections.abc import Iterable

from .index import StoryIndex, StoryState, centroid_cosine, combined
from .online import DEFAULT_SETTINGS, ClusterSettings
from .vectors import top_terms, unit_embedding
from .window import states_apart


def closest(index: StoryIndex, state: StoryState, settings: ClusterSettings) -> tuple[float, int] | None:
    """The closest story of at least ``join_size`` reports among ``state``'s candidates, with its centroid
    cosine (ties: the older story)."""
    best: tuple[float, int] | None = None
    for o in index.candidates(top_terms(state.centroid, settings.query_terms), settings.merge_topic_candidates,
                              settings.posting_cap):
        if o == state.id:
            continue
        other = index.story(o)
        if other.size < settings.join_size:
            continue
        cos = centroid_cosine(state, other)
        if best is None or (cos, -o) > (best[0], -best[1]):
            best = (cos, o)
    return best


def join_grown(index: StoryIndex, touched: Iterable[int], settings: ClusterSettings = DEFAULT_SETTINGS,
               skip: frozenset[int] = frozenset()) -> dict[int, int]:
    """Join the touched grown stories to their mutual closest story (the module docstring), none of them one of
    ``skip`` (the stories this pass's small-story rules merged); returns each joined story's id with the id of the
    story it is now part of."""
    if not settings.join_size:
        return {}
    touched = set(touched)
    pairs: list[tuple[float, int, int]] = []
    for s in sorted(touched):
        state = index.story(s)
        if state.size < settings.join_size:
            continue
        got = closest(index, state, settings)
        if got is None or got[1] in skip or got[0] < settings.join_centroid:
            continue
        other = index.story(got[1])
        back = closest(index, other, settings)
        if back is None or back[1] != s or states_apart(index, state, other, settings):
            continue
        ea, eb = unit_embedding(index.embedding(s)), unit_embedding(index.embedding(got[1]))
        if ea is None or eb is None or float(ea @ eb) < settings.join_embed:
            continue
        pairs.append((got[0], min(s, got[1]), max(s, got[1])))
    out: dict[int, int] = {}
    done: set[int] = set()
    for _, a, b in sorted(set(pairs), key=lambda p: (-p[0], p[1], p[2])):
        if a in done or b in done:
            continue
        done |= {a, b}
        sa, sb = index.story(a), index.story(b)
        # a story the pass was not asked about (one an input named, say) is never retired: it takes the other
        into, other = (sa, sb) if (a in touched, -sa.size, sa.id) <= (b in touched, -sb.size, sb.id) else (sb, sa)
        state = combined(into, other, index.embedding(into.id), index.embedding(other.id))
        index.save_story(state, top_terms(state.centroid, settings.signature_terms))
        index.retire(other.id, into.id)
        out[other.id] = into.id
    return out
