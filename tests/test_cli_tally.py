"""``brief`` on a folder ends its skip and note lines with their count (inputs21): a new user's folder of saved
pages may skip many files, and the lines naming them scroll by; nothing is said when nothing was skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.cli import main

REPORT = ("The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found "
          "cracks in two of its piers. Council leader Mara Okafor said the repairs would take six months.\n\n"
          "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials "
          "said on Tuesday evening after the vote.\n")


def test_skipped_inputs_end_with_their_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bridge.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 made up")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["brief", str(tmp_path), "-q", "-o", str(tmp_path / "out.md")]) == 0
    err = capsys.readouterr().err
    assert "skipped scan.pdf: unsupported file type (.pdf)" in err
    assert "storyline: 1 report read, 2 inputs skipped; each named above with its reason" in err


def test_nothing_skipped_says_no_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bridge.txt").write_text(REPORT, encoding="utf-8")
    assert main(["brief", str(tmp_path), "-q", "-o", str(tmp_path / "out.md")]) == 0
    assert "each named above" not in capsys.readouterr().err
