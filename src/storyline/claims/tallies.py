"""Two votes, not one vote told twice (claims67, the 66th read): a committee's "voted along party lines, 12-11" and a
chamber's "by a vote of 52-47", or the chamber's two votes "52-47" (to end debate) and "51-50" (to confirm), are two
votes; joined, their sides read as a dispute ("differ": 12 against 52 for) that no report makes. Two reports' tallies
are set apart when both sides differ (one vote told two ways differs on one side at most: "50-50" and "51-50" with the
tie broken, "25-24" and "26-24"), or when those who voted differ by more than a third (bodies of different sizes).
One report tells each of its votes whole, so two of its tallies in two sentences that differ on a side are two votes
("by 274 votes to 118" and "by a margin of 274 votes to 135": the 274s are not one figure; claims78).
"""

from __future__ import annotations

from .figure_mention import FigureMention

VOTERS_RATIO = 4 / 3  # two tallies of one body differ by absences and a tie-break, not by a third of the body


def tallies_apart(a: FigureMention, b: FigureMention) -> bool:
    """Sides of two tallies that are two votes (module docstring)."""
    if a.sides is None or b.sides is None:
        return False
    if a.doc == b.doc:  # one report's two votes ("by 274 votes to 118" … "by a margin of 274 votes to 135"), each
        return a.sentence != b.sentence and a.sides != b.sides  # told whole: one side alike is no one vote (claims78)
    if a.sides[0] != b.sides[0] and a.sides[1] != b.sides[1]:
        return True
    voters = sorted((sum(a.sides), sum(b.sides)))
    return voters[0] > 0 and voters[1] / voters[0] > VOTERS_RATIO
