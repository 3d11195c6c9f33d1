"""Fixtures for the web app's tests: one fixture store built per session, copied for tests that add."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web app's extra is not installed (pip install 'storyline[serve]')")

from serve.serve_support import build_store, copy_store  # noqa: E402
from storyline.store import Store  # noqa: E402


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A closed store with the demo and fixture stories, every brief already built (read-only: copy it)."""
    path = tmp_path_factory.mktemp("serve") / "fixture.db"
    ids = build_store(path, hostile=True)
    with Store(path) as store:
        for sid in ids.values():
            store.brief_text(sid, fmt="html")
    return path, ids


@pytest.fixture()
def store_copy(fixture_store: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A private copy of the fixture store, for a test that changes it."""
    src, ids = fixture_store
    return copy_store(src, tmp_path / "store.db"), ids


@pytest.fixture()
def client(store_copy: tuple[Path, dict[str, str]]) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    app = create_app(store_copy[0], allowed_hosts=["testserver"])
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
