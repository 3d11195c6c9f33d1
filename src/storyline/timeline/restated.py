"""One event a report tells twice on the same day (issue 12; time34).

A report often tells a day's event twice: in its body and again in a photo's caption ("There was a surge in
tensions in the town on August 21." beside "On August 21, there was a surge in tensions after …"), or in its lede
and again further down. The cross-report merge (``timeline._merge``) never joins two entries of one report, so
the timeline showed the day twice. Here, of two entries of one report with the same day and relation, the shorter
is dropped when at least ``SHARED`` of its content words (``text.content_terms``, the date's own words aside), and
no fewer than ``MIN_SHARED``, are in the longer: the longer tells the same thing and more. Two events of one day
told in different words ("Police arrested 20 protesters on Monday." beside "Thousands marched through the capital
on Monday.") both stay.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from ..model import Relation
from ..text import content_terms
from .resolution import DateValue

__all__ = ["once_per_report"]

SHARED = 2 / 3  # share of the shorter entry's content words the longer must hold
MIN_SHARED = 2  # and at least this many of them


class _Dated(Protocol):
    @property
    def doc(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def phrase(self) -> str: ...
    @property
    def value(self) -> DateValue: ...
    @property
    def relation(self) -> Relation | None: ...
    @property
    def future(self) -> bool: ...


E = TypeVar("E", bound=_Dated)


def _terms(e: _Dated) -> set[str]:
    return set(content_terms(e.text)) - set(content_terms(e.phrase))


def _restates(short: _Dated, long: _Dated) -> bool:
    """Does ``long``, of the same report, day and relation, hold ``short``'s content words (the module's rule)?"""
    if short.doc != long.doc or short.value.precision != "day" or short.value.iso() != long.value.iso() \
            or short.relation != long.relation or short.future != long.future:
        return False
    mine = _terms(short)
    shared = mine & _terms(long)
    return len(shared) >= MIN_SHARED and len(shared) >= SHARED * len(mine)


def once_per_report(events: list[E]) -> list[E]:
    """``events`` without an entry its own report tells again, longer, on the same day (``_restates``)."""
    by_length = sorted(events, key=lambda e: -len(e.text))
    dropped = {id(e) for i, e in enumerate(by_length) if any(_restates(e, o) for o in by_length[:i])}
    return [e for e in events if id(e) not in dropped]
