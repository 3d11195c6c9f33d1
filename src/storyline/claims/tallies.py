"""Two votes, not one vote told twice (claims67, the 66th read): a tally's two sides sum to those who voted, so a
committee's "voted along party lines, 12-11" and a chamber's "by a vote of 52-47" are votes of two bodies of different
sizes; joined, their sides read as a dispute ("differ": 12 against 52 for, 11 against 47 against) that no report makes.
Two reports' tallies whose voters differ by more than a third are set apart; one vote told "50-50" and "51-50" (the
tie broken) or with a member absent stays one.
"""

from __future__ import annotations

from .figure_mention import FigureMention

VOTERS_RATIO = 4 / 3  # two tallies of one body differ by absences and a tie-break, not by a third of the body


def tallies_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two sides of tallies whose voters differ by more than ``VOTERS_RATIO`` (module docstring)."""
    if a.voters is None or b.voters is None or min(a.voters, b.voters) <= 0:
        return False
    return max(a.voters, b.voters) / min(a.voters, b.voters) > VOTERS_RATIO
