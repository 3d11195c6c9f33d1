"""The date window (``ClusterSettings.date_gap``, round 16 of bench/STORIES_EXPERIMENTS.md): two date ranges
further apart than a window that widens with the story's own span are not one story.

A report dated d days from a story's date range may join it only when d is at most ``date_gap`` plus
``date_span`` times the story's span (its last date minus its first, in days): a story told over a day
takes follow-ups of a few days, one told over months takes a report months later. Two stories (the merge
and undo passes, deferral's decision) are apart when their ranges lie further apart than the window of the
longer of the two. An undated report or story is never apart; a pair whose cosine reaches ``date_high``
(when set), or that shares ``date_names`` names few reports use (at most ``date_rare``), is not kept apart
by the window. With ``date_share`` (round 17), the base ``date_gap`` is at least that share of the store's
whole span (``StoryIndex.date_range``): a feed of a few weeks keeps a window of days, an archive of years one
of months.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .index import StoryIndex, StoryState


class ClusterSettings(Protocol):
    """The fields of ``online.ClusterSettings`` the window reads (named here so this module imports no setting)."""

    @property
    def date_gap(self) -> float: ...
    @property
    def date_span(self) -> float: ...
    @property
    def date_share(self) -> float: ...
    @property
    def date_high(self) -> float: ...
    @property
    def date_names(self) -> int: ...
    @property
    def date_rare(self) -> int: ...


def gap(first: dt.date | None, last: dt.date | None, other: StoryState) -> int | None:
    """Days between the range [first, last] and the story's date range (0 when they overlap; None: undated)."""
    if first is None or last is None or other.first is None or other.last is None:
        return None
    return max((other.first - last).days, (first - other.last).days, 0)


def base_gap(index: StoryIndex, settings: ClusterSettings) -> float:
    """The window's base in days: ``date_gap``, or ``date_share`` of the store's span when that is wider."""
    if not settings.date_share:
        return settings.date_gap
    first, last = index.date_range()
    span = (last - first).days if first is not None and last is not None else 0
    return max(settings.date_gap, settings.date_share * span)


def apart(index: StoryIndex, first: dt.date | None, last: dt.date | None, other: StoryState,
          settings: ClusterSettings) -> bool:
    """Whether the range [first, last] (a report's date, or a story's range) lies outside ``other``'s date
    window (``date_gap`` and ``date_share`` off: never)."""
    if not settings.date_gap and not settings.date_share:
        return False
    days = gap(first, last, other)
    if days is None:
        return False
    span = max((other.last - other.first).days if other.first and other.last else 0,
               (last - first).days if first and last else 0)
    return days > base_gap(index, settings) + settings.date_span * span


def states_apart(index: StoryIndex, a: StoryState, b: StoryState, settings: ClusterSettings,
                 names: Iterable[int] | None = None) -> bool:
    """Whether two stories lie outside each other's date window, their centroids' cosine is below
    ``date_high`` and they do not share the rare names ``date_names`` asks (``names``: ``a``'s, when not noted
    under its id)."""
    from .index import centroid_cosine

    return apart(index, a.first, a.last, b, settings) and not (
        settings.date_high and centroid_cosine(a, b) >= settings.date_high) and not vouched(
        index, index.story_names(a.id) if names is None else names, b.id, settings)


def vouched(index: StoryIndex, names: Iterable[int], story: int, settings: ClusterSettings) -> bool:
    """Whether these name terms share at least ``date_names`` with the story's noted names that at most
    ``date_rare`` stored reports use (``date_names`` 0: never)."""
    if not settings.date_names:
        return False
    shared = sorted(set(names) & set(index.story_names(story)))
    df = index.frequencies(shared)
    return sum(1 for t in shared if df.get(t, 0) <= settings.date_rare) >= settings.date_names
