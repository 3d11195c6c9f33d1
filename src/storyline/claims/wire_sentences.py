"""One wire sentence behind two reports' mentions: the reports are one source for what it says (claims70, issue 12).

Two outlets that print one agency's paragraph are independent reports on the whole, so ``sources.independent_count``
counts them twice unless they print many such sentences (``sources.mark_copies``' one agency text). A figure both take
from one wire sentence sits, in each report, in a sentence of one wording (``wording.one_wording``: the measure and its
thresholds, shared with the sources stage); such mentions count once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Document
from ..sources import voice_groups
from ..unionfind import UnionFind
from ..wording import one_wording

ENABLED = True  # off: a row's count is the reports' voices only (sources.independent_count)

Place = tuple[str, tuple[int, int]]  # a mention's document id and its sentence's character span


def _one_wording_groups(places: Sequence[Place], texts: Mapping[str, str]) -> list[list[str]]:
    """The sets of documents (two or more, in first-mention order) whose mentions rest on one sentence's wording."""
    if not ENABLED:
        return []
    uf: UnionFind[str] = UnionFind()
    seen: list[str] = []
    for i, (da, (a0, a1)) in enumerate(places):
        for db, (b0, b1) in places[i + 1 :]:
            if da != db and one_wording(texts.get(da, "")[a0:a1], texts.get(db, "")[b0:b1]):
                uf.union(da, db)
                seen += [d for d in (da, db) if d not in seen]
    groups: dict[str, list[str]] = {}
    for d in seen:
        groups.setdefault(uf.find(d), []).append(d)
    return [g for g in groups.values() if len(g) > 1]


def independent_count(places: Sequence[Place], docs: Sequence[Document]) -> int:
    """How many independent sources the mentions amount to: the reports' voices (``sources.voice_groups``), with the
    reports whose mentions rest on one shared sentence counted once."""
    voice = voice_groups(docs)
    uf: UnionFind[str] = UnionFind()
    ids = [voice.get(d, d) for d, _ in places]
    for d in ids:
        uf.find(d)
    for group in _one_wording_groups(places, {doc.id: doc.text for doc in docs}):
        for d in group[1:]:
            uf.union(voice.get(group[0], group[0]), voice.get(d, d))
    return len({uf.find(d) for d in ids})


def shared_sentences(places: Sequence[Place], docs: Sequence[Document]) -> list[list[str]]:
    """The sets of documents of more than one voice whose mentions rest on one sentence's wording: what a row's
    note names ("one wire sentence in [2][4]"); reprints and one newsroom's reports are one voice already."""
    voice = voice_groups(docs)
    groups = _one_wording_groups(places, {doc.id: doc.text for doc in docs})
    return [g for g in groups if len({voice.get(d, d) for d in g}) > 1]
