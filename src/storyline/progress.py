"""A one-line progress bar on stderr for long runs.

Stages report through ``current()`` (a no-op unless the command line turned
progress on), so the pipeline takes no extra argument and the Python API stays
silent. The bar appears only after ``delay`` seconds (short runs print nothing),
only on a terminal, and is erased when the stage ends, so it never mixes with
the brief on stdout or the ``skipped`` lines on stderr.

While a stage runs, a heartbeat redraws the bar twice a second with a turning spinner and the
elapsed time, so a stage whose first unit is slow (the models loading in the first batch) is seen
to be working, not stuck at 0.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TextIO

_WIDTH = 24
_SPINNER = "|/-\\"


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts work done in named stages and redraws one stderr line at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, *, delay: float = 2.0, force: bool = False,
                 beat: float = 0.5) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.enabled = force or _is_tty(self.stream)
        self.started = time.monotonic()
        self.name = ""
        self.total = 0
        self.done = 0
        self.drawn = 0.0
        self.visible = False
        self.beat = beat
        """Seconds between the heartbeat's redraws (0: no heartbeat)."""
        self.frame = 0
        self._live = False  # a stage is running and the bar is not cleared for other output
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._beating: threading.Thread | None = None

    def stage(self, name: str, total: int) -> None:
        """Start counting ``total`` units of a new stage (``"analysing"``, 120 reports)."""
        with self._lock:
            self.name, self.total, self.done = name, total, 0
            self._live = True
            self._draw()
        self._start_beat()

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done = min(self.total, self.done + n)
            self._live = True
            self._draw()

    def clear(self) -> None:
        """Erase the bar (before other output, and when the run ends); the heartbeat waits for the
        next ``stage`` or ``advance``."""
        with self._lock:
            self._live = False
            if self.visible:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self.visible = False

    def close(self) -> None:
        """Erase the bar and stop the heartbeat."""
        self.clear()
        self._stop.set()
        if self._beating is not None and self._beating is not threading.current_thread():
            self._beating.join()

    def _start_beat(self) -> None:
        if self._beating is None and self.enabled and self.beat > 0 and not self._stop.is_set():
            self._beating = threading.Thread(target=self._heartbeat, name="storyline-progress", daemon=True)
            self._beating.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.beat):
            with self._lock:
                if self._live:
                    self._draw(beat=True)

    def _draw(self, beat: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.started < self.delay or (
                not beat and now - self.drawn < 0.1 and self.done < self.total):
            return
        self.drawn = now
        self.frame += 1
        share = self.done / self.total if self.total else 0.0
        bar = "#" * round(share * _WIDTH)
        elapsed = int(now - self.started)
        self.stream.write(
            f"\r\x1b[Kstoryline: {self.name} {self.done}/{self.total} [{bar:<{_WIDTH}}] {share:4.0%} "
            f"{elapsed // 60}:{elapsed % 60:02d} {_SPINNER[self.frame % len(_SPINNER)]}"
        )
        self.stream.flush()
        self.visible = True


class _Silent(Progress):
    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.enabled = False


_SILENT = _Silent()
_current: ContextVar[Progress] = ContextVar("storyline_progress", default=_SILENT)


def current() -> Progress:
    """The progress bar of this run (a silent one unless ``showing`` is active)."""
    return _current.get()


@contextlib.contextmanager
def showing(progress: Progress) -> Iterator[Progress]:
    """Report the stages run inside the block on ``progress``; the bar is erased at the end."""
    token = _current.set(progress)
    try:
        yield progress
    finally:
        progress.close()
        _current.reset(token)
