"""Two reports' peaks of one measure ("gusts of up to 150 mph (240 kph)" / "winds of up to 250km/h"): do they differ?

``verdicts.interval`` reads "up to X" as X or a little below it, so that a peak agrees with a value told plainly
just under it. Two peaks set side by side are two statements of the highest value, though: each report names its
own top figure, and "up to 240 km/h" against "up to 250 km/h" is a difference between the reports (claims69).
So when every mention of a group is a peak, the peaks are compared as values: in one unit, equal within the
rounding of the written figure; in two units, the figure's own bracketed conversion into the other unit is taken as
its writer's reading ("150 mph (240 kph)" is 240 km/h), and without one the converted values must fall within
``verdicts.UNIT_SLACK`` of each other (150 mph is 241 km/h: 3.5% short of 250 km/h, so they differ).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figure_mention import FigureMention
from .verdicts import UNIT_SLACK, Rates, qualifier_kind
from .vocab import units

_NUMBER = re.compile(r"^\s*(?:up to\s+)?([\d,]*\.?\d+)\s*(.+?)\s*$", re.I)


def written_conversion(m: FigureMention) -> tuple[float, str] | None:
    """The figure's bracketed conversion as (value, unit code): "240 kph" → (240.0, "km/h"); None if none."""
    match = _NUMBER.match(m.conversion or "")
    if match is None:
        return None
    unit = units().get(match.group(2).lower())
    if unit is None:
        return None
    return float(match.group(1).replace(",", "")), unit.name


def _point(m: FigureMention, code: str | None, rates: Rates) -> tuple[float, float] | None:
    """The peak in the base unit and its tolerance there: in ``code`` as written when the figure or its conversion
    is in it, else converted."""
    if m.unit_code == code:
        factor = rates.factor(m)
        return None if factor is None else ((m.value + m.unit_offset) * factor, m.slack * factor)
    conv = written_conversion(m)
    other = next((u for u in units().values() if u.name == code), None)
    if conv is not None and conv[1] == code and other is not None:
        return (conv[0] + other.offset) * other.factor, 0.0
    factor = rates.factor(m)
    if factor is None:
        return None
    value = (m.value + m.unit_offset) * factor
    return value, abs(value) * UNIT_SLACK / 2 + m.slack * factor


def peaks_apart(ms: Sequence[FigureMention], rates: Rates) -> bool:
    """Every mention a peak ("up to", "as many as"), from two reports or more, and their peaks two values (module
    docstring)."""
    if len({m.doc for m in ms}) < 2 or not all(qualifier_kind(m.qualifier) == "max" and m.low == m.high and
                                                not m.vague for m in ms):
        return False
    codes = [m.unit_code for m in ms]
    code = max(set(codes), key=codes.count)  # (the unit most of them are written in)
    points = [_point(m, code, rates) for m in ms]
    if any(p is None for p in points):
        return False
    spans = [(v - tol, v + tol) for v, tol in (p for p in points if p is not None)]
    return max(lo for lo, _ in spans) > min(hi for _, hi in spans)
