"""Ranking: the order in which the summariser adds sentences (greedy budgeted coverage)."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Analysis, Sentence
from ..sources import source_groups
from ..text import STOPWORDS, stem, word_count, words
from ..tfidf import SparseRows
from .candidates import candidates
from .config import DEFAULT, SummaryConfig
from .statements import same_statement

_POINTS_BACK = re.compile(r"\b(?:this|that|these|those)[.!][\"'”’)\]]*$")  # "… has an answer to this."
_DANGLING = re.compile(
    r"^(?:But|And|Or|So|Yet|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Also|However|Meanwhile|"
    r"Others|The others|(?:Most|Some|Many|None|All|Both) of (?:the|them|those|these)\b)\b"
)



@dataclass(slots=True)
class Ranked:
    """Candidate sentences and the order the summariser adds them in."""

    sentences: list[Sentence]
    order: list[int]  # indices into ``sentences``, best first


def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Stemmed word bigrams, except pairs of two function words: the units of coverage."""
    ws = words(text)
    st = [stem(w) for w in ws]
    return frozenset(
        (st[i], st[i + 1]) for i in range(len(ws) - 1) if not (ws[i] in STOPWORDS and ws[i + 1] in STOPWORDS)
    )


def _concept_weights(
    sents: Sequence[Sentence], cons: Sequence[frozenset[tuple[str, str]]], source_of: dict[str, str],
    cfg: SummaryConfig,
) -> dict[tuple[str, str], float]:
    """Bigram weight = number of independent sources using it (>= min_sources); with one
    source, its frequency in the text (>= 2)."""
    per_source: dict[str, set[tuple[str, str]]] = {}
    for s, c in zip(sents, cons, strict=True):
        per_source.setdefault(source_of.get(s.doc, s.doc), set()).update(c)
    if len(per_source) >= 2:
        df: Counter[tuple[str, str]] = Counter()
        for cs in per_source.values():
            df.update(cs)
        return {c: float(n) for c, n in df.items() if n >= cfg.min_sources}
    tf: Counter[tuple[str, str]] = Counter(c for cs in cons for c in cs)
    return {c: float(n) for c, n in tf.items() if n >= 2}


def rank(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT, *, words: int | None = None) -> Ranked:
    """Candidates in the order the summariser would add them (lazy greedy coverage).

    With ``words`` (the summary budget) ranking stops once the order holds
    ``cfg.rank_depth`` budgets of words: enough to fill the budget, and a large story
    is not ranked to its last sentence."""
    sents = candidates(analyses, cfg)
    if not sents:
        return Ranked([], [])
    source_of = source_groups([a.doc for a in analyses])
    cons = [concepts(s.text) for s in sents]
    weight = _concept_weights(sents, cons, source_of, cfg)
    vecs = SparseRows([s.text for s in sents])  # the dense matrix of a large story would not fit in memory
    originals = [i for i, s in enumerate(sents) if source_of.get(s.doc, s.doc) == s.doc]
    centroid = vecs.total(originals or list(range(len(sents))))
    norm = float(np.linalg.norm(centroid))
    centrality = vecs.times(centroid / norm) if norm else np.zeros(len(sents), dtype=np.float32)
    lengths = [word_count(s.text) for s in sents]
    doc_len = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    static = [
        cfg.lead_weight / (1 + s.index)
        + cfg.relative_lead_weight * (1 - s.index / doc_len[s.doc])
        + cfg.centrality_weight * float(centrality[i])
        - (cfg.dangling_penalty if _DANGLING.match(s.text) or _POINTS_BACK.search(s.text) else 0.0)
        for i, s in enumerate(sents)
    ]
    covered: set[tuple[str, str]] = set()

    def gain(i: int) -> float:
        return sum(weight.get(c, 0.0) for c in cons[i] - covered) / lengths[i]

    g0 = max((gain(i) for i in range(len(sents))), default=0.0) or 1.0
    # lazy greedy: a sentence's value only falls as coverage grows, so a stale upper bound is safe
    heap = [(-(gain(i) / g0 + static[i]), i) for i in range(len(sents))]
    heapq.heapify(heap)
    order: list[int] = []
    chosen = vecs.dense([])
    ordered_words, depth = 0, (cfg.rank_depth * words if words is not None else None)
    while heap and (depth is None or ordered_words < depth):
        _, i = heapq.heappop(heap)
        value = gain(i) / g0 + static[i]
        if heap and value < -heap[0][0] - 1e-9:
            heapq.heappush(heap, (-value, i))
            continue
        if order and (
            float((chosen @ vecs.dense([i])[0]).max()) > cfg.redundancy
            or any(same_statement(sents[i].text, sents[j].text, 0.0, cfg) for j in order)
        ):
            continue
        order.append(i)
        chosen = vecs.dense(order)  # matrix[order], as the redundancy test reads it
        ordered_words += lengths[i]
        covered |= cons[i]
    return Ranked(sents, order)


def fit_budget(ranked: Ranked, words: int) -> list[Sentence]:
    """Ranked sentences that fit in ``words`` whole (a sentence that would overflow is skipped)."""
    chosen: list[Sentence] = []
    used = 0
    for i in ranked.order:
        n = word_count(ranked.sentences[i].text)
        if used + n <= words:
            chosen.append(ranked.sentences[i])
            used += n
    return chosen


def select(analyses: Sequence[Analysis], words: int, cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """The summary's sentences, in selection order."""
    return fit_budget(rank(analyses, cfg, words=words), words)


def reading_order(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """Order for reading: earlier in its article first (lead facts, then detail)."""
    lengths = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
    return sorted(chosen, key=lambda s: (s.index / lengths[s.doc], doc_pos[s.doc], s.index))
