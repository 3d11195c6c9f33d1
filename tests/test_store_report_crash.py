"""A report whose clustering or store write raises is skipped with its reason; its batch is kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.story_fixtures import write_jsonl

import storyline.store.api as api
import storyline.stories.online as online
from storyline.model import Document
from storyline.pipeline import clean_all
from storyline.store import Store
from storyline.store.api import BATCH
from storyline.stories import MemoryIndex, assign, report_terms
from storyline.stories.vectors import report_cues


def _docs(tmp_path: Path, n: int) -> list[Document]:
    from storyline.ingest import read_inputs

    raws, _ = read_inputs([write_jsonl(tmp_path / "feed.jsonl", n)])
    docs, skipped = clean_all(raws)
    assert not skipped and len(docs) == n
    return docs


def _memory_stories(docs: list[Document]) -> set[frozenset[str]]:
    index = MemoryIndex()
    out: dict[int, set[str]] = {}
    for d in docs:
        a = assign(index, report_terms(d.text, d.title), d.published, cues=report_cues(d.text, d.title))
        out.setdefault(a.story, set()).add(d.id)
    return {frozenset(v) for v in out.values()}


def _stored_stories(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in store.stories()}


def _crash_on(victim: str, real: Callable[..., Any], key: Callable[..., str]) -> Callable[..., Any]:
    def crashing(*args: Any, **kwargs: Any) -> Any:
        if key(*args, **kwargs) == victim:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    return crashing


def _add_in_batches(store: Store, docs: list[Document]) -> api.AddResult:
    result = api.AddResult()
    for i in range(0, len(docs), BATCH):
        store.add_documents(docs[i : i + BATCH], result)
    return result


def test_a_report_whose_store_write_crashes_is_skipped_and_its_batch_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs(tmp_path, 60)
    victim = docs[BATCH + 7]  # in the middle of the second batch, after its clustering ran
    titles = {d.title: d.id for d in docs}
    # the write of the report's row fails after assignment had updated a story and the counts
    monkeypatch.setattr(api.Store, "_free_id", _crash_on(victim.id, api.Store._free_id, lambda _s, doc_id: doc_id))
    with Store(tmp_path / "s.db") as store:
        result = _add_in_batches(store, docs)
        assert [(s.input, s.reason) for s in result.skipped] == [(victim.id, "internal error in store: RuntimeError")]
        assert result.added == len(docs) - 1 and store.counts()["reports"] == len(docs) - 1
        assert victim.id not in {d for d, _ in result.joined} and titles[victim.title] == victim.id
        kept = [d for d in docs if d.id != victim.id]
        # the rolled-back report left no trace: counts and stories as if it had never been read
        assert store.index.documents() == len(kept)
        assert _stored_stories(store) == _memory_stories(kept)
        df = dict(store.conn.execute("SELECT term, df FROM terms WHERE df > 0").fetchall())
    expected: dict[str, int] = {}
    for d in kept:
        for t in report_terms(d.text, d.title):
            expected[t] = expected.get(t, 0) + 1
    assert df == expected


def test_a_report_whose_clustering_crashes_is_skipped_and_a_later_add_still_clusters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs(tmp_path, 40)
    victim = docs[BATCH - 3]  # the 23rd report: weigh is called once per report, inside assign
    calls = {"n": 0}
    real_weigh = online.weigh

    def weigh(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == BATCH - 2:
            raise ValueError("boom")
        return real_weigh(*args)

    monkeypatch.setattr(online, "weigh", weigh)
    db = tmp_path / "s.db"
    with Store(db) as store:
        result = _add_in_batches(store, docs[:30])
    assert [(s.input, s.reason) for s in result.skipped] == [
        (victim.id, "internal error in story clustering: ValueError")]
    monkeypatch.setattr(online, "weigh", real_weigh)
    with Store(db) as store:  # a new writer reads the counts the first one committed
        later = _add_in_batches(store, docs[30:])
        assert later.added == 10 and not later.skipped
        assert _stored_stories(store) == _memory_stories([d for d in docs if d.id != victim.id])
    assert calls["n"] == 30


def test_a_store_wide_failure_still_ends_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked or full store is not one report's fault: the batch is rolled back and the error raised."""
    docs = _docs(tmp_path, 6)

    def full(*_a: Any, **_k: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    with Store(tmp_path / "s.db") as store:
        store.add_documents(docs[:3])
        monkeypatch.setattr(api.Store, "_original_of", full)
        with pytest.raises(sqlite3.OperationalError):
            store.add_documents(docs[3:])
        assert store.counts()["reports"] == 3
