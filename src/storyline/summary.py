"""Cited extractive summary: real source sentences, every sentence cited by
every document that says the same thing.

Cascade (each step is a pure function, so ``eval`` and ``brief`` share it):

1. ``candidates``  keep sentences that read as sentences: 6–80 words, a final
   stop, a capital or quote at the start; exact repeats dropped.
2. ``rank``        greedy budgeted coverage (Gillick & Favre style concepts):
   a sentence's value is the weight of the *new* word bigrams it covers per
   word, where a bigram weighs the number of independent sources that use it
   (reprints count once; a one-source story falls back to in-text frequency),
   plus a lead prior (news puts the main facts first: 1/(1+position), plus a
   small 1 - position/length term so the first half of a long article still
   outranks its tail) and closeness to the story centroid (TF-IDF), less a
   small penalty for a dangling start ("But", "He" …) or end ("… to this."). A sentence that
   restates a chosen one (same statement, see ``_same_statement``) is skipped.
3. ``summarise``   takes ranked sentences while they fit the word budget whole,
   orders them for reading (by their relative position in their articles),
   and attaches citations: the sentence itself, then the best-matching
   sentence of every other document that states the same thing.

Weights were tuned on the dev files in ../shared/bench only (``storyline eval``).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .model import Analysis, Citation, Sentence, SummarySentence
from .text import STOPWORDS, TENS, UNITS, WORDS, content_terms, plain_terms, stem, word_count, words
from .tfidf import document_frequencies, tfidf_matrix

_ENDS_WELL = re.compile(r"[.!][\"'”’)\]]*$")
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those)[.!][\"'”’)\]]*$")  # "… has an answer to this."
_DANGLING = re.compile(
    r"^(?:But|And|Or|So|Yet|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Also|However|Meanwhile|"
    r"Others|The others|(?:Most|Some|Many|None|All|Both) of (?:the|them|those|these)\b)\b"
)


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    """Knobs of the summariser (tuned on the dev files of ../shared/bench only)."""

    min_words: int = 6
    max_words: int = 80  # room for a quotation joined from several sentences
    lead_weight: float = 0.7  # weight of the 1/(1+position) lead prior
    relative_lead_weight: float = 0.08  # weight of the 1 - position/length lead prior (long articles)
    centrality_weight: float = 1.0  # weight of the cosine to the story centroid
    dangling_penalty: float = 0.1
    min_sources: int = 2  # a bigram counts when this many independent sources use it
    redundancy: float = 0.5  # skip a sentence this similar (cosine) to one already chosen
    cite_cosine: float = 0.5  # cite another document's sentence at or above this cosine …
    cite_overlap: float = 0.5  # … or when it shares this share of content words (and >= 4 of them)
    drop_quote_fragments: bool = False  # drop a quote fragment that no nearby sentence completes
    max_candidates: int = 3000  # a huge story: only each document's first 3000/n sentences compete …
    min_per_document: int = 30  # … but never fewer than its first 30
    rank_depth: int = 10  # with a word budget, rank until the order holds this many budgets of words (deep
    # enough that a normal story ranks as without the limit; a story of hundreds of articles stops early)


DEFAULT = SummaryConfig()


@dataclass(slots=True)
class Ranked:
    """Candidate sentences and the order the summariser adds them in."""

    sentences: list[Sentence]
    order: list[int]  # indices into ``sentences``, best first


def _unbalanced_quotes(text: str) -> bool:
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _whole_quotes(a: Analysis, max_join: int = 3) -> list[Sentence]:
    """The document's sentences, with a quotation that spans several sentences joined
    into one unit (a fragment of a quote reads wrong alone, the whole quote does not)."""
    sents, out, i = a.sentences, [], 0
    while i < len(sents):
        s, j = sents[i], i
        if _unbalanced_quotes(s.text):
            while j + 1 < len(sents) and j - i < max_join and sents[j + 1].paragraph == s.paragraph:
                j += 1
                text = a.doc.text[s.start : sents[j].end]
                if not _unbalanced_quotes(text):
                    s = Sentence(s.doc, s.index, s.start, sents[j].end, text, s.paragraph)
                    break
            else:
                j = i  # no closing quote nearby: keep the fragment (it is filtered out later)
        out.append(s)
        i = j + 1 if s is not sents[i] else i + 1
    return out


def candidates(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """Sentences fit to stand alone in a summary (exact repeats dropped).

    In a story of very many documents only each one's first sentences compete (see
    ``max_candidates``): that bounds time and memory, and the lead is where news puts
    what matters."""
    seen: set[str] = set()
    out: list[Sentence] = []
    per_doc = max(cfg.min_per_document, cfg.max_candidates // max(len(analyses), 1))
    for a in analyses:
        for s in _whole_quotes(a):
            if s.index >= per_doc:
                break
            n = word_count(s.text)
            key = " ".join(s.text.lower().split())
            if n < cfg.min_words or n > cfg.max_words or key in seen:
                continue
            if not _ENDS_WELL.search(s.text) or not (s.text[0].isupper() or s.text[0] in "\"“‘'"):
                continue
            if cfg.drop_quote_fragments and _unbalanced_quotes(s.text):
                continue
            seen.add(key)
            out.append(s)
    return out


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
    source_of = {a.doc.id: a.doc.copy_of or a.doc.id for a in analyses}
    cons = [concepts(s.text) for s in sents]
    weight = _concept_weights(sents, cons, source_of, cfg)
    vecs = tfidf_matrix([s.text for s in sents])
    originals = [i for i, s in enumerate(sents) if source_of.get(s.doc, s.doc) == s.doc]
    centroid = vecs[originals or list(range(len(sents)))].sum(axis=0)
    norm = float(np.linalg.norm(centroid))
    centrality = (vecs @ (centroid / norm)) if norm else np.zeros(len(sents), dtype=np.float32)
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
    ordered_words, depth = 0, (cfg.rank_depth * words if words is not None else None)
    while heap and (depth is None or ordered_words < depth):
        _, i = heapq.heappop(heap)
        value = gain(i) / g0 + static[i]
        if heap and value < -heap[0][0] - 1e-9:
            heapq.heappush(heap, (-value, i))
            continue
        if order and (
            float((vecs[order] @ vecs[i]).max()) > cfg.redundancy
            or any(_same_statement(sents[i].text, sents[j].text, 0.0, cfg) for j in order)
        ):
            continue
        order.append(i)
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


@lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


@lru_cache(maxsize=65536)
def _plain(text: str) -> frozenset[str]:
    return frozenset(plain_terms(text))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=65536)
def _figures(text: str) -> frozenset[str]:
    """Figures in digits or words ("three" and "3" are one figure; "one" is left out, as it
    is mostly a pronoun)."""
    out = {n.replace(",", "") for n in _NUMBER.findall(text)}
    ws = words(text)
    for i, w in enumerate(ws):
        tens = TENS.get(ws[i - 1]) if i else None
        if tens and 0 < UNITS.get(w, 0) < 10:
            out.add(str(tens + UNITS[w]))  # "forty-five"
        elif w in TENS and i + 1 < len(ws) and 0 < UNITS.get(ws[i + 1], 0) < 10:
            continue  # "forty" of "forty-five": counted at "five"
        elif w in WORDS and w != "one":
            out.add(str(WORDS[w]))
    return frozenset(out)


def _same_statement(a: str, b: str, cos: float, cfg: SummaryConfig, *, to_cite: bool = False) -> bool:
    """Do sentences ``a`` and ``b`` state the same thing? (Different figures never do.)

    ``to_cite`` asks more: sharing names is not enough to cite a sentence as a source
    ("Ash Carter has an answer to this" is not "Ash Carter said the US will not
    cooperate"), so at least two shared words must be plain words. Without it the
    looser test serves redundancy: a second sentence about the same people adds little.
    """
    fa, fb = _figures(a), _figures(b)
    if fa and fb and fa != fb:  # 45 firefighters is not 40 (or three) firefighters
        return False
    if cos >= cfg.cite_cosine:
        return True
    ta, tb = _terms(a), _terms(b)
    shared = ta & tb
    return (
        len(shared) >= 4
        and len(shared) / max(min(len(ta), len(tb)), 1) >= cfg.cite_overlap
        and (not to_cite or len(shared & _plain(a) & _plain(b)) >= 2)
    )


_CITE_BATCH = 2000


def cite(
    chosen: Sequence[Sentence], analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT
) -> list[SummarySentence]:
    """Each chosen sentence with citations to every document that states the same thing."""
    all_sents = [s for a in analyses for s in a.sentences]
    if not chosen:
        return []
    df = document_frequencies([a.doc.text for a in analyses])
    parts = []  # in batches: a story of thousands of sentences needs no huge dense matrix
    for k in range(0, len(all_sents), _CITE_BATCH):
        batch = [s.text for s in chosen] + [t.text for t in all_sents[k : k + _CITE_BATCH]]
        vecs = tfidf_matrix(batch, df=df)
        parts.append(vecs[: len(chosen)] @ vecs[len(chosen) :].T)
    sims = np.concatenate(parts, axis=1)
    doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
    out: list[SummarySentence] = []
    for qi, s in enumerate(chosen):
        cites = [Citation(s.doc, s.start, s.end)]
        best: dict[str, tuple[float, Sentence]] = {}
        for ai, t in enumerate(all_sents):
            if t.doc == s.doc:
                continue
            c = float(sims[qi, ai])
            if (t.doc not in best or c > best[t.doc][0]) and _same_statement(s.text, t.text, c, cfg, to_cite=True):
                best[t.doc] = (c, t)
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
