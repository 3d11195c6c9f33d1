"""The client's side of a Dask run: per-report tasks submitted in input order, results taken
back in input order (a bounded window in flight, so memory stays flat on a long stream).

A task whose worker died is retried by the scheduler (``cluster.ALLOWED_FAILURES``); when
it dies again, the client skips that report with the reason. A task that raises (the
per-report work guards its own stages, so this is a failure of Dask itself: a result that
cannot be sent, a lost connection) is submitted once more, then skipped with its reason.
The rest of the stream goes on either way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any

from ..errors import internal_error
from ..model import RawDocument, Skipped
from ..store.prepare import Prepared, prepare
from .cluster import killed_worker

WINDOW = 64
"""Reports in flight at once: enough to keep every worker busy, few enough to bound memory."""

Work = Callable[[Sequence[RawDocument], Mapping[str, int] | None, int, bool], Prepared]
Job = tuple[RawDocument, Any]
"""A report and the line counts its cleaning reads (a scattered future or None)."""


def run_ordered(client: Any, jobs: Iterable[Job], max_chars: int, with_analysis: bool = True, *,
                work: Work = prepare, window: int = WINDOW) -> Iterator[Prepared]:
    """``work([raw], counts, max_chars, with_analysis)`` for each job on the cluster, yielded in job order."""
    pending: deque[tuple[RawDocument, Any, Any]] = deque()
    source = iter(jobs)

    def submit(raw: RawDocument, counts: Any) -> Any:
        return client.submit(work, [raw], counts, max_chars, with_analysis, pure=False)

    def fill() -> None:
        while len(pending) < window:
            job = next(source, None)
            if job is None:
                return
            pending.append((job[0], job[1], submit(*job)))

    fill()
    while pending:
        raw, counts, future = pending.popleft()
        yield _outcome(future, raw, partial(submit, raw, counts))
        fill()


def _outcome(future: Any, raw: RawDocument, resubmit: Callable[[], Any]) -> Prepared:
    """The task's result, or the report skipped with why."""
    killed = killed_worker()
    for attempt in (1, 2):
        try:
            result: Prepared = future.result()
            return result
        except killed:
            return Prepared(skipped=[Skipped(raw.id, "skipped after its Dask worker died twice while processing "
                                                      "it (crash or out of memory)")])
        except Exception as exc:  # Dask could not run or return the task
            if attempt == 2:
                return Prepared(skipped=[Skipped(raw.id, internal_error("dask task", exc))])
            future.release()
            future = resubmit()
    raise AssertionError("unreachable")


def share(client: Any, counts: Mapping[str, int] | None) -> Any:
    """``counts`` on the cluster once, for many tasks. A task that returns them, not ``scatter``:
    when the worker holding them dies, the scheduler recomputes them instead of cancelling
    every task that reads them."""
    return client.submit(_keep, counts, pure=False) if counts else None


def _keep(value: Any) -> Any:
    return value


def batch_jobs(client: Any, raws: Sequence[RawDocument], size: int) -> Iterator[Job]:
    """Jobs for ``raws`` cut in batches of ``size``, each report with its batch's line counts
    (as the serial ``Store.add`` cleans them); the counts are sent to the cluster once per batch."""
    from ..store.prepare import batch_counts

    for start in range(0, len(raws), size):
        batch = raws[start : start + size]
        shared = share(client, batch_counts(batch))
        for raw in batch:
            yield raw, shared
