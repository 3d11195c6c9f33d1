"""Fetching URLs safely: a local server on 127.0.0.1, reached only through the test-only allowance.

Nothing here leaves this machine: refused addresses are refused before any connection,
and the DNS-rebinding test hands out a loopback address at connect time.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.serve.app import create_app
from storyline.serve.fetch import IPAddress, UrlGuard, UrlRefused, fetch_report, why_not_public

ARTICLE = """<!DOCTYPE html><html><head><title>Tollgate Bridge reopens to traffic</title>
<meta property="og:site_name" content="Serrin Valley News"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Tollgate Bridge reopens to traffic</h1>
<p>LINDQVIST — The Tollgate Bridge over the Serrin River reopened to traffic on Friday after six weeks of repairs
to two cracked steel girders, city engineer Ada Voss said.</p>
<p>About 40,000 vehicles a day used the bridge before it was closed in May, and the free shuttle buses across the
Mill Street crossing will stop running on Monday, transport officials said.</p>
<p>The repair cost 2.3 million euros, the city said, in line with the estimate given when the bridge was closed.</p>
</article><footer>Copyright Serrin Valley News</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    slow_answered = threading.Event()  # set once /slow has slept and starts its answer
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {
        "/article": (200, {"content-type": "text/html; charset=utf-8"}, ARTICLE.encode()),
        "/plain": (200, {"content-type": "text/plain"}, b"Tollgate Bridge reopens\n\nThe Tollgate Bridge over the "
                   b"Serrin River in Lindqvist reopened on Friday after repairs, city engineer Ada Voss said."),
        "/image": (200, {"content-type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
        "/big": (200, {"content-type": "text/html"}, b"<p>" + b"word " * 400_000 + b"</p>"),
        "/to-article": (302, {"location": "/article"}, b""),
        "/to-metadata": (302, {"location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "/to-file": (302, {"location": "file:///etc/passwd"}, b""),
        "/loop": (302, {"location": "/loop"}, b""),
        "/missing": (404, {"content-type": "text/html"}, b"<p>not here</p>"),
    }

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(3)
            Handler.slow_answered.set()
        status, headers, body = self.routes.get(self.path, (200, {"content-type": "text/html"}, ARTICLE.encode()))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


LOCAL = UrlGuard(allow=(ipaddress.ip_network("127.0.0.1/32"),), timeout=2.0)


PUBLIC_ONLY = UrlGuard()


def refused(url: str, guard: UrlGuard = PUBLIC_ONLY) -> str:
    with pytest.raises(UrlRefused) as err:
        fetch_report(url, guard)
    assert err.value.input == url
    return err.value.reason


def test_a_page_comes_through_the_html_path(site: str) -> None:
    (doc,) = fetch_report(f"{site}/article", LOCAL)
    assert doc.id == f"{site}/article" and doc.source == "html"
    assert doc.title == "Tollgate Bridge reopens to traffic" and doc.outlet == "Serrin Valley News"
    assert "40,000 vehicles a day" in doc.text and "Home" not in doc.text
    (plain,) = fetch_report(f"{site}/plain", LOCAL)
    assert plain.url == f"{site}/plain" and "reopened on Friday" in plain.text
    (moved,) = fetch_report(f"{site}/to-article", LOCAL)
    assert moved.url == f"{site}/article"


def test_without_the_allowance_this_machine_is_refused(site: str) -> None:
    assert "a loopback address" in refused(f"{site}/article")
    for url in ("http://localhost/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://2130706433/",
                "http://0.0.0.0/", "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://[fd00::1]/",
                "http://[fe80::1]/", "http://224.0.0.1/", "http://240.0.0.1/"):
        assert "only public addresses are fetched" in refused(url), url


@pytest.mark.parametrize("url,why", [
    ("ftp://example.org/report.txt", "only http and https URLs are fetched (ftp:)"),
    ("file:///etc/passwd", "only http and https URLs are fetched (file:)"),
    ("javascript:alert(1)", "only http and https URLs are fetched (javascript:)"),
    ("example.org/news", "only http and https URLs are fetched (no scheme)"),
    ("http://user:secret@example.org/", "URLs with a user name or password are not fetched"),
    ("http:///nohost", "URL has no host"),
    ("http://example.org:99999/", "not a valid URL"),
])
def test_only_plain_http_urls(url: str, why: str) -> None:
    assert why in refused(url)


def test_redirects_are_checked_at_every_hop(site: str) -> None:
    assert "169.254.169.254, a link-local address" in refused(f"{site}/to-metadata", LOCAL)
    assert "only http and https URLs are fetched (file:)" in refused(f"{site}/to-file", LOCAL)
    assert "more than 5 redirects" in refused(f"{site}/loop", LOCAL)


def test_size_time_type_and_status_caps(site: str) -> None:
    assert "over the 1,000,000-byte limit" in refused(f"{site}/big", UrlGuard(allow=LOCAL.allow, max_bytes=1_000_000))
    assert "content type image/png is not HTML or plain text" in refused(f"{site}/image", LOCAL)
    assert "the server answered HTTP 404" in refused(f"{site}/missing", LOCAL)
    Handler.slow_answered.clear()
    assert "1 seconds" in refused(f"{site}/slow", UrlGuard(allow=LOCAL.allow, timeout=1.0))
    assert not Handler.slow_answered.is_set()  # the fetch gave up before the server answered (it sleeps 3 s)


def test_dns_rebinding_is_caught_at_connect_time(site: str) -> None:
    """The name resolves to a public address when checked, to 127.0.0.1 when the socket connects."""
    port = int(site.rsplit(":", 1)[1])
    answers: list[list[IPAddress]] = [[ipaddress.ip_address("93.184.216.34")], [ipaddress.ip_address("127.0.0.1")]]
    asked: list[str] = []

    def rebinding(host: str, _port: int) -> list[IPAddress]:
        asked.append(host)
        return answers[min(len(asked), len(answers)) - 1]

    reason = refused(f"http://news.example:{port}/article", UrlGuard(resolver=rebinding, timeout=2.0))
    assert "resolves to 127.0.0.1, a loopback address" in reason
    assert asked == ["news.example", "news.example"]  # checked, then checked again when connecting


def test_address_classes() -> None:
    assert why_not_public(ipaddress.ip_address("8.8.8.8")) is None
    assert why_not_public(ipaddress.ip_address("2001:4860:4860::8888")) is None
    assert why_not_public(ipaddress.ip_address("::ffff:10.0.0.1")) == "a private address"


def test_urls_in_the_add_form(site: str, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    app = create_app(store_copy[0], allowed_hosts=["testserver"], url_guard=LOCAL)
    with TestClient(app, raise_server_exceptions=False) as c:
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', c.get("/add").text)
        assert token
        urls = f"{site}/article\n{site}/image\nhttp://10.0.0.1/intranet\n"
        page = c.post("/add", data={"csrf": token.group(1), "urls": urls})
        assert page.status_code == 200
        assert re.search(rf'article</a> → joined <a class="story-link" href="/stories/{ids["Tollgate"]}"', page.text)
        assert f"<code>{site}/image</code>: content type image/png is not HTML or plain text" in page.text
        assert "<code>http://10.0.0.1/intranet</code>: host &#39;10.0.0.1&#39; resolves to 10.0.0.1, a private" \
            in page.text
    default = create_app(store_copy[0], allowed_hosts=["testserver"])
    with TestClient(default) as c:
        out = c.post("/api/reports", files=[("urls", (None, f"{site}/article"))]).json()
        assert out["added"] == 0 and "a loopback address" in out["skipped"][0]["reason"]
