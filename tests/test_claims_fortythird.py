"""Claims: the wrong rows the thirty-third and thirty-fourth reads found, by kind (bench/BRIEF_REVIEW.md,
"claims43"): a share's base after "out of every" read as a count of its own ("seven out of every 100 Hispanic
children": "100 Hispanic children").
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import whats

# "out of every N", "in every N": the base of a share, as "out of N" and "in N" are


def test_out_of_every_is_a_share() -> None:
    rows = whats("The survey shows seven out of every 100 rural pupils were absent.")
    assert rows == ["share of pupils: absent"], rows


def test_in_every_is_a_share() -> None:
    rows = whats("The survey found that one in every five teachers had left.")
    assert len(rows) == 1 and rows[0].startswith("share of teachers"), rows


def test_out_of_a_base_stays_a_share() -> None:
    rows = whats("The survey shows seven out of 100 rural pupils were absent.")
    assert rows == ["share of pupils: absent"], rows
