"""Claims: heldout14's misses, by kind (bench/CLAIMS_NOTES.md, "claims58"): a number spelled with "and" under a
scale word ("two thousand and eight", "one hundred and twenty"; number_words._and_rest). Our own invented
sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

import pytest

from claims_support import figures

# a number spelled with "and" under its scale word


@pytest.mark.parametrize(("text", "want"), [
    ("The harbour festival opened with two thousand and eight lanterns on the water.", [2008.0]),
    ("The parade had one hundred and twenty floats this year.", [120.0]),
    ("Some two hundred and twenty-five sailors were rescued off the cape.", [225.0]),
    ("Three hundred and fifty thousand people marched through Aldermouth.", [350000.0]),
])
def test_a_number_spelled_with_and_is_one_number(text: str, want: list[float]) -> None:
    assert [m.value for m in figures(text)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Five hundred people and twenty dogs came to the pier.", [500.0, 20.0]),
    ("About 300 and 40 more boats left the harbour.", [300.0, 40.0]),
])
def test_and_between_two_counts_still_parts_them(text: str, want: list[float]) -> None:
    assert sorted(m.value for m in figures(text)) == sorted(want)
