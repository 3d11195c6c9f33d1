"""A file whose encoding had to be inferred is used, and said so: nothing is changed silently.

A report that is not valid UTF-8 is read as windows-1252 (or UTF-8 with stray windows-1252 bytes,
UTF-16 without a byte-order mark, a confident guess); each such document carries a note naming
the input and what was done, printed on stderr (``storyline: note: <input>: <note>``) and kept in
the JSON of ``brief`` and ``clean`` (``documents[].notes``), the Markdown and HTML brief ("Notes on
inputs"), and ``add``'s result.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEMO
from storyline.cli import main
from storyline.ingest import read_inputs
from storyline.ingest.decode import read_noted
from storyline.model import Note, input_notes
from storyline.store.records import brief_from_dict

LATIN = ("Fire crews in Bayview fought a blaze at the harbour warehouse on Monday night, the caf\xe9 "
         "owner next door said. Firefighters said the fire started in a storage room and spread to the "
         "roof before it was brought under control early on Tuesday. No one was hurt, officials said.\n")


def latin_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for src in sorted(DEMO.glob("*.txt"))[:2]:
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "latin.txt").write_bytes(LATIN.encode("cp1252"))
    return folder


OFFSET = LATIN.encode("cp1252").index(b"\xe9")


def test_the_decoder_says_how_it_read_bytes_that_are_not_utf8() -> None:
    assert read_noted(b"plain ASCII text", "x") == ("plain ASCII text", [])
    assert read_noted("caf\u00e9 in UTF-8".encode(), "x")[1] == []
    assert read_noted("\ufeffwith a byte-order mark".encode("utf-8"), "x")[1] == []
    assert read_noted(b"Windows line ends\r\nand old Mac ones\rare not repairs", "x")[1] == []
    text, (note,) = read_noted(LATIN.encode("cp1252"), "x")
    assert text == LATIN and note == f"not valid UTF-8 at byte offset {OFFSET}; read as windows-1252"
    text, (note,) = read_noted("It’s ".encode() + b"caf\xe9", "x")
    assert text == "It’s café"
    assert note == "not valid UTF-8 at byte offset 10; read as UTF-8 with 1 stray byte read as windows-1252"
    text, (note,) = read_noted("A plain report in UTF-16.".encode("utf-16-le"), "x")
    assert text == "A plain report in UTF-16."
    assert note == "no byte-order mark; read as UTF-16-LE (every other byte is 0)"


def test_every_document_of_the_file_carries_its_note_once(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "title": "Fire", "text": LATIN} for i in range(2)]
    (tmp_path / "feed.jsonl").write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
                                          .encode("cp1252"))
    (tmp_path / "ok.txt").write_text(LATIN, encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert not skipped
    by_id = {d.id: d.notes for d in docs}
    assert by_id["ok.txt"] == []
    note = by_id["r0"][0]
    assert note.input == "feed.jsonl" and note.note.endswith("read as windows-1252")
    assert by_id["r1"] == [note]
    assert input_notes(docs) == [note]  # one file, one note


def test_brief_says_so_on_stderr_and_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = latin_folder(tmp_path)
    out, js, html = tmp_path / "b.md", tmp_path / "b.json", tmp_path / "b.html"
    assert main(["brief", str(folder), "-q", "-o", str(out), "--json", str(js), "--html", str(html)]) == 0
    expected = f"not valid UTF-8 at byte offset {OFFSET}; read as windows-1252"
    assert f"storyline: note: latin.txt: {expected}\n" in capsys.readouterr().err
    b = json.loads(js.read_text(encoding="utf-8"))
    notes = {d["id"]: d["notes"] for d in b["documents"]}
    assert notes["latin.txt"] == [{"input": "latin.txt", "note": expected}]
    assert all(v == [] for k, v in notes.items() if k != "latin.txt")
    assert f"## Notes on inputs\n\n- `latin.txt`: {expected}" in out.read_text(encoding="utf-8")
    assert "Notes on inputs" in html.read_text(encoding="utf-8")
    again = brief_from_dict(b)  # a cached brief (brief --db, serve) keeps its notes
    assert again.document("latin.txt").notes == [Note("latin.txt", expected)]


def test_clean_says_so_on_stderr_in_json_and_in_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = latin_folder(tmp_path)
    assert main(["clean", str(folder / "latin.txt"), "--format", "json", "-q"]) == 0
    captured = capsys.readouterr()
    assert "storyline: note: latin.txt: not valid UTF-8" in captured.err
    doc = json.loads(captured.out)["documents"][0]
    assert doc["notes"][0]["note"].endswith("read as windows-1252")
    assert main(["clean", str(folder / "latin.txt"), "-q"]) == 0
    assert "\nnote: not valid UTF-8 at byte offset" in capsys.readouterr().out


def test_add_says_so_on_stderr_and_in_its_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = latin_folder(tmp_path)
    assert main(["add", str(folder), "--db", str(tmp_path / "s.db"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert err.count("storyline: note: latin.txt: not valid UTF-8") == 1
    from storyline.store import Store

    with Store(tmp_path / "t.db") as store:
        result = store.add([folder])
    assert [n.input for n in result.notes] == ["latin.txt"]
    assert result.to_dict()["notes"][0]["note"].endswith("read as windows-1252")


def test_a_note_on_another_storys_document_is_not_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Briefing one story of a cluster file: notes on how the other stories' documents were read are not
    that brief's business (they were printed for every story of the file)."""
    harbour = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))[:2]]
    memo = ("The council's ?rst review of the bridge found that of?cials had not classi?ed the cracks. "
            "The engineers said the bridge was safe for now but that the council?s budget did not cover "
            "repairs. The ?rst repairs are due next spring, of?cials said, after a second inspection.")
    memo2 = memo.replace("next spring", "in the autumn")
    rows = [{"id": "harbour", "documents": harbour, "summaries": []},
            {"id": "bridge", "documents": [memo, memo2], "summaries": []}]
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["brief", str(path), "--story", "bridge", "-q", "-o", str(tmp_path / "b.md")]) == 0
    assert "question marks inside words" in capsys.readouterr().err
    assert main(["brief", str(path), "--story", "harbour", "-q", "-o", str(tmp_path / "h.md")]) == 0
    assert "question marks inside words" not in capsys.readouterr().err


def test_a_repair_inside_a_tag_is_no_note_of_a_pages_text() -> None:
    """read42: "restored 2 characters whose UTF-8 bytes had been read as Latin-1" about icon-font code points in
    an SVG icon's ``id`` attribute, in no text of the report. A tag's attributes are no text; the page's are said."""
    icon = "\uf057".encode().decode("latin-1")  # a private-use code point's UTF-8 bytes read as Latin-1
    page = f'<html><body><svg><symbol id="icon-{icon}"></symbol></svg><p>The bridge closed.</p></body></html>'
    text, notes = read_noted(page.encode(), "p.html", markup=True)
    assert notes == [] and "\uf057" in text  # still repaired, not said
    body = "<p>The council closed the old bridge on Tuesday after engineers found cracks in its piers.</p>" * 3
    _, notes = read_noted(f"{body}<p>The caf{'é'.encode().decode('latin-1')} and {icon}.</p>".encode(), "p.html",
                          markup=True)
    assert len(notes) == 1 and notes[0].startswith("restored 2 characters whose UTF-8 bytes had been read as Latin-1")
