"""A one-line progress bar on stderr for long runs.

Stages report through ``current()`` (a no-op unless the command line turned
progress on), so the pipeline takes no extra argument and the Python API stays
silent. The bar appears only after ``delay`` seconds (short runs print nothing),
only on a terminal, and is erased when the stage ends, so it never mixes with
the brief on stdout or the ``skipped`` lines on stderr.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TextIO

_WIDTH = 24


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts work done in named stages and redraws one stderr line at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, *, delay: float = 2.0, force: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.enabled = force or _is_tty(self.stream)
        self.started = time.monotonic()
        self.name = ""
        self.total = 0
        self.done = 0
        self.drawn = 0.0
        self.visible = False

    def stage(self, name: str, total: int) -> None:
        """Start counting ``total`` units of a new stage (``"analysing"``, 120 reports)."""
        self.name, self.total, self.done = name, total, 0
        self._draw()

    def advance(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        self._draw()

    def clear(self) -> None:
        """Erase the bar (before other output, and when the run ends)."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False

    def _draw(self) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.started < self.delay or (now - self.drawn < 0.1 and self.done < self.total):
            return
        self.drawn = now
        share = self.done / self.total if self.total else 0.0
        bar = "#" * round(share * _WIDTH)
        elapsed = int(now - self.started)
        self.stream.write(
            f"\r\x1b[Kstoryline: {self.name} {self.done}/{self.total} [{bar:<{_WIDTH}}] {share:4.0%} "
            f"{elapsed // 60}:{elapsed % 60:02d}"
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
        progress.clear()
        _current.reset(token)
