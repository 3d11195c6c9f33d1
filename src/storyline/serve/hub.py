"""The web app's access to the store: a connection per worker thread, one writer at a time.

SQLite connections are not shared between threads here: each worker thread of the
server opens its own ``Store`` (WAL: readers never block the writer nor each other).
Adds take one lock, so two forms posted at once queue rather than fight over the
write lock. A brief that is not cached yet is built once even when several pages ask
for it together (a lock per story); readers wait at most ``READ_BUSY_MS`` to cache
a brief while an add is writing, and serve it uncached rather than hang.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..model import Skipped
from ..store import AddResult, Store, UnknownStory
from ..store.browse import Leads
from .fetch import UrlGuard
from .intake import Submission, add_submission

log = logging.getLogger("storyline.serve")

READ_BUSY_MS = 2_000
WORDS = 200


class BriefFailed(Exception):
    """Building a story's brief failed; the message says how, for the page."""


class Hub:
    """Stores per thread, the write lock, and per-story build locks for one store file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        Store(self.path).close()  # create and migrate once, up front, so readers never race to
        self._local = threading.local()
        self._opened: list[Store] = []
        self._opened_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._build_locks: dict[int, threading.Lock] = {}
        self._build_locks_lock = threading.Lock()
        self.leads: Leads = {}  # (story, version) -> (lead, the brief's?); see store.browse.story_page

    def store(self) -> Store:
        """This thread's store connection (opened on first use)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path)
            store.conn.execute(f"PRAGMA busy_timeout = {READ_BUSY_MS}")
            self._local.store = store
            with self._opened_lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._opened_lock:
            for store in self._opened:
                try:
                    store.close()
                except Exception:  # closing from another thread at shutdown: best effort
                    pass
            self._opened.clear()

    def resolve(self, story: str) -> int | None:
        """The live id of ``story`` (following merges), None when there is no such story."""
        try:
            return self.store().resolve(story)
        except UnknownStory:
            return None

    def _build_lock(self, sid: int) -> threading.Lock:
        with self._build_locks_lock:
            return self._build_locks.setdefault(sid, threading.Lock())

    def brief_text(self, sid: int, fmt: str) -> str:
        """The story's brief as ``html``/``json``/``md`` (cached by the store); ``BriefFailed`` if it breaks."""
        with self._build_lock(sid):
            try:
                return self.store().brief_text(sid, words=WORDS, fmt=fmt)
            except Exception as err:
                log.exception("brief of story %s failed", sid)
                raise BriefFailed(f"{type(err).__name__}: {err}") from err

    def brief_json(self, sid: int) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.brief_text(sid, "json"))
        return data

    def add(self, sub: Submission, guard: UrlGuard, skipped: Iterable[Skipped] = ()) -> AddResult:
        """In a worker thread: add ``sub`` through this thread's own connection, one writer at a time;
        ``skipped`` (what the request itself could not take) comes first in the result."""
        result = add_submission(self.store(), sub, guard, self.write_lock)
        result.skipped = [*skipped, *result.skipped]
        return result

    def prebuild(self, sids: Iterable[int], limit: int = 5) -> None:
        """Build (and cache) the briefs of stories an add touched, so opening them is quick."""
        for sid in list(sids)[:limit]:
            try:
                self.brief_text(sid, "html")
            except BriefFailed:
                pass  # the story page says what went wrong when it is opened
