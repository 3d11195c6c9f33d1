"""The neighbour veto (round 15 of bench/STORIES_EXPERIMENTS.md; off by default): a candidate at or above the
threshold that shares a rare name with the report is passed over when the lead embeddings disagree
(``neighbour_embed``) or when the pair model's logit is low (``neighbour_model``, ``neighbour_logit``)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from storyline.stories import ClusterSettings, MemoryIndex, assign
from storyline.stories.vectors import Cues

ROOT = Path(__file__).resolve().parents[1]
COUNTS = Counter({"quake": 3, "haiti": 2, "quennell": 1, "rescue": 1})
EAST, NORTH = np.array([1.0, 0.0, 0.0], np.float32), np.array([0.0, 1.0, 0.0], np.float32)


def _cues(embedding: np.ndarray, names: frozenset[str] = frozenset({"quennell"})) -> Cues:
    return Cues(lead=frozenset(COUNTS), names=names, embedding=embedding)


def _second(settings: ClusterSettings, embedding: np.ndarray, names: frozenset[str] = frozenset({"quennell"})
            ) -> tuple[int, int]:
    """The story of a first report (lead embedding EAST) and the story a second report with the same words and
    ``embedding`` goes to."""
    index = MemoryIndex()
    first = assign(index, COUNTS, None, settings, _cues(EAST, names)).story
    return first, assign(index, COUNTS, None, settings, _cues(embedding, names)).story


def test_the_veto_is_off_by_default() -> None:
    s = ClusterSettings()
    assert s.neighbour_embed == 0 and not s.neighbour_any and s.neighbour_model == () and s.neighbour_logit == 0
    first, second = _second(s, NORTH)
    assert first == second  # same words, lead embeddings at right angles: joined, as before round 15


def test_a_candidate_sharing_a_rare_name_is_passed_over_when_the_lead_embeddings_disagree() -> None:
    veto = replace(ClusterSettings(), neighbour_embed=0.3)
    first, second = _second(veto, NORTH)
    assert first != second
    first, second = _second(veto, (EAST + NORTH * 0.5) / np.linalg.norm(EAST + NORTH * 0.5))  # cosine .89
    assert first == second


def test_without_a_shared_rare_name_only_neighbour_any_asks_the_embedding() -> None:
    veto = replace(ClusterSettings(), neighbour_embed=0.3)
    first, second = _second(veto, NORTH, names=frozenset())
    assert first == second
    first, second = _second(replace(veto, neighbour_any=True), NORTH, names=frozenset())
    assert first != second


def test_the_pair_model_vetoes_the_best_candidate_below_its_logit_cut() -> None:
    # weights: intercept, centroid score, shared rare names, log size, -(second / best), lead embedding cosine
    model = replace(ClusterSettings(), neighbour_model=(-1.0, 0.0, 0.0, 0.0, 0.0, 2.0), neighbour_logit=0.0)
    first, second = _second(model, NORTH)  # logit -1 + 2 * 0 < 0
    assert first != second
    first, second = _second(model, EAST)  # logit -1 + 2 * 1 > 0
    assert first == second
    first, second = _second(replace(model, neighbour_logit=1.5), EAST)  # the cut above the logit
    assert first != second


def test_the_weights_file_lists_the_features_in_the_settings_order() -> None:
    data = json.loads((ROOT / "bench" / "stories_neighbour_weights.json").read_text())
    assert data["features"] == ["(intercept)", "cos", "names", "logsize", "ambig", "emb_mean"]
    assert all(len(w) == 6 for w in data["models"].values())
