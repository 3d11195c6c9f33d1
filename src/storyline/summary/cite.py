"""Citations: every document that states the same thing as a chosen sentence."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Analysis, Citation, Sentence, SummarySentence
from ..tfidf import document_frequencies, tfidf_matrix
from .config import DEFAULT, SummaryConfig
from .statements import same_statement

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
            if (t.doc not in best or c > best[t.doc][0]) and same_statement(s.text, t.text, c, cfg, to_cite=True):
                best[t.doc] = (c, t)
        for doc_id in sorted(best, key=lambda d: doc_pos[d]):
            t = best[doc_id][1]
            cites.append(Citation(t.doc, t.start, t.end))
        out.append(SummarySentence(text=s.text, citations=cites))
    return out
