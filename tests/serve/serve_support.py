"""Helpers for the web app's tests: a fixture store, a live server on 127.0.0.1, headless Chromium."""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.store import Store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO = ROOT / "examples" / "harbour-fire"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_store(path: Path, *, hostile: bool = False) -> dict[str, str]:
    """The demo story plus the fixture stories (and the hostile reports); story ids by a word of the title."""
    inputs: list[str] = [str(DEMO), str(FIXTURES / "reports.jsonl")]
    if hostile:
        inputs.append(str(FIXTURES / "hostile.jsonl"))
    with Store(path) as store:
        result = store.add(inputs)
        assert not result.skipped, result.skipped
        ids = {}
        for row in store.stories():
            for word in ("Aldermouth", "Tollgate", "hail", "chalice", "Port Vell", "ferry"):
                if word.lower() in row.title.lower():
                    ids[word] = row.id
    return ids


def copy_store(src: Path, dst: Path) -> Path:
    """A private copy of a closed store (no WAL left behind), for tests that add to it."""
    shutil.copyfile(src, dst)
    return dst


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    import uvicorn

    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def chromium_problem() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install 'storyline[dev]')"
    return None


@contextlib.contextmanager
def chromium(**context_args: Any) -> Iterator[Any]:
    """A fresh headless Chromium (Debian's, via Playwright) with a throwaway profile; yields the context."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="storyline-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, **context_args)
        try:
            yield context
        finally:
            context.close()
