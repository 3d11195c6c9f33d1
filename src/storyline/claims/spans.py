"""A range whose ends are told in two units of one dimension (claims38): "Onset … can range from three weeks to
five years" is one range, from three weeks up to five years, not two figures ("3 wk", "5 yr"). Read from "from" or
"between": the low end keeps its unit, the high end is converted to it (five years = 261 weeks, whole units from
ten), and the figure's words run to the second unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .number_words import number_word
from .tokens import low as _low
from .vocab import units


def cross_unit_range(doc: Doc, fig: Figure) -> None:
    """Stretch ``fig`` (its unit read) to a range's high end told in a larger unit of its dimension."""
    if fig.unit is None or fig.low != fig.high or fig.start < 1:
        return
    opener, sep = _low(doc, fig.start - 1), _low(doc, fig.end)
    if not (opener == "from" and sep == "to" or opener == "between" and sep == "and"):
        return
    second = number_word(doc, fig.end + 1) if fig.end + 1 < len(doc) else None
    if second is None or second[2] is not None:
        return
    value, k, _ = second
    unit = units().get(_low(doc, k))
    if unit is None or unit.dimension != fig.unit.dimension or unit.factor <= fig.unit.factor or fig.unit.offset:
        return
    high = value * unit.factor / fig.unit.factor
    high = float(round(high)) if high >= 10 else round(high, 1)  # (five years: 261 weeks, not 260.9)
    if high > fig.value:
        fig.high, fig.end = high, k + 1
