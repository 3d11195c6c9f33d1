"""A line-break character inside a page's script is no note on the page's text (inputs31)."""

from __future__ import annotations

from pathlib import Path

from storyline.ingest import read_inputs

PARAS = "".join(f"<p>The council voted on Tuesday to close the old bridge, and repairs will take {n} months.</p>"
                for n in range(3, 8))


def page(script: str, body: str) -> str:
    return (f"<html><head><title>Bridge closed</title><script>var zw = \"{script}\";</script></head>"
            f"<body><article><h1>Bridge closed</h1>{body}</article></body></html>")


def test_a_next_line_character_in_a_script_string_is_no_note(tmp_path: Path) -> None:
    (tmp_path / "script.html").write_text(page("\u200b\x85\x85", PARAS), encoding="utf-8")
    (tmp_path / "text.html").write_text(page("", PARAS.replace("bridge,", "bridge,\x85")), encoding="utf-8")
    docs, _ = read_inputs([tmp_path])
    notes = {d.id: [n.note for n in d.notes] for d in docs}
    assert not any("line break" in n for n in notes["script.html"]), notes
    assert any("line break" in n for n in notes["text.html"]), notes
