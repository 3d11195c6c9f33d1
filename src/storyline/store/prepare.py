"""The per-report work of ``add``, as one pure function: clean (with the language check),
analyse, and the clustering features. ``Store.add`` runs it on a batch in-process; the
``scale`` package runs it as one Dask task per report. Both give the store the same
``Prepared`` values, so a parallel run writes exactly what a serial one writes.

Cleaning reads how often each line recurs across the reports of a batch (site
furniture), so the counts of the batch are computed once (``batch_counts``) and given
to every report's task: a report is cleaned the same alone as in its batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..analyse import analyse
from ..clean import clean_document, repeat_counts
from ..guard import analyse_reports, clean_reports
from ..model import Document, RawDocument, Skipped
from ..stories import report_terms
from ..stories.minhash import Signature, signature
from ..stories.vectors import Cues, Embedding, lead_embedding, report_cues
from .analyses import content_hash, pack


class Features(NamedTuple):
    """What story assignment reads from a report: its term counts, its MinHash signature and its
    lead and name terms with its lead embedding (the merge pass's; one MiniLM call, here with the
    rest of the per-report work, on a Dask worker when there are workers, so that the clustering
    step only reads it)."""

    counts: Counter[str]
    signature: Signature
    cues: Cues

    @classmethod
    def of(cls, doc: Document, lead: Embedding | None = None) -> Features:
        """The report's features; ``lead`` is its lead embedding when the caller has it already
        (a bench's cache), else one MiniLM call makes it."""
        embedding = lead_embedding(doc.text, doc.title) if lead is None else lead
        cues = report_cues(doc.text, doc.title)._replace(embedding=embedding)
        return cls(report_terms(doc.text, doc.title), signature(doc.text), cues)

    def with_lead(self, doc: Document) -> Features:
        """These features with the report's lead embedding (one MiniLM call; none when already there,
        as it is from ``of``: features made elsewhere may lack it)."""
        if self.cues.embedding is not None:
            return self
        return self._replace(cues=self.cues._replace(embedding=lead_embedding(doc.text, doc.title)))


@dataclass(slots=True)
class Prepared:
    """Reports after the per-report stages: the usable ones (with features, and packed
    analyses by content hash when asked for) and the skipped ones with their reasons, in
    input order."""

    docs: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    features: list[Features] = field(default_factory=list)
    analyses: dict[str, bytes] = field(default_factory=dict)

    def extend(self, other: Prepared) -> None:
        self.docs.extend(other.docs)
        self.skipped.extend(other.skipped)
        self.features.extend(other.features)
        self.analyses.update(other.analyses)


def batch_counts(raws: Sequence[RawDocument]) -> Counter[str] | None:
    """The line counts cleaning reads across one batch (as ``pipeline.clean_all`` computes them)."""
    return repeat_counts([r.text for r in raws]) if len(raws) > 1 else None


def prepare(raws: Sequence[RawDocument], counts: Mapping[str, int] | None, max_chars: int,
            with_analysis: bool) -> Prepared:
    """Clean, check and featurise ``raws`` (and analyse them, ``with_analysis``); a report that
    fails is skipped with its reason (``guard``), never the batch."""
    docs, skipped = clean_reports(raws, max_chars, lambda raw: clean_document(raw, counts))
    out = Prepared(docs=docs, skipped=skipped, features=[Features.of(d) for d in docs])
    if with_analysis and docs:
        analyses, _failed = analyse_reports(docs, analyse)  # a report that fails here is analysed again at brief time
        out.analyses = {content_hash(a.doc): pack(a) for a in analyses}
    return out
