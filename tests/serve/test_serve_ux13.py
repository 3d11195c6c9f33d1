"""The fourth new user's walk (ux13) over the web app: what a person saw on a page that it did not say,
or said wrongly. Each test fails on the code before it (main at bd0d90c0)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from serve.serve_support import chromium, chromium_problem
from serve.test_serve_pages import csrf_of
from storyline.model import Brief, ClaimGroup, ClaimMention, Document
from storyline.render import render


def test_a_missing_story_page_names_the_id_asked_for(client: Any) -> None:
    """/stories/9999 and /stories/abc both said "There is no story with this id in the store.", naming
    neither, and not that "abc" is no story id at all."""
    page = client.get("/stories/9999")
    assert page.status_code == 404 and "There is no story 9999 in the store" in page.text
    page = client.get("/stories/abc")
    assert page.status_code == 404
    assert "“abc” is not a story id: stories are numbered, as in /stories/12." in page.text


def test_a_missing_report_page_names_the_report(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    sid = store_copy[1]["hail"]
    page = client.get(f"/stories/{sid}/documents/no-such-report")
    assert page.status_code == 404 and f"Story {sid} holds no report “no-such-report”" in page.text


def test_an_add_that_added_nothing_is_not_headed_reports_added(client: Any) -> None:
    """Every URL failing (or every file skipped) gave a page headed "Reports added" above "added 0" and the
    list of failures."""
    files = [("files", ("noise.txt", b"\x00\x01\x02\x03" * 300, "text/plain"))]
    page = client.post("/add", data={"csrf": csrf_of(client), "urls": "ftp://example.org/a"}, files=files)
    assert page.status_code == 200
    assert "<h1>Nothing was added</h1>" in page.text and "<title>Nothing was added · storyline</title>" in page.text
    assert "Reports added" not in page.text and ">Try again</a>" in page.text


def test_every_page_names_its_icon(client: Any) -> None:
    """Browsers asked every page for /favicon.ico and got a 404: a console error on each page."""
    page = client.get("/")
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page.text
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    old = client.get("/favicon.ico", follow_redirects=False)
    assert old.status_code == 301 and old.headers["location"] == "/static/favicon.svg"


_PROBLEM = chromium_problem()
TEXT = "Officials said 40 people were moved from the harbour district on Tuesday, and 45 more on Wednesday."


def _mention(doc: str, value: int) -> ClaimMention:
    return ClaimMention(doc=doc, start=15, end=24, text=f"{value} people", value=value, low=value, high=value,
                        qualifier=None, unit="people", speaker="Officials", event=None, place=[], time=[],
                        vague=False)


@pytest.fixture()
def claims_page() -> Iterator[Any]:
    """A brief whose claims table holds rows of two sources and a fold of single-source rows, in Chromium."""
    docs = [Document(id=f"r{i}", text=TEXT, title=f"Report {i}", outlet=f"Outlet {i}") for i in (1, 2, 3)]
    claims = [ClaimGroup(id="c1", what="people moved", verdict="agree", independent_sources=2,
                         mentions=[_mention("r1", 40), _mention("r2", 40)], event=None, place=[])]
    claims += [ClaimGroup(id=f"s{i}", what=f"people moved {i}", verdict="single", independent_sources=1,
                          mentions=[_mention(d, 40 + i)], event=None, place=[])
               for i, d in enumerate(("r1", "r3", "r3"))]
    html = render(Brief(story_id="s", title="Harbour", words=100, documents=docs, claims=claims), "html")
    with chromium(viewport={"width": 1280, "height": 900}) as context:
        page = context.new_page()
        page.set_content(html)
        yield page


@pytest.mark.skipif(_PROBLEM is not None, reason=f"browser tests need Chromium: {_PROBLEM}")
def test_filters_hide_a_table_they_empty_and_the_fold_says_how_many_it_shows(claims_page: Any) -> None:
    """Filtering the claims by source or verdict left an empty table, its header row alone, and a fold still
    reading "21 claims from a single independent source" while it showed 2 or none (a Multi-News story)."""
    page = claims_page
    visible = "s => [...document.querySelectorAll(s)].filter(e => e.offsetParent !== null).length"
    page.select_option("#cf-source", "3")  # report 3 states two single-source claims, no shared one
    assert page.evaluate(visible, ".claims-view > .scroll table.claims") == 0  # the shared table is hidden
    assert page.inner_text("details.cf-single summary").endswith("— 2 shown by the filters")
    page.select_option("#cf-source", "")
    page.click("label[for=cf-agree]")  # the fold holds no agreed claim: hidden, not an empty table
    assert page.evaluate(visible, "details.cf-single") == 0
    page.click("label[for=cf-all]")
    assert page.evaluate(visible, "details.cf-single") == 1
    assert page.inner_text("details.cf-single summary") == "3 claims from a single independent source"


def test_an_untitled_reports_page_is_headed_untitled_not_by_its_id(tmp_path: Path) -> None:
    """A Multi-News report's page was headed by its id, "[1] multinews-dev.jsonl#04ee1033…eb6b6/1", 60
    characters of hex in 30-pixel type over four lines of a phone (a screen reader spells it out); the id is
    on the line under the heading already."""
    from fastapi.testclient import TestClient

    from storyline.cli import main
    from storyline.serve import create_app
    from storyline.serve.web import doc_url

    wire = tmp_path / "wire.jsonl"
    wire.write_text('{"id": "wire-0a1b2c3d4e5f", "text": "' + TEXT + '"}\n', encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["add", str(wire), "--db", str(db), "-q"]) == 0
    with TestClient(create_app(db, allowed_hosts=["testserver"])) as client:
        page = client.get(doc_url(1, "wire-0a1b2c3d4e5f")).text
    assert "<h1>[1] Untitled report</h1>" in page and "<title>[1] Untitled report · storyline</title>" in page
    assert "<code>wire-0a1b2c3d4e5f</code>" in page


def test_the_pager_reaches_the_first_and_last_page(store_copy: tuple[Path, dict[str, str]]) -> None:
    """Eleven pages of stories had only "← Newer" and "Older →": page 1 was ten clicks from page 11."""
    from fastapi.testclient import TestClient

    from storyline.serve import create_app
    from storyline.serve.web import Limits

    app = create_app(store_copy[0], allowed_hosts=["testserver"], limits=Limits(page_size=1))
    with TestClient(app) as client:
        first, middle, last = (client.get(f"/?page={n}").text for n in (1, 3, 5))
    assert '<a href="/?page=5">Last</a>' in first and '<a href="/?page=1">First</a>' not in first
    assert '<a href="/?page=1">First</a> · Page 3 of 5 · <a href="/?page=5">Last</a>' in middle
    assert '<a href="/?page=1">First</a> · Page 5 of 5</span>' in last


def test_a_url_whose_host_does_not_exist_says_so_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The add page said "cannot resolve host 'nohost.invalid' ([Errno -2] Name or service not known)"."""
    import socket

    from storyline.serve.fetch import UrlRefused, system_resolver

    def fail(code: int) -> Any:
        def lookup(*_args: Any, **_kw: Any) -> Any:
            raise socket.gaierror(code, "resolver words")
        return lookup

    monkeypatch.setattr(socket, "getaddrinfo", fail(socket.EAI_NONAME))
    with pytest.raises(UrlRefused) as refused:
        system_resolver("nohost.invalid", 443)
    assert refused.value.reason == ("the name 'nohost.invalid' was not found (check the address for a typo, and "
                                    "that this computer is online)")
    monkeypatch.setattr(socket, "getaddrinfo", fail(socket.EAI_AGAIN))
    with pytest.raises(UrlRefused) as refused:
        system_resolver("example.org", 443)
    assert "no answer from the name server (is this computer online?)" in refused.value.reason


def test_try_again_keeps_the_urls_that_failed(client: Any) -> None:
    """After an add whose URLs all failed, the link back to the form emptied it: a typo in one of twenty
    URLs meant typing all twenty again."""
    import html
    import re

    urls = "ftp://example.org/a\nhttps//example.org/b"
    page = client.post("/add", data={"csrf": csrf_of(client), "urls": urls})
    link = re.search(r'<a href="([^"]+)">Try again</a>', page.text)
    assert link is not None and link.group(1) != "/add"
    form = client.get(html.unescape(link.group(1))).text
    assert f">{html.escape(urls)}</textarea>" in form


def test_the_second_field_of_each_range_has_a_whole_name(client: Any) -> None:
    """A screen reader named the list's range fields "to" and "at most": the first half of each range
    ("Published from", "Reports, at least") is only seen beside them."""
    page = client.get("/").text
    assert 'id="until" name="until" type="date" aria-label="Published to"' in page
    assert 'id="max" name="max" type="number" aria-label="Reports, at most"' in page
