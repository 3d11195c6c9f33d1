"""A share told in words of a tally its own sentence gives: "With 90 votes to 34, the chamber voted against, with
most of the votes against coming from the governing party" (claims76).

"Most of the votes" there says how that sentence's tally splits; it is no side of a share of another whole that
another sentence or report gives ("the plan succeeded with 52 percent of the vote" in a referendum), though both
are shares of votes. So a share in words whose sentence holds a vote's tally (a count with its sides,
tallies.py) joins only the figures of its own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from .figure_mention import FigureMention


def tallied_shares(ms: Sequence[FigureMention]) -> set[int]:
    """The indices of shares in words whose sentence gives a tally (module docstring)."""
    tallies = {(m.doc, m.sentence) for m in ms if m.sides is not None}
    return {i for i, m in enumerate(ms) if m.share_word and (m.doc, m.sentence) in tallies}


def tally_apart(ms: Sequence[FigureMention], i: int, j: int, tallied: set[int]) -> bool:
    """One of two figures is a share of its own sentence's tally and the other is of another sentence."""
    a, b = ms[i], ms[j]
    return bool({i, j} & tallied) and (a.doc, a.sentence) != (b.doc, b.sentence)
