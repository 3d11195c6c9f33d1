"""An entry that leans on a later one: put it after the entry that introduces what it points back at (time25).

The timeline runs in date order, so a coarse date (a year, a month, a week) sorts before the days inside it. An
entry so placed may open with a back-reference whose antecedent only a later entry holds: "2019 — The report says
the agency came up with the campaign, …" before "18 Nov 2019 — According to a report in the Argus Leader, …", or
"week of 18 Nov 2019 — This week, Patrick launched a tour …" before "19 Nov 2019 — … Deval Patrick, would be
stopping by …". When the later entry's date lies inside the earlier one's period, comes from the same report and
stands before it in the report's text, and it introduces the thing ("a report": the indefinite article) or the
person (a surname after a first name) that the earlier entry names bare ("The report", "Patrick"), the earlier entry
moves to just after it: still in time order (the period holds the day), and read after its antecedent.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .. import lexicon
from .resolution import DateValue

__all__ = ["introduced_first"]

_DEFINITE = re.compile(r"\b[Tt]he\s+([a-z]{3,})\b")
_NAME = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,})\b")
_OPENING = 8  # the words an entry opens on: its subject, after a short opening phrase ("This week, Patrick")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_STOPWORDS = lexicon.words("stopwords")


class _Event(Protocol):
    doc: str
    start: int
    text: str
    value: DateValue


E = TypeVar("E", bound=_Event)


def _bare_names(text: str) -> set[str]:
    """Capitalised words written alone: not after another capitalised word ("Patrick", not "Deval Patrick") nor
    before one ("Haitian Prime Minister …": a word of a longer name)."""
    return {m.group(1) for m in _NAME.finditer(text) if not _CAPITAL_BEFORE.search(text[: m.start()])
            and not _CAPITAL_AFTER.match(text, m.end())}


def _full_name(text: str, name: str) -> bool:
    """Does ``text`` write ``name`` after a first name ("Deval Patrick"; not "The Haitian …": a function word of
    ``lexicon/stopwords.txt`` is no first name)?"""
    return any(m.group(1).lower() not in _STOPWORDS for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{name}\b", text))


def _introduces(text: str, nouns: set[str], names: set[str], own: str) -> bool:
    """Does ``text`` introduce one of ``nouns`` with "a"/"an" ("a report in the Argus Leader"), or one of ``names``
    after a first name ("Deval Patrick") that ``own`` (the leaning entry) does not write?"""
    if any(re.search(rf"\ban?\s+{n}\b", text) for n in nouns):
        return True
    return any(_full_name(text, w) and not _full_name(own, w) for w in names)


def _inside(day: DateValue, period: DateValue) -> bool:
    lo, hi, first, last = period.first_day(), period.last_day(), day.first_day(), day.last_day()
    return (None not in (lo, hi, first, last) and period.precision != "day" and period.end is None
            and lo <= first and last <= hi and (first, last) != (lo, hi))  # type: ignore[operator]


def introduced_first(events: list[E]) -> list[E]:
    """``events`` (in timeline order) with each entry that leans on a later one moved to just after it."""
    out = list(events)
    for e in list(events):
        opening = " ".join(e.text.split()[:_OPENING])
        nouns = {m.group(1) for m in _DEFINITE.finditer(opening)}
        names = _bare_names(opening)
        if not nouns and not names:
            continue
        i = out.index(e)
        hosts = [k for k in range(i + 1, len(out)) if out[k].doc == e.doc and out[k].start < e.start
                 and _inside(out[k].value, e.value) and _introduces(out[k].text, nouns, names, e.text)]
        if hosts:
            out.insert(hosts[-1], out.pop(i))
    return out
