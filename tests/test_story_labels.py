"""An untitled story has one name everywhere (``text.story_label``): "Untitled story (ID)".

The brief's heading, the story list on stderr, the brief's note on the input's other stories,
``storyline stories`` and the web app all show it; plain-text lists of stories add the opening
words of the story's first report (``text.story_line``) so that untitled stories can be told
apart. Before, one story was "Untitled story (1)" in its brief, its opening words on stderr and
"(untitled) doc0.txt" in ``storyline stories``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from story_fixtures import write_folder
from storyline.cli import main
from storyline.text import story_label, story_line


def test_the_label_rule() -> None:
    assert story_label("Bridge closed", "3") == "Bridge closed"
    assert story_label("", "3") == "Untitled story (3)"
    assert story_label("", "story") == "Untitled story"  # the one story of an input
    assert story_line("Bridge closed", "3", "Some opening words") == "Bridge closed"
    assert story_line("", "3", "") == "Untitled story (3)"
    assert story_line("", "3", "One two three.") == "Untitled story (3): “One two three.”"
    words = " ".join(f"w{i}" for i in range(12))
    assert story_line("", "3", words) == "Untitled story (3): “w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 …”"


def test_brief_stderr_and_stories_name_an_untitled_story_alike(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_folder(tmp_path / "in")  # three stories of untitled reports
    out, md = tmp_path / "b.json", tmp_path / "b.md"
    assert main(["brief", str(folder), "-q", "--format", "json", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    b = json.loads(out.read_text(encoding="utf-8"))
    assert b["story"]["title"] == ""  # no made-up title in the contract
    listed = b["provenance"]["input_stories"]
    assert len(listed) == 3
    for s in listed:
        assert s["title"] == "" and s["label"].startswith(f"Untitled story ({s['id']}): “")
        # the stderr list shows the same label (a story of copies adds its count of independent sources after it)
        assert f"  {s['label']}\n" in err or f"  {s['label']} (" in err, err
    for s in listed[1:]:  # the brief's note names the others the same way
        assert s["label"] in b["warnings"][0]
    assert main(["brief", str(folder), "-q", "--story", "1", "-o", str(md)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# Untitled story (1)\n")
    assert listed[0]["label"].startswith("Untitled story (1): ")

    db = str(tmp_path / "s.db")
    assert main(["add", str(folder), "--db", db, "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db]) == 0
    table = capsys.readouterr().out.splitlines()[1:]
    from storyline.store import Store

    with Store(db) as store:
        for row in store.stories():
            first = store.documents(row.id)[0]
            shown = story_line("", row.id, first.text)
            assert shown.startswith(f"Untitled story ({row.id}): “")
            assert any(line.startswith(f"{row.id} ") and line.endswith(shown) for line in table), (shown, table)
    assert "(untitled)" not in "\n".join(table)
