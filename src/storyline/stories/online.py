"""Online story assignment: each report, in arrival order, joins the story whose centroid
it is closest to, or starts a new story.

Per report: TF-IDF vector with the store's document frequencies (updated first, so the
report counts in its own IDF as in a batch run); candidate stories from the inverted
index over the report's heaviest terms (never a scan of all stories, so the cost stays
flat as the store grows); cosine to each candidate's centroid, discounted when the
report's date lies far outside the story's date range; join the best candidate at or
above ``threshold``, else start a story.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

from .index import StoryIndex, StoryState
from .vectors import Vector, add_into, cosine, top_terms, weigh


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """The few parameters of assignment (see bench/stories_eval.py for how they were set)."""

    threshold: float = 0.15
    """Least cosine to a story centroid for a report to join it."""
    time_window_days: float | None = 365.0
    """A report dated d days outside a story's date range, d over this window, has its
    similarity scaled by exp(-(d - window) / window): a story quiet for months is rarely the
    same story (None: dates are not used). On the development stream, the dated TAC topics
    run for over a year, and any shorter window lowered BCubed F1 (bench/stories_eval.py)."""
    query_terms: int = 20
    """The report's heaviest terms looked up in the inverted index."""
    signature_terms: int = 30
    """A story's heaviest centroid terms that the inverted index lists."""
    candidates: int = 40
    """Most candidate stories scored per report."""


DEFAULT_SETTINGS = ClusterSettings()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one report went: its story, whether that story is new, and the similarity."""

    story: int
    new: bool
    score: float
    vector: Vector


def _time_factor(published: dt.date | None, state: StoryState, window: float | None) -> float:
    if published is None or state.first is None or state.last is None or window is None:
        return 1.0
    gap = max((state.first - published).days, (published - state.last).days, 0)
    return math.exp(-(gap - window) / window) if gap > window else 1.0


def assign(
    index: StoryIndex, counts: Mapping[str, int], published: dt.date | None = None,
    settings: ClusterSettings = DEFAULT_SETTINGS,
) -> Assignment:
    """Assign one report (its term counts) to a story in ``index`` and update the index."""
    ids = index.term_ids(counts)
    tf = {ids[t]: c for t, c in counts.items()}
    index.count_document(list(tf))
    vector = weigh(tf, index.frequencies(list(tf)), index.documents())
    best: StoryState | None = None
    best_score = -1.0
    for sid in index.candidates(top_terms(vector, settings.query_terms), settings.candidates):
        state = index.story(sid)
        score = cosine(vector, state.centroid) * _time_factor(published, state, settings.time_window_days)
        if score > best_score or (score == best_score and best is not None and sid < best.id):
            best, best_score = state, score
    new = best is None or best_score < settings.threshold
    if best is None or new:
        state = StoryState(id=0, centroid={}, size=0)
    else:
        state = best
    state.centroid = add_into(state.centroid, vector)
    state.size += 1
    if published is not None:
        state.first = min(state.first or published, published)
        state.last = max(state.last or published, published)
    sid = index.save_story(state, top_terms(state.centroid, settings.signature_terms))
    return Assignment(story=sid, new=new, score=max(best_score, 0.0), vector=vector)
