"""Citations: every document that states the same thing as a chosen sentence.

Two tests of "states the same thing": the bag-of-words rule (``statements.same_statement``:
TF-IDF cosine or shared content words, different figures never), or, when the caller hands
one in, a judge (``Confirm``; the pipeline hands ``storyline.support.supported_citations``,
which reads figures, negation, actors and meaning). The judge is passed in rather than
imported because it reads figures through the claims stage, a sibling of this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from ..model import Analysis, Citation, Sentence, SummarySentence
from ..tfidf import document_frequencies, tfidf_matrix
from .config import DEFAULT, SummaryConfig
from .statements import same_statement

_CITE_BATCH = 2000

Confirm = Callable[[Sequence[tuple[Sentence, Sequence[Sentence]]], Sequence[Analysis]], list[dict[str, Sentence]]]
"""A citation judge: for each (sentence, other documents' sentences best first), the sentence of
each other document that states the same thing (by document id)."""


def cite(
    chosen: Sequence[Sentence], analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT,
    confirm: Confirm | None = None,
) -> list[SummarySentence]:
    """Each chosen sentence with citations to every document that states the same thing
    (by ``confirm`` when given, else by the bag-of-words rule)."""
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
    if confirm is not None:
        return _confirmed(chosen, all_sents, sims, analyses, confirm, doc_pos)
    out: list[SummarySentence] = []
    for qi, s in enumerate(chosen):
        cites = [Citation(s.doc, s.start, s.end)]
        best: dict[str, tuple[float, Sentence]] = {}
        for ai, t in enumerate(all_sents):
            if t.doc == s.doc:
                continue
            c = float(sims[qi, ai])
            if (t.doc not in best or c > best[t.doc][0]) and same_statement(s.text, t.text, c, cfg, to_cite=True):
                best[t.doc] = (c, t)
        for doc_id in sorted(best, key=lambda d: doc_pos[d]):
            t = best[doc_id][1]
            cites.append(Citation(t.doc, t.start, t.end))
        out.append(SummarySentence(text=s.text, citations=cites))
    return out


def _confirmed(
    chosen: Sequence[Sentence], all_sents: Sequence[Sentence], sims: np.ndarray, analyses: Sequence[Analysis],
    confirm: Confirm, doc_pos: dict[str, int],
) -> list[SummarySentence]:
    """Citations the judge confirms; each sentence's candidates go to it best TF-IDF match first."""
    claims = []
    for qi, s in enumerate(chosen):
        row = sims[qi]
        order = np.argsort(-row, kind="stable")
        positive = order[row[order] > 0].tolist()  # one comparison over the row, not a numpy scalar per sentence
        claims.append((s, [all_sents[i] for i in positive if all_sents[i].doc != s.doc]))
    found = confirm(claims, analyses)
    out = []
    for s, docs in zip(chosen, found, strict=True):
        cites = [Citation(s.doc, s.start, s.end)]
        cites += [Citation(t.doc, t.start, t.end) for d, t in sorted(docs.items(), key=lambda kv: doc_pos[kv[0]])]
        out.append(SummarySentence(text=s.text, citations=cites))
    return out


def cite_retold(
    kept: Sequence[Sentence], items: Sequence[SummarySentence], gone: Mapping[int, int],
    analyses: Sequence[Analysis], confirm: Confirm, doc_pos: Mapping[str, int],
) -> list[SummarySentence]:
    """``items`` with each item that stays over one retelling its event (``gone``: the index of the one that
    goes → the index of the one that stays) citing the retelling's report, where the judge finds the retelling
    states the same thing; else the item is as it was (one event, but not one statement)."""
    pairs = [(j, kept[k]) for k, j in sorted(gone.items()) if kept[k].doc not in {c.doc for c in items[j].citations}]
    if not pairs:
        return list(items)
    found = confirm([(kept[j], [t]) for j, t in pairs], analyses)
    out = list(items)
    for (j, t), docs in zip(pairs, found, strict=True):
        if t.doc in docs and t.doc not in {c.doc for c in out[j].citations}:
            it = out[j]
            cites = [*it.citations, Citation(t.doc, t.start, t.end)]
            cites = [cites[0], *sorted(cites[1:], key=lambda c: doc_pos.get(c.doc, len(doc_pos)))]
            out[j] = replace(it, citations=cites)
    return out


def _same_words(x: str, y: str) -> bool:
    """Are ``x`` and ``y`` one text, spacing and the quotation marks' shapes aside?"""
    def norm(t: str) -> str:
        return " ".join(t.translate(_QUOTE_SHAPES).split())
    return norm(x) == norm(y)


_QUOTE_SHAPES = str.maketrans("“”‘’", "\"\"''")


def whole_units(items: Sequence[SummarySentence], analyses: Sequence[Analysis]) -> list[SummarySentence]:
    """``items`` with each other report's citation of an item of several sentences (a unit: "Early results … showed
    … . It is now being tested …") covering as many of them as that report writes word for word around the sentence
    it cites (summ41): a citation of the first sentence alone, where the report goes on with the second, shows the
    other source one sentence short of what the item says. A citation that is not one of the unit's sentences word
    for word is left as it is."""
    by_doc = {a.doc.id: a for a in analyses}
    out = []
    for it in items:
        own = it.citations[0] if it.citations else None
        a = by_doc.get(own.doc) if own is not None else None
        if a is None or own is None:
            out.append(it)
            continue
        pieces = [s.text for s in a.sentences if own.start <= s.start and s.end <= own.end]
        cites = [it.citations[0], *(_grown(c, pieces, by_doc) for c in it.citations[1:])] if len(pieces) > 1 else \
            list(it.citations)
        out.append(it if cites == list(it.citations) else replace(it, citations=cites))
    return out


def _grown(c: Citation, pieces: Sequence[str], by_doc: Mapping[str, Analysis]) -> Citation:
    """``c`` grown over the sentences of its report before and after it that are the unit's ``pieces`` around the
    one it cites, word for word."""
    b = by_doc.get(c.doc)
    if b is None:
        return c
    sents = list(b.sentences)
    k = next((i for i, s in enumerate(sents) if s.start == c.start and s.end == c.end), None)
    p = next((i for i, piece in enumerate(pieces) if k is not None and _same_words(piece, sents[k].text)), None)
    if k is None or p is None:
        return c
    lo, hi = k, k
    while p - (k - lo) > 0 and lo > 0 and _same_words(pieces[p - (k - lo) - 1], sents[lo - 1].text):
        lo -= 1
    while p + (hi - k) + 1 < len(pieces) and hi + 1 < len(sents) and _same_words(pieces[p + hi - k + 1],
                                                                                  sents[hi + 1].text):
        hi += 1
    return Citation(c.doc, sents[lo].start, sents[hi].end)
