"""One figure that one report dates by its years and another tells undated: not an earlier event's figure.

Moved out of grouping.py (claims72), which reads ``one_figure_dated_once`` where a figure's background years (an
earlier event's) would set it apart from the same figure told without them.
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .verdicts import Rates, rare, values_agree


def one_figure_dated_once(a: FigureMention, b: FigureMention, rates: Rates) -> bool:
    """One sum of money in two reports, one giving the year of what it was paid or taken for and the other no year
    ("convicted of stealing 3.4m euros … in 2011" / "embezzled 3.4m euros"): the year dates the deed, not another
    figure (claims52); so does one count with a rare end in common (``rare_end``, claims72). In one report, only a
    sum that hardly recurs by chance ("paid $38m … in 2005" / "the $38m figure": ``verdicts.rare``, claims74)."""
    if a.dimension != b.dimension or a.years and b.years or not values_agree([a, b], rates):
        return False
    if a.dimension == "money":
        return a.value == b.value and (a.doc != b.doc or a.high == b.high and rare(a.value))
    return a.doc != b.doc and a.dimension == "count" and rare_end(a, b)


def rare_end(a: FigureMention, b: FigureMention) -> bool:
    """Two counts that share a rare end ("as many as 13,000 people" / "between 5,000 and 13,000 people were executed
    … between 2011 and 2015"): one report's span of years dates the deed the other tells undated, not an earlier
    event's figure (claims72; ``verdicts.rare``: such a value hardly recurs by chance)."""
    ends = {a.low, a.high} & {b.low, b.high}
    return any(rare(x) for x in ends)
