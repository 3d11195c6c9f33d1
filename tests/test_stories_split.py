"""The split pass (``stories.split``): a story whose reports form two groups that share few words is cut in two;
a story told in parts is not. Made-up reports from one town: a dam inspection and an orchestra strike."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from storyline.model import Document
from storyline.store import Store
from storyline.stories import ClusterSettings, MemoryIndex, assign, assign_in_order, report_terms
from storyline.stories.split import cut_ratio, split_mixed, two_groups
from storyline.stories.vectors import report_cues

DAM = [
    "Engineers inspecting the Hollin dam above Velmore found cracks in the concrete of the spillway on Monday.",
    "The cracks in the Hollin dam spillway are wider than engineers expected, the water board said in Velmore.",
    "The water board lowered the Hollin reservoir while engineers measure the spillway cracks near Velmore.",
    "Engineers said the Hollin dam is safe but the spillway concrete must be repaired before the autumn rains.",
    "Velmore residents below the Hollin dam asked the water board to publish the engineers' spillway report.",
]
STRIKE = [
    "Musicians of the Velmore Philharmonic orchestra went on strike over wages, cancelling the weekend concert.",
    "The Velmore orchestra's musicians rejected the board's wage offer and the strike entered its second week.",
    "The conductor of the Velmore Philharmonic backed the striking musicians and called for higher wages.",
    "Ticket holders for the cancelled Philharmonic concerts in Velmore will be refunded while the strike lasts.",
]
ON = ClusterSettings(split_size=4, split_small=3, split_ratio=0.4)
"""The split pass on with the values round 20 chose (so the tests hold whatever the default)."""
MIXED = replace(ON, threshold=0.0, merge_small=0)
"""Every report joins any story it shares a word with: the two events end in one story, as online assignment
joins a second event's first report to a young story sharing its town."""


def _reports(texts: list[str]) -> list[tuple[dict[str, int], None, object]]:
    return [(report_terms(t), None, report_cues(t)) for t in texts]


def _interleaved() -> list[str]:
    return [DAM[0], STRIKE[0], DAM[1], STRIKE[1], DAM[2], STRIKE[2], DAM[3], STRIKE[3], DAM[4]]


def test_a_story_of_two_events_is_cut_along_them() -> None:
    texts = _interleaved()
    got = assign_in_order(_reports(texts), MIXED)  # type: ignore[arg-type]
    dam = {s for t, s in zip(texts, got, strict=True) if t in DAM}
    strike = {s for t, s in zip(texts, got, strict=True) if t in STRIKE}
    assert len(dam) == 1 and len(strike) == 1 and dam != strike
    assert len(set(assign_in_order(_reports(texts), replace(MIXED, split_size=0)))) == 1  # type: ignore[arg-type]


def test_a_story_told_in_parts_or_a_small_group_is_not_cut() -> None:
    assert len(set(assign_in_order(_reports(DAM), MIXED))) == 1  # type: ignore[arg-type]
    texts = [*DAM, STRIKE[0], STRIKE[1]]  # the strike's side would be two reports: under split_small
    assert len(set(assign_in_order(_reports(texts), MIXED))) == 1  # type: ignore[arg-type]
    texts = _interleaved()
    assert len(set(assign_in_order(_reports(texts), replace(MIXED, split_ratio=0.01)))) == 1  # type: ignore[arg-type]
    assert len(set(assign_in_order(_reports(texts), replace(MIXED, split_most=8)))) == 1  # type: ignore[arg-type]


def test_the_cut_states_are_what_assignment_would_have_grown() -> None:
    index = MemoryIndex()
    texts = _interleaved()
    story = {assign(index, report_terms(t), settings=MIXED, cues=report_cues(t)).story for t in texts}
    assert len(story) == 1
    (s,) = story
    cut = split_mixed(index, {s}, MIXED)
    assert set(cut) == {s}
    kept, new = index.story(s), index.story(cut[s])
    assert (kept.size, new.size) == (5, 4)  # the side of the first report (the dam's) keeps the id
    assert [m.report for m in index.members(cut[s])] == [2, 4, 6, 8]
    assert kept.lead and new.lead
    assert split_mixed(index, {s, cut[s]}, MIXED) == {}  # each side is one event now


def test_two_groups_and_the_cut_ratio() -> None:
    sim = np.array([[1, .9, .8, .1, .0], [.9, 1, .7, .0, .1], [.8, .7, 1, .1, .1], [.1, .0, .1, 1, .9],
                    [.0, .1, .1, .9, 1]], dtype=np.float64)
    groups = two_groups(sim)
    assert groups == [0, 0, 0, 1, 1]
    assert abs(cut_ratio(sim, groups) - (0.4 / 6) / 0.8) < 1e-9  # across .4 / 6 pairs; the lower within .8


def test_the_store_cuts_as_the_in_memory_index_does(tmp_path: Path) -> None:
    texts = _interleaved()
    docs = [Document(id=f"r{i}.txt", text=t) for i, t in enumerate(texts)]
    with Store(tmp_path / "s.db", settings=MIXED, window="off") as store:
        result = store.add_documents(docs)
        store.merge_pass(result)
        where = dict(result.joined)
        stories = store.conn.execute("SELECT id, reports FROM stories WHERE merged_into IS NULL AND reports > 0"
                                     ).fetchall()
        rows = dict(store.conn.execute("SELECT doc_id, story FROM reports").fetchall())
    assert where == {d: str(s) for d, s in rows.items()}
    dam = {rows[f"r{i}.txt"] for i, t in enumerate(texts) if t in DAM}
    strike = {rows[f"r{i}.txt"] for i, t in enumerate(texts) if t in STRIKE}
    assert len(dam) == 1 and len(strike) == 1 and dam != strike
    assert sorted(n for _, n in stories) == [4, 5]
    assert len(result.new_stories) == 2


def test_a_later_process_weighs_stored_reports_with_the_stored_frequencies(tmp_path: Path) -> None:
    """The split pass weighs members added by an earlier run: their terms' frequencies come from the store, not
    from this process's cache (which holds only the terms it looked up)."""
    docs = [Document(id=f"r{i}.txt", text=t) for i, t in enumerate(_interleaved())]
    with Store(tmp_path / "s.db", settings=MIXED, window="off") as store:
        store.merge_pass(store.add_documents(docs[:5]))
        tid, df = store.conn.execute("SELECT id, df FROM terms WHERE term = 'spillway'").fetchone()
    with Store(tmp_path / "s.db", settings=MIXED, window="off") as store:
        store.index.begin()
        assert tid not in store.index.df and store.index.frequencies([tid]) == {tid: df} and df >= 2
        store.merge_pass(store.add_documents(docs[5:]))
        rows = dict(store.conn.execute("SELECT doc_id, story FROM reports").fetchall())
    reports = _reports([d.text for d in docs])
    memory = assign_in_order(reports, MIXED, 5)  # type: ignore[arg-type]
    together = {(a, b) for a in range(9) for b in range(9) if memory[a] == memory[b]}
    assert together == {(a, b) for a in range(9) for b in range(9) if rows[f"r{a}.txt"] == rows[f"r{b}.txt"]}
