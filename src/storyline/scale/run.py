"""The client's side of a Dask run: tasks of a few reports each, submitted in input order,
results taken back in input order (a bounded window in flight, so memory stays flat on a
long stream, and the workers keep parsing while the client writes the store).

A task holds ``TASK_REPORTS`` reports, not one: every task costs the scheduler and the
client tens of milliseconds of CPU (measured: ~40 ms a task on a loaded 2-core machine, a
quarter of a report's own work), and a worker parses a few reports in one spaCy call.

A task that fails, because its worker died (``KilledWorker``: a crash, or memory) or because
Dask could not run it (a result that cannot be sent, a lost connection; the per-report work
guards its own stages), is run again: the client waits until every other task in flight has
ended, then runs each of its reports in a task of its own, one at a time, so nothing else
shares the cluster with them. A report that fails again alone is skipped with its reason; a
bystander of another report's crash comes through. The rest of the stream goes on either way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any

from ..model import RawDocument, Skipped
from ..store.prepare import Prepared, prepare
from .cluster import second_result, settle

WINDOW = 64
"""Reports in flight at once: enough to keep every worker busy, few enough to bound memory."""
TASK_REPORTS = 5
"""Reports per Dask task (a store batch, ``store.api.BATCH`` = 25, is five tasks)."""

Work = Callable[[Sequence[RawDocument], Mapping[str, int] | None, int, bool], Prepared]
Job = tuple[Sequence[RawDocument], Any]
"""The reports of one task and the line counts their cleaning reads (a shared future or None)."""


def run_ordered(client: Any, jobs: Iterable[Job], max_chars: int, with_analysis: bool = True, *,
                work: Work = prepare, window: int = WINDOW) -> Iterator[tuple[int, Prepared]]:
    """``work(raws, counts, max_chars, with_analysis)`` for each job on the cluster: (reports in
    the job, its result), in job order."""
    pending: deque[tuple[Job, Any]] = deque()
    in_flight = 0
    source = iter(jobs)

    def submit(raws: Sequence[RawDocument], counts: Any) -> Any:
        return client.submit(work, list(raws), counts, max_chars, with_analysis, pure=False)

    def fill() -> None:
        nonlocal in_flight
        while in_flight < window:
            job = next(source, None)
            if job is None:
                return
            pending.append((job, submit(*job)))
            in_flight += len(job[0])

    fill()
    while pending:
        (raws, counts), future = pending.popleft()
        in_flight -= len(raws)
        fill()  # the next task is queued before this one is waited for
        yield len(raws), _outcome(future, raws, partial(submit, counts=counts),
                                  lambda: settle(f for _, f in pending))


def _outcome(future: Any, raws: Sequence[RawDocument], resubmit: Callable[[Sequence[RawDocument]], Any],
             quiet: Callable[[], None]) -> Prepared:
    """The task's result; when it failed, once the tasks in flight have ended (``quiet``), each
    of its reports run again alone, one at a time."""
    try:
        result: Prepared = future.result()
        return result
    except Exception:  # its worker died (KilledWorker), or Dask could not run the task
        future.release()
    quiet()
    out = Prepared()
    for raw in raws:
        out.extend(_alone(raw, resubmit))
    return out


def _alone(raw: RawDocument, resubmit: Callable[[Sequence[RawDocument]], Any]) -> Prepared:
    """``raw`` run in a task of its own, with nothing else on the cluster; skipped with why
    when it fails again."""
    result, why = second_result(resubmit([raw]), _DIED)
    return Prepared(skipped=[Skipped(raw.id, why)]) if why is not None else result


_DIED = "skipped after its Dask worker died twice while processing it (crash or out of memory)"


def share(client: Any, counts: Mapping[str, int] | None) -> Any:
    """``counts`` on the cluster once, for many tasks. A task that returns them, not ``scatter``:
    when the worker holding them dies, the scheduler recomputes them instead of cancelling
    every task that reads them."""
    return client.submit(_keep, counts, pure=False) if counts else None


def _keep(value: Any) -> Any:
    return value


def tasks(raws: Sequence[RawDocument], counts: Any, size: int = TASK_REPORTS) -> Iterator[Job]:
    """``raws`` cut into jobs of ``size`` reports, each with ``counts``."""
    for start in range(0, len(raws), size):
        yield raws[start : start + size], counts


def batch_jobs(client: Any, raws: Sequence[RawDocument], size: int) -> Iterator[Job]:
    """Jobs for ``raws`` in batches of ``size`` (the store's transactions), each report with its
    batch's line counts (as the serial ``Store.add`` cleans them), sent to the cluster once per
    batch; a job never spans two batches."""
    from ..store.prepare import batch_counts

    for start in range(0, len(raws), size):
        batch = raws[start : start + size]
        yield from tasks(batch, share(client, batch_counts(batch)))
