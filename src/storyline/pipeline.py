"""The pipeline: pure stages from raw documents to briefs.

    ingest/ → clean/ → sources → analyse → summary/ · claims/ · timeline/ · places/ → entities → Brief

(``render/`` turns a Brief into Markdown or HTML; ARCHITECTURE.md draws the house.)

``build_briefs`` is the whole job over documents already read; ``brief`` in
``__init__`` adds the ingest edge (files, folders, stdin). Each stage reads the
previous stage's objects and returns new ones; none reaches into another's
internals.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from .analyse import analyse
from .claims import extract_claims
from .clean import clean_document
from .entities import merge_entities
from .errors import InputError
from .model import Brief, Document, RawDocument, Skipped
from .nlp import MODEL_NAME, model_versions
from .places import locate_places
from .settings import DEFAULT_MAX_CHARS, __version__
from .sources import independent_count, mark_copies
from .summary import story_title, summarise
from .support import supported_citations
from .timeline import build_timeline


def clean_all(
    raws: Sequence[RawDocument], *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[list[Document], list[Skipped]]:
    """Clean every document; one that cannot be used (or whose article text is longer than
    ``max_chars``) becomes a ``Skipped`` entry."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for raw in raws:
        try:
            doc = clean_document(raw)
        except InputError as exc:
            skipped.append(Skipped(exc.input, exc.reason))
            continue
        if len(doc.text) > max_chars:
            skipped.append(Skipped(raw.id, f"article text is {len(doc.text):,} characters after cleaning, over "
                                           f"the {max_chars:,}-character limit for one report (--max-chars)"))
        else:
            docs.append(doc)
    return docs, skipped


def build_brief(
    docs: Sequence[Document], *, words: int = 200, story_id: str = "story", skipped: Sequence[Skipped] = ()
) -> Brief:
    """One story's brief from its cleaned documents."""
    t0 = time.perf_counter()
    docs = mark_copies(docs)
    analyses = analyse(docs)
    timeline = build_timeline(analyses)
    located = locate_places(analyses)
    claims = extract_claims(analyses)
    summary = summarise(analyses, words, confirm=supported_citations, timeline=timeline, claims=claims)
    entities = merge_entities(analyses, located)
    return Brief(
        story_id=story_id,
        title=story_title(docs),
        words=words,
        documents=list(docs),
        skipped=list(skipped),
        summary=summary,
        claims=claims,
        timeline=timeline,
        places=located.places,
        entities=entities,
        provenance={
            "storyline": __version__,
            "model": MODEL_NAME,
            "versions": model_versions(),
            "settings": {"words": words},
            "documents": len(docs),
            "independent_sources": independent_count([d.id for d in docs], docs),
            "seconds": round(time.perf_counter() - t0, 3),
        },
    )


def build_briefs(
    docs: Sequence[Document], skipped: Sequence[Skipped] = (), *, words: int = 200
) -> list[Brief]:
    """Briefs for every story in ``docs`` (one, unless the input groups documents into stories)."""
    stories: dict[str, list[Document]] = {}
    for d in docs:
        stories.setdefault(d.story or "story", []).append(d)
    return [
        build_brief(members, words=words, story_id=sid, skipped=skipped) for sid, members in stories.items()
    ]
