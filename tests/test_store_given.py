"""`stories --recluster` keeps the stories an input named (a cluster JSONL's clusters, a Multi-News file's
parts) whole and apart, as `add` keeps them: the store keeps each report's input story (schema version 8,
``reports.given_story``). The reports are our own text (``story_fixtures``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import old_version_store
from tests.story_fixtures import write_folder, write_named_stories

from storyline.store import SCHEMA_VERSION, Store


def _groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in store.stories()}


def test_add_keeps_each_reports_input_story(tmp_path: Path) -> None:
    multinews, clusters = write_named_stories(tmp_path)
    with Store(tmp_path / "s.db") as store:
        store.add([multinews, clusters])
        rows = dict(store.conn.execute("SELECT doc_id, given_story FROM reports").fetchall())
    assert rows == {"multinews.txt#1": "multinews.txt", "multinews.txt#2": "multinews.txt",
                    "multinews.txt#3": "multinews.txt",
                    "clusters.jsonl#A/1": "A", "clusters.jsonl#A/2": "A",
                    "clusters.jsonl#B/1": "B", "clusters.jsonl#B/2": "B"}


def test_recluster_keeps_input_named_stories_whole_and_apart(tmp_path: Path) -> None:
    multinews, clusters = write_named_stories(tmp_path)
    named = {frozenset({"multinews.txt#1", "multinews.txt#2", "multinews.txt#3"}),
             frozenset({"clusters.jsonl#A/1", "clusters.jsonl#A/2"}),
             frozenset({"clusters.jsonl#B/1", "clusters.jsonl#B/2"})}
    with Store(tmp_path / "s.db") as store:
        store.add([multinews, clusters])  # one add keeps the inputs' stories whole and apart
        assert _groups(store) == named
        n, before, after = store.recluster()
        assert (n, before, after) == (7, 3, 3)
        assert _groups(store) == named


def test_recluster_still_clusters_reports_no_input_named(tmp_path: Path) -> None:
    multinews, clusters = write_named_stories(tmp_path)
    with Store(tmp_path / "s.db") as store:
        store.add([clusters])
        store.add([write_folder(tmp_path / "in", per_topic=2)])
        before = _groups(store)
        store.recluster()
        after = _groups(store)
    for group in ({"clusters.jsonl#A/1", "clusters.jsonl#A/2"}, {"clusters.jsonl#B/1", "clusters.jsonl#B/2"}):
        assert any(group <= g for g in after)  # whole
    assert not any({"clusters.jsonl#A/1", "clusters.jsonl#B/1"} <= g for g in after)  # and apart
    free = {d for g in before for d in g if d.endswith(".txt")}
    assert len(free) == 4 and free == {d for g in after for d in g if d.endswith(".txt")}  # two were duplicates
    assert any({"transfer-0.txt", "transfer-1.txt"} <= g for g in after)


def test_a_store_of_the_last_version_opens_and_its_reports_are_clustered_freely(tmp_path: Path) -> None:
    db = tmp_path / "v7.db"
    old_version_store(db, 7)
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 7
    c.close()
    _, clusters = write_named_stories(tmp_path)
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 10
        assert store.conn.execute("SELECT given_story FROM reports WHERE doc_id = 'old.txt'").fetchone() == (None,)
        store.add([clusters])
        assert store.recluster()[0] == 5
        groups = _groups(store)
    assert {"clusters.jsonl#A/1", "clusters.jsonl#A/2"} in [set(g) & {"clusters.jsonl#A/1", "clusters.jsonl#A/2"}
                                                            for g in groups]
    assert any("old.txt" in g for g in groups)
