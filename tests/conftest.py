"""Shared test helpers: where ../shared is, and small hand-made analyses."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Analysis, Document, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "examples" / "harbour-fire"

needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not present")


def make_analysis(doc_id: str, sentences: list[str], copy_of: str | None = None) -> Analysis:
    """An Analysis whose document text is the sentences, one per line."""
    text = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(doc=doc_id, index=i, start=pos, end=pos + len(s), text=s, paragraph=i))
        pos += len(s) + 1
    return Analysis(Document(id=doc_id, text=text, title=doc_id, copy_of=copy_of), sents, [])
