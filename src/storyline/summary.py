"""Cited extractive summary: real source sentences, every sentence cited by
every document that says the same thing.

Cascade (each step is a pure function, so ``eval`` and ``brief`` share it):

1. ``candidates``  keep sentences that read as sentences: 6–60 words, a final
   stop, not a question, no dangling start ("But", "He said" …) at a penalty.
2. ``rank``        score = closeness to the story centroid, where every
   *independent* source weighs the same (reprints count once), plus a small
   lead bonus (news puts the main facts first); then greedy MMR picks
   sentences that add something new (redundancy above ``redundancy`` is skipped).
3. ``summarise``   takes ranked sentences until the word budget is full,
   orders them for reading (by their relative position in their articles),
   and attaches citations: the sentence itself, then the best-matching
   sentence of every other document that states the same thing
   (TF-IDF cosine or shared content words above a threshold).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .features import content_terms, tfidf_matrix, word_count
from .model import Analysis, Citation, Sentence, SummarySentence

_ENDS_WELL = re.compile(r"[.!][\"'”’)\]]*$")
_DANGLING = re.compile(
    r"^(?:But|And|Or|So|Yet|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Also|However|Meanwhile)\b"
)


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    """Knobs of the summariser (defaults tuned on the demo and dev data only)."""

    min_words: int = 6
    max_words: int = 60
    redundancy: float = 0.5  # skip a sentence this similar (cosine) to one already chosen
    mmr_lambda: float = 0.7
    lead_bonus: float = 0.15
    dangling_penalty: float = 0.1
    cite_cosine: float = 0.5  # cite another document's sentence at or above this cosine …
    cite_overlap: float = 0.5  # … or when it shares this share of content words (and >= 4 of them)


DEFAULT = SummaryConfig()


@dataclass(slots=True)
class Ranked:
    """Candidate sentences, their TF-IDF rows and scores, in selection order."""

    sentences: list[Sentence]
    order: list[int]  # indices into ``sentences`` in the order the system picks them
    vectors: npt.NDArray[np.float32]


def candidates(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """Sentences fit to stand alone in a summary (exact repeats dropped)."""
    seen: set[str] = set()
    out: list[Sentence] = []
    for a in analyses:
        for s in a.sentences:
            n = word_count(s.text)
            key = " ".join(s.text.lower().split())
            if n < cfg.min_words or n > cfg.max_words or key in seen:
                continue
            if not _ENDS_WELL.search(s.text) or not (s.text[0].isupper() or s.text[0] in "\"“‘'"):
                continue
            seen.add(key)
            out.append(s)
    return out


def rank(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT) -> Ranked:
    """Candidates in the order the summariser would add them (best first, MMR)."""
    sents = candidates(analyses, cfg)
    if not sents:
        return Ranked([], [], np.zeros((0, 1), dtype=np.float32))
    copy_of = {a.doc.id: a.doc.copy_of for a in analyses}
    doc_texts = [a.doc.text for a in analyses if not a.doc.copy_of]
    vecs = tfidf_matrix([s.text for s in sents], df_texts=doc_texts or None)
    # one centroid per independent source, each normalised so that every source weighs the same
    by_source: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        by_source.setdefault(copy_of.get(s.doc) or s.doc, []).append(i)
    centroid = np.zeros(vecs.shape[1], dtype=np.float32)
    for rows in by_source.values():
        c = vecs[rows].sum(axis=0)
        norm = float(np.linalg.norm(c))
        if norm:
            centroid += c / norm
    cnorm = float(np.linalg.norm(centroid))
    centrality = vecs @ (centroid / cnorm) if cnorm else np.zeros(len(sents), dtype=np.float32)
    lengths = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    score = np.array(
        [
            float(centrality[i])
            + cfg.lead_bonus * (1.0 - s.index / lengths[s.doc])
            - (cfg.dangling_penalty if _DANGLING.match(s.text) else 0.0)
            for i, s in enumerate(sents)
        ],
        dtype=np.float32,
    )
    sim = vecs @ vecs.T
    order: list[int] = []
    left = set(range(len(sents)))
    max_sim = np.zeros(len(sents), dtype=np.float32)
    while left:
        best = max(left, key=lambda i: (cfg.mmr_lambda * score[i] - (1 - cfg.mmr_lambda) * max_sim[i], -i))
        left.discard(best)
        if order and (
            max_sim[best] > cfg.redundancy
            or any(_same_statement(sents[best].text, sents[j].text, 0.0, cfg) for j in order)
        ):
            continue
        order.append(best)
        max_sim = np.maximum(max_sim, sim[best])
    return Ranked(sents, order, vecs)


def select(analyses: Sequence[Analysis], words: int, cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """Ranked sentences that fit in ``words`` whole (a sentence that would overflow is skipped)."""
    ranked = rank(analyses, cfg)
    chosen: list[Sentence] = []
    used = 0
    for i in ranked.order:
        n = word_count(ranked.sentences[i].text)
        if used + n <= words:
            chosen.append(ranked.sentences[i])
            used += n
    return chosen


def reading_order(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """Order for reading: earlier in its article first (lead facts, then detail)."""
    lengths = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
    return sorted(chosen, key=lambda s: (s.index / lengths[s.doc], doc_pos[s.doc], s.index))


@lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _same_statement(a: str, b: str, cos: float, cfg: SummaryConfig) -> bool:
    """Do sentences ``a`` and ``b`` state the same thing? (Different figures never do.)"""
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if na and nb and not na & nb:
        return False
    if cos >= cfg.cite_cosine:
        return True
    ta, tb = _terms(a), _terms(b)
    shared = len(ta & tb)
    return shared >= 4 and shared / max(min(len(ta), len(tb)), 1) >= cfg.cite_overlap


def cite(
    chosen: Sequence[Sentence], analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT
) -> list[SummarySentence]:
    """Each chosen sentence with citations to every document that states the same thing."""
    all_sents = [s for a in analyses for s in a.sentences]
    if not chosen:
        return []
    doc_texts = [a.doc.text for a in analyses]
    vecs = tfidf_matrix([s.text for s in chosen] + [s.text for s in all_sents], df_texts=doc_texts)
    qv, av = vecs[: len(chosen)], vecs[len(chosen) :]
    sims = qv @ av.T
    out: list[SummarySentence] = []
    for qi, s in enumerate(chosen):
        cites = [Citation(s.doc, s.start, s.end)]
        best: dict[str, tuple[float, Sentence]] = {}
        for ai, t in enumerate(all_sents):
            if t.doc == s.doc:
                continue
            c = float(sims[qi, ai])
            if (t.doc not in best or c > best[t.doc][0]) and _same_statement(s.text, t.text, c, cfg):
                best[t.doc] = (c, t)
        doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
        for doc_id in sorted(best, key=lambda d: doc_pos[d]):
            t = best[doc_id][1]
            cites.append(Citation(t.doc, t.start, t.end))
        out.append(SummarySentence(text=s.text, citations=cites))
    return out


def summarise(
    analyses: Sequence[Analysis], words: int = 200, cfg: SummaryConfig = DEFAULT
) -> list[SummarySentence]:
    """The cited summary within ``words`` words."""
    return cite(reading_order(select(analyses, words, cfg), analyses), analyses, cfg)
