"""The SQLite backend: connection setup (WAL), and ``StoryIndex`` over the store's tables.

One writer at a time (SQLite's rule); readers never block it and are never blocked
(WAL). A writer holds ``BEGIN IMMEDIATE`` for one small batch of reports, so another
``add`` waits its turn (``busy_timeout``) instead of failing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from ..nlp import EMBED_DIM
from ..stories.index import Member, StoryState, widened
from ..stories.vectors import Embedding, lead_embedding, pack, report_cues, unpack, unpack_counts
from .schema import migrate

BUSY_TIMEOUT_MS = 30_000
_CHUNK = 500  # host parameters per IN (...) list, well under SQLite's limit
PAGE_CACHE_KIB = 65_536
"""SQLite's page cache per connection (its default is 2 MiB), filled as pages are read: past some 10k reports
the B-trees that ``term_ids`` searches and extends (a report's new terms, a text key each) outgrow the default,
and each term then costs a page read more often (bench/STORIES_EXPERIMENTS.md, round 11)."""
TERM_CACHE = 500_000
"""Most term ids (with their document frequencies) kept in memory; past it the least recently used go."""


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection in WAL mode with the schema migrated; autocommit (transactions explicit)."""
    p = Path(path)
    if not create and not p.exists():
        from ..errors import StorylineError

        raise StorylineError(f"{p}: no such store (create one with `storyline add PATH... --db {p}`)")
    if p.is_dir():  # "cannot open as a storyline store (unable to open database file)" did not say why
        from ..errors import StorylineError

        raise StorylineError(f"{p}: is a folder; --db names the store's file (e.g. {p / 'news.db'})")
    if not p.parent.is_dir():  # a mistyped --db is said, not made into folders
        from ..errors import StorylineError

        raise StorylineError(f"{p}: the folder {p.parent} does not exist (create it first, or give another --db)")
    try:
        conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across process kills
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        if str(mode).lower() != "wal" and str(p) != ":memory:":
            raise sqlite3.OperationalError(f"could not switch to WAL mode (got {mode})")
        migrate(conn, str(p))
    except sqlite3.DatabaseError as exc:
        from ..errors import StorylineError

        raise StorylineError(f"{p}: cannot open as a storyline store ({exc})") from exc
    return conn


def _chunks(seq: Sequence[int] | Sequence[str]) -> Iterable[Sequence[int] | Sequence[str]]:
    for i in range(0, len(seq), _CHUNK):
        yield seq[i : i + _CHUNK]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SqliteIndex:
    """``StoryIndex`` over the store's ``terms``, ``stories`` and ``postings`` tables.

    Term ids, document frequencies and story states are cached in memory between batches
    and written at ``flush``; ``meta.generation`` (bumped by every writer's commit) tells
    when another process has written, and the caches are dropped.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.generation = -1
        self.reset()

    def reset(self) -> None:
        self.ids: dict[str, int] = {}
        self.df: dict[int, int] = {}
        self.df_delta: dict[int, int] = {}
        self.n: int | None = None
        self.n_delta = 0
        self.states: dict[int, StoryState] = {}
        self.dated: tuple[dt.date | None, dt.date | None] | None = None
        self.mark()

    def mark(self) -> None:
        """Start recording what one report changes in the caches, so that ``undo`` can forget it
        after the report's savepoint is rolled back (the rest of the batch is kept)."""
        self._new_terms: list[str] = []
        self._counted: list[int] | None = None  # the term ids of the report counted, if it was
        self._saved: set[int] = set()

    def undo(self) -> None:
        """Forget the caches' changes since ``mark``: terms created, counts added, stories saved
        (a story's state is read again from the rolled-back tables when next needed)."""
        for t in self._new_terms:
            tid = self.ids.pop(t, None)
            if tid is not None:
                self.df.pop(tid, None)
        if self._counted is not None:
            self.n_delta -= 1
            for i in self._counted:
                left = self.df_delta.get(i, 0) - 1
                if left > 0:
                    self.df_delta[i] = left
                else:
                    self.df_delta.pop(i, None)
        for sid in self._saved:
            self.states.pop(sid, None)
        if self._saved:
            self.dated = None  # read again from the rolled-back table when next needed
        self.mark()

    def begin(self) -> None:
        """Call inside the writer's transaction, before using the index."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = int(row[0]) if row else 0
        if generation != self.generation:
            self.reset()
            self.generation = generation

    def flush(self) -> None:
        """Write pending counts and bump the generation (call just before COMMIT)."""
        self.conn.executemany("UPDATE terms SET df = df + ? WHERE id = ?", [(d, i) for i, d in self.df_delta.items()])
        for i, d in self.df_delta.items():
            self.df[i] = self.df.get(i, 0) + d
        self.df_delta.clear()
        if self.n_delta:
            self.conn.execute("INSERT INTO meta(key, value) VALUES ('documents', ?) ON CONFLICT(key) DO UPDATE "
                              "SET value = CAST(value AS INTEGER) + ?", (self.n_delta, self.n_delta))
            self.n = self.documents()
            self.n_delta = 0
        self.generation += 1
        self.conn.execute("INSERT INTO meta(key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE "
                          "SET value = excluded.value", (self.generation,))

    def documents(self) -> int:
        if self.n is None:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'documents'").fetchone()
            self.n = int(row[0]) if row else 0
        return self.n + self.n_delta

    def term_ids(self, terms: Iterable[str]) -> dict[str, int]:
        """Ids of ``terms``: from the in-process cache (least recently used terms dropped past ``TERM_CACHE``),
        the rest read in one ``SELECT ... IN`` and the new ones created in one ``INSERT ... RETURNING`` (in
        the order given, so ids are what one insert per term gave): a few statements per report, not one per
        term. The cache holds only what this connection read or wrote in its transaction or committed
        ones: ``begin`` drops it when another writer committed, ``undo`` forgets the terms of a rolled-back
        report."""
        terms = list(terms)
        ids = self.ids
        wanted: list[str] = []
        used = 0
        for t in terms:
            tid = ids.pop(t, None)
            if tid is None:
                wanted.append(t)
            else:
                ids[t] = tid  # most recently used last
                used += 1
        if wanted:
            if len(ids) + len(wanted) > TERM_CACHE:  # never this call's terms, which were just moved last
                self._evict(min(len(ids) + len(wanted) - TERM_CACHE // 2, len(ids) - used))
            for part in _chunks(wanted):
                q = f"SELECT term, id, df FROM terms WHERE term IN ({','.join('?' * len(part))})"
                for term, tid, df in self.conn.execute(q, list(part)):
                    ids[term] = tid
                    self.df[tid] = df
            new = list(dict.fromkeys(t for t in wanted if t not in ids))
            for part in _chunks(new):
                q = f"INSERT INTO terms(term) VALUES {','.join(['(?)'] * len(part))} RETURNING term, id"
                for term, tid in self.conn.execute(q, list(part)).fetchall():
                    ids[term] = tid
                    self.df[tid] = 0
            self._new_terms.extend(new)
        return {t: ids[t] for t in terms}

    def _evict(self, k: int) -> None:
        """Drop the ``k`` least recently used terms from the cache (their counts not yet written stay)."""
        for t in list(itertools.islice(self.ids, k)):
            tid = self.ids.pop(t)
            if tid not in self.df_delta:
                self.df.pop(tid, None)

    def frequencies(self, ids: Sequence[int]) -> dict[int, int]:
        """From the cache; a term it does not hold (one this process never looked up, or one evicted: the split
        pass reads stored reports' term ids) is read from ``terms``, not taken as unseen."""
        missing = [i for i in ids if i not in self.df]
        stored: dict[int, int] = {}
        for part in _chunks(missing):
            q = f"SELECT id, df FROM terms WHERE id IN ({','.join('?' * len(part))})"
            stored.update(self.conn.execute(q, list(part)).fetchall())
        return {i: self.df.get(i, stored.get(i, 0)) + self.df_delta.get(i, 0) for i in ids}

    def count_document(self, ids: Sequence[int]) -> None:
        self.n_delta += 1
        self._counted = list(ids)
        for i in ids:
            self.df_delta[i] = self.df_delta.get(i, 0) + 1

    def candidates(self, terms: Sequence[int], limit: int, per_term: int = 0) -> list[int]:
        if not terms:
            return []
        if not per_term:
            q = (f"SELECT story FROM postings WHERE term IN ({','.join('?' * len(terms))}) "
                 "GROUP BY story ORDER BY count(*) DESC, story DESC LIMIT ?")
            return [r[0] for r in self.conn.execute(q, [*terms, limit])]
        # each term's newest stories: a backward walk of the (term, story) key, at most per_term rows a term
        arm = "SELECT story FROM (SELECT story FROM postings WHERE term = ? ORDER BY story DESC LIMIT ?)"
        q = (f"SELECT story FROM ({' UNION ALL '.join([arm] * len(terms))}) "
             "GROUP BY story ORDER BY count(*) DESC, story DESC LIMIT ?")
        return [r[0] for r in self.conn.execute(q, [*(x for t in terms for x in (t, per_term)), limit])]

    def story(self, story: int) -> StoryState:
        state = self.states.get(story)
        if state is None:
            row = self.conn.execute(
                "SELECT centroid, reports, first_published, last_published, lead, embedding FROM stories WHERE id = ?",
                (story,)).fetchone()
            state = StoryState(id=story, centroid=unpack(row[0]), size=row[1], first=_date(row[2]),
                               last=_date(row[3]), lead=unpack(row[4]) if row[4] else {},
                               embedding=_vector(row[5]))
            if len(self.states) > 20_000:
                self.states.clear()
            self.states[story] = state
        return StoryState(state.id, dict(state.centroid), state.size, state.first, state.last, dict(state.lead),
                          None if state.embedding is None else state.embedding.copy())

    def save_story(self, state: StoryState, signature: Sequence[int]) -> int:
        first = state.first.isoformat() if state.first else None
        last = state.last.isoformat() if state.last else None
        lead = pack(state.lead) if state.lead else None
        emb = state.embedding.astype(np.float32).tobytes() if state.embedding is not None else None
        stamp = now()
        if not state.id:
            cur = self.conn.execute(
                "INSERT INTO stories(created, updated, reports, first_published, last_published, centroid, lead, "
                "embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (stamp, stamp, state.size, first, last, pack(state.centroid), lead, emb))
            assert cur.lastrowid is not None
            state.id = cur.lastrowid
        else:
            self.conn.execute(
                "UPDATE stories SET updated = ?, version = version + 1, reports = ?, first_published = ?, "
                "last_published = ?, centroid = ?, lead = ?, embedding = ? WHERE id = ?",
                (stamp, state.size, first, last, pack(state.centroid), lead, emb, state.id))
            self.conn.execute("DELETE FROM postings WHERE story = ?", (state.id,))
        self.conn.executemany("INSERT OR IGNORE INTO postings(term, story) VALUES (?, ?)",
                              [(t, state.id) for t in signature])
        self.states[state.id] = state
        self._saved.add(state.id)
        if self.dated is not None:
            self.dated = widened(self.dated, state)
        return state.id

    def add_names(self, story: int, ids: Sequence[int]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO story_names(term, story) VALUES (?, ?)",
                              [(t, story) for t in ids])

    def story_names(self, story: int) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT term FROM story_names WHERE story = ? ORDER BY term",
                                                (story,))]

    def name_stories(self, term: int) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT story FROM story_names WHERE term = ? ORDER BY story",
                                                (term,))]

    def embedding(self, story: int) -> Embedding | None:
        """The story's summed lead embeddings; for a story stored before they were kept, its reports'
        leads are embedded now (and kept: the report's and the story's vectors are written)."""
        state = self.story(story)
        if state.embedding is not None or not state.size:
            return state.embedding
        total = np.zeros(EMBED_DIM, dtype=np.float32)
        for rid, title, text, blob in self.conn.execute(
                "SELECT id, title, text, lead_embedding FROM reports WHERE story = ? ORDER BY id", (story,)).fetchall():
            vec = _vector(blob)
            if vec is None:
                vec = lead_embedding(text, title)
                self.conn.execute("UPDATE reports SET lead_embedding = ? WHERE id = ?", (vec.tobytes(), rid))
            total = total + vec
        self.conn.execute("UPDATE stories SET embedding = ? WHERE id = ?", (total.tobytes(), story))
        self.states.pop(story, None)
        self._saved.add(story)
        return total

    def retire(self, story: int, into: int) -> None:
        names = np.array(self.story_names(story), dtype=np.int64).tobytes()
        self.conn.execute("UPDATE reports SET story = ? WHERE story = ?", (into, story))
        self.conn.execute("UPDATE stories SET merged_into = ?, piece_size = reports, piece_names = ?, merged_at = ?, "
                          "reports = 0, version = version + 1, updated = ? WHERE id = ?",
                          (into, names, self.documents(), now(), story))
        self.conn.execute("DELETE FROM postings WHERE story = ?", (story,))
        self.conn.execute("INSERT OR IGNORE INTO story_names(term, story) SELECT term, ? FROM story_names "
                          "WHERE story = ?", (into, story))
        self.conn.execute("DELETE FROM story_names WHERE story = ?", (story,))
        self.states.pop(story, None)
        self._saved.add(story)


    def pieces(self, since: int) -> list[int]:
        # sorted here, not by ORDER BY id: with it SQLite scans the whole stories table in id order instead of
        # searching the partial index on merged_at, and the undo pass's cost grows with the store
        return sorted(r[0] for r in self.conn.execute(
            "SELECT id FROM stories WHERE merged_at IS NOT NULL AND merged_at >= ?", (since,)))

    def piece(self, story: int) -> tuple[StoryState, list[int]] | None:
        row = self.conn.execute(
            "SELECT centroid, piece_size, first_published, last_published, lead, embedding, piece_names FROM stories "
            "WHERE id = ? AND merged_into IS NOT NULL AND piece_size IS NOT NULL", (story,)).fetchone()
        if row is None:
            return None
        state = StoryState(id=story, centroid=unpack(row[0]), size=row[1], first=_date(row[2]), last=_date(row[3]),
                           lead=unpack(row[4]) if row[4] else {}, embedding=_vector(row[5]))
        return state, [int(t) for t in np.frombuffer(row[6] or b"", dtype=np.int64)]

    def host(self, story: int) -> int:
        for _ in range(1000):
            row = self.conn.execute("SELECT merged_into FROM stories WHERE id = ?", (story,)).fetchone()
            if row is None or row[0] is None:
                return story
            story = int(row[0])
        raise RuntimeError(f"story {story}: merge chain too long")

    def move(self, piece: int, into: int) -> None:
        up = self.conn.execute("SELECT merged_into FROM stories WHERE id = ?", (piece,)).fetchone()[0]
        while True:
            row = self.conn.execute("SELECT merged_into FROM stories WHERE id = ?", (up,)).fetchone()
            if row is None or row[0] is None:
                break
            self.conn.execute("UPDATE stories SET piece_size = NULL, merged_at = NULL WHERE id = ?", (up,))
            up = row[0]
        self.conn.execute(
            "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT s.id FROM stories s JOIN tree "
            "ON s.merged_into = tree.id) UPDATE reports SET story = ? WHERE first_story IN (SELECT id FROM tree)",
            (piece, into))
        self.conn.execute("UPDATE stories SET merged_into = ?, merged_at = ?, version = version + 1, updated = ? "
                          "WHERE id = ?", (into, self.documents(), now(), piece))
        self._saved.add(piece)

    def hold(self, story: int, at: int) -> None:
        self.conn.execute("INSERT OR REPLACE INTO held(story, at) VALUES (?, ?)", (story, at))

    def held(self, until: int) -> list[tuple[int, int]]:
        return [(int(s), int(at)) for s, at in self.conn.execute(
            "SELECT story, at FROM held WHERE at <= ? ORDER BY at, story", (until,))]

    def release(self, story: int) -> None:
        self.conn.execute("DELETE FROM held WHERE story = ?", (story,))

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        """Read once per cache (one scan of ``stories``), then widened as stories are saved."""
        if self.dated is None:
            row = self.conn.execute("SELECT min(first_published), max(last_published) FROM stories").fetchone()
            self.dated = (_date(row[0]), _date(row[1])) if row else (None, None)
        return self.dated

    def add_member(self, story: int, counts: dict[int, int], lead: Sequence[int], embedding: Embedding | None,
                   published: dt.date | None) -> None:
        """Nothing: the store writes the report's row (``Store._add_one``)."""

    def members(self, story: int) -> list[Member]:
        return [Member(int(rid), unpack_counts(blob), _vector(emb), _date(published)) for rid, blob, emb, published
                in self.conn.execute("SELECT id, features, lead_embedding, published FROM reports WHERE story = ? "
                                     "ORDER BY id", (story,))]

    def lead_terms(self, report: int) -> list[int]:
        """Read again from the report's text (the lead terms are not stored; a split is rare)."""
        title, text = self.conn.execute("SELECT title, text FROM reports WHERE id = ?", (report,)).fetchone()
        ids = self.term_ids(report_cues(text, title).lead)
        return sorted(ids.values())

    def split(self, keep: StoryState, keep_signature: Sequence[int], new: StoryState, new_signature: Sequence[int],
              moved: Sequence[int]) -> int:
        self.conn.execute(
            "WITH RECURSIVE tree(id) AS (SELECT id FROM stories WHERE merged_into = ? UNION SELECT s.id FROM stories s "
            "JOIN tree ON s.merged_into = tree.id) UPDATE stories SET piece_size = NULL, merged_at = NULL "
            "WHERE id IN (SELECT id FROM tree)", (keep.id,))
        self.save_story(keep, keep_signature)
        sid = self.save_story(new, new_signature)
        self.conn.executemany("UPDATE reports SET story = ?, first_story = ? WHERE id = ?",
                              [(sid, sid, r) for r in moved])
        self.conn.execute("INSERT OR IGNORE INTO story_names(term, story) SELECT term, ? FROM story_names "
                          "WHERE story = ?", (sid, keep.id))
        return sid


def _vector(blob: bytes | None) -> Embedding | None:
    return np.frombuffer(blob, dtype=np.float32).copy() if blob else None
