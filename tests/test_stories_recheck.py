"""Deferral's recheck asking more (round 14 of bench/STORIES_EXPERIMENTS.md; off by default): the rare names the
merge pass asks (``defer_recheck_names``), and the recheck only after a large add (``defer_recheck_add``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.story_fixtures import write_jsonl
from tests.test_stories_deferral import EVERY, RECHECK, _mixed, _sizes, _unclear_then_grown, in_memory_stories

from storyline.store import Store
from storyline.stories import ClusterSettings, assign_in_order
from storyline.stories.defer import UNTIL_PASS, recheck
from storyline.stories.index import shared_rare_names


def test_the_new_recheck_options_are_off_by_default() -> None:
    assert ClusterSettings().defer_recheck_names == 0 and ClusterSettings().defer_recheck_add == 0


def test_with_names_asked_the_recheck_joins_only_stories_that_share_that_many_rare_names() -> None:
    settings = replace(RECHECK, defer_recheck_names=1)
    index, held, x = _unclear_then_grown(settings)
    assert recheck(index, settings) == {}  # no names noted: no evidence, it stays (and is released)
    assert index.resolve(held) == held and index.held(UNTIL_PASS) == []
    flood = index.term_ids(["flood"])["flood"]
    index.add_names(held, [flood])
    index.add_names(x, [flood])
    assert shared_rare_names(index, [flood], held, settings.merge_rare) == {x: 1}
    index.hold(held, UNTIL_PASS)
    assert recheck(index, replace(settings, defer_recheck_names=2)) == {}  # one shared name, two asked
    index.hold(held, UNTIL_PASS)
    assert recheck(index, settings) == {held: x}
    assert index.resolve(held) == x and index.held(UNTIL_PASS) == []


def test_a_name_in_more_stories_than_merge_rare_is_not_evidence() -> None:
    settings = replace(RECHECK, defer_recheck_names=1, merge_rare=1)  # "flood" is in several stored reports
    index, held, x = _unclear_then_grown(settings)
    flood = index.term_ids(["flood"])["flood"]
    index.add_names(held, [flood])
    index.add_names(x, [flood])
    index.hold(held, UNTIL_PASS)
    assert recheck(index, settings) == {}
    assert index.resolve(held) == held


def test_after_a_small_add_the_recheck_leaves_the_stories_as_decided() -> None:
    settings = replace(RECHECK, defer_recheck_add=10)
    index, held, x = _unclear_then_grown(settings)
    assert recheck(index, settings, added=9) == {}
    assert index.resolve(held) == held and index.held(UNTIL_PASS) == []  # released: decided for good
    index.hold(held, UNTIL_PASS)
    assert recheck(index, settings, added=10) == {held: x}
    index2, held2, x2 = _unclear_then_grown(settings)
    assert recheck(index2, settings) == {held2: x2}  # no add size given (a caller that does not count): rechecked


def test_in_memory_adds_smaller_than_defer_recheck_add_cluster_as_without_the_recheck() -> None:
    reports = _mixed()
    base = replace(EVERY, defer_pass=True)
    for every in (5, 9):
        without = assign_in_order(reports, base, every)  # type: ignore[arg-type]
        small = assign_in_order(reports, replace(base, defer_recheck=100, defer_recheck_add=every + 1),
                                every)  # type: ignore[arg-type]
        assert small == without
    once = assign_in_order(reports, replace(base, defer_recheck=100))  # type: ignore[arg-type]
    assert assign_in_order(reports, replace(base, defer_recheck=100, defer_recheck_add=len(reports))  # type: ignore[arg-type]
                           ) == once


@pytest.mark.parametrize("least", [30, 31])
def test_the_store_gives_the_in_memory_stories_with_the_recheck_options(tmp_path: Path, least: int) -> None:
    """One add of 30 reports: the recheck runs when ``defer_recheck_add`` is 30 and not when it is 31, in the
    store (which counts the add's new reports) as in memory."""
    from storyline.ingest import read_inputs
    from storyline.pipeline import clean_all

    settings = replace(EVERY, defer_k=3, defer_recheck=100, defer_recheck_add=least, defer_recheck_names=1)
    raws, _ = read_inputs([write_jsonl(tmp_path / "feed.jsonl", 30)])
    docs, _ = clean_all(raws)
    with Store(tmp_path / "s.db", settings=settings) as store:
        store.merge_pass(store.add_documents(docs))
        got = {frozenset(s.documents) for s in store.stories()}
        assert all(at < UNTIL_PASS for _, at in store.index.held(UNTIL_PASS))
        n, in_stories, orphans = _sizes(store)
        assert n == in_stories == 30 and orphans == 0
    assert got == in_memory_stories(docs, settings)
