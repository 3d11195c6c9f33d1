"""claims_eval's --heldout12 plumbing: the flag scores bench/claims/heldout12.json after the other gold files,
in the totals-only and the baseline paths, and the gate holds it to its floors. No storyline run: evaluate
and baseline_totals are replaced by stubs that record what they were asked to score."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT, load_module

BENCH = ROOT / "bench"
HELDOUT12 = BENCH / "claims" / "heldout12.json"


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


def test_heldout12_is_scored_last_with_totals_only(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    calls, out = _run(monkeypatch, capsys, "--heldout11", "--heldout12", "--totals-only", "--rows", "--misses")
    golds = [c[1] for c in calls if c[0] == "evaluate"]
    assert golds[-1] == HELDOUT12 and golds[-2] == BENCH / "claims" / "heldout11.json"
    assert all(not c[2] and not c[3] for c in calls)  # --totals-only: no rows, no misses asked for
    assert "per-cluster row" not in out and "| heldout12.json | this tree |" in out


def test_heldout12_is_measured_against_a_baseline(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    calls, out = _run(monkeypatch, capsys, "--gold", str(HELDOUT12), "--baseline", "abc1234", "--totals-only")
    assert ("baseline", "abc1234", HELDOUT12) in calls
    assert "| heldout12.json | abc1234 |" in out


def test_heldout12_gold_has_floors_and_a_gate_entry() -> None:
    sys.path.insert(0, str(BENCH))  # claims_gate imports bench/_floors.py
    try:
        gate = load_module(BENCH / "claims_gate.py")
    finally:
        sys.path.remove(str(BENCH))
    assert gate.GOLDS["heldout12"] == HELDOUT12
    floors = json.loads((BENCH / "claims_floors.json").read_text(encoding="utf-8"))["heldout12"]
    assert set(floors) == {"mentions_found", "groups_right", "verdicts_right"}
    gold = json.loads(HELDOUT12.read_text(encoding="utf-8"))
    groups = [g for c in gold["clusters"] for g in c["claims"]]
    assert len(gold["clusters"]) == 4 and len(groups) == 17
    assert sum(g["verdict"] != "single" for g in groups) == 8  # the set is for reports that share figures
