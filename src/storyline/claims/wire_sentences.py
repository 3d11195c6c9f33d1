"""One wire sentence behind two reports' mentions: the reports are one source for what it says (claims70, issue 12).

Two outlets that print one agency's paragraph are independent reports on the whole (such pairs share at most 0.08 of
their text, inputs54), so ``sources.independent_count`` counts them twice. Sentence by sentence they separate: a
figure both take from one wire sentence sits, in each report, in a sentence that shares most of its wording with the
other's, while two reports telling the figure in their own words share a phrase at most. The measure: the word
6-grams of each sentence outside quotations (two outlets quoting one statement are independent reports of the quote,
not one copy), and the share of the smaller set found in the other; at least ``MIN_SHARE`` of it and ``MIN_SHARED``
6-grams (a ten-word run) make the two sentences one wording. Chosen on the in-sample pairs (claims70's section of
bench/BRIEF_REVIEW.md): copied sentences share 0.54–1.00 (12–32 6-grams), sentences in own words 0.50 at most, with
two shared 6-grams at most.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Document
from ..sources import voice_groups
from ..text import words
from ..unionfind import UnionFind

ENABLED = True  # off: a row's count is the reports' voices only (sources.independent_count)
N = 6
MIN_SHARE = 0.5
MIN_SHARED = 5
_QUOTED = re.compile(r"\"[^\"\n]{0,600}?\"|“[^”\n]{0,600}?”|‘[^’\n]{0,600}?’(?=\W|$)")

Place = tuple[str, tuple[int, int]]  # a mention's document id and its sentence's character span


def unquoted_wording(sentence: str) -> set[tuple[str, ...]]:
    """The sentence's word 6-grams outside quotations (no 6-gram runs across a quotation)."""
    out: set[tuple[str, ...]] = set()
    for part in _QUOTED.split(sentence):
        ws = [w.lower() for w in words(part)]
        out |= {tuple(ws[i : i + N]) for i in range(len(ws) - N + 1)}
    return out


def one_wording(a: str, b: str) -> bool:
    """Whether two sentences share most of their unquoted wording (module docstring)."""
    wa, wb = unquoted_wording(a), unquoted_wording(b)
    shared = len(wa & wb)
    return shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(wa), len(wb))


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
