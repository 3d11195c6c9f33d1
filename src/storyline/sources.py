"""Sources stage: which documents are reprints of one another.

Ten reprints of one wire story are one source, not ten. Two documents whose
word 5-gram shingles overlap heavily (containment of the shorter in the longer)
are copies; the later one (by publication date, then input order) gets
``copy_of`` pointing at the earliest of its group. Independence counts use the
groups: every group is one independent source.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .model import Document
from .text import shingles
from .unionfind import UnionFind

COPY_CONTAINMENT = 0.5  # share of the shorter document's 5-grams found in the other


def _order_key(index: int, doc: Document) -> tuple[int, str, int]:
    return (0 if doc.published else 1, doc.published.isoformat() if doc.published else "", index)


def mark_copies(docs: Sequence[Document], threshold: float = COPY_CONTAINMENT) -> list[Document]:
    """Documents with ``copy_of`` set on reprints (a new list; inputs untouched)."""
    sh = [shingles(d.text) for d in docs]
    uf: UnionFind[int] = UnionFind()
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            small = min(len(sh[i]), len(sh[j]))
            if small == 0 or docs[i].story != docs[j].story:
                continue
            if len(sh[i] & sh[j]) / small >= threshold:
                uf.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(uf.find(i), []).append(i)
    out = list(docs)
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda k: _order_key(k, docs[k]))
        for k in members:
            if k != first:
                out[k] = dataclasses.replace(docs[k], copy_of=docs[first].id)
    return out


def source_groups(docs: Sequence[Document]) -> dict[str, str]:
    """Document id → id of the independent source it belongs to (itself, or the original)."""
    return {d.id: d.copy_of or d.id for d in docs}


def independent_count(doc_ids: Sequence[str], docs: Sequence[Document]) -> int:
    """How many independent sources the given documents amount to."""
    group = source_groups(docs)
    return len({group.get(d, d) for d in doc_ids})
