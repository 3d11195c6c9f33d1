"""Grown pieces joined in the merge pass (``stories.grown``): two stories of several reports that are each other's
closest story, with close centroids and leads, become one; a neighbour with another lead, or a pair too small, does
not. Made-up reports from one coast: a ferry that ran aground told in two parts, and a lighthouse festival."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from storyline.stories import ClusterSettings, MemoryIndex, assign, merge_small, report_terms
from storyline.stories.grown import join_grown
from storyline.stories.vectors import report_cues

GROUNDING = [
    "The ferry Marisol ran aground on the Skerra reef off Dunmore with 140 passengers aboard on Tuesday night.",
    "Coastguard boats took the Marisol ferry passengers off the Skerra reef near Dunmore before dawn.",
    "The Marisol ferry's hull was breached on the Skerra reef, the Dunmore coastguard said, but no one was hurt.",
]
SALVAGE = [
    "Salvage crews refloated the ferry Marisol from the Skerra reef at Dunmore and towed the hull to dry dock.",
    "Divers patched the Marisol's breached hull before the ferry was towed off the Skerra reef near Dunmore.",
    "The Marisol ferry reached the Dunmore dry dock after salvage crews freed it from the Skerra reef.",
]
FESTIVAL = [
    "The Dunmore lighthouse festival opened with a lantern parade along the harbour wall on Saturday.",
    "Thousands watched the lantern parade at the Dunmore lighthouse festival as fiddlers played on the quay.",
    "The lighthouse festival in Dunmore closed with fireworks over the harbour and a fiddlers' contest.",
]
SEA, SHIP, SHORE = (np.eye(8, dtype=np.float32)[i] for i in range(3))
ON = ClusterSettings(join_size=3, join_centroid=0.15, join_embed=0.45)


def _lead(direction: np.ndarray, k: int) -> np.ndarray:
    """A unit lead embedding near ``direction`` (each report a little apart)."""
    v = direction + 0.2 * np.eye(8, dtype=np.float32)[4 + k % 4]
    out: np.ndarray = (v / np.linalg.norm(v)).astype(np.float32)
    return out


def _story(index: MemoryIndex, texts: list[str], lead: np.ndarray, settings: ClusterSettings) -> int:
    """The reports as one story of their own (the first avoids every story there, the rest join it)."""
    story = 0
    for k, text in enumerate(texts):
        cues = report_cues(text)._replace(embedding=_lead(lead, k))
        if not story:
            avoid = frozenset(index.stories)
            story = assign(index, report_terms(text), settings=settings, cues=cues, avoid=avoid).story
            assert story not in avoid
        else:
            assert assign(index, report_terms(text), settings=settings, cues=cues, into=story).story == story
    return story


def _three(settings: ClusterSettings, salvage_lead: np.ndarray = SEA) -> tuple[MemoryIndex, int, int, int]:
    index = MemoryIndex()
    a = _story(index, GROUNDING, SEA, settings)
    b = _story(index, SALVAGE, salvage_lead, settings)
    c = _story(index, FESTIVAL, SHORE, settings)
    return index, a, b, c


def test_two_grown_parts_of_one_event_are_joined() -> None:
    index, a, b, c = _three(ON)
    assert merge_small(index, {a, b, c}, ON) == {b: a}
    assert index.story(a).size == 6 and c in index.stories
    index, a, b, c = _three(ON)
    assert merge_small(index, {a, b, c}, replace(ON, join_size=0)) == {}  # the rule off: the parts stay apart


def test_a_neighbour_with_another_lead_or_too_small_a_part_is_not_joined() -> None:
    index, a, b, c = _three(ON, salvage_lead=SHIP)
    assert join_grown(index, {a, b, c}, ON) == {}
    index, a, b, c = _three(ON)
    assert join_grown(index, {a, b, c}, replace(ON, join_size=4)) == {}
    index, a, b, c = _three(ON)
    assert join_grown(index, {a, b, c}, replace(ON, join_centroid=0.99)) == {}


def test_a_story_the_pass_was_not_given_keeps_its_id() -> None:
    index, a, b, c = _three(ON)
    assert join_grown(index, {b, c}, ON) == {b: a}  # a, not touched, takes b
    index, a, b, c = _three(ON)
    assert join_grown(index, {a, c}, ON) == {a: b}  # b, not touched, takes a though both are of one size
