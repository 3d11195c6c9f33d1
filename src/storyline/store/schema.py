"""The store's schema as numbered migrations (SQLite), and the code that applies them.

``PRAGMA user_version`` holds the schema version. Opening a store applies every
migration above its version, in one transaction each, so a newer storyline opens an
older store; a store written by a newer storyline is refused with a clear message
(never guessed at). A migration is only ever appended, never edited.

Tables (version 10):

- ``reports``: one row per stored report: document id, content hash (sha256 of the
  cleaned text: adding the same report twice changes nothing), cleaned text, metadata,
  the story it belongs to, its clustering features, its MinHash signature and its lead embedding. The
  content hash is the key later caches hang on (e.g. a per-report analysis cache keyed
  by ``(content_hash, model_version)``).
  Each report's ``voice`` is the first report of its story it is one independent source with (``store.voices``).
- ``removed``: the furniture cleaning took out of each report, with its reason.
- ``notes``: how each report's input was read where a reader should know (``model.Note``: a guessed
  encoding, control characters removed), so a stored brief shows them as a brief of the files does.
- ``stories``: one row per story; ``version`` goes up on every change, so cached
  briefs know when they are stale; ``merged_into`` keeps old ids meaningful; ``centroid``
  and ``lead`` are what story assignment compares a new report with; ``embedding`` (the sum of its
  reports' lead embeddings) is what the merge pass after an add compares. A merged story keeps its
  state as it was merged, with ``piece_size``, ``piece_names`` and ``merged_at`` (the undo pass's
  provenance); ``reports.first_story`` says which story each report joined first, and
  ``reports.given_story`` the story the input named for it (a cluster JSONL's cluster id, a Multi-News
  file's story), which ``recluster`` keeps whole as ``add`` does.
- ``story_names``: the rare names (term ids) each story's reports use, so the merge pass finds the
  stories sharing a name without scanning them.
- ``terms`` (term -> id, document frequency) and ``postings`` (term -> story): the
  IDF learned from the store and the inverted index that finds candidate stories
  without scanning them all.
- ``briefs``: cached briefs per (story, words), valid while ``story_version`` matches.
- ``reports_fts`` / ``stories_fts``: FTS5 indexes over report and story text,
  kept in step by triggers.
- ``analyses``: a report's analysis (``store.analyses``) keyed by ``(content_hash, version)``:
  a new model or analysis code is a new version, and old rows are simply not read.
"""

from __future__ import annotations

import sqlite3

from ..errors import StorylineError

_V1 = """
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    reports INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    first_published TEXT,
    last_published TEXT,
    centroid BLOB NOT NULL,
    merged_into INTEGER REFERENCES stories(id)
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    story INTEGER NOT NULL REFERENCES stories(id),
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT,
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    input TEXT,
    added TEXT NOT NULL,
    features BLOB NOT NULL,
    signature BLOB NOT NULL,
    copy_of INTEGER REFERENCES reports(id)
);
CREATE INDEX reports_story ON reports(story);
CREATE TABLE removed (
    report INTEGER NOT NULL REFERENCES reports(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (report, position)
) WITHOUT ROWID;
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE,
    df INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE postings (
    term INTEGER NOT NULL,
    story INTEGER NOT NULL,
    PRIMARY KEY (term, story)
) WITHOUT ROWID;
CREATE INDEX postings_story ON postings(story);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE briefs (
    story INTEGER NOT NULL REFERENCES stories(id),
    words INTEGER NOT NULL,
    story_version INTEGER NOT NULL,
    builder TEXT NOT NULL,
    built TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (story, words)
);
"""

# Version 2: full-text search (FTS5) over reports and stories, and briefs cached in every
# rendered format so that readers (CLI, web app) never re-render.
_V2 = """
CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='id');
INSERT INTO reports_fts(rowid, title, text) SELECT id, title, text FROM reports;
CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER reports_au AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE VIRTUAL TABLE stories_fts USING fts5(title, content='stories', content_rowid='id');
INSERT INTO stories_fts(rowid, title) SELECT id, title FROM stories;
CREATE TRIGGER stories_ai AFTER INSERT ON stories BEGIN
    INSERT INTO stories_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER stories_ad AFTER DELETE ON stories BEGIN
    INSERT INTO stories_fts(stories_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER stories_au AFTER UPDATE OF title ON stories BEGIN
    INSERT INTO stories_fts(stories_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO stories_fts(rowid, title) VALUES (new.id, new.title);
END;
ALTER TABLE briefs ADD COLUMN markdown TEXT;
ALTER TABLE briefs ADD COLUMN html TEXT;
"""

# Version 3: each report's analysis (sentences, entity mentions, the spaCy parse), cached by the
# report's content hash and the analysis version (model and code), so that no report is parsed twice:
# ``add --workers`` parses on the workers and stores it here; briefs read it from here.
_V3 = """
CREATE TABLE analyses (
    content_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (content_hash, version)
) WITHOUT ROWID;
"""

# Version 4: each story's summed lead vectors (``stories.lead``), read by the gray-zone rule of
# story assignment; stories stored before it have none, and that rule never joins a report to them.
_V4 = """
ALTER TABLE stories ADD COLUMN lead BLOB;
"""

# Version 5: each report's lead embedding (MiniLM, computed with the per-report work), each story's sum
# of them, and the rare names each story's reports use (``story_names``: name term -> story), which the
# merge pass after an add reads (``stories.merge``). Stories stored before it get their embedding when
# the merge pass first needs it (their reports' leads are embedded then); their names are not known.
_V5 = """
ALTER TABLE reports ADD COLUMN lead_embedding BLOB;
ALTER TABLE stories ADD COLUMN embedding BLOB;
CREATE TABLE story_names (
    term INTEGER NOT NULL,
    story INTEGER NOT NULL,
    PRIMARY KEY (term, story)
) WITHOUT ROWID;
CREATE INDEX story_names_story ON story_names(story);
"""

# Version 6: the notes on how each report's input was read (``model.Note``: a guessed encoding, control
# characters removed), in input order, so that a stored story's brief and the web app show them as a brief
# of the files does. Reports stored before it have none (they were not kept).
_V6 = """
CREATE TABLE notes (
    report INTEGER NOT NULL REFERENCES reports(id),
    position INTEGER NOT NULL,
    input TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (report, position)
) WITHOUT ROWID;
"""

# Version 7: provenance for the undo pass after the merge pass (``stories.merge.undo_merges``). Each report's
# first story (``reports.first_story``: the story it joined when added; a merged piece that moves takes the
# reports whose first story is it or a story merged into it before); each merged story's size and rare names
# when it was merged and the store's report count then (``piece_size``, ``piece_names``, ``merged_at``; the
# pass looks only at pieces merged within the last few hundred reports). Reports stored before it count as
# first in the story they are in now; stories merged before it have no provenance and are never moved.
_V7 = """
ALTER TABLE reports ADD COLUMN first_story INTEGER;
UPDATE reports SET first_story = story;
CREATE INDEX reports_first_story ON reports(first_story);
ALTER TABLE stories ADD COLUMN piece_size INTEGER;
ALTER TABLE stories ADD COLUMN piece_names BLOB;
ALTER TABLE stories ADD COLUMN merged_at INTEGER;
CREATE INDEX stories_merged_into ON stories(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX stories_merged_at ON stories(merged_at) WHERE merged_at IS NOT NULL;
"""

# Version 8: the story the input named for each report (``Document.story``: a cluster JSONL's cluster id, a
# Multi-News file's story, a JSON article's ``story`` field), so that ``recluster`` keeps input-named stories
# whole as ``add`` keeps them. Reports stored before it have none (NULL) and are clustered freely, as before.
_V8 = """
ALTER TABLE reports ADD COLUMN given_story TEXT;
"""

# Version 9: the held reports' provisional stories (``stories.defer``, ``ClusterSettings.defer_k``; off by
# default) and the store's report count when each was held, so that a killed add, or the next add, decides them.
_V9 = """
CREATE TABLE held (
    story INTEGER PRIMARY KEY,
    at INTEGER NOT NULL
);
CREATE INDEX held_at ON held(at);
"""

# Version 10: each report's voice (``reports.voice``: the first report of its story it is one independent source
# with, ``store.voices``) and the members each story's voices were made for (``stories.voice_members``,
# ``voice_sum``: how many, and the sum of their ids), so that an add joins a new report to its story's voices by
# comparing it with that story's members only, and a story whose members changed otherwise (a merge, a split, an
# undo) is counted afresh. Reports and stories stored before it have none (NULL): counted afresh when opened.
_V10 = """
ALTER TABLE reports ADD COLUMN voice INTEGER;
ALTER TABLE stories ADD COLUMN voice_members INTEGER;
ALTER TABLE stories ADD COLUMN voice_sum INTEGER;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreVersionError(StorylineError):
    """The store was written by a newer storyline than this one."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the store at ``conn`` up to ``SCHEMA_VERSION``; returns the version it had.

    Each migration runs in its own transaction together with the version bump, so a
    crash mid-migration leaves the store at the previous version, intact.
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{path}: the store has schema version {found}, newer than this storyline understands "
            f"({SCHEMA_VERSION}); upgrade storyline (pip install -U storyline) to open it"
        )
    for version in range(found + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers hold ';' inside BEGIN ... END)."""
    out: list[str] = []
    buf = ""
    for line in script.strip().splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
