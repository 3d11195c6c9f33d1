"""The third new user's walk (ux8, bench/ROBUSTNESS_AUDIT.md): what it found in cli.py, store/, serve/ and
render/, each test on made-up inputs and failing on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.cli import main

BRIDGE = ("The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found "
          "cracks in two of its piers. Council leader Mara Okafor said the repairs would take six months.\n\n"
          "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials "
          "said on Tuesday evening after the vote.\n")
BRIDGE2 = ("Lorries were banned from the old harbour bridge on Tuesday after engineers found cracks in two of its "
           "piers, the city council said. Council leader Mara Okafor said repairs would take six months.\n\n"
           "Drivers must use the ring road, about twenty minutes longer, officials said after the council vote.\n")
ORCHARD = ("Café owners in the valley town of Brennick said on Friday that a late frost had killed most of the "
           "apple blossom in the orchards above the river, and growers expect a harvest a third of last year's.\n\n"
           "The farmers' union asked the regional government for emergency loans to cover the lost season.\n")


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (tmp_path / "in" / "bridge2.txt").write_text(BRIDGE2, encoding="utf-8")
    (tmp_path / "in" / "orchard.txt").write_bytes(ORCHARD.encode("cp1252"))  # noted: read as windows-1252
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")  # skipped
    return tmp_path / "in"


def test_the_tally_says_its_notes_are_of_the_story_briefed(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """brief says the notes of the story it briefs only: the count of reports with a note was of those, but
    read as of every report read ("3 reports read (0 with a note)" hid the other story's noted report)."""
    folder = _folder(tmp_path)
    assert main(["brief", str(folder), "-q", "-o", str(tmp_path / "b.md")]) == 0
    err = capsys.readouterr().err
    assert "note: orchard.txt" not in err
    assert ("storyline: 3 reports read, 1 input skipped, each named above with its reason; the story briefed: "
            "2 reports\n") in err


def test_clean_of_one_story_says_that_storys_notes_and_the_tally(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """clean --story said the notes of every report read (not of the story cleaned) and no count after a
    folder's skip lines, as brief and claims do."""
    folder = _folder(tmp_path)
    assert main(["clean", str(folder), "-q", "--story", "1", "-o", str(tmp_path / "c.txt")]) == 0
    err = capsys.readouterr().err
    assert "note: orchard.txt" not in err
    assert ("storyline: 3 reports read, 1 input skipped, each named above with its reason; the story cleaned: "
            "2 reports\n") in err
    assert main(["clean", str(folder), "-q", "-o", str(tmp_path / "c.txt")]) == 0
    err = capsys.readouterr().err
    assert "note: orchard.txt: not valid UTF-8" in err
    assert "storyline: 3 reports read (1 with a note), 1 input skipped; each named above with its reason\n" in err


def _clusters(tmp_path: Path) -> Path:
    """A cluster file of three stories: A (two reports and an empty one), B (one report, one empty), C (only
    an empty report: a story that loses all its reports)."""
    import json

    rows = [{"id": "A", "documents": [BRIDGE, BRIDGE2, ""]}, {"id": "B", "documents": [ORCHARD, " "]},
            {"id": "C", "documents": [""]}]
    path = tmp_path / "clusters.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_cluster_files_story_counts_its_own_skips_and_the_files(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """brief --story of a cluster file names its story's skipped inputs only (pipeline.skipped_of), but the
    count read "3 reports read, 1 input skipped", as if the file had skipped one input, not three."""
    path = _clusters(tmp_path)
    assert main(["brief", str(path), "--story", "A", "-q", "-o", str(tmp_path / "a.md")]) == 0
    err = capsys.readouterr().err
    assert err.count("storyline: skipped") == 1 and "skipped clusters.jsonl#A/3" in err
    assert ("storyline: 3 reports read, 3 inputs skipped; the story briefed: 2 reports, 1 input skipped, named "
            "above with its reason\n") in err


def test_claims_of_every_story_names_every_skipped_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """claims (every story of the input) said only the first story's skipped inputs: those of B and C were
    in no line, and no count followed."""
    path = _clusters(tmp_path)
    assert main(["claims", str(path), "-q", "-o", str(tmp_path / "c.md")]) == 0
    err = capsys.readouterr().err
    for name in ("clusters.jsonl#A/3", "clusters.jsonl#B/2", "clusters.jsonl#C/1"):
        assert f"storyline: skipped {name}: " in err
    assert "storyline: 3 reports read, 3 inputs skipped; each named above with its reason\n" in err


def test_a_locked_store_is_said_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """add into a store another program held for writing waited busy_timeout, then died with a traceback
    (sqlite3.OperationalError: database is locked)."""
    import sqlite3

    from storyline.store import sqlite as store_sqlite

    db = tmp_path / "news.db"
    (tmp_path / "a.txt").write_text(BRIDGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ORCHARD, encoding="utf-8")
    assert main(["add", str(tmp_path / "a.txt"), "--db", str(db), "-q"]) == 0
    monkeypatch.setattr(store_sqlite, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        assert main(["add", str(tmp_path / "b.txt"), "--db", str(db), "-q"]) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"storyline: {db}: the store is locked: another program" in err
    assert "the same add again adds the rest" in err


def test_the_folded_claims_say_those_told_by_reprints() -> None:
    """A claim two reports state, one the other's reprint (1 independent source, verdict agree), is folded
    under "N claims from a single source" while the verdict filter's "single" does not count it: 29 folded
    against "single 28" on a Multi-News story, without a word why."""
    from storyline.model import Brief, ClaimGroup, ClaimMention, Document
    from storyline.render import render

    text = "Officials said 40 people were moved from the harbour district on Tuesday."
    docs = [Document(id=f"r{i}", text=text, title=f"Report {i}", outlet="Wire") for i in (1, 2)]

    def mention(doc: str) -> ClaimMention:
        return ClaimMention(doc=doc, start=15, end=24, text="40 people", value=40, low=40, high=40, qualifier=None,
                            unit="people", speaker="Officials", event=None, place=[], time=[], vague=False)

    claims = [ClaimGroup(id="c1", what="people moved", verdict="agree", independent_sources=1,
                         mentions=[mention("r1"), mention("r2")], event=None, place=[]),
              ClaimGroup(id="c2", what="people moved again", verdict="single", independent_sources=1,
                         mentions=[mention("r1")], event=None, place=[])]
    page = render(Brief(story_id="s", title="Harbour", words=100, documents=docs, claims=claims), "html")
    assert "2 claims from a single independent source (1 of them told by reprints of one report)" in page


def test_the_folded_claims_say_those_told_by_one_articles_updates() -> None:
    """Two updates of one site's article (the same article id in their addresses) are one source shown as an
    update: the fold says its rows are told by updates, not only by reprints (inputs47)."""
    from storyline.model import Brief, ClaimGroup, ClaimMention, Document
    from storyline.render import render

    text = "Officials said 40 people were moved from the harbour district on Tuesday."
    url = "https://news.example/region/{}/Article1-7654321.aspx"
    docs = [Document(id="r1", text=text, title="Report 1", outlet="Site", url=url.format("harbour-moved")),
            Document(id="r2", text=text, title="Report 2", outlet="Site", url=url.format("harbour-tense"),
                     copy_of="r1")]
    mention = [ClaimMention(doc=d, start=15, end=24, text="40 people", value=40, low=40, high=40, qualifier=None,
                            unit="people", speaker="Officials", event=None, place=[], time=[], vague=False)
               for d in ("r1", "r2")]
    claims = [ClaimGroup(id="c1", what="people moved", verdict="agree", independent_sources=1, mentions=mention,
                         event=None, place=[])]
    page = render(Brief(story_id="s", title="Harbour", words=100, documents=docs, claims=claims), "html")
    assert "1 claim from a single independent source (1 of them told by reprints or updates of one report)" in page
    assert 'update of <a href="#d1">[1]</a>' in page


def test_eval_says_it_does_not_read_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    """``eval -`` said "-: no such file", while every other command reads - as standard input."""
    assert main(["eval", "-", "-q"]) == 2
    assert "storyline: -: eval scores dataset files, not standard input" in capsys.readouterr().err


def test_a_folder_given_as_the_store_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--db`` naming a folder said "cannot open as a storyline store (unable to open database file)"."""
    (tmp_path / "a.txt").write_text(BRIDGE, encoding="utf-8")
    assert main(["add", str(tmp_path / "a.txt"), "--db", str(tmp_path), "-q"]) == 2
    assert f"storyline: {tmp_path}: is a folder; --db names the store's file" in capsys.readouterr().err
    assert main(["stories", "--db", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_ctrl_c_while_the_package_loads_is_one_line_and_130(tmp_path: Path) -> None:
    """Ctrl-C in the first half second of `storyline brief …` (the package's own imports, before cli.main can
    catch it) printed a traceback and died of SIGINT; the interrupt is raised here by an import hook."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "class Hook:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'storyline.render':\n"
            "            raise KeyboardInterrupt\n"
            "sys.meta_path.insert(0, Hook())\n"
            "sys.argv = ['storyline', 'brief', 'x.txt']\n"
            "import storyline\n")
    import storyline

    src = str(Path(storyline.__file__).resolve().parent.parent)  # the code under test
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert (done.returncode, done.stderr) == (130, "storyline: interrupted (Ctrl-C)\n")
    code = code.replace("sys.argv = ['storyline', 'brief', 'x.txt']", "sys.argv = ['myscript.py']")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "KeyboardInterrupt" in other.stderr  # another program importing storyline keeps its interrupt


def test_a_stored_brief_is_served_soon_while_another_program_writes(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """brief --db of a story whose brief is not cached, while another program held the store for writing,
    built the brief, then waited the whole busy timeout (30 s) to cache it before printing it."""
    import sqlite3
    import time

    db = tmp_path / "news.db"
    (tmp_path / "a.txt").write_text(BRIDGE, encoding="utf-8")
    assert main(["add", str(tmp_path / "a.txt"), "--db", str(db), "-q"]) == 0
    from storyline.store import Store

    with Store(db) as store:
        store.brief_text("1")  # spaCy loaded and the analyses cached: what is timed below is the wait
        store.conn.execute("DELETE FROM briefs")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        start = time.monotonic()
        assert main(["brief", "--db", str(db), "--story", "1", "-q"]) == 0
        took = time.monotonic() - start
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "harbour bridge" in capsys.readouterr().out
    assert took < 20, took


def test_eval_out_naming_a_file_is_refused_before_any_work(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """``eval --out FILE`` scored, then failed writing the first summary ("FILE/tac/lead: Not a directory")."""
    import json

    data = tmp_path / "tac.jsonl"
    data.write_text(json.dumps({"id": "c1", "documents": [BRIDGE], "summaries": [BRIDGE]}) + "\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert main(["eval", str(data), "-q", "--systems", "lead", "--out", str(tmp_path / "file.txt")]) == 2
    assert f"storyline: --out {tmp_path / 'file.txt'} is a file; --out names a folder" in capsys.readouterr().err
