"""Hostile reports, forged forms, oversized uploads and crashing reports, through the test client.

The browser test (test_serve_browser.py) proves in Chromium that nothing injected runs; these
check the markup itself: every page's elements and attributes are the app's own.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from serve.serve_support import FIXTURES
from storyline.serve.app import create_app
from storyline.serve.web import Limits, doc_url
from storyline.store import Store

HOSTILE_DOCS = ['hostile-1"><img src=x onerror="document.title=\'PWNED-1\'">', "hostile-2", "hostile-3"]


class Elements(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_script = False
        self.inline_scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.inline_scripts.append(data)


def assert_inert(html: str) -> None:
    """No script but the app's file, no event handler, no javascript:/data: link, no injected element."""
    parser = Elements()
    parser.feed(html)
    assert not parser.inline_scripts
    for tag, attrs in parser.tags:
        assert tag not in ("img", "iframe", "math", "object", "embed", "base"), tag
        if tag == "script":
            assert attrs.get("src") == "/assets/brief.js"
        if tag == "svg":
            assert attrs.get("class") == "smap"  # only the renderer's map
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action") and value:
                assert not re.match(r"\s*(javascript|data|vbscript):", value, re.I), (tag, name, value)


def test_every_page_carries_the_protective_headers(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    for url in ("/", f"/stories/{ids['hail']}", doc_url(ids["hail"], "hail-agri-2"), "/add", "/api/stories",
                "/stories/999", "/static/app.css", "/assets/brief.css"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_hostile_reports_are_shown_as_text(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    sid = ids["Port Vell"]
    pages = {"/": client.get("/"), "story": client.get(f"/stories/{sid}"),
             "search": client.get("/", params={"q": "<script>"})}
    for doc in HOSTILE_DOCS:
        pages[doc] = client.get(doc_url(sid, doc))
    for name, page in pages.items():
        assert page.status_code == 200, name
        assert_inert(page.text)
    story, first = pages["story"].text, pages[HOSTILE_DOCS[0]].text
    assert "&lt;script&gt;document.title=&#39;PWNED-2&#39;&lt;/script&gt;Ferry workers" in pages["/"].text
    assert "&lt;svg onload=document.title='PWNED-7'&gt;" in first  # report text, escaped as the brief escapes it
    assert "javascript:document.title" in first  # the URL is shown, as text
    for page in (story, first, pages[HOSTILE_DOCS[2]].text):
        assert not re.search(r'<a\b[^>]*\bhref="\s*(javascript|data):', page)


def test_http_links_only(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    page = client.get(doc_url(ids["Port Vell"], "hostile-2")).text
    assert '<a href="https://wire.example/ferry?x=&#34;&gt;&lt;script&gt;' in page
    assert 'rel="noopener noreferrer nofollow"' in page


def test_foreign_host_headers_are_refused(client: Any) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_forms_need_the_csrf_token(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, _ = store_copy
    text = (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8")
    assert client.post("/add", data={"text": text}).status_code == 403
    client.get("/add")  # sets this browser's cookie
    forged = client.post("/add", data={"text": text, "csrf": "0" * 64})
    assert forged.status_code == 403 and "Nothing was added" in forged.text
    assert 'name="csrf" value="' in forged.text  # a fresh form to send again
    cross = client.post("/add", data={"text": text}, headers={"origin": "https://evil.example"})
    assert cross.status_code == 403
    with Store(path) as store:
        assert not store.stories(search="shuttle buses began running")
    cookie = client.cookies.get("storyline_csrf")
    assert cookie
    set_cookie = TestClient(client.app).get("/add").headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=strict" in set_cookie


def _token(c: Any) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', c.get("/add").text)
    assert match
    return match.group(1)


def test_upload_limits(store_copy: tuple[Path, dict[str, str]]) -> None:
    app = create_app(store_copy[0], allowed_hosts=["testserver"],
                     limits=Limits(request_bytes=200_000, file_bytes=2_000, files=3, urls=2))
    with TestClient(app, raise_server_exceptions=False) as c:
        token = _token(c)
        big = c.post("/add", data={"csrf": token}, files=[("files", ("big.txt", b"word " * 1000, "text/plain"))])
        assert big.status_code == 200 and "<code>big.txt</code>: file is over the 2,000-byte limit" in big.text
        huge = c.post("/add", data={"csrf": token}, files=[("files", ("huge.txt", b"x" * 300_000, "text/plain"))])
        assert huge.status_code == 413 and "too large" in huge.text
        many = c.post("/add", data={"csrf": token}, files=[("files", (f"{i}.txt", b"a b c d", "text/plain"))
                                                             for i in range(5)])
        # ux15: past the file limit the first files are added and each extra one is named, not the whole form refused
        assert many.status_code == 200 and "Traceback" not in many.text
        assert "<code>3.txt</code>: more than 3 files in one request; add it in another" in many.text
        urls = c.post("/add", data={"csrf": token, "urls": "ftp://a.example/x\nhttp://b\nhttp://c\nhttp://d"})
        assert urls.status_code == 200
        assert "<code>http://d</code>: more than 2 URLs in one request" in urls.text
        assert "<code>ftp://a.example/x</code>: only http and https URLs are fetched (ftp:)" in urls.text


def test_a_report_that_crashes_the_pipeline_is_a_clear_message(client: Any, monkeypatch: pytest.MonkeyPatch,
                                                                store_copy: tuple[Path, dict[str, str]]) -> None:
    from storyline.serve import intake

    real = intake.clean_all

    def fragile(raws: Any, **kw: Any) -> Any:
        if any("CRASHME" in r.text for r in raws):
            raise RuntimeError("the cleaner fell over")
        return real(raws, **kw)

    monkeypatch.setattr(intake, "clean_all", fragile)
    token = _token(client)
    good = (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8")
    bad = "CRASHME report\n\nThis report makes the cleaner crash on purpose, every single time it is read."
    page = client.post("/add", data={"csrf": token, "text": [bad, good]})
    assert page.status_code == 200
    assert "storyline failed on this report (RuntimeError: the cleaner fell over); it was not added" in page.text
    assert "added 1" in page.text and "Traceback" not in page.text


def test_a_store_failure_on_one_report_spares_the_others(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Store.add_documents

    def fragile(self: Store, docs: Any, result: Any = None) -> Any:
        if any("Orchard Valley" in d.text for d in docs):
            raise ValueError("story assignment failed")
        return real(self, docs, result)

    monkeypatch.setattr(Store, "add_documents", fragile)
    articles = [{"id": "ok-1", "text": (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8")},
                {"id": "bad-1", "text": "Hail fell again in Orchard Valley on Sunday, damaging more apple trees "
                                        "around Brenna, the farmers' association said."}]
    out = client.post("/api/reports", json=articles).json()
    assert out["added"] == 1 and [j["document"] for j in out["joined"]] == ["ok-1"]
    assert out["skipped"][0]["input"] == "bad-1"
    assert "ValueError: story assignment failed" in out["skipped"][0]["reason"]


def test_a_brief_that_cannot_be_built_is_a_clear_page(client: Any, monkeypatch: pytest.MonkeyPatch,
                                                     store_copy: tuple[Path, dict[str, str]]) -> None:
    import storyline.pipeline

    _, ids = store_copy

    def broken(*args: Any, **kw: Any) -> Any:
        raise ZeroDivisionError("division by zero in the summariser")

    monkeypatch.setattr(storyline.pipeline, "build_brief", broken)
    with Store(store_copy[0]) as store:
        store.conn.execute("DELETE FROM briefs")
    page = client.get(f"/stories/{ids['hail']}")
    assert page.status_code == 500
    assert "This brief could not be built" in page.text and "ZeroDivisionError" in page.text
    assert "Traceback" not in page.text and "hail-valley-1" in page.text  # reports are still listed
    doc = client.get(doc_url(ids["hail"], "hail-valley-1"))
    assert doc.status_code == 200 and "no passage is highlighted" in doc.text
    api = client.get(f"/api/stories/{ids['hail']}")
    assert api.status_code == 500 and "ZeroDivisionError" in api.json()["error"]


def test_an_unexpected_error_is_a_calm_500(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.serve import pages

    def boom(*args: Any, **kw: Any) -> Any:
        raise KeyError("surprise")

    monkeypatch.setattr(pages, "story_page", boom)
    page = client.get("/")
    assert page.status_code == 500
    assert "Something went wrong" in page.text and "KeyError" in page.text
    assert "Traceback" not in page.text and "surprise" not in page.text
