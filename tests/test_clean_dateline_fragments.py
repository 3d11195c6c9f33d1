"""A dateline's place alone on a line, its date cut, before the report's own dateline (clean.datelines;
bench/BRIEF_REVIEW.md, "inputs44")."""

from __future__ import annotations

from storyline.clean.datelines import mark_dateline_fragments
from storyline.clean.lines import split_lines
from storyline.clean.reasons import Reason

LEDE = "HARBOURTON, Freedonia (Reuters) - The harbour bridge reopened to traffic on Monday, two years after the cracks."


def _marks(text: str) -> list[Reason | None]:
    lines = split_lines(text)
    mark_dateline_fragments(lines)
    return [ln.reason for ln in lines]


def test_a_place_ending_in_a_bar_before_the_reports_dateline_is_no_line() -> None:
    assert _marks("HARBOURTON, Freedonia |\n" + LEDE) == [Reason.DATE_LINE, None]
    assert _marks("HARBOURTON —\n" + LEDE) == [Reason.DATE_LINE, None]


def test_a_place_before_a_line_with_no_dateline_or_without_its_mark_stays() -> None:
    assert _marks("HARBOURTON, Freedonia |\nThe harbour bridge reopened to traffic on Monday morning.") == [None, None]
    assert _marks("HARBOURTON, Freedonia\n" + LEDE) == [None, None]
    assert _marks("Harbourton, Freedonia |\n" + LEDE) == [None, None]
