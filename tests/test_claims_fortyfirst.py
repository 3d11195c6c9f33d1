"""Claims: the thirty-first and thirty-second reads' wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims41"): a
network generation's name before a plural noun ("4G networks") read as a weight. Our own invented sentences through
the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims


def _rows(text: str) -> list[tuple[str, list[str]]]:
    return [(c["what"], c["place"]) for c in claims(text)]


# a generation's letter before a plural noun names the generation, no unit "g"


def test_a_network_generation_before_a_plural_is_no_figure() -> None:
    assert _rows("The boxes work on 3G, and 4G networks across the region.") == []


def test_a_thousand_before_a_plural_stays_a_figure() -> None:
    assert [w for w, _ in _rows("The harbour office gained 10K followers in March.")]
