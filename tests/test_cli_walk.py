"""Rough edges a new user's walk through every command found (bench/ROBUSTNESS_AUDIT.md, "ux6 walk").

Each test fails on the behaviour it replaces: an output that overwrote the store, a traceback for
an out-of-range port, advice to change the port when the host was wrong, exit 0 after Ctrl-C of a
server started in the background, ``-q`` refused by ``add`` and ``eval`` (and ``--no-progress`` by
``brief``), ``add --words -5`` accepted, ``storyline`` alone answering "arguments are required".
"""

from __future__ import annotations

import errno
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEMO
from storyline.cli import main
from storyline.serve.commands import _why_not


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("walk") / "news.db"
    assert main(["add", str(DEMO), "--db", str(db), "-q"]) == 0
    return db


def test_no_output_may_overwrite_the_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = store.read_bytes()
    for argv in (["stories", "--db", str(store), "-o", str(store)],
                 ["brief", "--db", str(store), "--story", "1", "--html", str(store)],
                 ["brief", "--db", str(store), "--story", "1", "-o", f"{store}-wal"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "names the store" in err and "it would be destroyed" in err, err
    assert store.read_bytes() == before
    assert main(["stories", "--db", str(store), "-o", str(store.parent / "nope" / "list.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_stored_briefs_are_written_all_together(store: Path, tmp_path: Path) -> None:
    md, html, js = tmp_path / "b.md", tmp_path / "b.html", tmp_path / "b.json"
    assert main(["brief", "--db", str(store), "--story", "1", "-o", str(md), "--html", str(html),
                 "--json", str(js)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# ") and html.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert js.read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("value", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", value])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "argument --port: must be" in err and "65535" in err and "Traceback" not in err


def test_a_bind_failure_says_what_to_change() -> None:
    assert _why_not(OSError(errno.EADDRINUSE, "Address already in use")) == "try another --port"
    assert _why_not(OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")).startswith("check --host")
    assert _why_not(socket.gaierror(-2, "Name or service not known")).startswith("check --host")


def test_serve_started_with_ctrl_c_ignored_still_exits_130(store: Path) -> None:
    """A job started in the background inherits SIGINT ignored; uvicorn stops on it anyway, and the
    run used to end with status 0 (seen as a flaky test_serve_prints_its_url_and_stops_on_ctrl_c)."""
    httpx = pytest.importorskip("httpx")
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(store), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" at ", 1)[1].split()[0]
        assert httpx.get(url, timeout=60).status_code == 200  # serving: uvicorn's handler is in place
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and err.strip().endswith("storyline: interrupted (Ctrl-C)")


@pytest.mark.parametrize("command", [["brief", "x"], ["claims", "x"], ["clean", "x"], ["add", "x"], ["eval", "x"],
                                     ["stories"], ["serve"]])
@pytest.mark.parametrize("flag", ["-q", "--quiet", "--no-progress"])
def test_every_command_takes_every_spelling_of_quiet(command: list[str], flag: str) -> None:
    from storyline.cli import _parser

    args = _parser().parse_args([*command, flag])
    assert getattr(args, "quiet", None) is True or getattr(args, "no_progress", None) is True


def test_add_words_is_validated_as_every_count(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["add", "x", "--briefs", "--words", "-5"])
    assert exit_.value.code == 2 and "argument --words: must be at least 1, not -5" in capsys.readouterr().err


def test_storyline_alone_shows_what_it_can_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "COMMAND" in err and "brief" in err and "examples:" in err and "required" not in err


def test_brief_help_shows_stdin_and_a_stored_story(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["brief", "--help"])
    out = capsys.readouterr().out
    assert "| storyline brief -" in out and "storyline brief --db news.db --story" in out
    assert "[--words N]" in out and "[--max-bytes N]" in out  # counts are N, not WORDS / MAX_BYTES


def test_gzip_compressed_reports_are_read_as_their_kind(tmp_path: Path) -> None:
    """The article-extraction pages a new user found are saved as page.html.gz: each was skipped as
    "unsupported file type (.gz)". A compressed file of a kind storyline reads is read as that kind."""
    import gzip
    import json as json_module

    from storyline.ingest import read_inputs

    html = (DEMO / "06_tidewater_times.html").read_bytes()
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(html))
    rows = "".join(json_module.dumps({"id": f"r{i}", "title": "Fire", "text": (DEMO / "01_coastal_herald.txt")
                                      .read_text(encoding="utf-8")}) + "\n" for i in range(2)).encode()
    half = len(rows) // 2
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(rows[:half]) + gzip.compress(rows[half:]))
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"word " * 300_000))  # 1.5 MB out of a few KB
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(b"some text " * 100)[:-20])
    (tmp_path / "table.csv.gz").write_bytes(gzip.compress(b"a,b\n1,2\n"))
    (tmp_path / "notes.gz").write_bytes(gzip.compress(b"some text"))
    docs, skipped = read_inputs([tmp_path], max_bytes=1_000_000)
    plain, _ = read_inputs([DEMO / "06_tidewater_times.html"])
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"page.html.gz", "r0", "r1"}  # two gzip members: both records
    assert by_id["page.html.gz"].text == plain[0].text and by_id["page.html.gz"].title == plain[0].title
    reasons = {s.input: s.reason for s in skipped}
    assert reasons["bomb.txt.gz"] == "decompressed, it is over the 1,000,000-byte limit (--max-bytes)"
    assert reasons["broken.txt.gz"].startswith("not a readable gzip file")
    assert reasons["table.csv.gz"] == "unsupported file type (.csv.gz)"
    assert reasons["notes.gz"].startswith("unsupported file type (.gz); name a compressed report by its kind")


def test_an_add_that_adds_nothing_leaves_no_new_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`storyline add mistyped.txt --db news.db` exited 2 but left an empty news.db behind, which
    `storyline stories` then listed as "no stories" instead of "no such store"."""
    db = tmp_path / "news.db"
    assert main(["add", str(tmp_path / "mistyped.txt"), "--db", str(db), "-q"]) == 2
    assert "nothing was added, so" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert main(["stories", "--db", str(db)]) == 2 and "no such store" in capsys.readouterr().err
    assert main(["add", str(DEMO), "--db", str(db), "-q"]) == 0
    assert main(["add", str(tmp_path / "mistyped.txt"), "--db", str(db), "-q"]) == 2  # a store that was there stays
    assert db.exists() and main(["stories", "--db", str(db)]) == 0
