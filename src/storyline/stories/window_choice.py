"""The date window as a user's choice (``--window``, ``$STORYLINE_WINDOW``, ``Store(window=...)``; round 17 of
bench/STORIES_EXPERIMENTS.md): a number of days, ``off``, or ``auto``.

A window of DAYS sets ``ClusterSettings.date_gap`` (``date_span`` 1: a story told over a week takes follow-ups
a week wider): a report published more than DAYS days from a story's dates does not join it. It suits a daily
desk (a feed of news of days: ``--window 21``). ``auto``, the default wherever none is given (``DEFAULT``; round
19), is the adaptive window of round 17 (``date_share``: a quarter of the store's whole span, at least a week
since round 19): a feed of weeks keeps a window of days, an archive of years one of months. ``off`` (no window)
is for an archive of topics told over months or years (``--window off``); a store built before the window could
be chosen keeps it (``store.windows``).
"""

from __future__ import annotations

import math
import os
from dataclasses import replace

from ..errors import StorylineError
from .online import ClusterSettings

OFF = "off"
AUTO = "auto"
AUTO_SHARE = 0.25
"""``auto``'s share of the store's span (the widest share of half A's plateau on pool5, round 17)."""
AUTO_FLOOR = 7.0
"""``auto``'s least window in days (round 19): a young store's span is days, and a quarter of it (none for a store of
one day) kept a story's own follow-ups apart: a store fed one add a day left each of a story's first three days a
story of its own, for good. A week: an ordinary follow-up's gap, not tuned; every dev gate cell and both tac2011
halves measure the same with it, and on pool5 any base of 2 to 21 days gave half A the same (round 16)."""
DEFAULT = AUTO
"""The window wherever none is given (round 19 of bench/STORIES_EXPERIMENTS.md): every dev gate row as with off or
better, the unseen dated stream's BCubed F1 .890–.914 -> .944–.961; an archive of topics told over years loses a
little (tac2011's half B .950 -> .943), hence ``--window off``."""
ENV = "STORYLINE_WINDOW"
HOW = "give a number of days above 0 (e.g. 21), off, or auto"


class WindowError(StorylineError, ValueError):
    """A window that is no number of days, ``off`` or ``auto``."""


def parse_window(value: str | float | None, origin: str = "--window") -> str:
    """``value`` as the store keeps it: ``off``, ``auto`` or the days (``21``, ``10.5``); ``origin`` names where
    it came from in the error (``--window``, ``$STORYLINE_WINDOW``, ``window=``)."""
    if value is None:
        return OFF
    text = str(value).strip().lower()
    if text in (OFF, "none", ""):
        return OFF
    if text == AUTO:
        return AUTO
    try:
        days = float(text)
    except ValueError:
        raise WindowError(_bad(origin, value, "not a number of days")) from None
    if not math.isfinite(days):
        raise WindowError(_bad(origin, value, "a window is a finite number of days"))
    if days < 0:
        raise WindowError(_bad(origin, value, "a window cannot be negative"))
    if days == 0:
        return OFF
    return f"{days:g}"


def default_window(window: str | float | None = None) -> str:
    """The window a run without a store clusters with: ``given_window``'s, else ``DEFAULT``."""
    return given_window(window) or DEFAULT


def given_window(window: str | float | None) -> str | None:
    """The window this run was given: ``window`` (from ``--window`` or the API), else ``$STORYLINE_WINDOW``
    (None: neither)."""
    if window is not None:
        return parse_window(window, "window")
    env = os.environ.get(ENV, "").strip()
    return parse_window(env, f"${ENV}") if env else None


def _bad(origin: str, value: object, reason: str) -> str:
    return f"{origin + ' ' if origin else ''}{str(value)!r}: {reason}; {HOW}"


def window_settings(base: ClusterSettings, window: str) -> ClusterSettings:
    """``base`` with the date window ``window`` (as ``parse_window`` gives it)."""
    if window == OFF:
        return replace(base, date_gap=0.0, date_share=0.0)
    if window == AUTO:
        return replace(base, date_gap=AUTO_FLOOR, date_share=AUTO_SHARE, date_span=1.0)
    return replace(base, date_gap=float(window), date_share=0.0, date_span=1.0)


def said(window: str) -> str:
    """The window as a sentence says it: "off", "auto", "21 days"."""
    return window if window in (OFF, AUTO) else f"{window} day{'' if window == '1' else 's'}"
