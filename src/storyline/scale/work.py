"""What a Dask run does, over the same stage functions as a serial run: ``add`` into the store
and ``briefs`` of files, with the per-report work (clean, language check, spaCy analysis,
features) as Dask tasks.

With ``add``, the briefs of the stories it changed are then built on the cluster too, one
task a story (``briefs``). What stays on the client: reading the inputs (they are on the
client's disk or stdin), story assignment and every store write (in input order, in the
serial batches). So the store ends exactly as a serial ``add --analyse --briefs`` leaves it.
With ``brief PATH --workers``, the story-level stages of the brief run on the client.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from .. import progress
from ..errors import NothingUsable
from ..model import Brief, Document, RawDocument, Skipped, input_notes
from ..settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from ..sources import drop_repeats
from ..store import AddResult, Store
from ..store.analyses import Analyser, memory_analyser
from ..store.api import BATCH
from ..store.briefs import build
from ..store.prepare import Prepared, batch_counts, prepare
from .briefs import BriefWork, refresh_briefs
from .run import Work, batch_jobs, run_ordered, share, tasks

Input = str | os.PathLike[str] | RawDocument
Progress = Callable[[int, int], Callable[[int], None]]


def add(store: Store, client: Any, inputs: Sequence[Input], *, max_bytes: int = DEFAULT_MAX_BYTES,
        max_chars: int = DEFAULT_MAX_CHARS, stdin: BinaryIO | None = None, progress: Progress | None = None,
        work: Work = prepare, briefs: int | None = None, brief_progress: Progress | None = None,
        brief_work: BriefWork = build, exclude: Sequence[str] = ()) -> AddResult:
    """``Store.add(inputs, analyse=True)`` with the per-report work on ``client``'s cluster; with
    ``briefs`` (words), then the stale briefs of the stories it changed, also on the cluster
    (``Store.refresh_briefs``)."""
    from ..ingest import read_inputs

    raws, skipped = read_inputs(inputs, max_bytes=max_bytes, stdin=stdin, exclude=exclude)
    result = AddResult(skipped=list(skipped), notes=input_notes(raws))
    tick = progress(len(raws), len(skipped)) if progress else None
    results = run_ordered(client, batch_jobs(client, raws, BATCH), max_chars, True, work=work)
    for start in range(0, len(raws), BATCH):
        batch, size, got = Prepared(), min(BATCH, len(raws) - start), 0
        while got < size:  # a batch's tasks never reach into the next batch (``batch_jobs``)
            n, one = next(results)
            batch.extend(one)
            got += n
        store.add_prepared(batch, result)
        if tick:
            tick(size)
    store.merge_pass(result)
    if briefs is not None:
        refresh_briefs(store, client, result.new_stories | result.updated_stories, result, briefs,
                       brief_progress, brief_work)
    return result


def briefs(client: Any, inputs: Sequence[Input], words: int = 200, *, max_bytes: int = DEFAULT_MAX_BYTES,
           stdin: BinaryIO | None = None, story: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
           exclude: Sequence[str] = (), work: Work = prepare) -> list[Brief]:
    """``storyline.briefs`` with each report cleaned and parsed on ``client``'s cluster."""
    from ..pipeline import build_briefs

    docs, skipped, analyser = prepared_documents(client, inputs, max_bytes=max_bytes, stdin=stdin,
                                                 max_chars=max_chars, exclude=exclude, work=work)
    docs = docs if story is None else [d for d in docs if (d.story or "story") == story]
    return build_briefs(docs, skipped, words=words, analyser=analyser)


def prepared_documents(
    client: Any, inputs: Sequence[Input], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS, exclude: Sequence[str] = (), work: Work = prepare,
) -> tuple[list[Document], list[Skipped], Analyser]:
    """The cleaned documents of ``inputs``, what was skipped, and an analyser over the parses the
    cluster made: what ``brief`` needs to find stories and brief them without parsing again."""
    from ..ingest import read_inputs

    raws, skipped = read_inputs(inputs, max_bytes=max_bytes, stdin=stdin, exclude=exclude)
    counts = batch_counts(raws)  # the whole input, as pipeline.clean_all counts it
    shared = share(client, counts)
    done = Prepared()
    bar = progress.current()
    bar.stage("cleaning and parsing reports on Dask", len(raws))
    for n, one in run_ordered(client, tasks(raws, shared), max_chars, True, work=work):
        done.extend(one)
        bar.advance(n)
    docs, repeats = drop_repeats(done.docs, {r.id: r.text for r in raws})  # as ``storyline.brief`` reads them
    skipped = [*skipped, *done.skipped, *repeats]
    if not docs:
        reasons = "; ".join(f"{s.input}: {s.reason}" for s in skipped)
        raise NothingUsable(f"no usable document in the input ({reasons or 'nothing given'})", skipped)
    return docs, skipped, memory_analyser(done.analyses)
