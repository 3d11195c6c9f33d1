"""``storyline clean``: the cleaned reports of the demo story as text and JSON, bad input reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEMO
from storyline.cli import main


def test_clean_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "cleaned.json"
    assert main(["clean", str(DEMO), str(tmp_path / "empty.txt"), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == len(list(DEMO.iterdir()))
    for d in data["documents"]:
        assert set(d) >= {"id", "title", "published", "outlet", "text", "removed"}
        assert d["text"]
        for r in d["removed"]:
            assert set(r) == {"text", "reason", "score"} and r["text"] and r["reason"]
            assert r["score"] is None or 0 <= r["score"] <= 1
    # named as documents are: the file name of a file given directly
    assert [s["input"] for s in data["skipped"]] == ["empty.txt"]
    assert "skipped" in capsys.readouterr().err


def test_clean_text_prints_each_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(DEMO)]) == 0
    out = capsys.readouterr().out
    for f in DEMO.iterdir():
        assert f"# {f.name}" in out


def test_clean_with_nothing_usable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "menu.txt").write_text("Home\nWorld\nSport\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "menu.txt")]) == 2
    err = capsys.readouterr().err
    assert "menu.txt" in err and "nothing usable" in err


def test_clean_text_counts_removed_lines_in_the_singular_too() -> None:
    """`removed: 1 lines or parts` read badly; one removal is 'line or part', several 'lines or parts'."""
    from storyline.clean.output import render_cleaned
    from storyline.model import Document, Removed

    def doc(n: int) -> Document:
        return Document(id=f"d{n}", text="The article.", removed=[Removed(text="Share this", reason="x")] * n)

    out = render_cleaned([doc(1), doc(3)], [], "text")
    assert "removed: 1 line or part (see --format json)" in out
    assert "removed: 3 lines or parts (see --format json)" in out
