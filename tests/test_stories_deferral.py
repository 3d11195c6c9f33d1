"""Deferral (round 13 of bench/STORIES_EXPERIMENTS.md; ``ClusterSettings.defer_*``, ``stories.defer``, off by
default): a report whose story is unclear starts a provisional story and is decided once more reports came in."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.story_fixtures import stream, write_jsonl

from storyline.store import Store
from storyline.stories import ClusterSettings, MemoryIndex, assign, assign_in_order, report_terms
from storyline.stories.defer import UNTIL_PASS, recheck, settle

EVERY = ClusterSettings(threshold=0.4, defer_k=2, defer_ratio=0.01, defer_low=0.01)
"""Holds nearly every report whose story is not plain (a high threshold: many are not): the tests want many held."""


def _words(*groups: str) -> Counter[str]:
    return Counter(w for g in groups for w in g.split())


def test_deferral_is_off_by_default() -> None:
    assert ClusterSettings().defer_k == 0
    index = MemoryIndex()
    for c in (_words("aa bb cc dd"), _words("aa bb ee ff")):
        assert not assign(index, c).held
    assert index.held(10**9) == []


def test_an_unclear_report_is_held_in_a_provisional_story_then_joins_the_story_later_reports_grew() -> None:
    settings = ClusterSettings(threshold=0.2, defer_k=2, defer_ratio=0.95, merge_small=0)
    index = MemoryIndex()
    x = assign(index, _words("flood river town rain"), settings=settings).story
    y = assign(index, _words("vote poll party count"), settings=settings).story
    held = assign(index, _words("flood river vote poll"), settings=settings)  # as close to x as to y
    assert held.held and held.new and held.story not in (x, y)
    assert index.held(index.documents()) == [(held.story, 3)]
    assert settle(index, settings) == {}  # not due: no report came in since
    # later reports of x bridge: the flood delays the vote
    assert assign(index, _words("flood river town rain vote"), settings=settings).story == x
    assert settle(index, settings) == {}
    assert assign(index, _words("flood river town rain vote"), settings=settings).story == x  # two came in

    assert settle(index, settings) == {held.story: x}
    assert index.resolve(held.story) == x and index.story(x).size == 4
    assert index.held(10**9) == []


def _mixed() -> list[tuple[Counter[str], None, None]]:
    """The fixtures' three stories, every third report half of one story and half of another."""
    texts = [text for _, _, text in stream(12)]
    for i in range(0, len(texts), 3):
        a, b = texts[i].split("\n\n"), texts[(i + 1) % len(texts)].split("\n\n")
        texts[i] = "\n\n".join(a[:2] + b[:2])
    return [(report_terms(t), None, None) for t in texts]


def test_every_held_report_ends_in_a_live_story() -> None:
    reports = _mixed()
    index = MemoryIndex()
    held = 0
    for counts, _, _ in reports:
        held += assign(index, counts, settings=EVERY).held
        settle(index, EVERY)
    settle(index, EVERY, final=True)
    assert held > 0 and index.held(10**9) == []
    assert sum(s.size for s in index.stories.values()) == len(reports)
    stories = assign_in_order(reports, replace(EVERY, defer_pass=True), every=7)  # type: ignore[arg-type]
    assert len(stories) == len(reports) and all(isinstance(s, int) for s in stories)


def _sizes(store: Store) -> tuple[int, int, int]:
    c = store.conn
    return (c.execute("SELECT count(*) FROM reports").fetchone()[0],
            c.execute("SELECT coalesce(sum(reports), 0) FROM stories WHERE merged_into IS NULL").fetchone()[0],
            c.execute("SELECT count(*) FROM reports WHERE story IN (SELECT id FROM stories WHERE merged_into IS NOT "
                      "NULL)").fetchone()[0])


def test_held_state_is_stored_so_a_new_process_decides_what_an_earlier_add_held(tmp_path: Path) -> None:
    first, second = write_jsonl(tmp_path / "a.jsonl", 18), tmp_path / "b.jsonl"
    lines = write_jsonl(tmp_path / "all.jsonl", 36).read_text().splitlines()
    second.write_text("\n".join(lines[18:]) + "\n")
    settings = replace(EVERY, defer_k=4)
    db = tmp_path / "s.db"
    with Store(db, settings=settings) as store:
        store.add([first])
        held = store.index.held(10**9)
        assert held  # held across the add's end (not due yet, not decided at the pass)
    with Store(db, settings=settings) as store:  # as after a kill: the held stories are read from the store
        assert store.index.held(10**9) == held
        store.add([second])
        left = {s for s, _ in store.index.held(10**9)}
        assert not {s for s, _ in held} & left  # the earlier holds were decided by this add
        n, in_stories, orphans = _sizes(store)
        assert n == 36 and in_stories == 36 and orphans == 0  # every report in exactly one live story
        assert sorted(d for s in store.stories() for d in s.documents) == sorted(f"a{i}" for i in range(36))


def test_adding_the_same_inputs_again_changes_nothing_with_deferral_on(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", 24)
    with Store(tmp_path / "s.db", settings=EVERY) as store:
        store.add([feed])
        before = store.stories_json()
        held = store.index.held(10**9)
        again = store.add([feed])
        assert again.added == 0 and again.duplicates == 24
        assert store.stories_json() == before and store.index.held(10**9) == held


def in_memory_stories(docs: list[Any], settings: ClusterSettings) -> set[frozenset[str]]:
    """The stories ``assign_in_order`` gives the cleaned reports in one add, as sets of document ids: what a store
    fed the same reports must give."""
    from storyline.stories.vectors import lead_embedding, report_cues

    want = assign_in_order([(report_terms(d.text, d.title), d.published,
                             report_cues(d.text, d.title)._replace(embedding=lead_embedding(d.text, d.title)))
                            for d in docs], settings)
    groups: dict[int, set[str]] = {}
    for d, s in zip(docs, want, strict=True):
        groups.setdefault(s, set()).add(d.id)
    return set(map(frozenset, groups.values()))


@pytest.mark.parametrize("recheck_at_pass", [False, True])
def test_the_store_gives_the_in_memory_stories_with_deferral_on(tmp_path: Path, recheck_at_pass: bool) -> None:
    from storyline.pipeline import clean_all

    settings = replace(EVERY, defer_k=3, defer_pass=True, defer_recheck=100 if recheck_at_pass else 0)
    feed = write_jsonl(tmp_path / "feed.jsonl", 30)
    raws, _ = __import__("storyline.ingest", fromlist=["read_inputs"]).read_inputs([feed])
    docs, _ = clean_all(raws)
    with Store(tmp_path / "s.db", settings=settings) as store:
        store.merge_pass(store.add_documents(docs))
        got = {frozenset(s.documents) for s in store.stories()}
        assert store.index.held(10**9) == []  # the pass decided them all
    assert got == in_memory_stories(docs, settings)


def test_a_report_rolled_back_after_it_was_held_leaves_no_hold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """The hold is written in the report's own transaction: a report that fails after ``assign`` held it is
    skipped, and its hold goes with it (as a kill before the commit takes the whole batch with its holds)."""
    from storyline.pipeline import clean_all

    raws, _ = __import__("storyline.ingest", fromlist=["read_inputs"]).read_inputs([write_jsonl(tmp_path / "f.jsonl",
                                                                                               18)])
    docs, _ = clean_all(raws)
    real = Store._original_of
    failed: list[int] = []

    def failing(self: Store, story: int, sig: object) -> int | None:
        if not failed and story in dict(self.index.held(10**9)):
            failed.append(story)
            raise RuntimeError("fails after the hold")
        return real(self, story, sig)

    monkeypatch.setattr(Store, "_original_of", failing)
    with Store(tmp_path / "s.db", settings=EVERY) as store:
        for d in docs:
            result = store.add_documents([d])
            if failed and result.skipped:  # this report was held, then failed: nothing of it is left
                assert not store.conn.execute("SELECT 1 FROM stories WHERE id = ?", (failed[0],)).fetchone()
                assert all(at <= store.index.documents() for _, at in store.index.held(10**9))
                assert failed[0] not in dict(store.index.held(10**9))
                break
        else:
            raise AssertionError("no held report")
        n, in_stories, orphans = _sizes(store)
        assert n == in_stories and orphans == 0


RECHECK = ClusterSettings(threshold=0.3, defer_k=1, defer_ratio=0.9, defer_apart=0.9, merge_small=0, defer_recheck=100)


def _unclear_then_grown(settings: ClusterSettings) -> tuple[MemoryIndex, int, int]:
    """A report as close to a flood story as to a vote story, decided while still so (it stays apart), then two
    flood reports that also name the vote: the flood story has grown towards it. Returns the index, the held
    report's story and the flood story."""
    index = MemoryIndex()
    x = assign(index, _words("flood river town rain dam levee"), settings=settings).story
    assign(index, _words("vote poll party count seat mayor"), settings=settings)
    held = assign(index, _words("flood river vote poll"), settings=settings)
    assert held.held
    assign(index, _words("cat dog fish bird"), settings=settings)
    assert settle(index, settings) == {}  # decided: the two still score close, it stays
    for text in ("flood river vote poll town rain dam", "flood river vote poll town rain levee"):
        assert assign(index, _words(text), settings=settings).story == x
        assert settle(index, settings) == {}
    return index, held.story, x


def test_without_recheck_a_report_decided_while_unclear_stays_apart_for_good() -> None:
    index, held, _ = _unclear_then_grown(replace(RECHECK, defer_recheck=0))
    assert index.held(UNTIL_PASS) == [] and recheck(index, replace(RECHECK, defer_recheck=0)) == {}
    assert index.resolve(held) == held


def test_recheck_decides_a_story_held_until_the_pass_again_against_the_grown_stories() -> None:
    index, held, x = _unclear_then_grown(RECHECK)
    assert index.held(UNTIL_PASS) == [(held, UNTIL_PASS)]  # decided once, held until the pass: settle leaves it
    assert settle(index, RECHECK, final=True) == {}
    assert recheck(index, RECHECK, keep=frozenset({held})) == {}  # an input named it: never moved
    index.hold(held, UNTIL_PASS)
    assert recheck(index, RECHECK) == {held: x}
    assert index.resolve(held) == x and index.story(x).size == 4 and index.held(UNTIL_PASS) == []


def test_recheck_with_the_embedding_asked_does_not_join_stories_whose_lead_embeddings_are_unknown() -> None:
    index, held, _ = _unclear_then_grown(RECHECK)
    assert recheck(index, replace(RECHECK, defer_recheck_embed=0.4)) == {}
    assert index.resolve(held) == held and index.held(UNTIL_PASS) == []


def test_recheck_tests_the_whole_story_a_held_report_is_part_of_now() -> None:
    """The merge pass merged the held report's story into another (as its names rule merges two young stories):
    that story is decided, as one."""
    from storyline.stories.index import combined

    index, held, x = _unclear_then_grown(RECHECK)
    w = assign(index, _words("flood river levee storm"), settings=RECHECK, avoid=frozenset(index.stories)).story
    state = combined(index.story(w), index.story(held), index.embedding(w), index.embedding(held))
    index.save_story(state, list(state.centroid))
    index.retire(held, w)
    assert recheck(index, RECHECK) == {w: x}
    assert index.resolve(held) == x and index.story(x).size == 5


def test_with_recheck_an_add_leaves_no_story_held_until_the_pass(tmp_path: Path) -> None:
    settings = replace(EVERY, defer_recheck=100)
    with Store(tmp_path / "s.db", settings=settings) as store:
        store.add([write_jsonl(tmp_path / "feed.jsonl", 30)])
        assert all(at < UNTIL_PASS for _, at in store.index.held(UNTIL_PASS))
        n, in_stories, orphans = _sizes(store)
        assert n == in_stories == 30 and orphans == 0
