"""``Store``: the embedded story store (SQLite): add reports, list stories, brief them.

    import storyline
    with storyline.Store("storyline.db") as store:
        result = store.add(["wire/"])          # reports join stories, online, in order
        for s in store.stories(search="earthquake"):
            print(s.id, s.title, s.reports)
        brief = store.brief(s.id)              # cached until the story changes

Nothing committed is ever lost: reports are committed in small batches, each in one
transaction with the story updates it caused, so a killed ``add`` leaves a consistent
store and the next ``add`` of the same inputs adds only what is missing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import BadArgument, StorylineError, check_counts, internal_error
from ..model import Brief, Document, Note, Skipped, input_notes
from ..settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, __version__, code_fingerprint
from ..stories import ClusterSettings, assign, merge_small, undo_merges
from ..stories.defer import recheck, settle
from ..stories.minhash import REPRINT_JACCARD
from ..stories.online import DEFAULT_SETTINGS
from ..stories.split import split_mixed
from ..stories.vectors import pack_counts
from ..stories.window_choice import OFF, given_window, window_settings
from . import sqlite as _sqlite
from . import windows
from .analyses import AnalysisCache, content_hash
from .query import fts_query
from .records import STORIES_SCHEMA, AddResult, StoryRow, brief_from_dict
from .sqlite import SqliteIndex, connect, now
from .voices import Voices

if TYPE_CHECKING:
    from ..ingest.reader import Inputs
    from .briefs import BriefJob, Built
    from .prepare import Features, Prepared

DEFAULT_DB = "storyline.db"
BATCH = 25
CACHE_WAIT_MS = 2_000
"""How long a reader that built a brief waits to cache it while another program writes to the store: the
brief is served either way (``brief --db`` and the web app waited the whole busy timeout, 30 s, first)."""
"""Reports per transaction: a kill loses at most this much uncommitted work."""
_TITLE_MEMBERS = 50  # story titles are chosen among the latest members' titles
_TITLE_TEXT = 20000  # of each member's text: its lead and the lines a label title may repeat (stories.title)
_COPY_MEMBERS = 200  # a new report is checked for being a reprint of the first members

Progress = Callable[[int], None]


def default_path() -> str:
    """``$STORYLINE_DB`` or ``./storyline.db``."""
    return os.environ.get("STORYLINE_DB") or DEFAULT_DB


class UnknownStory(StorylineError):
    """No story with that id in the store."""


class Store:
    """An embedded store of reports and stories (SQLite, WAL): many readers, one writer at a time."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, create: bool = True,
                 settings: ClusterSettings = DEFAULT_SETTINGS, window: str | float | None = None) -> None:
        """``window``: the date window new reports are clustered with (``stories.window_choice``: days, "off" or
        "auto"; e.g. ``window=21`` for a daily desk, ``"off"`` for an archive of topics told over years); None:
        ``$STORYLINE_WINDOW``, else the one the store was built with, else auto (a new store; one built before
        windows could be chosen: off). ``window_note`` says when it is not the store's (an add then keeps it)."""
        self.path = Path(path if path is not None else default_path())
        given = given_window(window)  # a bad one refused before the store is created
        self.conn = connect(self.path, create=create)
        self.window, self.window_note = windows.choose(self.conn, self.path, given)
        self.settings = window_settings(settings, self.window) if self.window != OFF else settings
        self.index = SqliteIndex(self.conn)
        self.voices = Voices(self.conn)
        if self.voices.stale():  # counted by an older rule: recounted once, so list and briefs agree
            with self._writing():
                self.voices.recount()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- adding ----------------------------------------------------------------------------
    def add(self, inputs: Inputs, *, max_bytes: int = DEFAULT_MAX_BYTES,
            max_chars: int = DEFAULT_MAX_CHARS, stdin: BinaryIO | None = None,
            progress: Callable[[int, int], Progress] | None = None, analyse: bool = False,
            exclude: Sequence[str] = ()) -> AddResult:
        """Read ``inputs`` as ``brief`` does and add every usable report, in order (one path alone,
        ``add("wire/")``, is one input).

        ``progress(total, skipped_so_far)`` may return a callback called with each report done.
        With ``analyse``, each report is also parsed now and its analysis cached (``store.analyses``),
        so that briefs of its story never parse it again. ``exclude``: glob patterns of files and
        folders not to read, as for ``brief`` (each listed as skipped).
        """
        from ..ingest import read_inputs
        from .prepare import batch_counts, prepare

        check_counts(max_bytes=max_bytes, max_chars=max_chars)
        raws, skipped = read_inputs(inputs, max_bytes=max_bytes, stdin=stdin, exclude=exclude)
        result = AddResult(skipped=list(skipped), notes=input_notes(raws))
        tick = progress(len(raws), len(skipped)) if progress else None
        for start in range(0, len(raws), BATCH):
            batch = raws[start : start + BATCH]
            self.add_prepared(prepare(batch, batch_counts(batch), max_chars, analyse), result)
            if tick:
                tick(len(batch))
        self.merge_pass(result)
        return result

    def merge_pass(self, result: AddResult) -> None:
        """After an add: the small stories it touched merged where they belong (``stories.merge``), in one
        transaction; ``result`` then names the stories the reports are in now. The stories of duplicates
        count as touched, so adding the same inputs again after a kill completes the pass."""
        given = {self.resolve(s) for s in result.given.values()}
        touched = {self.resolve(s) for _, s in result.joined} - given
        settling = bool(self.settings.defer_k and self.settings.defer_pass)
        rechecking = bool(self.settings.defer_k and self.settings.defer_recheck)
        splitting = bool(touched and self.settings.split_size)
        if (not touched or not self.settings.merge_small) and not settling and not rechecking and not splitting:
            return
        with self._writing():
            settled = settle(self.index, self.settings, final=True) if settling else {}
            touched = {self.resolve(s) for s in touched} - given
            merged = merge_small(self.index, touched, self.settings) if touched else {}
            moved = undo_merges(self.index, self.settings) if touched else {}
            rechecked = recheck(self.index, self.settings, frozenset(given), result.added)
            cut = split_mixed(self.index, {self.resolve(s) for s in touched} - given, self.settings) if touched else {}
            for sid in set(settled.values()) | set(merged.values()) | set(rechecked.values()) \
                    | {s for pair in moved.values() for s in pair} | {s for pair in cut.items() for s in pair}:
                self._refresh_story(self.resolve(sid))
            rows = dict(self.conn.execute(f"SELECT id, story FROM reports WHERE story IN ({','.join('?' * len(cut))})",
                                          list(cut.values())).fetchall()) if cut else {}
        _note_merged(result, settled)
        _note_merged(result, merged)
        for piece, (host, into) in moved.items():
            result.merged[piece] = into
            result.updated_stories |= {host, into} - result.new_stories
        _note_merged(result, rechecked)
        for old, new in cut.items():
            (result.new_stories if old in result.new_stories else result.updated_stories).add(old)
            result.new_stories.add(new)
        result.joined = [(d, str(rows[result.rows[d]] if d in result.rows and result.rows[d] in rows
                                 else self.resolve(s))) for d, s in result.joined]

    def recluster(self) -> tuple[int, int, int]:
        """Batch re-clustering: every stored report assigned again, in the order it was stored, on a clustering
        state built afresh (term frequencies, stories, names), then the merge and undo passes once over all
        stories, as one ``add`` of the whole store would cluster it: the stories inputs named (``given_story``)
        are kept whole and apart, and the merge pass does not merge them away, as ``add`` does. In one
        transaction (a kill leaves the store as it was). Story ids change: each old story leads
        (``merged_into``) to the new story holding most of its reports, and cached briefs are dropped. Returns
        (reports, stories before, stories after)."""
        import numpy as np

        from ..stories.vectors import lead_embedding, report_cues, report_terms

        index = self.index
        with self._writing():
            before = self.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
            old_live = dict(self.conn.execute("SELECT id, story FROM reports").fetchall())
            for script in ("DELETE FROM briefs", "DELETE FROM held", "DELETE FROM postings", "DELETE FROM story_names",
                           "UPDATE terms SET df = 0", "DELETE FROM meta WHERE key = 'documents'",
                           # before the passes: the undo pass moved the old clustering's pieces (their reports
                           # are assigned afresh) and added their sizes to new stories' report counts
                           "UPDATE stories SET piece_size = NULL, merged_at = NULL"):
                self.conn.execute(script)
            windows.keep(self.conn, self.window)
            index.reset()
            stories: set[int] = set()
            given: dict[str, int] = {}  # the story each input-named story went to: kept whole, as add keeps it
            for rid in sorted(old_live):
                title, text, published, blob, named = self.conn.execute(
                    "SELECT title, text, published, lead_embedding, given_story FROM reports WHERE id = ?",
                    (rid,)).fetchone()
                lead = np.frombuffer(blob, dtype=np.float32).copy() if blob else lead_embedding(text, title)
                cues = report_cues(text, title)._replace(embedding=lead)
                into = given.get(named) if named else None
                avoid = frozenset(given.values()) if named and into is None else frozenset()
                a = assign(index, report_terms(text, title), _iso_date(published),
                           _unheld(self.settings) if named else self.settings, cues, into=into, avoid=avoid)
                self.conn.execute("UPDATE reports SET story = ?, first_story = ? WHERE id = ?", (a.story, a.story, rid))
                stories.add(a.story)
                if named:
                    given.setdefault(named, a.story)
                settle(index, self.settings)
            settle(index, self.settings, final=self.settings.defer_pass)
            stories = {self.resolve(s) for s in stories}
            merge_small(index, stories - set(given.values()), self.settings)
            undo_merges(index, self.settings)
            recheck(index, self.settings, frozenset(given.values()), len(old_live))
            split_mixed(index, {self.resolve(s) for s in stories} - set(given.values()), self.settings)
            self._lead_old_stories(old_live, min(stories, default=0))
            live = [r[0] for r in self.conn.execute("SELECT id FROM stories WHERE merged_into IS NULL AND reports > 0")]
            for sid in live:
                self._refresh_story(sid)
        return len(old_live), before, len(live)

    def _lead_old_stories(self, old_live: dict[int, int], first_new: int) -> None:
        """After ``recluster``: each story before ``first_new`` retired, leading to the new story that holds most
        of its reports (``old_live``: each report's story before)."""
        new_of = dict(self.conn.execute("SELECT id, story FROM reports").fetchall())
        votes: dict[int, dict[int, int]] = {}
        for rid, old in old_live.items():
            votes.setdefault(old, {}).setdefault(new_of[rid], 0)
            votes[old][new_of[rid]] += 1
        old_ids = [r[0] for r in self.conn.execute("SELECT id FROM stories WHERE id < ? AND merged_into IS NULL",
                                                   (first_new,))]
        for old in old_ids:
            into = max(votes.get(old, {}).items(), key=lambda kv: (kv[1], -kv[0]), default=(None, 0))[0]
            self.conn.execute("UPDATE stories SET merged_into = ?, reports = 0, version = version + 1, updated = ? "
                              "WHERE id = ?", (into, now(), old))

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction with the index's caches: committed with the index flushed, or rolled back
        with the caches dropped (they may hold what was rolled back) and re-read on the next batch."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.index.begin()
            yield
            self.index.flush()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self.index.reset()
            self.index.generation = -1
            self.voices.forget()
            raise

    def add_prepared(self, prepared: Prepared, result: AddResult) -> None:
        """Add one batch of reports after the per-report stages (here, or on Dask workers)."""
        result.skipped.extend(prepared.skipped)
        self.add_documents(prepared.docs, result, prepared.features, prepared.analyses)

    def add_documents(self, docs: Sequence[Document], result: AddResult | None = None,
                      features: Sequence[Features] | None = None, analyses: dict[str, bytes] | None = None
                      ) -> AddResult:
        """Add cleaned documents in one transaction (the unit that a kill cannot split), with their
        clustering features and packed analyses when already computed."""
        result = result if result is not None else AddResult()
        index = self.index
        touched: set[int] = set()
        with self._writing():
            windows.keep(self.conn, self.window)
            for i, doc in enumerate(docs):
                self._add_guarded(doc, index, result, touched, features[i] if features is not None else None)
            for sid in touched:
                self._refresh_story(sid)
            if analyses:
                AnalysisCache(self.conn).put(analyses.items())
        return result

    def _add_guarded(self, doc: Document, index: SqliteIndex, result: AddResult, touched: set[int],
                     features: Features | None) -> None:
        """``_add_one`` inside a savepoint: a report whose clustering or write raises is rolled back
        and skipped with its reason, and the rest of its batch is kept. An ``OperationalError`` (the
        store is locked, full or unreadable) is about the store, not the report: it ends the batch."""
        self.conn.execute("SAVEPOINT report")
        index.mark()
        try:
            self._add_one(doc, index, result, touched, features)
        except sqlite3.OperationalError:
            raise
        except Exception as exc:  # a bug or a value the store rejects: it costs this report only
            self.conn.execute("ROLLBACK TO report")
            index.undo()
            self.voices.forget()
            stage, cause = ("story clustering", exc.__cause__) if isinstance(exc, _ClusteringFailed) else ("store", exc)
            result.skipped.append(Skipped(doc.id, internal_error(stage, cause or exc)))
        self.conn.execute("RELEASE report")

    def _add_one(self, doc: Document, index: SqliteIndex, result: AddResult, touched: set[int],
                 features: Features | None = None) -> None:
        digest = content_hash(doc)
        same = self.conn.execute("SELECT coalesce(first_story, story), doc_id, id FROM reports WHERE content_hash = ?",
                                 (digest,)).fetchone()
        if same:
            result.duplicates += 1
            result.repeated.add(doc.id)
            result.rows[doc.id] = same[2]
            story = str(self.resolve(same[0]))
            result.joined.append((doc.id, story))
            if same[1] != doc.id:  # stored under another name: without a word, this one seemed lost
                result.notes.append(Note(doc.id, f"the same text as {same[1]}, stored in story {story}; counted "
                                                 "as a duplicate, not stored again"))
            return
        if features is None:
            from .prepare import Features

            features = Features.of(doc)
        counts, sig, cues = features.with_lead(doc) if self.settings.merge_small else features
        named = result.given.get(doc.story) if doc.story else None  # the input said which story: kept whole
        into = self.resolve(named) if named is not None else None
        avoid = frozenset(map(self.resolve, result.given.values())) if doc.story and into is None else frozenset()
        try:
            a = assign(index, counts, doc.published, _unheld(self.settings) if doc.story else self.settings, cues,
                       into=into, avoid=avoid)
        except sqlite3.OperationalError:
            raise
        except Exception as exc:
            raise _ClusteringFailed from exc
        term_ids = index.term_ids(counts)
        copy_of = self._original_of(a.story, sig)
        cur = self.conn.execute(
            "INSERT INTO reports(doc_id, content_hash, story, first_story, title, outlet, url, published, text, added, "
            "features, signature, copy_of, lead_embedding, given_story) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self._free_id(doc.id), digest, a.story, a.story, doc.title, doc.outlet, doc.url,
             doc.published.isoformat() if doc.published else None, doc.text, now(),
             pack_counts((term_ids[t], c) for t, c in counts.items()), sig.tobytes(), copy_of,
             cues.embedding.tobytes() if cues.embedding is not None else None, doc.story or None))
        self.conn.executemany(
            "INSERT INTO removed(report, position, text, reason) VALUES (?, ?, ?, ?)",
            [(cur.lastrowid, i, r.text, r.reason) for i, r in enumerate(doc.removed)])
        self.conn.executemany(
            "INSERT INTO notes(report, position, input, note) VALUES (?, ?, ?, ?)",
            [(cur.lastrowid, i, n.input, n.note) for i, n in enumerate(doc.notes)])
        self.voices.join(a.story, int(cur.lastrowid or 0))
        result.added += 1
        assert cur.lastrowid is not None
        result.rows[doc.id] = cur.lastrowid
        if doc.story:
            result.given.setdefault(doc.story, a.story)
        (result.new_stories if a.new else result.updated_stories).add(a.story)
        result.joined.append((doc.id, str(a.story)))
        touched.add(a.story)
        settled = settle(index, self.settings)
        touched.difference_update(settled)
        touched.update(settled.values())
        _note_merged(result, settled)

    def _free_id(self, doc_id: str) -> str:
        """``doc_id``, or ``doc_id~2``, ``~3`` … when another report already has it."""
        candidate, n = doc_id, 1
        while self.conn.execute("SELECT 1 FROM reports WHERE doc_id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{doc_id}~{n}"
        return candidate

    def _original_of(self, story: int, sig: Any) -> int | None:
        """The earliest member of ``story`` that this report reprints, if any."""
        import numpy as np

        rows = self.conn.execute("SELECT id, signature FROM reports WHERE story = ? AND copy_of IS NULL "
                                 "ORDER BY id LIMIT ?", (story, _COPY_MEMBERS)).fetchall()
        for rid, blob in rows:
            if float(np.mean(np.frombuffer(blob, dtype=np.uint32) == sig)) >= REPRINT_JACCARD:
                return int(rid)
        return None

    def _refresh_story(self, sid: int) -> None:
        """Title and independent-source count of a story after its members changed."""
        from ..stories.title import vetted
        from ..summary import story_title

        rows = self.conn.execute("SELECT doc_id, title, outlet, substr(text, 1, ?) FROM reports WHERE story = ? "
                                 "ORDER BY id DESC LIMIT ?", (_TITLE_TEXT, sid, _TITLE_MEMBERS)).fetchall()
        title = story_title(vetted([Document(id=r[0], text=r[3] or "", title=r[1], outlet=r[2])
                                    for r in reversed(rows)]))
        self.conn.execute("UPDATE stories SET title = ?, independent_sources = ? WHERE id = ?",
                          (title, self.voices.count(sid), sid))

    # --- reading ---------------------------------------------------------------------------
    def resolve(self, story: str | int) -> int:
        """The id of a live story (following merges); ``UnknownStory`` otherwise."""
        try:
            sid = int(story)
        except (TypeError, ValueError):
            raise UnknownStory(f"no story with id {story} in {self.path} (story ids are whole numbers)") from None
        for _ in range(100):
            row = self.conn.execute("SELECT merged_into FROM stories WHERE id = ?", (sid,)).fetchone()
            if row is None:
                raise UnknownStory(f"no story with id {story} in {self.path}")
            if row[0] is None:
                return sid
            sid = int(row[0])
        raise UnknownStory(f"story {story}: merge chain too long")

    def stories(self, search: str | None = None, limit: int | None = None) -> list[StoryRow]:
        """Live stories, most recently updated first; with ``search``, those matching it (FTS5; how words
        combine: ``query``; ``QueryError`` says what is wrong with a search that is no query)."""
        sql = ("SELECT id, title, reports, independent_sources, first_published, last_published, updated, version "
               "FROM stories WHERE merged_into IS NULL")
        args: list[Any] = []
        if search:
            sql += (" AND id IN (SELECT story FROM reports WHERE id IN "
                    "(SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?) "
                    "UNION SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)")
            query = fts_query(search)
            args += [query, query]
        sql += " ORDER BY updated DESC, id DESC"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        rows = self.conn.execute(sql, args).fetchall()
        return [StoryRow(id=str(r[0]), title=r[1], documents=self._doc_ids(r[0]), reports=r[2],
                         independent_sources=r[3], first_published=r[4], last_published=r[5], updated=r[6],
                         version=r[7]) for r in rows]

    def _doc_ids(self, sid: int) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT doc_id FROM reports WHERE story = ? ORDER BY id", (sid,))]

    def stories_json(self, search: str | None = None) -> dict[str, Any]:
        """The ``storyline.stories/1`` listing."""
        return {"schema": STORIES_SCHEMA, "stories": [s.to_dict() for s in self.stories(search)]}

    def documents(self, story: str | int) -> list[Document]:
        """A story's cleaned documents, in the order they were added (with removed furniture)."""
        from ..model import Removed

        sid = self.resolve(story)
        docs = []
        for rid, doc_id, title, outlet, url, published, text in self.conn.execute(
                "SELECT id, doc_id, title, outlet, url, published, text FROM reports WHERE story = ? ORDER BY id",
                (sid,)).fetchall():
            removed = [Removed(t, r) for t, r in self.conn.execute(
                "SELECT text, reason FROM removed WHERE report = ? ORDER BY position", (rid,))]
            docs.append(Document(id=doc_id, text=text, title=title, outlet=outlet, url=url,
                                 published=_iso_date(published), removed=removed, notes=self.notes_of(rid)))
        return docs

    def notes_of(self, report: int) -> list[Note]:
        """How a stored report's input was read (``model.Note``), in the order the notes were made."""
        return [Note(i, n) for i, n in self.conn.execute(
            "SELECT input, note FROM notes WHERE report = ? ORDER BY position", (report,))]

    # --- briefs ----------------------------------------------------------------------------
    def brief(self, story: str | int, words: int = 200) -> Brief:
        """The story's brief: from the cache while the story is unchanged, else built and cached."""
        return brief_from_dict(json.loads(self._cached(story, words)["json"]))

    def brief_text(self, story: str | int, words: int = 200, fmt: str = "md") -> str:
        """The story's brief rendered as ``json``, ``md`` or ``html`` (cached like ``brief``)."""
        key = {"json": "json", "md": "markdown", "html": "html"}.get(fmt)
        if key is None:  # was a bare KeyError: 'pdf'
            raise BadArgument(f"fmt must be 'md', 'json' or 'html', not {fmt!r}")
        return str(self._cached(story, words)[key])

    def _cached(self, story: str | int, words: int) -> dict[str, str]:
        check_counts(words=words)
        sid = self.resolve(story)
        version = self._version(sid)
        row = self.conn.execute("SELECT json, markdown, html FROM briefs WHERE story = ? AND words = ? AND "
                                "story_version = ? AND builder = ?", (sid, words, version, _builder())).fetchone()
        if row and row[1] is not None and row[2] is not None:
            return {"json": row[0], "markdown": row[1], "html": row[2]}
        from .briefs import Built, render

        job = self.brief_job(sid, words)
        built = Built(sid, job.version, words)
        built.texts = render(job, built.analyses)
        try:
            with self._waiting_at_most(CACHE_WAIT_MS):
                self.put_brief(built)
        except sqlite3.OperationalError:  # a long write elsewhere: serve the brief, cache it next time
            pass
        return built.texts

    @contextmanager
    def _waiting_at_most(self, ms: int) -> Iterator[None]:
        """SQLite's busy timeout lowered to ``ms`` for what runs inside, then set back."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {_sqlite.BUSY_TIMEOUT_MS}")

    def _version(self, sid: int) -> int:
        return int(self.conn.execute("SELECT version FROM stories WHERE id = ?", (sid,)).fetchone()[0])

    def stale_briefs(self, stories: Iterable[str | int], words: int = 200) -> list[int]:
        """The live stories among ``stories`` (merges followed, each once, in id order) whose cached
        ``words``-word brief is missing or older than the story."""
        out = []
        for sid in sorted({self.resolve(s) for s in stories}):
            row = self.conn.execute("SELECT 1 FROM briefs WHERE story = ? AND words = ? AND story_version = ? "
                                    "AND builder = ? AND markdown IS NOT NULL AND html IS NOT NULL",
                                    (sid, words, self._version(sid), _builder())).fetchone()
            if row is None:
                out.append(sid)
        return out

    def brief_job(self, story: str | int, words: int = 200) -> BriefJob:
        """What building a story's brief reads from the store: its documents and their cached analyses."""
        from .briefs import BriefJob

        sid = self.resolve(story)
        docs = self.documents(sid)
        blobs = AnalysisCache(self.conn).get([content_hash(d) for d in docs])
        return BriefJob(sid, self._version(sid), words, docs, blobs)

    def put_brief(self, built: Built) -> None:
        """Cache a built brief (and the analyses made for it), in one transaction."""
        self.conn.execute("BEGIN IMMEDIATE")  # outside the try: a store that is busy has nothing to roll back
        try:
            if built.analyses:
                AnalysisCache(self.conn).put(built.analyses.items())
            self.conn.execute(
                "INSERT INTO briefs(story, words, story_version, builder, built, json, markdown, html) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(story, words) DO UPDATE SET "
                "story_version = excluded.story_version, builder = excluded.builder, built = excluded.built, "
                "json = excluded.json, markdown = excluded.markdown, html = excluded.html",
                (built.story, built.words, built.version, _builder(), now(), built.texts["json"],
                 built.texts["markdown"], built.texts["html"]))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def refresh_briefs(self, stories: Iterable[str | int], result: AddResult, words: int = 200,
                       progress: Callable[[int, int], Progress] | None = None,
                       builder: Callable[[Iterable[BriefJob]], Iterable[Built]] | None = None) -> None:
        """Build and cache the briefs of ``stories`` that are stale (``add --briefs``); a story whose
        brief fails is listed in ``result.brief_failures`` and the rest go on. ``builder`` turns the
        jobs into built briefs in job order: here, one by one, unless given (``scale`` runs them on
        Dask). The jobs are read from the store as the builder asks for them, not all at once."""
        from .briefs import build

        todo = self.stale_briefs(stories, words)
        tick = progress(len(todo), 0) if progress else None
        jobs = (self.brief_job(sid, words) for sid in todo)
        for built in (builder or (lambda js: map(build, js)))(jobs):
            self.keep_brief(built, result)
            if tick:
                tick(1)

    def keep_brief(self, built: Built, result: AddResult) -> None:
        """Cache ``built``, or note in ``result`` why the story has no brief."""
        if built.failed is not None:
            result.brief_failures.append(Skipped(str(built.story), built.failed))
            return
        self.put_brief(built)
        result.briefs += 1

    def counts(self) -> dict[str, int]:
        """How many reports and live stories the store holds."""
        reports = self.conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        stories = self.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
        return {"reports": int(reports), "stories": int(stories)}


def _unheld(settings: ClusterSettings) -> ClusterSettings:
    """The settings for a report whose input named its story: never held (``stories.defer``), so a held
    report's decision cannot carry an input-named story into another."""
    return replace(settings, defer_k=0) if settings.defer_k else settings


def _note_merged(result: AddResult, merged: dict[int, int]) -> None:
    """Stories merged into others (by the merge pass, or held reports decided): ``result`` names the host."""
    for old, into in merged.items():
        was_new = old in result.new_stories
        result.new_stories.discard(old)
        result.updated_stories.discard(old)
        (result.new_stories if was_new and into in result.new_stories else result.updated_stories).add(into)
    result.merged.update(merged)


class _ClusteringFailed(Exception):
    """The story clustering raised (its cause is ``__cause__``): the report's skip reason names that stage."""


def _builder() -> str:
    """What a cached brief was built by: a brief from another version, model or code is stale."""
    from ..nlp import MODEL_NAME

    return f"storyline {__version__} {code_fingerprint()} {MODEL_NAME}"


def _iso_date(value: str | None) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None
