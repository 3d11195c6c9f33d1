"""claims_eval's --heldout11 to --heldout15 plumbing: each flag scores its bench/claims/heldoutN.json
after the other gold files, in the totals-only and the baseline paths, and the gate holds it to its floors. No
storyline run: evaluate and baseline_totals are replaced by stubs that record what they were asked to score."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT, load_module

BENCH = ROOT / "bench"
# (set, the set before it, clusters, groups, multi-report groups)
SETS = [("heldout11", "heldout10", 4, 19, 1), ("heldout12", "heldout11", 4, 17, 8),
        ("heldout13", "heldout12", 4, 106, 39), ("heldout14", "heldout13", 4, 91, 26),
        ("heldout15", "heldout14", 3, 109, 17)]


def _totals() -> dict[str, Any]:
    counts = {"mentions": 2, "found": 1, "groups": 2, "groups_right": 1, "verdicts_right": 1, "rows": 3,
              "unmatched": 1}
    return {"mentions_found": 50.0, "groups_right": 50.0, "verdicts_right": 50.0, "rows": 3, "unmatched_rows": 1,
            "counts": counts}


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[list[Any], str]:
    ev = load_module(BENCH / "claims_eval.py")
    calls: list[Any] = []

    def evaluate(gold_path: Path, want: list[str], rows: bool, misses: bool) -> tuple[Any, list[str], Any]:
        calls.append(("evaluate", gold_path, rows, misses))
        lines = [f"# {gold_path.name}", "", "| head |", "|---|", "| x | per-cluster row |", "| total |  | t |"]
        return None, lines, {"total": _totals()}

    def baseline_totals(ref: str, gold_path: Path, want: list[str]) -> dict[str, Any]:
        calls.append(("baseline", ref, gold_path))
        return _totals()

    monkeypatch.setattr(ev, "evaluate", evaluate)
    monkeypatch.setattr(ev, "baseline_totals", baseline_totals)
    monkeypatch.setattr(sys, "argv", ["claims_eval.py", *argv])
    assert ev.main() == 0
    return calls, capsys.readouterr().out



@pytest.mark.parametrize(("name", "before"), [(s[0], s[1]) for s in SETS])
def test_a_new_set_is_scored_last_with_totals_only(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], name: str, before: str) -> None:
    calls, out = _run(monkeypatch, capsys, f"--{before}", f"--{name}", "--totals-only", "--rows", "--misses")
    golds = [c[1] for c in calls if c[0] == "evaluate"]
    assert golds[-1] == BENCH / "claims" / f"{name}.json" and golds[-2] == BENCH / "claims" / f"{before}.json"
    assert all(not c[2] and not c[3] for c in calls if c[0] == "evaluate")  # --totals-only wins over --rows
    assert "per-cluster row" not in out and f"| {name}.json | this tree |" in out


@pytest.mark.parametrize("name", [s[0] for s in SETS])
def test_a_new_set_is_measured_against_a_baseline(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], name: str) -> None:
    gold = BENCH / "claims" / f"{name}.json"
    calls, out = _run(monkeypatch, capsys, "--gold", str(gold), "--baseline", "abc1234", "--totals-only")
    assert ("baseline", "abc1234", gold) in calls
    assert f"| {name}.json | abc1234 |" in out


@pytest.mark.parametrize(("name", "clusters", "groups", "multi"), [(s[0], *s[2:]) for s in SETS])
def test_a_new_set_has_floors_and_a_gate_entry(name: str, clusters: int, groups: int, multi: int) -> None:
    sys.path.insert(0, str(BENCH))  # claims_gate imports bench/_floors.py
    try:
        gate = load_module(BENCH / "claims_gate.py")
    finally:
        sys.path.remove(str(BENCH))
    path = BENCH / "claims" / f"{name}.json"
    assert gate.GOLDS[name] == path
    floors = json.loads((BENCH / "claims_floors.json").read_text(encoding="utf-8"))[name]
    assert set(floors) == {"mentions_found", "groups_right", "verdicts_right"}
    gold = json.loads(path.read_text(encoding="utf-8"))
    found = [g for c in gold["clusters"] for g in c["claims"]]
    assert len(gold["clusters"]) == clusters and len(found) == groups
    assert sum(g["verdict"] != "single" for g in found) == multi  # heldout12 to 15: reports that share figures
