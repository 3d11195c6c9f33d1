"""A statement's later part, bounded by its own "last night", is the statement its report dates (issue 12; time51).

'In a statement released Monday evening, the firm confirmed that …' is an entry of Monday; 'The firm's statement
added: "… last night we failed …"' is another, "by" Monday: the quotation's "last night" counts from a statement day
its sentence does not give, so ``statement_day.statement_dated`` keeps only the bound. Both tell one statement: the
bound adds no date of its own. An entry that is such a bound (relation "by", its date a relative day counted back
from the statement: "last night", "yesterday", "today") goes when an entry of the same report on that very day, not a
bound nor a plan, names one of the names its sentence names: the report dates the statement there. A bound with no
such entry (a tweet the report dates nowhere else) stays.
"""

from __future__ import annotations

from typing import TypeVar

from .entry import Entry
from .statement_day import counted_back

__all__ = ["statement_told_once"]


_E = TypeVar("_E", bound=Entry)


def _bound(e: Entry) -> bool:
    """Is ``e`` a statement's bound: "by" a day its quotation counts back to ("last night", "yesterday")?"""
    return e.relation == "by" and e.value.precision == "day" and counted_back(e.phrase)


def statement_told_once(events: list[_E]) -> list[_E]:
    """``events`` without a statement's bound that its report dates on that day by a name they share (module
    docstring)."""
    def dated_there(e: _E) -> bool:
        docs = {c[0] for c in e.citations}
        return any(o is not e and o.relation is None and not o.future and o.value.iso() == e.value.iso()
                   and docs <= {c[0] for c in o.citations} and bool(o.names & e.names) for o in events)

    return [e for e in events if not (_bound(e) and dated_there(e))]
