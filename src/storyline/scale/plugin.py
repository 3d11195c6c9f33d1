"""The worker plugin that loads the models once per worker process (imported only with Dask installed)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

_WARM_UP = (
    "Warm-up report\n"
    "GENEVA, March 3 (storyline) - Officials said on Tuesday that 12 people were hurt in the storm.\n"
    "The mayor, Anna Berg, told reporters the city would reopen its schools next week.\n"
)
"""A tiny report of our own, run through the per-report work once when a worker starts."""


class ModelsPlugin(WorkerPlugin):
    """Loads spaCy, and everything else the per-report work and a story's brief load on first use
    (the cleaner's model, word lists, the date reader, the gazetteer), when a worker starts: so
    tasks never wait for it one by one, and a worker restarted after a crash is ready again
    before its first task."""

    name = "storyline-models"

    def setup(self, worker: Any) -> None:
        from ..model import RawDocument
        from ..nlp import get_nlp
        from ..store.briefs import BriefJob, build
        from ..store.prepare import prepare

        get_nlp()
        done = prepare([RawDocument(id="storyline-warm-up", text=_WARM_UP)], None, len(_WARM_UP) + 1, True)
        build(BriefJob(0, 0, 50, done.docs, done.analyses))  # the brief's stages: gazetteer, claim rules, dates
