"""`storyline serve` as a user runs it: prints its URL, serves, stops cleanly on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from serve.serve_support import ROOT
from storyline.serve.intake import safe_name


def _serve(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_serve_prints_its_url_and_stops_on_ctrl_c(fixture_store: tuple[Path, dict[str, str]],
                                                  tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    db.write_bytes(fixture_store[0].read_bytes())
    proc = _serve(db, "--port", "0")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith(f"storyline: serving {db} at http://127.0.0.1:") and "(Ctrl-C to stop)" in line
        url = line.split(" at ", 1)[1].split()[0]
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and "Lindqvist closes Tollgate Bridge" in page.text
        # another host name (DNS rebinding of the app itself) is not answered
        assert httpx.get(url, headers={"host": "attacker.example"}, timeout=30).status_code == 400
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("storyline: interrupted"), err


def test_a_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = _serve(tmp_path / "x.db", "--port", str(port))
        out, err = proc.communicate(timeout=60)  # a server that kept running would fail here
    assert proc.returncode == 2 and out == ""
    assert err.strip() == f"storyline: cannot listen on 127.0.0.1:{port} (Address already in use); try another --port"


def test_upload_names_are_made_safe() -> None:
    taken: set[str] = set()
    assert safe_name("../../etc/passwd", taken) == "passwd"
    assert safe_name("..\\..\\boot.ini", taken) == "boot.ini"
    assert safe_name(".bashrc", taken) == "bashrc"
    assert safe_name("", taken) == "upload"
    assert safe_name("report <script>.txt", taken) == "report _script_.txt"
    assert safe_name("Report.TXT", taken) == "Report.TXT"
    assert safe_name("report.txt", taken) == "report~2.txt"  # names differing only in case would clash on disk
    assert safe_name("a" * 300 + ".html", taken) == "a" * 80 + ".html"


def test_serving_a_store_that_does_not_exist_says_it_is_new_and_empty(tmp_path: Path) -> None:
    """A mistyped --db must not look like a store whose stories vanished: serve says the store is new."""
    db = tmp_path / "typo.db"
    proc = _serve(db, "--port", "0")
    try:
        assert proc.stdout is not None and proc.stderr is not None
        url = proc.stdout.readline().split(" at ", 1)[1].split()[0]
        note = proc.stderr.readline()
        assert note.startswith(f"storyline: {db} did not exist: it is a new, empty store; add reports at {url}add")
    finally:
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=30)
    assert proc.returncode == 130, rest  # what it printed after the note, should this ever fail again


def test_quiet_serve_prints_nothing_and_still_serves(fixture_store: tuple[Path, dict[str, str]],
                                                     tmp_path: Path) -> None:
    """``serve -q`` (as every command takes it): no start line on stdout, the site is served all the same."""
    import time

    db = tmp_path / "quiet.db"
    db.write_bytes(fixture_store[0].read_bytes())
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    proc = _serve(db, "--port", str(port), "-q")
    try:
        for _ in range(300):  # up to 30 s for the app to come up
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert page.status_code == 200 and "Lindqvist closes Tollgate Bridge" in page.text
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and out == ""
    assert err.strip().startswith("storyline: interrupted")


def test_ctrl_c_inside_uvicorns_logging_set_up_is_an_interruption(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C inside ``logging.shutdown`` (uvicorn's logging set-up) surfaces as "cannot release un-acquired lock",
    a RuntimeError whose context is the KeyboardInterrupt: that is Ctrl-C (exit 130), any other RuntimeError is not."""
    import uvicorn

    from storyline.serve import commands

    def interrupted(*_: object, **__: object) -> None:
        try:
            raise KeyboardInterrupt
        finally:
            raise RuntimeError("cannot release un-acquired lock")

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("something else")

    monkeypatch.setattr(uvicorn, "Config", interrupted)
    with pytest.raises(KeyboardInterrupt):
        commands._server(object())
    monkeypatch.setattr(uvicorn, "Config", broken)
    with pytest.raises(RuntimeError, match="something else"):
        commands._server(object())


def test_ctrl_c_before_uvicorns_handlers_is_an_interruption() -> None:
    """Ctrl-C before uvicorn's own signal handlers are in: asyncio's runner cancels the server's task and may let
    the CancelledError out; that is Ctrl-C (exit 130), not a crash. A server that returns raises nothing."""
    import asyncio

    from storyline.serve import commands

    class Cancelled:
        def run(self, sockets: list[socket.socket]) -> None:
            raise asyncio.CancelledError

    class Done:
        def run(self, sockets: list[socket.socket]) -> None:
            return None

    with socket.socket() as sock:
        with pytest.raises(KeyboardInterrupt):
            commands._run(Cancelled(), sock)
        commands._run(Done(), sock)
