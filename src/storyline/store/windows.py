"""The date window a store was built with (``meta.window``; ``stories.window_choice``): read, chosen, kept.

The window given to this run (``Store(window=...)``, ``--window``), else ``$STORYLINE_WINDOW``, else the one the
store keeps, else auto (``window_choice.DEFAULT``: a new store). A store without one that already holds reports
was built before the window could be chosen: off, as it was built. A writer (``add``, ``recluster``) keeps the
window it clustered with; when that differs from the one the store was built with, ``note`` says so (the CLI
prints it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..stories.window_choice import DEFAULT, OFF, said

KEY = "window"


def stored(conn: sqlite3.Connection) -> str | None:
    """The window the store was built with (None: an empty store that keeps none yet)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    if row:
        return str(row[0])
    return OFF if conn.execute("SELECT 1 FROM reports LIMIT 1").fetchone() else None


def choose(conn: sqlite3.Connection, path: Path, given: str | None) -> tuple[str, str | None]:
    """The window this run clusters with (``given``: ``window_choice.given_window``'s), and the note to say when it
    is not the one the store was built with."""
    kept = stored(conn)
    chosen = given or kept or DEFAULT
    if kept is None or chosen == kept:
        return chosen, None
    return chosen, (f"{path} was built with the date window {said(kept)}; this run clusters with {said(chosen)}, "
                    f"and the store keeps {said(chosen)} from now on (the reports stored before keep their "
                    "stories; `storyline stories --recluster` clusters them all again)")


def keep(conn: sqlite3.Connection, window: str) -> None:
    """Record ``window`` as the store's (inside the writer's transaction)."""
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (KEY, window))
