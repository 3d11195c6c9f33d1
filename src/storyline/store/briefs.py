"""A stored story's brief as one pure function: its documents and their cached parses in, the
rendered brief out. ``Store`` runs it in-process (``brief --db``, ``add --briefs``); the ``scale``
package runs it as one Dask task per story. Both write the same ``Built`` value to the briefs
table, so a brief built on a worker is the brief a serial run builds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import StorylineError, internal_error
from ..model import Analysis, Document
from .analyses import content_hash, memory_analyser, pack


@dataclass(slots=True)
class BriefJob:
    """What building one story's brief reads: the story's documents (in the order they were
    added), the cached analyses of those already parsed, and the story version it is for."""

    story: int
    version: int
    words: int
    docs: list[Document]
    analyses: dict[str, bytes] = field(default_factory=dict)


@dataclass(slots=True)
class Built:
    """One story's brief as the briefs table stores it (``texts``: json, markdown, html), the
    analyses made because they were not cached (for the cache), or why it failed."""

    story: int
    version: int
    words: int
    texts: dict[str, str] = field(default_factory=dict)
    analyses: dict[str, bytes] = field(default_factory=dict)
    failed: str | None = None


def render(job: BriefJob, fresh: dict[str, bytes]) -> dict[str, str]:
    """The brief of ``job``'s story, rendered (json, markdown, html); the members not cached are
    parsed, and their packed analyses put in ``fresh``."""
    from ..pipeline import build_brief

    def parse(docs: Sequence[Document]) -> list[Analysis]:
        from ..analyse import analyse

        made = analyse(docs)
        fresh.update((content_hash(a.doc), pack(a)) for a in made)
        return made

    b = build_brief(job.docs, words=job.words, story_id=str(job.story),
                    analyser=memory_analyser(job.analyses, fallback=parse))
    return {"json": b.to_json(), "markdown": b.to_markdown(), "html": b.to_html()}


def build(job: BriefJob) -> Built:
    """``render``, guarded: a story whose brief fails is reported with its reason, never raised, so
    one story cannot stop the briefs of the others (in a serial run or on a Dask worker)."""
    out = Built(job.story, job.version, job.words)
    try:
        out.texts = render(job, out.analyses)
    except StorylineError as exc:  # no member could be analysed: the error says why
        out.analyses, out.failed = {}, str(exc)
    except Exception as exc:
        out.analyses, out.failed = {}, internal_error("brief", exc)
    return out
