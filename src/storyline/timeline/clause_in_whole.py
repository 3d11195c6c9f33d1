"""One sentence, one entry: a clause cut from a sentence that another of its dates shows whole (issue 12; time48).

A sentence with two dates is cut into the clause each date hangs from (``date_clause.clause_span``); a clause that
cannot stand alone (a second verb with no subject of its own: "… and launched a new push on the town this week")
keeps its whole sentence. "Rebel fighters last month seized the ridge" under last month and "Rebel fighters last
month seized the ridge and launched a new push … this week" under this week then tell the first act twice, once
under each date. The whole sentence already shows the cut clause with its date's words in it ("last month"), so
the cut clause goes; the whole one stays under its own date, the act the sentence ends on. Only two acts of one
subject ("and", "but" with no comma): a clause of its own subject (", and the rebels withdrew … on Tuesday") and a
said clause cut from its attribution keep their own dates. Only entries that are not
mentions: a mention shown whole beside a clause is ``fold._written_in_a_clause``'s case.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .resolution import DateValue

__all__ = ["without_clauses_shown_whole"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mention(self) -> bool: ...
    @property
    def value(self) -> DateValue: ...
    @property
    def text(self) -> str: ...


_E = TypeVar("_E", bound=_Spanned)


# the rest of the sentence after the cut clause goes on with a second verb of its subject ("… and launched …"), with
# no comma: "…, and the rebels withdrew …" is a clause of its own subject, which keeps its own entry (time18)
_NEXT_ACT = re.compile(r"^\s*(?:and|but)\b", re.I)


def _cut_from(part: _Spanned, whole: _Spanned) -> bool:
    """Is ``part`` a clause cut from the start of ``whole``'s span, the first of two acts of one subject ("… seized
    the ridge and launched …": "and" or "but" with no comma before it)? Not a said clause cut from its attribution
    ("Its income in 2005 totaled $150 million, the company said on Tuesday"): the clause is what was said."""
    if not (whole.start <= part.start and part.end <= whole.end) or (part.start, part.end) == (whole.start, whole.end):
        return False
    return part.start == whole.start and _NEXT_ACT.match(whole.text[part.end - whole.start :]) is not None


def without_clauses_shown_whole(events: list[_E]) -> list[_E]:
    """``events`` of one sentence without a clause (not a mention) that another of them, not a mention and of
    another date, shows whole."""
    return [e for e in events
            if e.mention or not any(not o.mention and o.value.iso() != e.value.iso() and _cut_from(e, o)
                                    for o in events)]
