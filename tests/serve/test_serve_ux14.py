"""ux14's walk over the web app's story side: the story page counts "reports" as its links do, and "Try again"
after a paste that added nothing brings the pasted text back. Each test fails on the code before it."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from serve.test_serve_pages import csrf_of
from storyline.store import Store

PASTE = "Ferry\n\nx\n"  # too little text to be a report: skipped, nothing added


def test_the_story_page_counts_reports_as_its_links_do(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    """The page said "3 documents, 3 independent, 0 skipped" under a link "Each report, … (3)"."""
    page = client.get(f"/stories/{store_copy[1]['Tollgate']}").text
    assert re.search(r'<p class="prov">\d+ reports?, \d+ independent, \d+ skipped</p>', page)
    assert not re.search(r"\d documents?\b", page)


def test_try_again_after_a_paste_that_added_nothing_brings_the_paste_back(
        client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    """"Try again" led to an empty form: the pasted report was gone (ux13 carried URLs back, not text)."""
    urls = "ftp://example.org/a"
    with Store(store_copy[0]) as store:
        before = store.counts()
    page = client.post("/add", data={"csrf": csrf_of(client), "text": PASTE, "urls": urls})
    assert page.status_code == 200 and "<h1>Nothing was added</h1>" in page.text
    form = re.search(r'<form class="actions again" method="post" action="/add/again">(.*?)</form>', page.text, re.S)
    assert form is not None and ">Try again</button>" in form.group(1)
    fields = {m[0]: html.unescape(m[1]) for m in re.findall(r'name="(\w+)" value="([^"]*)"', form.group(1))}
    assert fields == {"text": PASTE, "urls": urls}
    back = client.post("/add/again", data=fields, headers={"origin": "http://testserver"})
    assert back.status_code == 200 and "<h1>Add reports</h1>" in back.text
    assert f">{html.escape(PASTE)}</textarea>" in back.text and f">{html.escape(urls)}</textarea>" in back.text
    with Store(store_copy[0]) as store:
        assert store.counts() == before  # coming back to the form added nothing


def test_coming_back_to_the_form_from_another_site_is_refused(client: Any) -> None:
    page = client.post("/add/again", data={"text": PASTE}, headers={"origin": "https://elsewhere.example"})
    assert page.status_code == 403
