"""One dated thing, one entry: sentences that each mention "the Thursday hearing" (issue 12; time48).

A day written before its noun ("the Thursday hearing", "Thursday's hearing") or a thing's date names the thing, not
the sentence's act: the entry is a mention (``date_attachment``). A report that follows one thing tells it in
several sentences ("… called off the Thursday hearing …", "The Thursday hearing was to feature …", "… said the
Thursday hearing would have shown …"), and each was an entry under that day: one thing in three entries. Here, of
the mentions of one date that name one thing (the date's words and the noun right after them, a possessive's "'s"
aside), only the first (by report, then place in it) stays; it is the line that names the thing first. Mentions of
one day naming different things ("the Thursday hearing", "the Thursday vote") both stay, and an entry that is not a
mention (the act of its own sentence) is never dropped here.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .. import lexicon
from .resolution import DateValue

__all__ = ["one_entry_per_dated_thing"]


class _Mention(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def phrase(self) -> str: ...
    @property
    def mention(self) -> bool: ...
    @property
    def value(self) -> DateValue: ...
    @property
    def doc_rank(self) -> int: ...
    @property
    def start(self) -> int: ...


_E = TypeVar("_E", bound=_Mention)

_NOUN_AFTER = re.compile(r"^(?:['’]s)?\s+([a-z][a-z-]{2,})\b")  # "Thursday hearing", "Thursday's hearing"
_NOT_NOUNS = lexicon.words("stopwords")  # "on Thursday the …": no noun of the date's


def _thing(e: _Mention) -> str | None:
    """The date's words and the lower-case noun right after them in the entry ("thursday hearing"), or None."""
    at = e.text.find(e.phrase) if e.phrase else -1
    if at < 0:
        return None
    if not e.phrase[:1].isupper() and not e.phrase[:1].isdigit():
        return None  # "on Thursday", "last week": the date's own preposition, no noun's day
    m = _NOUN_AFTER.match(e.text[at + len(e.phrase) :])
    return f"{e.phrase.lower()} {m.group(1)}" if m and m.group(1) not in _NOT_NOUNS else None


def one_entry_per_dated_thing(events: list[_E]) -> list[_E]:
    """``events`` with only the first mention of each dated thing of one date (module docstring)."""
    seen: set[tuple[str, str]] = set()
    gone: set[int] = set()
    for i in sorted(range(len(events)), key=lambda i: (events[i].doc_rank, events[i].start)):
        e = events[i]
        thing = _thing(e) if e.mention else None
        if thing is None:
            continue
        key = (e.value.iso(), thing)
        if key in seen:
            gone.add(i)
        seen.add(key)
    return [e for i, e in enumerate(events) if i not in gone]
