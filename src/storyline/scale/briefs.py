"""The briefs of ``add --workers``: each stale story's brief built as one Dask task.

The client reads what a brief needs from the store (the story's documents and their cached
analyses: ``Store.brief_job``), a worker builds and renders the brief (``store.briefs.build``,
the function a serial ``add --briefs`` runs), and the client writes it to the briefs table.
A bounded window of stories is in flight, so memory stays flat over thousands of stories.

A story whose task fails (its worker died, or Dask could not run it) is run again once the
other stories in flight have ended, alone on the cluster, so a bystander of another story's
crash comes through; when it fails again it is listed with its reason and left unbriefed
(``brief --db`` builds it on demand).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..store import AddResult, Store
from ..store.briefs import BriefJob, Built, build
from .cluster import second_result, settle

WINDOW = 8
"""Stories in flight at once: enough to keep the workers busy between long and short stories."""

BriefWork = Callable[[BriefJob], Built]
Progress = Callable[[int, int], Callable[[int], None]]


def refresh_briefs(store: Store, client: Any, stories: Iterable[str | int], result: AddResult, words: int = 200,
                   progress: Progress | None = None, work: BriefWork = build) -> None:
    """``Store.refresh_briefs`` with each brief built on ``client``'s cluster."""
    store.refresh_briefs(stories, result, words, progress, builder=lambda jobs: built_briefs(client, jobs, work))


def built_briefs(client: Any, jobs: Iterable[BriefJob], work: BriefWork = build,
                 window: int = WINDOW) -> Iterator[Built]:
    """``work(job)`` for each job on the cluster, in job order."""
    pending: deque[tuple[BriefJob, Any]] = deque()
    source = iter(jobs)

    def submit(job: BriefJob) -> Any:
        return client.submit(work, job, pure=False)

    def fill() -> None:
        while len(pending) < window and (job := next(source, None)) is not None:
            pending.append((job, submit(job)))

    fill()
    while pending:
        job, future = pending.popleft()
        fill()
        yield _outcome(job, future, submit, lambda: settle(f for _, f in pending))


def _outcome(job: BriefJob, future: Any, submit: Callable[[BriefJob], Any], quiet: Callable[[], None]) -> Built:
    """The task's result; when it failed, the story run again alone once the stories in flight
    have ended (``quiet``), and given up when it fails again."""
    try:
        done: Built = future.result()
        return done
    except Exception:  # its worker died (KilledWorker), or Dask could not run the task
        future.release()
    quiet()
    built, why = second_result(submit(job), _DIED)
    return _failed(job, why) if why is not None else built


_DIED = "its Dask worker died twice while briefing it, the second time with the story alone (crash or out of memory)"


def _failed(job: BriefJob, reason: str) -> Built:
    return Built(job.story, job.version, job.words, failed=reason)
