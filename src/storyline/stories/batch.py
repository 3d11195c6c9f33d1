"""Stories in one input (a folder, a list of files): which reports belong together.

A one-off input has no store whose document frequencies were learned on thousands of
reports, and online assignment alone (``assign``, shipped settings, IDF over the input
itself) cuts one story into several: on duc2003 it split 25 of 30 ten-report stories
(bench/stories_split_eval.py). So the online assignment only proposes groups, and
groups whose reports read alike are joined again: greedily, the closest pair first,
while the cosine of their mean MiniLM embeddings (title and lead of each report) is at
least ``join``. Embeddings are computed only when assignment proposed several groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..model import Document
from .index import MemoryIndex
from .online import ClusterSettings, assign
from .vectors import lead_text, report_terms


@dataclass(frozen=True, slots=True)
class SplitSettings:
    """How one input is split into stories (bench/stories_split_eval.py measures them)."""

    join: float = 0.30
    """Least cosine of two groups' mean lead embeddings for them to be one story. Chosen on
    duc2003 and multinews-dev (single stories kept whole vs mixes of three told apart);
    tac2011 is the held-out check."""
    lead_chars: int = 600
    """Characters of a report (after its title) that its embedding reads."""
    cluster: ClusterSettings = ClusterSettings(threshold=0.15)
    """The online assignment that proposes groups: the threshold the join above was chosen with (the
    store's default rose to .18 in round 5 of bench/STORIES_EXPERIMENTS.md, with a merge pass this
    split does not run)."""


DEFAULT_SPLIT = SplitSettings()


def _join_alike(groups: list[list[int]], vectors: npt.NDArray[np.float32], join: float) -> list[list[int]]:
    """Join the closest pair of groups (mean embedding cosine) until no pair reaches ``join``."""
    groups = [list(g) for g in groups]
    while len(groups) > 1:
        means = np.array([vectors[g].mean(axis=0) for g in groups], dtype=np.float64)
        means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
        sims = means @ means.T
        np.fill_diagonal(sims, -2.0)
        i, j = np.unravel_index(int(sims.argmax()), sims.shape)
        if sims[i, j] < join:
            break
        a, b = min(int(i), int(j)), max(int(i), int(j))
        groups[a] = sorted(groups[a] + groups[b])
        del groups[b]
    return groups


def split_stories(docs: Sequence[Document], settings: SplitSettings = DEFAULT_SPLIT) -> list[list[Document]]:
    """The stories of ``docs``: groups of documents, largest first (ties: the one seen first),
    each in input order. One group when the input is one story."""
    if len(docs) < 2:
        return [list(docs)]
    index = MemoryIndex()
    by_story: dict[int, list[int]] = {}
    for i, doc in enumerate(docs):
        a = assign(index, report_terms(doc.text, doc.title), doc.published, settings.cluster)
        by_story.setdefault(a.story, []).append(i)
    groups = list(by_story.values())
    if len(groups) > 1:
        from ..nlp import embed

        leads = [lead_text(d.text, d.title, settings.lead_chars) for d in docs]
        groups = _join_alike(groups, embed(leads), settings.join)
    groups.sort(key=lambda g: (-len(g), g[0]))
    return [[docs[i] for i in g] for g in groups]
