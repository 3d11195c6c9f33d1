"""Leftovers of the ux6 walk and what the ux7 walk found (bench/ROBUSTNESS_AUDIT.md, "ux7 walk").

Each test fails on the behaviour it replaces: notes on inputs lost by the store (``brief --db`` and
the web app did not show how a report was read), control characters removed without a word,
``brief -o FILE`` silent on success, and the web app's story list leading with a photo caption or a
verbless fragment.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import DEMO, old_version_store
from storyline.cli import main
from storyline.ingest import read_inputs
from storyline.model import Note
from storyline.store import SCHEMA_VERSION, Store

LATIN = ("Fire crews in Bayview fought a blaze at the harbour warehouse on Monday night, the caf\xe9 "
         "owner next door said. Firefighters said the fire started in a storage room and spread to the "
         "roof before it was brought under control early on Tuesday. No one was hurt, officials said.\n")
OFFSET = LATIN.encode("cp1252").index(b"\xe9")
WINDOWS = f"not valid UTF-8 at byte offset {OFFSET}; read as windows-1252"
DIRTY = ("Fire crews in Bayview fought\x00 a blaze at the harbour warehouse on Monday night, officials said.\x0c"
         "Firefighters said the fire\x07 started in a storage room and spread to the roof before it was brought "
         "under control early on Tuesday. No one was hurt, officials said.\x00\n")
DIRTY_NOTES = ["read a form feed as a line break", "removed 3 control characters (NUL ×2, U+0007 ×1)"]


def noted_folder(tmp_path: Path) -> Path:
    """Two demo reports, one in windows-1252 and one with control characters (same story)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for src in sorted(DEMO.glob("*.txt"))[:2]:
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "latin.txt").write_bytes(LATIN.encode("cp1252"))
    (folder / "dirty.txt").write_bytes(DIRTY.replace("Bayview", "the Bayview district").encode())
    return folder


# --- 2. control-character repairs are notes -------------------------------------------------------


def test_each_repair_of_a_file_is_a_note_naming_the_file_what_and_how_many(tmp_path: Path) -> None:
    (tmp_path / "dirty.txt").write_bytes(DIRTY.encode())
    (tmp_path / "clean.txt").write_bytes(DIRTY.replace("\x00", "").replace("\x07", "").replace("\x0c", "\n")
                                         .encode())
    (tmp_path / "seps.txt").write_text(DIRTY.replace("\x00", "").replace("\x07", "").replace("\x0c", "\u2028\u2028")
                                       .replace("No one", "\x85No one"), encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert not skipped
    notes = {d.id: [(n.input, n.note) for n in d.notes] for d in docs}
    assert notes["dirty.txt"] == [("dirty.txt", n) for n in DIRTY_NOTES]
    assert notes["clean.txt"] == []
    assert notes["seps.txt"] == [("seps.txt", "read 3 characters as line breaks (line separator (U+2028) ×2, "
                                              "NEL (U+0085) ×1)")]
    assert "\x00" not in docs[0].text and "\x07" not in docs[0].text


def test_repairs_of_a_records_fields_are_notes_naming_the_record_and_the_field(tmp_path: Path) -> None:
    record = {"id": "j1", "title": "Fire\u0007 at the harbour", "text": DIRTY.replace("\x0c", " ") + "\udcff",
              "url": "https://example.org/\u0000fire"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,), skipped = read_inputs([tmp_path / "feed.jsonl"])
    assert not skipped and doc.title == "Fire at the harbour" and doc.text.endswith("\ufffd")
    assert [(n.input, n.note) for n in doc.notes] == [
        ("j1", "replaced 1 unreadable character (lone surrogate) with U+FFFD"),
        ("j1", "removed 3 control characters (NUL ×2, U+0007 ×1)"),
        ("j1", "removed 1 control character (U+0007 ×1) in the title"),
        ("j1", "removed 1 control character (NUL ×1) in the URL"),
    ]


def test_brief_says_each_repair_on_stderr_and_under_notes_on_inputs(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dirty.txt").write_bytes(DIRTY.encode())
    out = tmp_path / "b.md"
    assert main(["brief", str(tmp_path / "dirty.txt"), "-q", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    for n in DIRTY_NOTES:
        assert f"storyline: note: dirty.txt: {n}\n" in err
    md = out.read_text(encoding="utf-8")
    assert "## Notes on inputs\n\n- `dirty.txt`: read a form feed as a line break\n" in md


# --- 1. notes are kept in the store -----------------------------------------------------------------


def test_add_keeps_the_notes_and_a_stored_brief_shows_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["add", str(noted_folder(tmp_path)), "--db", str(db), "-q"]) == 0
    capsys.readouterr()
    with Store(db) as store:  # a new connection: the notes come from the store, not from the add's memory
        (story,) = store.stories()
        docs = {d.id: d.notes for d in store.documents(story.id)}
    assert docs["latin.txt"] == [Note("latin.txt", WINDOWS)]
    assert docs["dirty.txt"] == [Note("dirty.txt", n) for n in DIRTY_NOTES]
    assert all(not v for k, v in docs.items() if k not in ("latin.txt", "dirty.txt"))
    md, html, js = tmp_path / "b.md", tmp_path / "b.html", tmp_path / "b.json"
    assert main(["brief", "--db", str(db), "--story", story.id, "-q", "-o", str(md), "--html", str(html),
                 "--json", str(js)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "## Notes on inputs\n" in text
    for line in (f"- `latin.txt`: {WINDOWS}", *(f"- `dirty.txt`: {n}" for n in DIRTY_NOTES)):
        assert line in text, line
    page = html.read_text(encoding="utf-8")
    assert "Notes on inputs" in page and "removed 3 control characters (NUL ×2, U+0007 ×1)" in page
    by_id = {d["id"]: d["notes"] for d in json.loads(js.read_text(encoding="utf-8"))["documents"]}
    assert by_id["latin.txt"] == [{"input": "latin.txt", "note": WINDOWS}]


def test_a_version_5_store_opens_is_migrated_and_keeps_notes_from_then_on(tmp_path: Path) -> None:
    db = tmp_path / "v5.db"
    old_version_store(db, 5)
    with sqlite3.connect(db) as c:
        assert "notes" not in {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    c.close()
    with Store(db) as store:
        assert SCHEMA_VERSION == 10 and store.conn.execute("PRAGMA user_version").fetchone()[0] == 10
        (old,) = store.documents("1")
        assert old.id == "old.txt" and old.notes == []  # stored before notes were kept: none
        result = store.add([noted_folder(tmp_path)])
        assert result.added == 4
        stored = {d.id: d.notes for s in store.stories() for d in store.documents(s.id)}
    assert stored["latin.txt"] == [Note("latin.txt", WINDOWS)]
    assert stored["dirty.txt"] == [Note("dirty.txt", n) for n in DIRTY_NOTES]


def test_the_web_apps_story_and_report_pages_show_the_stored_notes(tmp_path: Path) -> None:
    pytest.importorskip("fastapi", reason="the web app's extra is not installed")
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([noted_folder(tmp_path)])
        (story,) = store.stories()
    with TestClient(create_app(db, allowed_hosts=["testserver"])) as client:
        page = client.get(f"/stories/{story.id}").text
        assert "Notes on inputs" in page and WINDOWS in page
        report = client.get(f"/stories/{story.id}/documents/dirty.txt").text
        assert "How this report was read" in report
        assert "removed 3 control characters (NUL ×2, U+0007 ×1)" in report
        plain = client.get(f"/stories/{story.id}/documents/{sorted(DEMO.glob('*.txt'))[0].name}").text
        assert "How this report was read" not in plain


# --- 3. an output file is named on stderr -----------------------------------------------------------


def test_brief_o_names_what_it_wrote_unless_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md, html = tmp_path / "b.md", tmp_path / "b.html"
    assert main(["brief", str(DEMO), "-o", str(md), "--html", str(html)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"storyline: wrote {md} (Markdown brief), {html} (HTML brief)\n" in captured.err
    assert main(["brief", str(DEMO), "-o", str(md), "-q"]) == 0
    assert "wrote" not in capsys.readouterr().err
    assert main(["brief", str(DEMO)]) == 0  # to stdout: nothing to name
    assert "wrote" not in capsys.readouterr().err


def test_every_command_with_o_names_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.db"
    assert main(["add", str(DEMO), "--db", str(db), "-q"]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    cases = [(["brief", "--db", str(db), "--story", "1", "--format", "html", "-o", f"{out}.html"],
              f"storyline: wrote {out}.html (HTML brief of story 1)\n"),
             (["claims", str(DEMO), "--format", "json", "-o", f"{out}.json"],
              f"storyline: wrote {out}.json (JSON claims table)\n"),
             (["clean", str(DEMO), "-o", f"{out}.txt"], f"storyline: wrote {out}.txt (text, 6 cleaned reports)\n"),
             (["stories", "--db", str(db), "-o", f"{out}.tsv"], f"storyline: wrote {out}.tsv (table story list)\n")]
    for argv, said in cases:
        assert main(argv) == 0
        assert capsys.readouterr().err.endswith(said), argv
        assert main([*argv, "-q"]) == 0
        assert "wrote" not in capsys.readouterr().err, argv


# --- 4. the story list's lead is prose --------------------------------------------------------------


def test_the_lead_passes_over_captions_and_verbless_lines_to_the_first_prose_sentence() -> None:
    from storyline.store.browse import lead_sentence

    body = ("Flood of the Varne\n"
            "Ambulances at the Kelbridge quay after the flood of 12 March.\n"
            "Rescuers pictured at the quay (AP Photo/Ann Roe)\n"
            "The Varne burst its banks at Kelbridge on Tuesday, flooding 300 homes, the council said. "
            "More rain is due.")
    assert lead_sentence(body, skip="Flood of the Varne") == ("The Varne burst its banks at Kelbridge on Tuesday, "
                                                              "flooding 300 homes, the council said.")
    assert lead_sentence("Countries hit by the flood of 2004\nFlood damage across the region.") == \
        "Countries hit by the flood of 2004"  # no prose at all: the first sentence, as before
    assert lead_sentence("Leave it to Ann Roe to return in style. She won.") == \
        "Leave it to Ann Roe to return in style."  # an imperative has a verb: it is prose
    dated = "The call came in the dark on Sept. 25 as the storm reached its peak over the Keys. It was late."
    assert lead_sentence(dated) == "The call came in the dark on Sept. 25 as the storm reached its peak over the Keys."


def test_the_story_list_shows_the_prose_lead(tmp_path: Path) -> None:
    pytest.importorskip("fastapi", reason="the web app's extra is not installed")
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    src = DEMO.glob("*.txt").__next__().read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Firefighters at the Bayview warehouse after the blaze on Monday.\n" + src,
                                  encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([folder])
    with TestClient(create_app(db, allowed_hosts=["testserver"])) as client:
        page = client.get("/").text
    assert '<p class="lead">Firefighters at the Bayview warehouse' not in page
    assert '<p class="lead">' in page


# --- 5. what the walk on the bench data found -------------------------------------------------------


def test_utf8_or_windows_1252_read_as_latin1_is_restored_when_c1_controls_prove_it_and_said() -> None:
    from storyline.ingest.sanitize import repairs, safe_text

    scraped = ("the storm\u00e2\x80\x94the worst of the space age\u00e2\x80\x94hit "
               "Hydro-Qu\u00c3\u00a9bec\u00e2\x80\x99s grid.")
    assert safe_text(scraped) == "the storm—the worst of the space age—hit Hydro-Québec’s grid."
    assert repairs(scraped) == ["restored 4 characters whose UTF-8 bytes had been read as Latin-1 (— é ’)"]
    latin = "Qu\u00c3\u00a9bec \u00c2\u00b0 stays: no C1 control, so no proof of a misreading."
    assert safe_text(latin) == latin and repairs(latin) == []
    stray = "A windows-1252 dash\x97read as Latin-1\x97and its quote\x92s \x81 \x85end."
    assert safe_text(stray) == "A windows-1252 dash—read as Latin-1—and its quote’s  \nend."
    assert repairs(stray) == ["read 3 C1 control characters as the windows-1252 characters they stand for "
                              "(— ×2, ’ ×1)", "read a NEL (U+0085) as a line break",
                              "removed 1 control character (U+0081 ×1)"]


def test_a_bullet_before_a_headline_found_in_the_text_is_not_part_of_the_title(tmp_path: Path) -> None:
    from storyline.pipeline import clean_all

    body = ("LIMA (Reuters) - Peru suspended its top organized crime investigator on Tuesday after he misled the "
            "country by saying he had caught a gang of killers.\nEusebio Felix was put on leave from his job for "
            "telling Peruvians last month that the gang killed people, officials said in a statement.\n")
    for i, marker in enumerate(("* ", "• ", "- ")):
        (tmp_path / f"{i}.txt").write_text(f"{marker}Top investigator put on leave for misleading public\n\n{body}",
                                           encoding="utf-8")
    raws, _ = read_inputs([tmp_path])
    docs, _ = clean_all(raws)
    assert [d.title for d in docs] == ["Top investigator put on leave for misleading public"] * 3


def test_a_note_on_the_file_is_not_shown_as_if_about_one_of_its_reports(tmp_path: Path) -> None:
    """Each of 254 Multi-News reports of one JSONL file said "restored 354 characters …" under "How this report
    was read": a note on the file, with the file's count, read as this report's. The page now says so."""
    pytest.importorskip("fastapi", reason="the web app's extra is not installed")
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{n}", "title": f"Harbour fire report {n}",
                         "text": "A fire destroyed a warehouse at the harbour on Monday, the fire service said. "
                                 "Nobody was hurt, officials said, and police are investigating the cause."})
             for n in range(2)]
    # a windows-1252 apostrophe in one record: the whole file is read as windows-1252, a note on the file
    feed.write_bytes(("\n".join(lines) + "\n").replace("the fire service", "the city\x92s fire service", 1)
                     .encode("latin-1"))
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([feed])
        story = store.stories()[0]
        doc = store.documents(story.id)[0]
    assert doc.notes and all(n.input != doc.id for n in doc.notes)  # said of the input file, not the report
    with TestClient(create_app(db, allowed_hosts=["testserver"])) as client:
        report = client.get(f"/stories/{story.id}/documents/{doc.id}").text
    assert "How this report was read" in report
    assert "the file this report was read from: the note, and any count in it, is about the whole file" in report
