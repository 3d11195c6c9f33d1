"""The pipeline: pure stages from raw documents to briefs.

    ingest/ → clean/ → sources → analyse → summary/ · claims/ · timeline/ · places/ → entities → Brief

Per-report stages (clean, analyse) and story-level stages run inside ``guard``:
a failing report is skipped, a failing section is left out with a warning.
(``render/`` turns a Brief into Markdown or HTML; ARCHITECTURE.md draws the house.)

``build_briefs`` is the whole job over documents already read; ``brief`` in
``__init__`` adds the ingest edge (files, folders, stdin). Each stage reads the
previous stage's objects and returns new ones; none reaches into another's
internals.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from .analyse import analyse
from .claims import extract_claims
from .clean import clean_document, repeat_counts
from .entities import merge_entities
from .errors import NothingUsable
from .guard import analyse_reports, clean_reports, story_stage
from .model import Analysis, Brief, Document, Located, RawDocument, Skipped
from .nlp import MODEL_NAME, model_versions
from .places import locate_places
from .settings import DEFAULT_MAX_CHARS, __version__
from .sources import independent_count, mark_copies
from .summary import story_title, summarise
from .timeline import build_timeline


def clean_all(
    raws: Sequence[RawDocument], *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[list[Document], list[Skipped]]:
    """Clean every document; one that cannot be used (or whose article text is longer than
    ``max_chars``, or whose cleaning fails) becomes a ``Skipped`` entry (``guard``). Lines that recur
    across the documents of one input (an outlet's furniture) are counted first, for the furniture model."""
    counts = repeat_counts([r.text for r in raws]) if len(raws) > 1 else None
    return clean_reports(raws, max_chars, lambda raw: clean_document(raw, counts))


Analyser = Callable[[Sequence[Document]], list[Analysis]]


def build_brief(
    docs: Sequence[Document], *, words: int = 200, story_id: str = "story", skipped: Sequence[Skipped] = (),
    analyser: Analyser | None = None,
) -> Brief:
    """One story's brief from its cleaned documents. ``analyser`` is ``analyse`` or one that reads
    analyses already made (the store's cache, Dask workers' results) and parses only the rest."""
    t0 = time.perf_counter()
    warnings: list[str] = []  # story-level stages that failed (guard.story_stage)
    docs = story_stage("sources", lambda: mark_copies(docs), lambda: list(docs), warnings,
                       "reprints are not marked")
    analyses, failed = analyse_reports(docs, analyser or analyse)
    if not analyses:
        raise NothingUsable("no document could be analysed", [*skipped, *failed])
    skipped, docs = [*skipped, *failed], [a.doc for a in analyses]
    timeline = story_stage("timeline", lambda: build_timeline(analyses), lambda: [], warnings)
    located = story_stage("places", lambda: locate_places(analyses), Located, warnings)
    claims = story_stage("claims", lambda: extract_claims(analyses), lambda: [], warnings)
    summary = story_stage("summary", lambda: summarise(analyses, words), lambda: [], warnings)
    entities = story_stage("entities", lambda: merge_entities(analyses, located), lambda: [], warnings)
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
        warnings=warnings,
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
    docs: Sequence[Document], skipped: Sequence[Skipped] = (), *, words: int = 200, analyser: Analyser | None = None
) -> list[Brief]:
    """Briefs for every story in ``docs`` (one, unless the input groups documents into stories)."""
    stories: dict[str, list[Document]] = {}
    for d in docs:
        stories.setdefault(d.story or "story", []).append(d)
    return [
        build_brief(members, words=words, story_id=sid, skipped=skipped, analyser=analyser)
        for sid, members in stories.items()
    ]
