"""Connecting to Dask: a local cluster of N worker processes, or an existing scheduler.

Dask is optional (``pip install 'storyline[dask]'``); without it, asking for workers says
how to get it. Each worker loads the models once, when it starts (``ModelsPlugin``), not
per task. On a local cluster a task whose worker dies fails at once (``allowed-failures:
0``) and each worker holds one task at a time (``worker-saturation: 1.0``). The client then
waits for every other task in flight to end and runs the failed work again alone, so a
bystander of a death (a task queued or running when another task killed a worker) is never
given up, and only work that kills its worker a second time, alone, is skipped. An existing
scheduler keeps its own settings (the README says which to set).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import StorylineError

INSTALL_HINT = "pip install 'storyline[dask]'"
ALLOWED_FAILURES = 0
"""Times a task may be running on a worker that dies before it is given up (local clusters):
none, since the scheduler's own retry runs beside other tasks, and a bystander caught by two
deaths was given up with the culprit (seen in tests/test_scale.py under load); the client's
retry runs alone (``settle``)."""


IDLE_QUIET = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s",
              "distributed.scheduler.work-stealing": False, "distributed.worker.memory.monitor-interval": "1s"}
"""Dask settings for a local cluster that leave the CPU to the work (README: the same for your own)."""


LOCAL: dict[str, Any] = {
    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
    # one task per worker thread at a time: a worker that dies takes only the task it was
    # running with it (its culprit), never queued bystanders
    "distributed.scheduler.worker-saturation": 1.0,
    # the statistical profiler samples every thread's stack every 10 ms: CPU the parse needs
    "distributed.worker.profile.enabled": False,
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also pins glibc's mmap
    # threshold at 128 KB: every large buffer of a parse is then mapped, faulted in page by
    # page and unmapped again (measured: ~25 ms of system CPU a report, +20% on the parse);
    # glibc's own adaptive thresholds keep them. None: the variable is not set.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # a worker killed by a report is restarted by its nanny, but the cluster closes that nanny
    # for good if the new worker has not registered within this time (Dask's default: 15 s);
    # a restarted worker loads spaCy and MiniLM first, which on a loaded machine took longer,
    # and the cluster stayed one worker short (seen in tests/test_scale.py under CI load)
    "distributed.deploy.lost-worker-timeout": "300s",
    # timers that only feed diagnostics wake every process's event loop (and take the GIL
    # from the parse) 50 times a second: an idle local cluster of 2 burned ~12% of a core,
    # ~2% with these (work stealing is moot with one task per worker)
    **IDLE_QUIET,
}
"""Dask settings of a local cluster (README: which to set on your own)."""


class DaskMissing(StorylineError):
    """--workers or --scheduler without Dask installed."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskMissing(f"--workers and --scheduler run on Dask, which is not installed; install it with "
                          f"`{INSTALL_HINT}` (or run without them, on one core)") from None
    return distributed


def _models_plugin() -> Any:
    from .plugin import ModelsPlugin

    return ModelsPlugin()


@contextlib.contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A Dask client: on ``scheduler`` (``tcp://host:port``) if given, else on a local cluster
    of ``workers`` single-threaded processes (closed on exit)."""
    distributed = _distributed()
    import dask

    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise StorylineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            client.register_plugin(_models_plugin())
            yield client
        finally:
            client.close()
        return
    # for the cluster's whole life, not only its start: the cluster reads lost-worker-timeout
    # when a worker is lost
    with dask.config.set(LOCAL):
        cluster = distributed.LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
        try:
            with distributed.Client(cluster) as client:
                client.register_plugin(_models_plugin())
                yield client
        finally:
            cluster.close()


def killed_worker() -> type[BaseException]:
    """Dask's exception for a task whose workers kept dying."""
    from distributed import KilledWorker

    killed: type[BaseException] = KilledWorker
    return killed


def settle(futures: Iterable[Any]) -> None:
    """Wait until ``futures`` have ended, whatever their outcome, so that work run next has the
    cluster to itself."""
    distributed: Any = _distributed()
    distributed.wait(list(futures))


def second_result(future: Any, died: str) -> tuple[Any, str | None]:
    """The result of a task run again alone, or None and why it failed again: ``died`` when its
    worker died, else Dask's own error. The future is released either way."""
    from ..errors import internal_error

    try:
        return future.result(), None
    except killed_worker():
        return None, died
    except Exception as exc:
        return None, internal_error("dask task", exc)
    finally:
        future.release()


def peak_memory(client: Any) -> dict[str, int]:
    """Peak resident memory of each worker process, in bytes."""
    return {str(k): int(v) for k, v in client.run(peak_rss).items()}


def peak_rss() -> int:
    """This process's peak resident memory in bytes: Linux's ``VmHWM`` (``ru_maxrss`` would be
    wrong here: it survives ``exec``, so a spawned worker would report its parent's peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
