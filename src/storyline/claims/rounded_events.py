"""When a plain whole measure may stand for the values it rounds (verdicts.whole_slack), by what the figures tell.

claims72 read "40 minutes" as anything from 39.5 to 40.5 minutes, so that it agrees with "more than 40 minutes": a
bound beside a plain whole is one writer rounding and another bounding one length. Between two exact values the
same slack says more: "48 km" and "48.2 km" become one measure, though two precise figures of one kind are as often
two things measured (two boreholes' depths, two tremors' depths). So between exact values the slack stands only
when something ties the two to one event: a named participant in common, a calendar date in common, or one
sentence of one report. A bound, an approximate value, a range or a vague word keeps the slack as before (claims76).
"""

from __future__ import annotations

from collections.abc import Sequence

from .extract import calendar_dates
from .figure_mention import FigureMention
from .frames import share_participant
from .verdicts import qualifier_kind


def _exact_point(m: FigureMention) -> bool:
    """A figure told as one value, with no bound, approximation, range or vague word."""
    return qualifier_kind(m.qualifier) == "exact" and not m.vague and m.low == m.high


def one_event(a: FigureMention, b: FigureMention) -> bool:
    """Something ties two figures to one event: one sentence, a named participant, or a calendar date in common."""
    if a.doc == b.doc and a.sentence == b.sentence:
        return True
    x, y = a.participants | a.referent, b.participants | b.referent
    if x and y and share_participant(x, y):
        return True
    return bool(calendar_dates(a.times) & calendar_dates(b.times))


def slack_stands(ms: Sequence[FigureMention]) -> bool:
    """May a plain whole measure among ``ms`` stand for its rounding (module docstring)? Yes when one of them is
    not an exact value, or when every two of them are tied to one event."""
    if not all(_exact_point(m) for m in ms):
        return True
    return all(one_event(a, b) for i, a in enumerate(ms) for b in ms[i + 1:])
