"""The story store: idempotent add, crash safety, migrations, concurrent readers, skips, cached briefs."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests.conftest import DEMO, ROOT, old_version_store
from tests.story_fixtures import undo_scene, write_folder, write_jsonl

import storyline
from storyline.errors import StorylineError
from storyline.store import SCHEMA_VERSION, Store, StoreVersionError, UnknownStory
from storyline.store.api import BATCH

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args: str, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess[bytes]:
    """A hang guard, not a timing assert: a resumed add of over a thousand reports gets more on a loaded machine."""
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True, env=env or ENV,
                          cwd=ROOT, timeout=timeout)


def test_add_groups_reports_into_stories_and_is_idempotent(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", per_topic=3)
    with Store(tmp_path / "s.db") as store:
        first = store.add([folder])
        assert (first.added, first.duplicates, len(first.new_stories)) == (9, 0, 3)
        before = [(s.id, s.version, s.documents) for s in store.stories()]
        again = store.add([folder])
        assert (again.added, again.duplicates, len(again.new_stories), len(again.updated_stories)) == (0, 9, 0, 0)
        assert [(s.id, s.version, s.documents) for s in store.stories()] == before
        assert store.counts() == {"reports": 9, "stories": 3}
        for s in store.stories():
            assert len({d.split("-")[0] for d in s.documents}) == 1  # one topic per story
            assert s.reports == 3 and 1 <= s.independent_sources <= 3  # fixture reports share sentences


def test_a_later_add_joins_the_stories_already_there(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", per_topic=4)
    files = sorted(folder.iterdir())
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([f for f in files if not f.name.endswith("-3.txt")])
    with Store(db) as store:
        later = store.add([f for f in files if f.name.endswith("-3.txt")])
        assert later.added == 3 and not later.new_stories and len(later.updated_stories) == 3
        assert sorted(s.reports for s in store.stories()) == [4, 4, 4]


def test_same_id_different_text_is_kept_under_a_new_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_folder(a, 1)
    write_folder(b, 2)  # b holds flood-0.txt etc. again (same text) and flood-1.txt …
    (b / "flood-0.txt").write_text("Forecasters warned that more heavy rain was expected over the Varne valley. "
                                   "The mayor of Kelbridge called it the worst flood in sixty years.\n")
    with Store(tmp_path / "s.db") as store:
        store.add([a])
        r = store.add([b])
        assert r.added == 4 and r.duplicates == 2
        ids = [d for s in store.stories() for d in s.documents]
        assert "flood-0.txt" in ids and "flood-0.txt~2" in ids


def test_a_duplicate_under_another_name_says_which_report_it_repeats(tmp_path: Path) -> None:
    """`copy.txt`, the same text as `flood-0.txt`, was only counted ("duplicates 1"): the user could not tell
    which input was not stored, nor why. A duplicate of a report stored under its own name says nothing."""
    folder = write_folder(tmp_path / "in", 1)
    (folder / "copy.txt").write_bytes((folder / "flood-0.txt").read_bytes())
    with Store(tmp_path / "s.db") as store:
        r = store.add([folder])
        story = dict(r.joined)["flood-0.txt"]
        assert (r.added, r.duplicates) == (3, 1)
        assert [(n.input, n.note) for n in r.notes] == [
            ("flood-0.txt", f"the same text as copy.txt, stored in story {story}; counted as a duplicate, "
                            "not stored again")]
        again = store.add([folder])
        assert again.duplicates == 4 and [n.input for n in again.notes] == ["flood-0.txt"]
    out = run("add", str(folder), "--db", str(tmp_path / "s.db"))
    assert (f"storyline: note: flood-0.txt: the same text as copy.txt, stored in story {story}"
            in out.stderr.decode())


def test_json_articles_keep_their_own_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", 6)
    with path.open("a", encoding="utf-8") as fh:  # a repeated id with new text
        fh.write(json.dumps({"id": "a0", "text": "The mayor of Kelbridge, Anna Rowe, called the flood the worst "
                                                 "the town had seen in sixty years. Boats rescued families."}) + "\n")
    with Store(tmp_path / "s.db") as store:
        store.add([path])
        ids = sorted(d for s in store.stories() for d in s.documents)
        assert ids == ["a0", "a0~2", "a1", "a2", "a3", "a4", "a5"]


def test_every_skip_reason_is_reported_as_brief_reports_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "blank.txt").write_text("   \n\t\n")
    (bad / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "sheet.xlsx").write_bytes(b"PK\x03\x04 not really")
    (bad / "broken.json").write_text('{"title": "x", "text": ')
    (bad / "lines.jsonl").write_text('{"id": "ok1", "text": "too short"}\nnot json\n42\n{"title": "no text"}\n')
    (bad / "big.txt").write_text("word " * 3000)
    (bad / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    (bad / "german.txt").write_text("Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln für alle "
                                    "Bürger gelten sollen, und der Minister erklärte die Gründe im Parlament. " * 3)
    (bad / "furniture.txt").write_text("Share on Facebook\nFollow us on Twitter\nAll rights reserved.\n")
    (bad / "long.txt").write_text(" ".join(["The council met again today to discuss the river flood."] * 60))
    (bad / "mn.txt").write_text("Floodwaters reached the town hall on Tuesday morning, officials said. |||||   ")
    inputs = [str(DEMO), str(bad), str(tmp_path / "missing.txt")]
    briefed = storyline.briefs(inputs, max_bytes=10_000, max_chars=2_000)
    expected = {(s.input, s.reason) for s in briefed[0].skipped}
    assert len(expected) >= 13
    with Store(tmp_path / "s.db") as store:
        result = store.add(inputs, max_bytes=10_000, max_chars=2_000)
    assert {(s.input, s.reason) for s in result.skipped} == expected
    assert result.added == sum(len(b.documents) for b in briefed)
    proc = run("add", str(bad), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "cli.db"),
               "--max-bytes", "10000", "--max-chars", "2000")
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err and "added 1," in proc.stdout.decode()  # mn.txt#1
    for s in result.skipped:
        assert f"storyline: skipped {s.input}: {s.reason}" in err
    nothing = run("add", str(bad / "empty.txt"), "--db", str(tmp_path / "cli.db"))
    assert nothing.returncode == 2 and "added 0, duplicates 0, skipped 1" in nothing.stdout.decode()


def test_kill_9_during_add_loses_nothing_committed_and_the_next_add_completes(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", 1500)
    db = tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "add", str(feed), "--db", str(db), "--no-progress"],
                            env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    committed = 0
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as c:
                    committed = c.execute("SELECT count(*) FROM reports").fetchone()[0]
            except sqlite3.OperationalError:
                committed = 0
            if committed >= 2 * BATCH:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "add finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = c.execute("SELECT count(*) FROM reports").fetchone()[0]
        assert kept >= committed and kept % BATCH == 0 and kept < 1500
        orphans = c.execute("SELECT count(*) FROM reports WHERE story NOT IN (SELECT id FROM stories)").fetchone()
        assert orphans[0] == 0
        sizes = c.execute("SELECT sum(reports) FROM stories").fetchone()[0]
        assert sizes == kept  # story sizes agree with the reports committed with them
    resumed = run("add", str(feed), "--db", str(db), "--no-progress", timeout=900)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"added {1500 - kept}, duplicates {kept}, skipped 0" in resumed.stdout.decode()
    with Store(db) as store:
        assert store.counts()["reports"] == 1500
        assert sorted(d for s in store.stories() for d in s.documents) == sorted(f"a{i}" for i in range(1500))


V1_SCHEMA = """
CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
    updated TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, reports INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0, first_published TEXT, last_published TEXT,
    centroid BLOB NOT NULL, merged_into INTEGER REFERENCES stories(id));
CREATE TABLE reports (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,
    story INTEGER NOT NULL REFERENCES stories(id), title TEXT NOT NULL DEFAULT '', outlet TEXT, url TEXT,
    published TEXT, text TEXT NOT NULL, input TEXT, added TEXT NOT NULL, features BLOB NOT NULL,
    signature BLOB NOT NULL, copy_of INTEGER REFERENCES reports(id));
CREATE INDEX reports_story ON reports(story);
CREATE TABLE removed (report INTEGER NOT NULL REFERENCES reports(id), position INTEGER NOT NULL, text TEXT NOT NULL,
    reason TEXT NOT NULL, PRIMARY KEY (report, position)) WITHOUT ROWID;
CREATE TABLE terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL DEFAULT 0);
CREATE TABLE postings (term INTEGER NOT NULL, story INTEGER NOT NULL, PRIMARY KEY (term, story)) WITHOUT ROWID;
CREATE INDEX postings_story ON postings(story);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE briefs (story INTEGER NOT NULL REFERENCES stories(id), words INTEGER NOT NULL,
    story_version INTEGER NOT NULL, builder TEXT NOT NULL, built TEXT NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (story, words));
PRAGMA user_version = 1;
"""


def test_a_store_of_the_previous_schema_version_opens_and_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    with sqlite3.connect(db) as c:
        c.executescript(V1_SCHEMA)
        c.execute("INSERT INTO stories(id, title, created, updated, reports, centroid) "
                  "VALUES (1, 'Old flood story', '2025-01-01', '2025-01-01', 1, x'00000000')")
        c.execute("INSERT INTO reports(doc_id, content_hash, story, title, text, added, features, signature) "
                  "VALUES ('old.txt', 'h1', 1, 'Old flood', 'The Varne flooded Kelbridge again.', '2025-01-01', "
                  "x'', x'')")
        c.execute("INSERT INTO briefs VALUES (1, 200, 1, 'storyline 0.0.1', '2025-01-01', '{}')")
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 10
        (old,) = store.stories()
        assert old.title == "Old flood story" and old.documents == ["old.txt"]
        assert [s.id for s in store.stories(search="Kelbridge")] == ["1"]  # the FTS index covers old rows
        assert [s.id for s in store.stories(search="flood story")] == ["1"]
        store.add([write_folder(tmp_path / "in", 1)])
        assert store.counts()["reports"] == 4


def test_a_store_from_a_newer_storyline_is_refused_with_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as c:
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreVersionError, match="newer than this storyline.*upgrade storyline"):
        Store(db)
    proc = run("stories", "--db", str(db))
    assert proc.returncode == 2 and b"upgrade storyline" in proc.stderr and b"Traceback" not in proc.stderr


def test_not_a_store_and_missing_store_are_clear_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert b"cannot open as a storyline store" in run("stories", "--db", str(junk)).stderr
    proc = run("stories", "--db", str(tmp_path / "none.db"))
    assert proc.returncode == 2 and b"no such store" in proc.stderr and not (tmp_path / "none.db").exists()


def test_a_db_in_a_folder_that_does_not_exist_is_a_clear_error_and_makes_no_folders(tmp_path: Path) -> None:
    typo = tmp_path / "no-such-folder" / "s.db"
    with pytest.raises(StorylineError, match="no-such-folder does not exist"):
        Store(typo)
    assert not typo.parent.exists()


def test_readers_work_while_a_writer_holds_its_transaction(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([write_folder(tmp_path / "in", 2)])
    writer = Store(db)
    writer.conn.execute("BEGIN IMMEDIATE")
    writer.conn.execute("UPDATE stories SET title = 'uncommitted'")
    try:
        with Store(db) as reader:
            reader.conn.execute("PRAGMA busy_timeout = 0")  # a reader that had to wait would fail: database is locked
            rows = reader.stories()
            assert len(rows) == 3 and all(r.title != "uncommitted" for r in rows)
            assert reader.stories(search="Kelbridge")
    finally:
        writer.conn.execute("ROLLBACK")
        writer.close()


def test_listing_in_a_thread_while_an_add_runs(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    feed = write_jsonl(tmp_path / "feed.jsonl", 300)
    Store(db).close()
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def read() -> None:
        try:
            with Store(db) as reader:
                while not done.is_set():
                    seen.append(sum(s.reports for s in reader.stories()))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    t = threading.Thread(target=read)
    t.start()
    try:
        with Store(db) as writer:
            writer.add([feed])
    finally:
        done.set()
        t.join()
    assert not errors
    assert len(seen) > 1 and seen == sorted(seen)  # readers saw the store grow, batch by batch


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Wrap ``pipeline.build_brief`` so a test sees how often the store built a brief (not served it cached)."""
    import storyline.pipeline as pipeline

    calls: list[int] = []
    real = pipeline.build_brief

    def counting(*args: object, **kwargs: object) -> storyline.Brief:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_brief", counting)
    return calls


def test_brief_is_cached_until_the_story_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_folder(tmp_path / "in", 2)
    calls = _count_builds(monkeypatch)
    with Store(tmp_path / "s.db") as store:
        store.add([p for p in folder.iterdir() if p.name != "flood-1.txt"])
        sid = next(s.id for s in store.stories() if "flood-0.txt" in s.documents)
        b = store.brief(sid)
        assert b.story_id == sid and {d.id for d in b.documents} == {"flood-0.txt"}
        assert store.brief_text(sid, fmt="md") and "<html" in store.brief_text(sid, fmt="html").lower()
        assert store.brief(sid).to_dict() == b.to_dict() and len(calls) == 1
        store.add([folder / "flood-1.txt"])
        assert {d.id for d in store.brief(sid).documents} == {"flood-0.txt", "flood-1.txt"}
        assert len(calls) == 2
        with pytest.raises(UnknownStory):
            store.brief("999")


def test_a_brief_cached_by_other_code_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached brief keyed by version and model alone outlived a change of rule or template under the
    same version (usertest10: a story page kept its old claims table); the key holds the code's hash."""
    import storyline.store.api as api
    from storyline.settings import code_fingerprint

    assert len(code_fingerprint()) == 12 and code_fingerprint() == code_fingerprint()
    folder = write_folder(tmp_path / "in", 1)
    calls = _count_builds(monkeypatch)
    with Store(tmp_path / "s.db") as store:
        store.add(sorted(folder.iterdir()))
        sid = store.stories()[0].id
        store.brief(sid)
        store.brief(sid)
        assert len(calls) == 1
        monkeypatch.setattr(api, "code_fingerprint", lambda: "edited-code")
        store.brief(sid)
        assert len(calls) == 2


def test_cli_add_stories_and_brief_db(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", 2)
    env = {**ENV, "STORYLINE_DB": str(tmp_path / "env.db")}
    added = run("add", str(folder), env=env)
    assert added.returncode == 0, added.stderr.decode()
    assert added.stdout.decode().strip() == "added 6, duplicates 0, skipped 0, new stories 3, stories updated 0"
    listing = json.loads(run("stories", "--format", "json", env=env).stdout)
    assert listing["schema"] == "storyline.stories/1" and len(listing["stories"]) == 3
    for s in listing["stories"]:
        assert set(s) >= {"id", "title", "documents", "reports", "independent_sources", "first_published",
                          "last_published", "updated"}
    table = run("stories", "--search", "Ostland", env=env).stdout.decode().splitlines()
    found = json.loads(run("stories", "--search", "Ostland", "--format", "json", env=env).stdout)["stories"]
    assert len(found) == 1 and {d.split("-")[0] for d in found[0]["documents"]} == {"election"}
    assert table[0].startswith("id") and len(table) == 2 and table[1].startswith(f"{found[0]['id']} ")
    assert f"Untitled story ({found[0]['id']}): “" in table[1]  # as text.story_line names it (no doc id)
    out = tmp_path / "s.json"
    assert run("stories", "--format", "json", "-o", str(out), "--search", "nothing-like-this", env=env).returncode == 0
    assert json.loads(out.read_text())["stories"] == []
    sid = next(s["id"] for s in listing["stories"] if "flood-0.txt" in s["documents"])
    brief = run("brief", "--db", str(tmp_path / "env.db"), "--story", sid, "--format", "json")
    assert brief.returncode == 0, brief.stderr.decode()
    assert json.loads(brief.stdout)["story"]["id"] == sid
    bad = run("brief", "--db", str(tmp_path / "env.db"), "--story", "12345")
    assert bad.returncode == 2 and b"no story with id 12345" in bad.stderr
    assert b"(`storyline stories --db " in bad.stderr  # and where to see the ids
    assert run("brief", str(folder), "--db", str(tmp_path / "env.db")).returncode == 2  # PATH and --db: refused


def test_a_cached_brief_comes_back_exactly_as_built() -> None:
    from storyline.store.records import brief_from_dict

    built = storyline.brief([DEMO])
    assert built.claims and built.timeline and built.summary and built.entities  # the demo has no mapped places
    again = brief_from_dict(json.loads(built.to_json()))
    assert again.to_dict() == built.to_dict()
    assert again.to_markdown() == built.to_markdown() and again.to_html() == built.to_html()


def _feed_in_memory(tmp_path: Path) -> tuple[list[Any], dict[str, int]]:
    """A 120-report feed, cleaned, and the stories ``MemoryIndex`` gives it: what the store must reproduce."""
    from storyline.pipeline import clean_all
    from storyline.stories import MemoryIndex, assign, report_terms
    from storyline.stories.vectors import report_cues

    raws, _ = __import__("storyline.ingest", fromlist=["read_inputs"]).read_inputs(
        [write_jsonl(tmp_path / "feed.jsonl", 120)])
    docs, _ = clean_all(raws)
    index = MemoryIndex()
    memory = {d.id: assign(index, report_terms(d.text, d.title), d.published, cues=report_cues(d.text, d.title)).story
              for d in docs}
    return docs, memory


def test_the_store_assigns_exactly_as_the_in_memory_index(tmp_path: Path) -> None:
    """The SQLite index (with its caches across batches) must behave as ``MemoryIndex``."""
    docs, memory = _feed_in_memory(tmp_path)
    with Store(tmp_path / "s.db") as store:
        for i in range(0, len(docs), 7):
            store.add_documents(docs[i : i + 7])
        stored = {d: int(s) for d, s in store.add_documents([]).joined} or {
            d: int(s.id) for s in store.stories() for d in s.documents}
        assert store.index.documents() == len(docs)
    assert stored == memory


def test_the_store_assigns_as_the_in_memory_index_with_a_small_term_cache(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``TERM_CACHE`` the least recently used term ids are dropped and read again when needed: the
    stories (and the document frequencies the TF-IDF weights read) are what the in-memory index gives."""
    import storyline.store.sqlite as sqlite_store
    from storyline.stories import report_terms

    monkeypatch.setattr(sqlite_store, "TERM_CACHE", 60)
    docs, memory = _feed_in_memory(tmp_path)
    with Store(tmp_path / "s.db") as store:
        for i in range(0, len(docs), 7):
            store.add_documents(docs[i : i + 7])
        assert len(store.index.ids) <= 60 + max(len(report_terms(d.text, d.title)) for d in docs)
        stored = {d: int(s.id) for s in store.stories() for d in s.documents}
    assert stored == memory


def test_term_ids_read_and_create_a_reports_terms_in_one_statement_each(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """One SELECT for the terms not cached and one INSERT for the new ones, ids in the order given; an evicted
    term comes back with its id and its counts not yet written; a rolled-back report's terms are forgotten."""
    import storyline.store.sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "TERM_CACHE", 4)
    with Store(tmp_path / "s.db") as store:
        conn, index = store.conn, store.index
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -sqlite_store.PAGE_CACHE_KIB
        conn.execute("BEGIN IMMEDIATE")
        index.begin()
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        ids = index.term_ids(["flood", "river", "flood", "levee"])
        conn.set_trace_callback(None)
        assert [q.split()[0] for q in seen] == ["SELECT", "INSERT"]
        assert ids == {"flood": 1, "river": 2, "levee": 3}
        index.count_document([1, 2])
        index.term_ids(["alpha", "beta", "gamma"])  # past 4 terms: the least recently used go
        assert "flood" not in index.ids
        assert index.term_ids(["flood", "river"]) == {"flood": 1, "river": 2}  # read back, not created again
        assert index.frequencies([1, 2, 3]) == {1: 1, 2: 1, 3: 0}  # counts not yet written survive eviction
        conn.execute("SAVEPOINT report")
        index.mark()
        assert index.term_ids(["delta"]) == {"delta": 7}
        conn.execute("ROLLBACK TO report")
        index.undo()
        conn.execute("RELEASE report")
        assert index.term_ids(["epsilon"]) == {"epsilon": 7}  # the rolled-back id is free again, not cached
        index.flush()
        conn.execute("COMMIT")
        rows = dict(conn.execute("SELECT term, df FROM terms").fetchall())
    assert rows == {"flood": 1, "river": 1, "levee": 0, "alpha": 0, "beta": 0, "gamma": 0, "epsilon": 0}


def test_the_store_caps_posting_lists_as_the_in_memory_index(tmp_path: Path) -> None:
    """``posting_cap``: the SQLite query reads each term's newest stories as ``MemoryIndex`` does (same candidates,
    same order), capped or not."""
    from storyline.stories import MemoryIndex, StoryState

    memory = MemoryIndex()
    with Store(tmp_path / "s.db") as store:
        store.conn.execute("BEGIN IMMEDIATE")
        for sid in range(1, 31):
            signature = [t for t in range(1, 7) if sid % t == 0]  # term 1 in every story, term 6 in a few
            for index in (memory, store.index):
                index.save_story(StoryState(id=0, centroid={}, size=1), signature)
        for terms in ([1], [1, 2, 3], [2, 5, 6], [4, 6], [7]):
            for cap in (0, 1, 3, 10, 40):
                got = store.index.candidates(terms, 12, cap)
                assert got == memory.candidates(terms, 12, cap), (terms, cap)
                assert cap == 0 or len(got) <= cap * len(terms)
        store.conn.execute("COMMIT")


def test_a_report_whose_cleaning_crashes_is_skipped_with_its_reason_and_the_rest_is_added(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.store.prepare as prepare  # where the store cleans each report

    folder = write_folder(tmp_path / "in", 2)
    victim = sorted(folder.iterdir())[1].name
    real = prepare.clean_document

    def crashing(raw: storyline.RawDocument, counts: object = None) -> object:
        if raw.id.endswith(victim):
            raise RuntimeError("boom in cleaning")
        return real(raw, counts)  # type: ignore[arg-type]

    monkeypatch.setattr(prepare, "clean_document", crashing)
    total = len(list(folder.iterdir()))
    with Store(tmp_path / "s.db") as store:
        result = store.add([str(folder)])
        assert result.added == total - 1 and store.counts()["reports"] == total - 1
    (skip,) = result.skipped
    assert skip.input.endswith(victim) and skip.reason == "internal error in clean: RuntimeError"


def test_a_version_4_store_gets_its_lead_embeddings_when_the_merge_pass_needs_them(tmp_path: Path) -> None:
    from storyline.stories.vectors import lead_embedding

    db = tmp_path / "v4.db"
    old_version_store(db, 4)
    with Store(db) as store:
        assert store.index.story(1).embedding is None  # not kept by version 4
        store.conn.execute("BEGIN IMMEDIATE")
        vec = store.index.embedding(1)
        store.conn.execute("COMMIT")
        want = lead_embedding("The Varne flooded Kelbridge again.", "Old flood")
        assert vec is not None and np.array_equal(vec, want)
        blob = store.conn.execute("SELECT lead_embedding FROM reports WHERE doc_id = 'old.txt'").fetchone()[0]
        assert np.array_equal(np.frombuffer(blob, dtype=np.float32), want)  # kept: computed once
    with Store(db) as store:
        state = store.index.story(1)
        assert state.embedding is not None and np.array_equal(state.embedding, want)


def test_add_runs_the_merge_pass_as_the_in_memory_index(tmp_path: Path) -> None:
    """``Store.add`` (assignment per batch, then the merge pass) gives the in-memory stories."""
    from storyline.pipeline import clean_all
    from storyline.stories import ClusterSettings, MemoryIndex, assign, merge_small, report_terms, undo_merges
    from storyline.stories.vectors import lead_embedding, report_cues

    feed = write_jsonl(tmp_path / "feed.jsonl", 60)
    raws, _ = __import__("storyline.ingest", fromlist=["read_inputs"]).read_inputs([feed])
    docs, _ = clean_all(raws)
    index, merging = MemoryIndex(), ClusterSettings(merge_small=1)
    got = {d.id: assign(index, report_terms(d.text, d.title), d.published, merging,
                        report_cues(d.text, d.title)._replace(embedding=lead_embedding(d.text, d.title))).story
           for d in docs}
    merge_small(index, set(got.values()), merging)
    undo_merges(index, merging)
    with Store(tmp_path / "s.db", settings=merging) as store:
        result = store.add([feed])
        stored = {d: int(s) for d, s in result.joined}
        assert {d: int(s.id) for s in store.stories() for d in s.documents} == stored
        assert store.conn.execute("SELECT count(*) FROM reports WHERE lead_embedding IS NULL").fetchone()[0] == 0
    assert stored == {i: index.resolve(s) for i, s in got.items()}


def test_the_store_moves_a_merged_piece_with_its_reports_as_the_in_memory_index(tmp_path: Path) -> None:
    from storyline.stories import undo_merges

    with Store(tmp_path / "s.db") as store:
        index = store.index
        store.conn.execute("BEGIN IMMEDIATE")
        index.begin()
        h, p, o = undo_scene(index)
        for doc, first in (("h.txt", h), ("p.txt", p)):  # p.txt joined P, now in H since the merge
            store.conn.execute("INSERT INTO reports(doc_id, content_hash, story, first_story, text, added, features, "
                               "signature) VALUES (?, ?, ?, ?, 'x', '2026-01-01', x'', x'')", (doc, doc, h, first))
        assert index.pieces(0) == [p] and index.host(p) == h
        piece = index.piece(p)
        assert piece is not None and piece[0].size == 1 and piece[1] == [100]
        assert undo_merges(index) == {p: (h, o)}
        index.flush()
        store.conn.execute("COMMIT")
        where = dict(store.conn.execute("SELECT doc_id, story FROM reports").fetchall())
        assert where == {"h.txt": h, "p.txt": o} and store.resolve(p) == o
        assert index.story(h).size == 3 and index.story(o).size == 3


def test_a_version_6_store_opens_and_its_old_merges_are_never_undone(tmp_path: Path) -> None:
    db = tmp_path / "v6.db"
    old_version_store(db, 6)
    with sqlite3.connect(db) as c:  # a story merged into story 1 by a version-6 storyline
        c.execute("INSERT INTO stories(id, title, created, updated, reports, centroid, merged_into) "
                  "VALUES (2, 'Merged', '2025-01-01', '2025-01-01', 0, x'', 1)")
    c.close()
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 10
        assert store.conn.execute("SELECT first_story FROM reports WHERE doc_id = 'old.txt'").fetchone()[0] == 1
        assert store.index.pieces(-10**9) == [] and store.index.piece(2) is None  # no provenance: never moved
        assert store.resolve(2) == 1
        result = store.add([write_folder(tmp_path / "in", 1)])
        assert result.added == 3
        assert store.conn.execute("SELECT count(*) FROM reports WHERE first_story IS NULL").fetchone()[0] == 0


def test_interrupted_add_erases_its_bar_and_says_what_was_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C during `add` on a terminal: the tqdm bar is erased before the message (it used to run on
    after "… report/s]"), the message names the store and how to finish, and the exit status is 130."""
    from storyline.cli import main

    def interrupted_add(self: Store, inputs: object, **kw: object) -> object:
        progress = kw["progress"]
        assert callable(progress), "on a terminal, add draws a progress bar"
        tick = progress(10, 0)
        tick(3)
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "add", interrupted_add)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    db = tmp_path / "news.db"
    assert main(["add", str(tmp_path), "--db", str(db)]) == 130
    err = capsys.readouterr().err
    before, note = err.split("storyline: add interrupted", 1)
    assert "/10 [" in before and before.endswith(("\r", "\n")), repr(before[-80:])
    assert f"stay in {db}; run the same add again" in note and "storyline: interrupted (Ctrl-C)" in note
    assert "Traceback" not in err


def test_add_takes_exclude_as_brief_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`add` reads what `brief` reads, so it takes --exclude too (a folder with notes or a CSV in it)."""
    from storyline.cli import main

    first = sorted(p.name for p in DEMO.iterdir())[0]
    db = tmp_path / "x.db"
    assert main(["add", str(DEMO), "--exclude", first, "--db", str(db), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert f"storyline: skipped {first}: excluded by --exclude '{first}'" in err
    with Store(db) as store:
        stored = {d for row in store.stories() for d in row.documents}
    assert first not in stored and len(stored) == len(list(DEMO.iterdir())) - 1


def test_recluster_gives_what_one_add_of_the_whole_store_gives(tmp_path: Path) -> None:
    """Adds of one report each (the merge pass after every one), then ``recluster``: the stories of the
    in-memory index fed every report in stored order with one pass at the end; old ids lead to new stories."""
    from storyline.pipeline import clean_all
    from storyline.stories import assign_in_order, report_terms
    from storyline.stories.vectors import lead_embedding, report_cues

    feed = write_jsonl(tmp_path / "feed.jsonl", 30)
    raws, _ = __import__("storyline.ingest", fromlist=["read_inputs"]).read_inputs([feed])
    docs, _ = clean_all(raws)
    with Store(tmp_path / "s.db") as store:
        for d in docs:
            store.merge_pass(store.add_documents([d]))
        old = {d: int(s.id) for s in store.stories() for d in s.documents}
        n, before, after = store.recluster()
        assert n == len(docs) and before == len(set(old.values()))
        new = {d: int(s.id) for s in store.stories() for d in s.documents}
        assert len(set(new.values())) == after and set(new) == set(old)
        assert min(new.values()) > max(old.values())  # built afresh: new story rows
        assert all(store.resolve(o) in set(new.values()) for o in set(old.values()))  # old ids still lead somewhere
        assert store.conn.execute("SELECT count(*) FROM briefs").fetchone()[0] == 0
        again = store.add([feed])
        assert again.duplicates == len(docs) and again.added == 0
    want = assign_in_order([(report_terms(d.text, d.title), d.published,
                             report_cues(d.text, d.title)._replace(embedding=lead_embedding(d.text, d.title)))
                            for d in docs])
    groups: dict[int, set[str]] = {}
    for d, s in zip(docs, want, strict=True):
        groups.setdefault(s, set()).add(d.id)
    got: dict[int, set[str]] = {}
    for d, s in new.items():
        got.setdefault(s, set()).add(d)
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, got.values()))


def test_recluster_passes_never_see_the_old_clusterings_pieces(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A story an earlier merge pass had merged (a piece the undo pass may move) was still a piece while the
    recluster's own passes ran: the undo pass moved it (none of its reports: they are assigned afresh) and
    added its size to a new story's report count (`stories` listed 5 reports where 4 were, and the web
    app's "20 stories from 37 reports" of 35)."""
    from storyline.store import api

    folder = write_folder(tmp_path / "in", per_topic=2)
    with Store(tmp_path / "s.db") as store:
        store.add([folder])
        with store._writing():
            _, piece, _ = undo_scene(store.index)
        assert piece in store.index.pieces(0)
        seen: list[int] = []
        real = api.undo_merges

        def spy(index: Any, settings: Any) -> Any:
            seen.extend(index.pieces(0))
            return real(index, settings)

        monkeypatch.setattr(api, "undo_merges", spy)
        store.recluster()
        assert piece not in seen
        for s in store.stories():
            assert s.reports == len(s.documents)


def test_stories_recluster_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run("add", str(write_folder(tmp_path / "in", 2)), "--db", str(db), "-q").returncode == 0
    out = run("stories", "--db", str(db), "--recluster", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert b"reclustered 6 reports: 3 stories before, 3 now" in out.stderr
    assert len(json.loads(out.stdout)["stories"]) == 3


def test_a_recluster_that_fails_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.store.api

    with Store(tmp_path / "s.db") as store:
        store.add([write_folder(tmp_path / "in", 2)])
        before = store.stories_json()

        def broken(*args: object) -> dict[int, tuple[int, int]]:
            raise RuntimeError("killed here")

        monkeypatch.setattr(storyline.store.api, "undo_merges", broken)
        with pytest.raises(RuntimeError):
            store.recluster()
        assert store.stories_json() == before
        monkeypatch.undo()
        assert store.recluster()[0] == 6 and len(store.stories()) == 3


def test_add_keeps_the_stories_an_input_names_as_brief_does(tmp_path: Path) -> None:
    """A Multi-News file (its parts are one story) was 1 story in `brief` and 3 in `add`; a cluster file's
    stories were regrouped by `add`. The input's own stories are now the stored stories, whole and apart."""
    from tests.story_fixtures import write_named_stories

    from storyline.pipeline import find_stories

    multinews, clusters = write_named_stories(tmp_path)
    for path, expected in ((multinews, [3]), (clusters, [2, 2])):
        in_brief = find_stories(storyline.read_documents([path])[0])
        assert sorted(len(s.documents) for s in in_brief) == expected
        with Store(tmp_path / f"{path.stem}.db") as store:
            result = store.add([path])
            by_story: dict[str, set[str]] = {}
            for doc_id, sid in result.joined:
                by_story.setdefault(sid, set()).add(doc_id)
            assert {frozenset(d.id for d in s.documents) for s in in_brief} == set(map(frozenset, by_story.values()))
            assert len(store.stories()) == len(expected)
