"""One event of one day told by several reports in other words: one entry citing every report (time38).

The word test (``SAME_EVENT``) and the citation judge (``told.merge_told``) merge two reports' entries of one date
when their words, or their claims, match. Outlets tell one day's event in their own words and details ("was released
from police custody on Friday" [1]; "freed opposition leader … on bail on Friday" [2]), which the citation judge
rightly does not take for one statement: the timeline showed the event once per outlet. The summary's test of one
event told twice (``summary.retold.retells``: a word of one event family in the main clause of each, a name or a
figure in both, no figure of one the other contradicts) is the same judgement here: entries of different reports on
the same resolved day (a day, not a month or a year: a month holds many events), of one relation and tense, that
retell one event become one entry, the first of them (a dated event before a mention, then by report) citing all.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..model import Analysis, Sentence
from ..unionfind import UnionFind
from .entry import Entry, docs_of

__all__ = ["Retells", "merge_retold"]

Retells = Callable[[Sequence[tuple[Analysis, Sentence]], Sequence[tuple[int, int]]], list[bool]]
"""A judge of one event retold: for each pair (indices into the items, sentences of their reports), do the two
tell one event? The pipeline hands in the summary's (``summary.retold.retells``), which this layer cannot import."""


E = TypeVar("E", bound=Entry)


def merge_retold(events: list[E], analyses: Sequence[Analysis], judge: Retells) -> list[E]:
    """``events`` with those of one day that retell one event across reports (module docstring) as one entry."""
    by_doc = {a.doc.id: a for a in analyses}
    groups: dict[tuple[str, str | None, bool], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.value.precision == "day" and not e.caption and e.doc in by_doc:
            groups[(e.value.iso(), e.relation, e.future)].append(i)
    pairs = [(i, j) for members in groups.values() for k, i in enumerate(members) for j in members[k + 1 :]
             if not docs_of(events[i]) & docs_of(events[j])]
    uf: UnionFind[int] = UnionFind()
    if not pairs:
        return events
    used = sorted({i for pair in pairs for i in pair})
    at = {i: k for k, i in enumerate(used)}
    items = [(by_doc[events[i].doc], Sentence(events[i].doc, -1, events[i].start, events[i].end, events[i].text))
             for i in used]
    for (i, j), same in zip(pairs, judge(items, [(at[i], at[j]) for i, j in pairs]), strict=True):
        if same:
            uf.union(i, j)
    return _joined(events, uf)


def _joined(events: list[E], uf: UnionFind[int]) -> list[E]:
    """Each group's best entry (a dated event before a mention, then by report and place) with every citation."""
    best: dict[int, int] = {}
    for i in sorted(range(len(events)), key=lambda i: (events[i].mention, events[i].doc_rank, events[i].start)):
        best.setdefault(uf.find(i), i)
    cites: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for i in sorted(range(len(events)), key=lambda i: (events[i].doc_rank, events[i].start)):
        cites[uf.find(i)].extend(c for c in events[i].citations if c not in cites[uf.find(i)])
    out: list[E] = []
    for i, e in enumerate(events):
        root = uf.find(i)
        if best[root] != i:
            continue
        if len(cites[root]) != len(e.citations):
            e = copy.copy(e)
            e.citations = [*e.citations, *(c for c in cites[root] if c not in e.citations)]
        out.append(e)
    return out
