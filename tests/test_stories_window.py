"""The date window (round 16 of bench/STORIES_EXPERIMENTS.md; off in ``ClusterSettings``, which a store, ``brief``'s
large-input split and the gate give ``--window auto`` unless told otherwise: ``tests/test_stories_window_choice.py``):
a report dated further from a story's date range than ``date_gap`` days plus ``date_span`` times the story's span
may not join it, and the merge pass does not join two stories that far apart; a cosine at ``date_high`` or shared
rare names (``date_names``) lets a pair through; with ``date_share`` (round 17) the window is at least that share
of the store's whole span. Made-up reports: a ferry strike and its talks on one subject."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import numpy as np

from storyline.stories import ClusterSettings, MemoryIndex, StoryState, assign, assign_in_order
from storyline.stories.vectors import Cues
from storyline.stories.window import apart, gap

STRIKE = Counter({"ferry": 3, "strike": 2, "union": 2, "harbour": 1, "ostrava": 1})
DAY = dt.date(2031, 3, 2)
WINDOW = replace(ClusterSettings(), date_gap=7.0)
BRIDGE = Counter({"bridge": 3, "paint": 2, "girder": 2, "scaffold": 1})
FLOOD = Counter({"library": 3, "flood": 2, "shelves": 2, "pumps": 1})


def _days(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def _story(first: int, last: int) -> StoryState:
    return StoryState(1, {1: 1.0}, 2, _days(first), _days(last))


def _second(settings: ClusterSettings, *dates: int, names: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The first report's story and the story the last report (the same words) goes to, the reports dated
    ``dates`` days after DAY."""
    index = MemoryIndex()
    cues = Cues(lead=frozenset(STRIKE), names=names)
    stories = [assign(index, STRIKE, _days(n), settings, cues).story for n in dates]
    return stories[0], stories[-1]


def test_the_window_is_off_by_default() -> None:
    s = ClusterSettings()
    assert s.date_gap == 0 and s.date_high == 0 and s.date_names == 0
    first, later = _second(s, 0, 40)
    assert first == later  # six weeks apart, the same words: one story, as before round 16


def test_a_report_dated_outside_a_storys_window_starts_a_story() -> None:
    first, later = _second(WINDOW, 0, 40)
    assert first != later
    first, later = _second(WINDOW, 0, 5)  # a follow-up within the window
    assert first == later


def test_the_window_widens_with_the_storys_span() -> None:
    # told over sixty days, the story takes a report thirty days after its last; a one-day story does not
    first, later = _second(WINDOW, 0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 90)
    assert first == later
    first, later = _second(replace(WINDOW, date_span=0.0), 0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 90)
    assert first != later  # a fixed window of seven days
    first, later = _second(WINDOW, 0, 30)
    assert first != later


def test_gap_and_apart_read_ranges_and_skip_undated_reports() -> None:
    assert gap(_days(10), _days(12), _story(0, 4)) == 6
    assert gap(_days(2), _days(3), _story(0, 4)) == 0
    assert gap(None, None, _story(0, 4)) is None
    assert not apart(MemoryIndex(), None, None, _story(0, 4), WINDOW)
    assert apart(MemoryIndex(), _days(20), _days(20), _story(0, 4), WINDOW)  # 16 days > 7 + 4
    assert not apart(MemoryIndex(), _days(14), _days(14), _story(0, 4), WINDOW)  # 10 days <= 7 + 4


def test_a_high_cosine_or_shared_rare_names_let_a_report_through_the_window() -> None:
    first, later = _second(replace(WINDOW, date_high=0.9), 0, 40)
    assert first == later  # the same words: cosine 1
    first, later = _second(replace(WINDOW, date_names=1), 0, 40, names=frozenset({"ostrava"}))
    assert first == later
    first, later = _second(replace(WINDOW, date_names=1), 0, 40)
    assert first != later


def test_the_merge_pass_does_not_join_stories_outside_the_window() -> None:
    # two one-report stories of one subject, six weeks apart, whose words differ enough that assignment keeps
    # them apart; the names rule of the merge pass (a shared rare name, close lead embeddings) would join them
    lead = np.array([1.0, 0.0, 0.0], np.float32)
    talks = Counter({"ferry": 1, "talks": 3, "minister": 2, "ostrava": 1, "wages": 2})
    reports = [(STRIKE, _days(0), Cues(lead=frozenset(STRIKE), names=frozenset({"ostrava"}), embedding=lead)),
               (talks, _days(40), Cues(lead=frozenset(talks), names=frozenset({"ostrava"}), embedding=lead))]
    plain = replace(ClusterSettings(), threshold=0.9, gray_low=1.0)
    assert len(set(assign_in_order(reports, plain))) == 1
    assert len(set(assign_in_order(reports, replace(plain, date_gap=7.0)))) == 2


def _assign_all(settings: ClusterSettings, dated: list[tuple[Counter[str], int]]) -> list[int]:
    index = MemoryIndex()
    return [assign(index, words, _days(d), settings).story for words, d in dated]


def test_date_share_widens_the_window_with_the_stores_span() -> None:
    auto = replace(ClusterSettings(), date_share=0.25)
    # a store of forty days (window 10): the flood report sixty days after the first is another story
    short = _assign_all(auto, [(FLOOD, 0), (BRIDGE, 10), (BRIDGE, 40), (FLOOD, 60)])
    assert short[0] != short[3]
    # a store of four hundred days (window 100): it joins
    long = _assign_all(auto, [(FLOOD, 0), (BRIDGE, 10), (BRIDGE, 400), (FLOOD, 60)])
    assert long[0] == long[3]
    assert _assign_all(ClusterSettings(), [(FLOOD, 0), (BRIDGE, 10), (BRIDGE, 40), (FLOOD, 60)])[3] == short[0]


def test_the_memory_index_keeps_the_date_range_of_its_stories() -> None:
    index = MemoryIndex()
    assert index.date_range() == (None, None)
    for d in (30, 2, None, 11):
        assign(index, FLOOD, _days(d) if d is not None else None)
    assert index.date_range() == (_days(2), _days(30))
