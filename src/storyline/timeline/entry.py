"""What the timeline's merging rules read of an event (``timeline.Event``), in one place.

The rules that join entries telling one act (``told``, ``fold``, ``alike``, ``retold``, ``loose_weeks``,
``statement_told``, ``quoted_statement``) take and
return the caller's events (a ``TypeVar`` bound to ``Entry``) and read only these fields; each used to spell out
its own Protocol of them (time49 gathered them here)."""

from __future__ import annotations

from typing import Protocol

from .resolution import DateValue

__all__ = ["Entry", "docs_of"]


class Entry(Protocol):
    """A dated event of one report as the merging rules read it (``timeline.Event`` has every field)."""

    doc: str
    doc_rank: int
    start: int
    end: int
    text: str
    phrase: str
    citations: list[tuple[str, int, int]]
    caption: bool
    mention: bool
    claim: str  # what the date dates, as a claim of its own (``told.date_claim``)
    subject: str  # the named subject of the date's verb ("" for a pronoun or none)
    bare: str  # the claim without its pronoun subject
    subordinate: bool
    verb: str
    names: frozenset[str]
    acts: frozenset[str]  # the act's verbs, through a reporting verb (``same_act.act_of``)
    parties: frozenset[str]  # the act's subject, object and agent heads

    @property
    def value(self) -> DateValue: ...

    @property
    def relation(self) -> str | None: ...

    @property
    def future(self) -> bool: ...


def docs_of(e: Entry) -> set[str]:
    """The reports an entry cites."""
    return {d for d, _, _ in e.citations}
