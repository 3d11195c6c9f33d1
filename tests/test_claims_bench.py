"""The claims bench wiring: every held-out gold file is well formed, has a claims_eval flag, a gate entry
and floors (no texts needed: the gold files hold labels and snippets only)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.conftest import ROOT, load_module

BENCH = ROOT / "bench"
# numbered order (heldout, heldout2, ..., heldout15), not the names' string order
HELDOUTS = sorted((BENCH / "claims").glob("heldout*.json"), key=lambda p: int(p.stem[len("heldout"):] or 1))
VERDICTS = {"agree", "differ", "contested", "single"}


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    import sys

    sys.path.insert(0, str(BENCH))  # claims_gate imports bench/_floors.py
    try:
        return load_module(BENCH / "claims_gate.py")
    finally:
        sys.path.remove(str(BENCH))


def _key(path: Path) -> str:
    return path.stem  # heldout, heldout2, ...


def test_there_are_fifteen_heldout_files() -> None:
    assert [p.name for p in HELDOUTS] == ["heldout.json", "heldout2.json", "heldout3.json", "heldout4.json",
                                          "heldout5.json", "heldout6.json", "heldout7.json",
                                          "heldout8.json", "heldout9.json", "heldout10.json",
                                          "heldout11.json", "heldout12.json", "heldout13.json",
                                          "heldout14.json", "heldout15.json"]


@pytest.mark.parametrize("path", HELDOUTS, ids=lambda p: p.stem)
def test_heldout_has_an_eval_flag_a_gate_entry_and_floors(path: Path, gate: ModuleType) -> None:
    ev = load_module(BENCH / "claims_eval.py")
    key = _key(path)
    assert getattr(ev, key.upper()) == path
    assert f'"--{key}"' in (BENCH / "claims_eval.py").read_text(encoding="utf-8")
    assert gate.GOLDS[key] == path
    floors = json.loads((BENCH / "claims_floors.json").read_text(encoding="utf-8"))[key]
    assert set(floors) == {"mentions_found", "groups_right", "verdicts_right"}
    assert all(0.0 < v <= 100.0 for v in floors.values())


def _problems(gold: dict[str, Any]) -> list[str]:
    out = []
    for c in gold["clusters"]:
        ids = [g["id"] for g in c["claims"]]
        if len(ids) != len(set(ids)):
            out.append(f"{c['id']}: duplicate group ids")
        for g in c["claims"]:
            docs = {m["doc"] for m in g["mentions"]}
            if g["verdict"] not in VERDICTS:
                out.append(f"{g['id']}: verdict {g['verdict']!r}")
            if g["verdict"] == "single" and len(docs) != 1:
                out.append(f"{g['id']}: single over {len(docs)} documents")
            if g["verdict"] == "agree" and len(docs) < 2:
                out.append(f"{g['id']}: agree inside one document")
            for m in g["mentions"]:
                n = len(m["snippet"].split())
                if not 3 <= n <= 12:
                    out.append(f"{g['id']}: snippet of {n} words")
                if not 0 <= m["doc"] < c["n_documents"]:
                    out.append(f"{g['id']}: doc {m['doc']} out of range")
                if g["verdict"] != "contested" and not isinstance(m.get("value"), (int, float)):
                    out.append(f"{g['id']}: mention without a value")
    return out


@pytest.mark.parametrize("path", HELDOUTS, ids=lambda p: p.stem)
def test_heldout_gold_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) >= {"about", "sources", "verdicts", "clusters"}
    assert _problems(gold) == []


def test_the_shape_check_can_fail() -> None:
    bad = {"clusters": [{"id": "X", "n_documents": 2, "claims": [
        {"id": "a", "verdict": "single", "mentions": [{"doc": 0, "value": 1, "snippet": "one two three"},
                                                       {"doc": 1, "value": 1, "snippet": "one two three"}]},
        {"id": "a", "verdict": "agree", "mentions": [{"doc": 2, "value": 1, "snippet": "too short"}]}]}]}
    probs = _problems(bad)
    assert any("duplicate" in p for p in probs)
    assert any("single over 2" in p for p in probs)
    assert any("agree inside one" in p for p in probs)
    assert any("snippet of 2 words" in p for p in probs)
    assert any("out of range" in p for p in probs)


def test_heldout_clusters_are_disjoint() -> None:
    """A held-out story is held out of every other gold file, the dev gold's ids included when present."""
    seen: dict[str, str] = {}
    files = list(HELDOUTS)
    dev = ROOT.parent / "shared" / "gold" / "claims-dev.json"
    if dev.exists():
        files.append(dev)
    for path in files:
        for c in json.loads(path.read_text(encoding="utf-8"))["clusters"]:
            assert c["id"] not in seen, f"{c['id']} in {seen.get(c['id'])} and {path.name}"
            seen[c["id"]] = path.name


def _split_gold() -> dict[str, Any]:
    """Five scored groups (two single, three multi-report) and one stretch group."""
    m = {"doc": 0, "value": 1, "snippet": "one two three"}
    return {"id": "C", "dataset": "x", "n_documents": 2, "claims": [
        {"id": "s-ok", "verdict": "single", "mentions": [m]},
        {"id": "s-miss", "verdict": "single", "mentions": [m, m]},
        {"id": "m-split", "verdict": "agree", "mentions": [m, {**m, "doc": 1}]},
        {"id": "m-verdict", "verdict": "differ", "mentions": [m, {**m, "doc": 1, "value": 2}]},
        {"id": "m-ok", "verdict": "agree", "mentions": [m, {**m, "doc": 1}, {**m, "optional": True}]},
        {"id": "st", "verdict": "agree", "stretch": True, "mentions": [m, {**m, "doc": 1}]}]}


def test_split_by_reports_reads_the_scorer_lines() -> None:
    ev = load_module(BENCH / "claims_eval.py")
    out = ("missed  s-miss: doc 0 'one two three' = 1\n"
           "split   m-split: over groups [[0], [1]]\n"
           "verdict m-verdict: 'agree', gold 'differ'\n"
           "missed  st: doc 0 'one two three' = 1\n"
           '{"mentions": 9}')
    parts = ev.split_by_reports(_split_gold(), out)
    single, multi = parts["single"], parts["multi"]
    assert (single.mentions, single.found, single.groups, single.groups_right, single.verdicts_right) == \
        (3, 2, 2, 1, 1)
    assert (multi.mentions, multi.found, multi.groups, multi.groups_right, multi.verdicts_right) == \
        (6, 6, 3, 2, 1)


def test_split_by_verdict_reads_the_scorer_lines() -> None:
    ev = load_module(BENCH / "claims_eval.py")
    out = ("missed  s-miss: doc 0 'one two three' = 1\n"
           "split   m-split: over groups [[0], [1]]\n"
           "verdict m-verdict: 'agree', gold 'differ'\n")
    parts = ev.split_by_verdict(_split_gold(), out)
    assert set(parts) == {"agree", "differ", "contested"}
    agree, differ, contested = parts["agree"], parts["differ"], parts["contested"]
    assert (agree.groups, agree.groups_right, agree.verdicts_right) == (2, 1, 1)  # m-split, m-ok (stretch left out)
    assert (differ.groups, differ.groups_right, differ.verdicts_right) == (1, 1, 0)
    assert contested.groups == 0


@pytest.mark.needs_shared
def test_split_by_reports_adds_up_to_the_shared_scorer(tmp_path: Path) -> None:
    """The split is read from the shared scorer's own lines: on a brief that gets some groups right, some
    split and some verdicts wrong, its two parts add up to the scorer's counts."""
    from tests.conftest import SHARED

    scorer = SHARED / "gold" / "score_claims.py"
    if not scorer.exists():
        pytest.skip("../shared/gold/score_claims.py not present")
    import subprocess
    import sys

    ev = load_module(BENCH / "claims_eval.py")
    text = "one two three and one two three"
    gold_c = _split_gold()
    gold_c["claims"][1]["mentions"][1] = {"doc": 0, "value": 1, "snippet": "and one two three"}
    gold = {"clusters": [gold_c]}
    docs = [{"id": f"/t/doc{i:02d}.txt", "text": text} for i in range(2)]

    def ment(doc: int, start: int, value: float) -> dict[str, Any]:
        return {"doc": f"/t/doc{doc:02d}.txt", "start": start, "end": start + 3, "value": value}

    brief = {"documents": docs, "claims": [
        {"verdict": "single", "mentions": [ment(0, 0, 1)]},                   # s-ok; s-miss's first, not second
        {"verdict": "agree", "mentions": [ment(1, 0, 1)]},                    # m-split's doc 1, alone
        {"verdict": "agree", "mentions": [ment(1, 0, 2)]}]}                   # m-verdict's doc 1 (wrong verdict)
    (tmp_path / "b.json").write_text(json.dumps(brief), encoding="utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    res = subprocess.run([sys.executable, str(scorer), str(tmp_path / "b.json"), str(tmp_path / "g.json"), "x", "C"],
                         capture_output=True, text=True, check=True)
    counts = json.loads(res.stdout.strip().splitlines()[-1])
    parts = ev.split_by_reports(gold_c, res.stdout)
    for key in ("mentions", "found", "groups", "groups_right", "verdicts_right"):
        assert sum(getattr(p, key) for p in parts.values()) == counts[key], key
    assert counts["groups"] == 5 and 0 < counts["groups_right"] < 5
