"""Benchmark harness for summaries: ROUGE against reference summaries on cluster JSONL files.

``storyline eval DATASET.jsonl --words N`` runs every system on the same
cleaned, split sentences and prints a Markdown table. See ``harness.py``.
"""

from __future__ import annotations

from .harness import EvalResult, SystemScore, evaluate, render_table

__all__ = ["EvalResult", "SystemScore", "evaluate", "render_table"]
