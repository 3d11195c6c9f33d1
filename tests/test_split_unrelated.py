"""``brief``'s split joins two groups of pages that read alike only when they share a name, unless they read
very alike (issue 12 item 5; ``SplitSettings.join_unnamed``). The pages in ``data/mixed_products`` are our own
writing: two on one (invented) game streaming service closing, one on an unrelated (invented) video service's
launch-night failure, one on a bridge closing for repairs. The two services' pages read alike to MiniLM
(cosine about .34, above ``join``) and share no name."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from storyline import read_documents
from storyline.stories.batch import DEFAULT_SPLIT, _join_alike, split_stories

MIXED = Path(__file__).parent / "data" / "mixed_products"


def test_pages_on_unrelated_products_are_told_apart_and_one_story_kept_whole() -> None:
    docs, skipped = read_documents([MIXED])
    assert skipped == [] and len(docs) == 4
    groups = sorted(sorted(d.id for d in g) for g in split_stories(docs))
    assert groups == [["bridge.txt"], ["cloudplay.txt", "cloudplay_reaction.txt"], ["starlight.txt"]]


def _vectors(cosine: float) -> np.ndarray:
    """Three unit vectors: 0 and 1 identical, 2 at ``cosine`` to them."""
    a = np.array([1.0, 0.0], dtype=np.float32)
    b = np.array([cosine, np.sqrt(1 - cosine**2)], dtype=np.float32)
    return np.stack([a, a, b])


def test_groups_sharing_no_name_need_the_higher_cosine() -> None:
    named = [frozenset({"vellmar"}), frozenset({"vellmar"}), frozenset({"ashford"})]
    shared = [frozenset({"vellmar"}), frozenset({"vellmar"}), frozenset({"vellmar", "ashford"})]
    cos = (DEFAULT_SPLIT.join + DEFAULT_SPLIT.join_unnamed) / 2
    assert DEFAULT_SPLIT.join < cos < DEFAULT_SPLIT.join_unnamed
    args = (DEFAULT_SPLIT.join,)
    assert _join_alike([[0, 1], [2]], _vectors(cos), *args, named, DEFAULT_SPLIT.join_unnamed) == [[0, 1], [2]]
    assert _join_alike([[0, 1], [2]], _vectors(cos), *args, shared, DEFAULT_SPLIT.join_unnamed) == [[0, 1, 2]]
    high = DEFAULT_SPLIT.join_unnamed + 0.05
    assert _join_alike([[0, 1], [2]], _vectors(high), *args, named, DEFAULT_SPLIT.join_unnamed) == [[0, 1, 2]]
    assert _join_alike([[0, 1], [2]], _vectors(cos), *args) == [[0, 1, 2]]  # no names given: join alone
