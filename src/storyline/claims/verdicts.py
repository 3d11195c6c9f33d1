"""What values a figure allows, and so whether figures agree: the ONE place for these readings.

A figure is read as an interval of values it allows; figures agree when their intervals
(converted to one unit) all overlap (``compatible``). The readings follow how news uses the
words (README-claims-dev.md's verdict rules):

- no qualifier: the value itself, widened by *rounding*: a value written with decimals or a
  scale word ("5.6 million", "$5.2bn", "95.1") stands for anything that rounds to it (half a
  unit of its last written digit: 5.55-5.65 million), and a percentage for anything that rounds
  to it (70 percent: 69.5-70.5). A plain whole count ("229 people") is exact.
- approximate ("about", "around", "some", "roughly", "an estimated", "or so"): within
  ``APPROX`` (5%) either side, so "about 20" agrees with 20 and 21 but not with 22.
- near ("nearly", "almost", "close to", "nearing"): up to ``APPROX`` below, not above.
- "more than", "over", "passed", "topping" (above) and "at least", "or more" (min) are read as
  news uses them, "a little over X": up to ``LITTLE_OVER`` (10%) above X, not an open bound.
  So "more than 258,000" agrees with "nearly 260,000", while "more than 400" differs from 550. A whole
  number's "a little over" reaches at least the next whole number: "at least four" agrees with "five" (a
  small count cannot be 10% over), not with "six". A span of years is told by its decade: "more than 30 years"
  (or "over two decades") reaches the decade's end, so it agrees with "38 years" and differs from "40 years"
  (``decade_cap``, claims78). A plain whole value rounded to hundreds or coarser ("16,000 residents") is the
  writer's rounding, so a bound at that same value beside it ("more than 16,000 people", "fewer than 3,000") holds
  it (``round_points``, claims82).
- "up to", "as many as", "as much as" (max) name a peak: X, or up to ``APPROX`` below it, so
  "gusts up to 150 kph" differs from "up to 160 kph" and "as much as $13.9 billion" agrees with
  "$13.9 billion". "fewer than", "less than", "under" (below): the same, strictly below X, when figures are
  joined; in a row's verdict (``bounds``) they bound the value from above: any value strictly below X down to
  ``BELOW_SPAN`` (half) of it, so "less than 5 percent" and "just 3 percent" of one thing agree (claims79), and a
  value far under the bound differs. (Joining keeps the narrow reading: two values of one report join only when
  they agree, and a bound and a point of one report, "under 70 km" and "65 km", are two figures.)
- "as few as", "as little as", "as low as" (floor) name the low end of what things of a kind can be ("a basic plan
  can cost as little as $10"): a value at or above it may be one of them, so it does not differ; up to
  ``FLOOR_SPAN`` (twice) the low end, since a value many times it is another kind's ("as few as 10 seats" is
  no "differ" with 13 seats, and no "agree" with 2,000).
- exact ("only", "all", "a total of"): the value itself.
- ranges ("20 to 24", "25-50 km"): their bounds (widened by "about").
- vague words ("dozens", "hundreds"): the range the word allows (numbers.py).
- a ratio in numbers ("three in four", "one out of seven") beside a percentage: the share it states, in
  percent, within ``APPROX`` either side ("one in seven" agrees with "about 15 percent"; ``ratio_interval``).

Units and currencies: measures are compared in their dimension's base unit (Fahrenheit turned into
Celsius with its offset; a value after "minus" is negative; ``UNIT_SLACK``,
2%, allows for the rounding of conversions such as "180 feet (55 meters)"); money in different
currencies is compared in US dollars at the story year's approximate rate, with ``FX_SLACK``
(10%) either side, since exchange rates move within a year (lexicon/fx_rates.tsv).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from .vocab import qualifier_kinds, usd_rate, word_set

APPROX = 0.05
LITTLE_OVER = 0.10
UNIT_SLACK = 0.02
FX_SLACK = 0.10
FLOOR_SPAN = 2.0
BELOW_SPAN = 0.5  # "less than X" holds values down to half of X (claims79), as "as few as X" reaches twice X
DECADE = 10.0  # years: a span told "more than 30 years" holds any value of its decade (claims78)
ROUND_POINT = 100.0  # a plain whole value rounded to hundreds or coarser is itself a rounding (round_points, claims82)
WHOLE_MEASURE = 0.499  # half a unit, open at its ends: "15 minutes" is 14.5 up to (not) 15.5 (claims72)
RUNNING_MEASURES = word_set("running_measure_dimensions")  # a written whole is rounded (not counts, ages, scales)


def qualifier_kind(qualifier: str | None) -> str:
    """'approx' | 'near' | 'min' | 'above' | 'max' | 'below' | 'floor' | 'exact' for a qualifier as written."""
    if not qualifier:
        return "exact"
    return qualifier_kinds().get(qualifier, "exact")


def rounding(written: str, value: float, percent: bool) -> float:
    """Half a unit of the last written digit of a rounded figure (0 for a plain whole count)."""
    digits = "".join(c for c in written.split()[0] if c.isdigit() or c == ".") if written.strip() else ""
    digits = digits.strip(".")  # "€5.58m." closing a sentence
    decimals = len(digits.partition(".")[2]) if "." in digits else 0
    scaled = value >= 1000 and digits and float(digits or 0) < value / 999
    if decimals:
        step = 10.0 ** -decimals
        return 0.5 * step * (value / float(digits)) if scaled and float(digits) else 0.5 * step
    if scaled and digits:
        return 0.5 * value / float(digits)  # "20 million": 0.5 million
    return 0.5 if percent else 0.0


def interval(value: float, low: float, high: float, qualifier: str | None, vague: bool,
             slack: float = 0.0, bounds: bool = False) -> tuple[float, float]:
    """The values a figure allows (module docstring); ``slack`` adds rounding, in the value's unit; ``bounds``: a
    bound from above read as one (a row's verdict), not as a peak."""
    kind = qualifier_kind(qualifier)
    if low != high:  # a range or a vague plural: its own bounds, widened by "about"
        lo, hi = (low * (1 - APPROX), high * (1 + APPROX)) if kind == "approx" else (low, high)
        return lo - slack, hi + slack
    n = value
    if kind == "approx" or vague:
        lo, hi = n * (1 - APPROX), n * (1 + APPROX)
    elif kind == "near":
        lo, hi = n * (1 - APPROX), n
    elif kind == "min":
        lo, hi = n, _little_over(n)
    elif kind == "above":
        lo, hi = math.nextafter(n, math.inf), _little_over(n)
    elif kind == "max":
        lo, hi = n * (1 - APPROX), n
    elif kind == "below":
        lo, hi = n * (BELOW_SPAN if bounds else 1 - APPROX), math.nextafter(n, -math.inf)
    elif kind == "floor":
        lo, hi = n, n * FLOOR_SPAN
    else:
        lo, hi = n, n
    return lo - slack, hi + slack


def _little_over(n: float) -> float:
    """"a little over" a whole number: ``LITTLE_OVER`` above it, and at least the next whole number, since a
    small count cannot be 10% over ("at least four wounded" / "five wounded": 5 is the least it can be)."""
    return max(n * (1 + LITTLE_OVER), n + 1) if float(n).is_integer() and n >= 1 else n * (1 + LITTLE_OVER)


def compatible(intervals: Sequence[tuple[float, float]]) -> bool:
    """Do all the intervals overlap (so every figure can be true at once)?"""
    return max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals)


class Figureish(Protocol):
    """What ``values_agree`` reads of a mention."""

    value: float
    low: float
    high: float
    qualifier: str | None
    vague: bool
    slack: float
    factor: float
    unit_offset: float
    dimension: str
    unit_code: str | None
    percent: bool
    base: float | None


class Rates:
    """Exchange rates for one story: its year (from the reports' dates) picks the rate row."""

    def __init__(self, year: int | None) -> None:
        self.year = year

    def factor(self, m: Figureish) -> float | None:
        """What one unit of the mention's value is in its dimension's base unit (US dollars for money)."""
        if m.dimension == "money":
            return usd_rate(m.unit_code or "USD", self.year)
        return m.factor


def values_agree(ms: Sequence[Figureish], rates: Rates, rounded: bool = True, bounds: bool = False) -> bool:
    """Can all the mentions be true at once, once qualifiers, rounding, units and currencies are allowed for?
    ``rounded`` False: a plain whole measure is its value, not its unit's rounding (rounded_events.slack_stands);
    ``bounds``: "less than X" read as a bound, for a row's verdict (module docstring)."""
    codes = {m.unit_code for m in ms}
    mixed = len(codes) > 1
    intervals = []
    ratios = any(m.percent for m in ms) and any(m.base and not m.percent for m in ms)
    if not mixed and _past_a_little_over(ms):
        return False
    points = set() if mixed else round_points(ms)
    for m in ms:
        if ratios and m.base and not m.percent:
            intervals.append(ratio_interval(m.value, m.base))
            continue
        f = rates.factor(m)
        if f is None:
            return not mixed and compatible([interval(x.value, x.low, x.high, x.qualifier, x.vague,
                                                      whole_slack(x) if rounded else x.slack, bounds) for x in ms])
        lo, hi = interval(m.value, m.low, m.high, m.qualifier, m.vague,
                          m.slack if mixed or not rounded else whole_slack(m), bounds)
        if m.value in points and qualifier_kind(m.qualifier) in ("above", "below") and m.low == m.high:
            lo, hi = min(lo, m.value), max(hi, m.value)  # "more than 16,000" holds a plain "16,000" (round_points)
        if (cap := decade_cap(m)) is not None:
            hi = max(hi, math.nextafter(cap, -math.inf))
        lo, hi = sorted(((lo + m.unit_offset) * f, (hi + m.unit_offset) * f))
        widen = abs(lo + hi) / 2 * (FX_SLACK if m.dimension == "money" else UNIT_SLACK) if mixed else 0.0
        intervals.append((lo - widen, hi + widen))
    return compatible(intervals)


def round_points(ms: Sequence[Figureish]) -> set[float]:
    """Plain whole values rounded to ``ROUND_POINT`` or coarser ("16,000 residents", "$65,000"): a writer's rounding,
    not an exact count, so a bound at the same value beside one ("more than 16,000 people", "fewer than 3,000") holds
    it and is no disagreement (claims82); "more than 50" and "50" still differ (a small round value may be exact)."""
    return {m.value for m in ms if qualifier_kind(m.qualifier) == "exact" and not m.vague and m.low == m.high and
            rounding_step(m.value) >= ROUND_POINT}


def whole_slack(m: Figureish) -> float:
    """A figure's rounding: its own (``rounding``), or ``WHOLE_MEASURE`` for a plain whole measure of a unit that
    runs on ("15 minutes": a writer rounds a time or a length to its unit, not a count of people)."""
    if m.slack or m.dimension not in RUNNING_MEASURES or m.vague or m.low != m.high or \
            not float(m.value).is_integer() or qualifier_kind(m.qualifier) != "exact":
        return m.slack
    return WHOLE_MEASURE


def rounding_step(n: float) -> float:
    """How finely a whole number over 10 is rounded, as written: the unit of its last non-zero digit, or five
    of them when that digit is 5 (180: 10; 75: 5; 258,000: 1,000; 350,000: 50,000); 0 for other numbers."""
    if n < 10 or not float(n).is_integer():
        return 0.0
    digits = str(int(n))
    zeros = len(digits) - len(digits.rstrip("0"))
    return (5.0 if digits.rstrip("0")[-1] == "5" else 1.0) * 10.0 ** zeros


def _past_a_little_over(ms: Sequence[Figureish]) -> bool:
    """"More than N" (or "at least N") beside a value told as about M or as M itself, in one unit: M at or past
    N's next rounding step ("more than 180" / "about 190"; "more than 75 percent" / "some 80 percent"), or more than
    ``LITTLE_OVER`` above N, is another value: a writer who believed M would have written it, so they differ.
    "Nearly M" stays an upper bound ("more than 258,000" / "nearly 260,000" agree)."""
    floors = [(m.value, decade_cap(m) or min(m.value + rounding_step(m.value), _little_over(m.value))) for m in ms
              if qualifier_kind(m.qualifier) in ("above", "min") and not m.vague and m.low == m.high and
              rounding_step(m.value) > 1]
    points = [m.value for m in ms if qualifier_kind(m.qualifier) in ("approx", "exact") and not m.vague and
              m.low == m.high]
    return any(p >= cap and p > n for n, cap in floors for p in points)


def decade_cap(m: Figureish) -> float | None:
    """Where a span of years told by a bound of whole decades ends, in its unit: "more than 30 years" 40, "over two
    decades" 3; a writer who knew 38 years writes "more than 30 years" (for 40, "40 years"). None for other figures,
    whose "more than" is "a little over" (module docstring)."""
    if m.dimension != "duration" or m.vague or m.low != m.high or qualifier_kind(m.qualifier) not in ("above", "min"):
        return None
    if m.unit_code == "decade" and float(m.value).is_integer() and m.value >= 1:
        return m.value + 1
    if m.unit_code == "yr" and m.value >= DECADE and float(m.value / DECADE).is_integer():
        return m.value + DECADE
    return None


def ratio_interval(value: float, base: float) -> tuple[float, float]:
    """A ratio told in numbers ("three in four voters", "one in seven patients", "two out of 57 strikes") as the
    percentages it allows, beside a share told in percent: a ratio in words is a rounded share ("one in seven" is
    14.3 percent, and stands for "about 15 percent"), so ``APPROX`` either side."""
    share = value / base * 100
    return share * (1 - APPROX), share * (1 + APPROX)


def distinctive(x: float, percent: bool) -> bool:
    """A value unlikely to recur by chance: not round (59 percent, 37,847, 5.58 million; not 20 or 100)."""
    x = abs(x)
    if x == 0:
        return False
    while x >= 1000 and float(x / 10).is_integer():
        x /= 10
    if not float(x).is_integer():
        return True
    return x % 10 != 0 and (x > 12 or percent)


def rare(x: float) -> bool:
    """A value that one story hardly names twice by chance: at least 1,000 with two or more significant
    digits ('350 million', '37,847', '150,000'; not '5 million' or '2,000')."""
    if x < 1000 or not float(x).is_integer():
        return x >= 1000
    digits = str(int(x)).rstrip("0")
    return len(digits) >= 2
