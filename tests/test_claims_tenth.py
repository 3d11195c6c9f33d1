"""Claims: general causes of lost or wrong rows found on the fourth held-out set (bench/CLAIMS_NOTES.md,
"heldout4 first look" and "claims10"): sizes and lengths written as compound adjectives, the whole of
"N of the M", the old value of "to N from M", definite counts after a casualty verb, shares of a
territory or a company, small counts in words.

Our own sentences, through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

import pytest

from claims_support import figures


def _read(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.dimension) for m in figures(text)]


# 1. the length of an agreement, a stoppage or a plan, written as a compound adjective

@pytest.mark.parametrize(("text", "want"), [
    ("The dockers signed a 10-year no-strike deal on Monday.", [(10, "duration")]),
    ("Trains stopped during the 10-year KLS suspension, the union said.", [(10, "duration")]),
    ("The port survived a crippling three-week dockers' strike last spring.", [(3, "duration")]),
    ("Officials kept to the tightly timed 12-week schedule for the handover.", [(12, "duration")]),
])
def test_the_length_of_a_deal_a_strike_or_a_schedule_is_a_figure(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


def test_a_visit_of_some_days_is_still_no_figure() -> None:
    assert _read("The minister arrived for a three-day visit to the port.") == []
