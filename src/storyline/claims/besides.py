"""A count of the others besides someone named: "Berg was rescued alongside five others" (claims76).

"Five others" whose clause names the one they are counted besides counts the rest of a whole that is one more
(six rescued in all). Set beside another report's "five of the climbers were rescued" it is no side of that count:
the equal numbers count different sets, and the table would show them as one figure that agrees. Only a count of
"others" whose clause names a participant is read so; "three soldiers were killed and 11 others injured" names
nobody the 11 are counted besides in their own event, and stays a side of "11 soldiers injured".
"""

from __future__ import annotations

from .figure_mention import FigureMention

OTHERS = "other"  # the head lemma of "others" as the counted noun


def counted_besides(m: FigureMention) -> bool:
    """A count of others besides a participant its clause names (module docstring)."""
    return m.dimension == "count" and m.head == OTHERS and bool(m.participants)


def besides_apart(a: FigureMention, b: FigureMention) -> bool:
    """One count of others besides someone named and one count that is not of others: two sets."""
    return counted_besides(a) and b.head != OTHERS or counted_besides(b) and a.head != OTHERS
