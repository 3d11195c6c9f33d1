"""The story's title: the headline closest to what all the headlines share."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document
from ..tfidf import tfidf_matrix


def story_title(docs: Sequence[Document]) -> str:
    """The title closest to what all titles share (the most representative headline)."""
    titled = [d for d in docs if d.title]
    if not titled:
        return docs[0].id if docs else "untitled story"
    if len(titled) == 1:
        return titled[0].title
    vecs = tfidf_matrix([d.title for d in titled])
    scores = (vecs @ vecs.sum(axis=0)).tolist()
    return titled[max(range(len(titled)), key=lambda i: (scores[i], -i))].title
