"""One act under a week said loosely and under its own day: one entry, under the day (time49; issue 12).

A report writes "last week" or "this week" for an act another sentence dates by its day: "Last week, after Iran
tested a ballistic missile, Trump tweeted …" [1] and "… responded to Trump's tweet of February 3, …" [2]; "Last
week, Mubarak was acquitted …" and "On March 2, Mubarak was acquitted …". The timeline showed the act twice, under
the week and under the day. A week said relative to the report is the vaguer date: an entry dated by it and an
entry of a day inside that week, of the same relation and tense, from other sentences, that the citation judge says
state the same thing, are one entry under the day. "Last week" is said loosely of the week before it too (a
Monday's report calls the Thursday eleven days back "last week"), so its day may lie up to a week earlier.

The entry shows the day's sentence, unless that sentence only mentions the day (a mention) and the week's
sentence tells the act: then the week's sentence is shown under the day. The judge must find the other sentence
states the one shown, since the other is cited on it (a citation must state the line).

The judge reads a plan or an act told in other words as two ("Mubarak will be released from detention this week" and
"… would likely be released Tuesday or soon after"; "A US plan, unveiled this week, to expel … illegal immigrants"
and "The administration issued a new policy on Tuesday targeting … illegal immigrants"). Two such entries whose dates
hang from one verb, or from two verbs of making a thing public (``lexicon/making_public_verbs.txt``), and that
share two content words besides, are one act too (time50).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from .. import lexicon
from ..text import content_terms, stem
from .entry import Entry
from .told import MAX_JUDGED_PAIRS, SameThing

__all__ = ["week_told_on_its_day"]


Event = TypeVar("Event", bound=Entry)

_LAST_WEEK = re.compile(r"\blast\s+week\b", re.I)
_LOOSE = dt.timedelta(days=7)  # how far before its week a "last week" may reach
_MAKING_PUBLIC = lexicon.words("making_public_verbs")
_SHARED = 2  # content words two entries of one verb must share besides it and their dates


def _window(e: Entry) -> tuple[dt.date, dt.date] | None:
    """The days a relative week's entry may mean, or None when ``e`` is no such entry."""
    v = e.value
    if v.precision != "week" or v.end is not None or e.caption or "week" not in e.phrase.lower():
        return None
    first, last = v.first_day(), v.last_day()
    if first is None or last is None:
        return None
    return (first - _LOOSE if _LAST_WEEK.search(e.phrase) else first), last


def _fits(week: Entry, day: Entry, window: tuple[dt.date, dt.date]) -> bool:
    v = day.value
    when = v.first_day() if v.precision == "day" and v.end is None else None
    return (when is not None and window[0] <= when <= window[1] and not day.caption
            and week.relation == day.relation and week.future == day.future
            and not set(week.citations) & set(day.citations))


def _one_verb(week: Entry, day: Entry) -> bool:
    """Do ``week`` and ``day`` tell one act in other words: their dates hang from one verb, or from two verbs of
    making a thing public, and they share two content words besides the verbs and the date phrases?"""
    if not week.verb or not day.verb:
        return False
    if week.verb != day.verb and not (week.verb in _MAKING_PUBLIC and day.verb in _MAKING_PUBLIC):
        return False
    left = {stem(week.verb), stem(day.verb)}

    def terms(e: Entry) -> set[str]:
        return set(content_terms(e.text)) - set(content_terms(e.phrase)) - left

    return len(terms(week) & terms(day)) >= _SHARED


def week_told_on_its_day(events: list[Event], same: SameThing, dated: Callable[[Event, Event], Event]
                         ) -> list[Event]:
    """``events`` with each relative week's entry that tells the act of a day's entry inside its window folded
    into that day's (the module's docstring). ``dated(e, d)``: ``e`` with ``d``'s date."""
    windows = {i: w for i, e in enumerate(events) if (w := _window(e)) is not None}
    pairs = [(i, j) for i, w in windows.items() for j, d in enumerate(events)
             if j not in windows and _fits(events[i], d, w)][:MAX_JUDGED_PAIRS]
    if not pairs:
        return events
    shown = [(i if events[j].mention and not events[i].mention else j) for i, j in pairs]
    verdicts = same([(events[s].text, events[j if s == i else i].text) for (i, j), s in zip(pairs, shown, strict=True)])
    into: dict[int, int] = {}  # a week's entry -> the day's it joins
    for (i, j), ok in zip(pairs, verdicts, strict=True):
        if (ok or _one_verb(events[i], events[j])) and i not in into:
            into[i] = j
    if not into:
        return events
    heads: dict[int, Event] = {}
    for i, j in sorted(into.items(), key=lambda ij: ij[1]):
        head = heads.get(j, events[j])
        if events[j].mention and not events[i].mention and head is events[j]:
            head = dated(events[i], events[j])
            head.citations = list(dict.fromkeys([*events[i].citations, *events[j].citations]))
        else:
            head = dated(head, head)
            head.citations = list(dict.fromkeys([*head.citations, *events[i].citations]))
        heads[j] = head
    return [heads.get(k, e) for k, e in enumerate(events) if k not in into]
