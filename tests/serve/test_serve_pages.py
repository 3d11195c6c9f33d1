"""The web app's pages through the framework's test client: list, search, filters, pages, brief, report, add."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markupsafe import escape

from serve.serve_support import FIXTURES
from storyline.serve.app import create_app
from storyline.serve.briefview import brief_body
from storyline.serve.web import Limits, doc_url
from storyline.store import Store


def titles(html: str) -> list[str]:
    return re.findall(r'<li class="story">\s*<h2><a href="/stories/\d+">(.*?)</a>', html)


def csrf_of(client: Any) -> str:
    page = client.get("/add")
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
    assert match, "the add form carries a CSRF token"
    return match.group(1)


def test_list_shows_every_story_newest_update_first(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_copy
    page = client.get("/")
    assert page.status_code == 200
    with Store(path) as store:
        expected = [r.title for r in store.stories()]
    assert [t.replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'") for t in titles(page.text)] == expected
    assert "6 reports · 5 independent sources · 14 Mar 2025 – 15 Mar 2025" in page.text
    # the one-line lead is the brief's lead sentence (summ55: the latest news the reports open with, the six weeks'
    # closure that the earlier reports' openings read alike), shown as the brief shows it: never with a dateline
    assert '<p class="lead">The Tollgate Bridge in Lindqvist will stay closed for at least six weeks' in page.text
    leads = re.findall(r'<p class="lead">(.*?)</p>', page.text)
    assert len(leads) == len(expected)
    assert not [lead for lead in leads if re.match(r"[A-Z]{3,}[^a-z]*\u2014", lead)]


def test_search_finds_stories_by_report_text(client: Any) -> None:
    page = client.get("/", params={"q": "chalice"})
    assert titles(page.text) == ["Thieves steal medieval chalice from Marrow Hall museum"]
    # a word only in a report's body, not in any title
    assert titles(client.get("/", params={"q": "shuttle bus"}).text) == [
        "Lindqvist closes Tollgate Bridge after engineers find cracks"]
    none = client.get("/", params={"q": "zeppelin"})
    assert titles(none.text) == [] and "No story matches" in none.text
    # FTS5 syntax in the box is taken as words, never as a query error
    assert client.get("/", params={"q": 'bridge" OR "(*'}).status_code == 200


def test_filters_by_date_and_size(client: Any) -> None:
    since = titles(client.get("/", params={"since": "2025-09-01"}).text)
    assert len(since) == 2 and "Port Vell" in since[0]  # the ferry strike (October), then the theft (September)
    assert since[1] == "Thieves steal medieval chalice from Marrow Hall museum"
    until = titles(client.get("/", params={"until": "2025-03-31"}).text)
    assert until == ["Fire guts warehouse in Aldermouth port, hundreds evacuated"]
    big = titles(client.get("/", params={"min": "3"}).text)
    assert len(big) == 3 and all("Orchard" not in t and "chalice" not in t for t in big)
    small = titles(client.get("/", params={"max": "2"}).text)
    assert sorted(small) == ["Hailstorm shreds apple orchards across Orchard Valley",
                             "Thieves steal medieval chalice from Marrow Hall museum"]


def test_unreadable_filters_are_ignored_with_a_note(client: Any) -> None:
    page = client.get("/", params={"since": "yesterday", "min": "-4", "page": "x"})
    assert page.status_code == 200
    assert "“yesterday” is not a date" in page.text and "“-4” is not a whole number" in page.text
    assert len(titles(page.text)) == 5


def test_pagination(store_copy: tuple[Path, dict[str, str]]) -> None:
    from fastapi.testclient import TestClient

    app = create_app(store_copy[0], allowed_hosts=["testserver"], limits=Limits(page_size=2))
    with TestClient(app) as c:
        first = c.get("/")
        assert len(titles(first.text)) == 2 and "page 1 of 3" in first.text
        assert 'rel="next" href="/?page=2"' in first.text
        seen = titles(first.text) + titles(c.get("/?page=2").text) + titles(c.get("/?page=3").text)
        assert len(set(seen)) == 5
        searched = c.get("/", params={"q": "Lindqvist", "page": "1"})
        assert 'rel="next"' not in searched.text
        beyond = c.get("/?page=9")
        assert beyond.status_code == 200 and "this is the last" in beyond.text and len(titles(beyond.text)) == 1


def test_story_page_is_the_brief_renderers_own_body(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_copy
    page = client.get(f"/stories/{ids['Tollgate']}")
    assert page.status_code == 200
    with Store(path) as store:
        body = brief_body(store.brief_text(ids["Tollgate"], fmt="html"))
    assert body in page.text  # byte for byte what brief.html holds inside <main>
    assert '<script src="/assets/brief.js"></script>' in page.text
    for doc in ("bridge-ledger-1", "bridge-wire-2", "bridge-fm-3"):
        assert f'href="{doc_url(ids["Tollgate"], doc)}"' in page.text


def test_document_page_marks_cited_spans_and_fades_removed_lines(client: Any,
                                                                store_copy: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_copy
    sid = ids["Tollgate"]
    page = client.get(doc_url(sid, "bridge-ledger-1"))
    assert page.status_code == 200
    marks = re.findall(r'<mark id="d(\d+)-(\d+)-(\d+)"', page.text)
    assert marks, "the brief cites this report, so some passage is marked"
    with Store(path) as store:
        text = next(d for d in store.documents(sid) if d.id == "bridge-ledger-1").text
        removed = next(d for d in store.documents(sid) if d.id == "bridge-ledger-1").removed
    for _, start, end in marks:
        assert 0 <= int(start) < int(end) <= len(text)
    assert removed, "the fixture has site furniture"
    for r in removed:
        assert f'<span class="gone">{escape(r.text)}</span> <span class="why">{escape(r.reason)}</span>' in page.text
    assert f'href="/stories/{sid}#d' in page.text  # back to the same report in the brief


def test_missing_things_are_404_pages(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    for url in ("/stories/999", "/stories/abc", doc_url(ids["hail"], "no-such-report"), "/nowhere"):
        page = client.get(url)
        assert page.status_code == 404, url
        assert "<h1>Not found</h1>" in page.text and "Traceback" not in page.text
    # a report asked for under the wrong story is sent to its own story
    moved = client.get(doc_url(ids["hail"], "bridge-wire-2"), follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == doc_url(ids["Tollgate"], "bridge-wire-2")


def test_add_form_pasted_report_joins_its_story(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_copy
    token = csrf_of(client)
    text = (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8")
    page = client.post("/add", data={"csrf": token, "text": text, "urls": ""})
    assert page.status_code == 200
    assert "added 1, duplicates 0, skipped 0, new stories 0, stories updated 1" in page.text
    assert re.search(rf'joined <a class="story-link" href="/stories/{ids["Tollgate"]}">Lindqvist closes', page.text)
    with Store(path) as store:
        members = store.stories(search="shuttle buses began")[0]
    assert members.id == ids["Tollgate"] and members.reports == 4
    again = client.post("/add", data={"csrf": token, "text": text})
    assert "added 0, duplicates 1" in again.text
    # a duplicate joined nothing: the page says which story already holds it, and counts it in the singular
    assert re.search(rf'→ already in <a class="story-link" href="/stories/{ids["Tollgate"]}">', again.text)
    assert "→ joined" not in again.text and "1 report was already in the store" in again.text


def test_add_form_uploads_in_the_cli_formats(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    token = csrf_of(client)
    files = [
        ("files", ("update.txt", (FIXTURES / "bridge_update.txt").read_bytes(), "text/plain")),
        ("files", ("../../etc/evil.json", b'[{"id": "a1", "title": "Hail aid agreed",'
                   b' "text": "The regional government of Orchard Valley agreed an aid package of 30 million euros '
                   b'for apple growers whose orchards were hit by hail around Brenna, minister Oskar Dahl said."}]',
                   "application/json")),
        ("files", ("scan.pdf", b"%PDF-1.7 binary", "application/pdf")),
    ]
    page = client.post("/add", data={"csrf": token}, files=files)
    assert page.status_code == 200
    assert "added 2" in page.text
    assert "<code>scan.pdf</code>: unsupported file type (.pdf)" in page.text
    assert re.search(rf'update.txt</a> → joined <a class="story-link" href="/stories/{ids["Tollgate"]}"', page.text)
    assert re.search(rf'a1</a> → joined <a class="story-link" href="/stories/{ids["hail"]}"', page.text)
    # the upload's name never reaches the disk or the page as a path
    assert "../" not in page.text and "/tmp/" not in page.text and "storyline-upload-" not in page.text


def test_add_without_anything_says_so(client: Any) -> None:
    page = client.post("/add", data={"csrf": csrf_of(client), "text": "   ", "urls": ""})
    assert page.status_code == 400 and "Nothing to add" in page.text


def test_untitled_stories_are_told_apart_by_their_id(tmp_path: Path) -> None:
    """Plain-text reports have no headline: the list, the page title and the heading all say
    "Untitled story (ID)", as the brief does, never several identical "Untitled story" links."""
    from fastapi.testclient import TestClient

    body = ("The council voted on Tuesday to close the old harbour road for repairs after a survey found "
            "deep cracks in its sea wall. Work will start next month and last until the summer, officials said.\n")
    other = ("A rare orchid bloomed for the first time in forty years at the botanic garden on Sunday, drawing "
             "hundreds of visitors. Gardeners said the plant needs a decade of careful warmth to flower.\n")
    (tmp_path / "a.txt").write_text(body)
    (tmp_path / "b.txt").write_text(other)
    path = tmp_path / "untitled.db"
    with Store(path) as store:
        store.add([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        sids = sorted(r.id for r in store.stories())
    assert len(sids) == 2
    app = create_app(path, allowed_hosts=["testserver"])
    with TestClient(app, raise_server_exceptions=False) as c:
        listed = titles(c.get("/").text)
        assert sorted(listed) == sorted(f"Untitled story ({sid})" for sid in sids)
        page = c.get(f"/stories/{sids[0]}").text
        assert f"<title>Untitled story ({sids[0]}) · storyline</title>" in page


def test_the_add_page_says_when_an_upload_was_not_utf8(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    """A report in windows-1252 is added, and the page says how it was read, as `storyline add` does on stderr."""
    text = (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8") + "\nThe caf\u00e9 on the quay stayed shut.\n"
    files = [("files", ("latin.txt", text.encode("cp1252"), "text/plain"))]
    page = client.post("/add", data={"csrf": csrf_of(client)}, files=files)
    assert page.status_code == 200 and "added 1" in page.text
    assert re.search(r'<h2>Notes</h2>\s*<ul class="notes">\s*<li><code>latin.txt</code>: not valid UTF-8 at byte '
                     r"offset \d+; read as windows-1252</li>", page.text)
    api = client.post("/api/reports", files=[("files", ("latin2.txt", text.replace("quay", "pier").encode("cp1252"),
                                                        "text/plain"))]).json()
    assert [n["input"] for n in api["notes"]] == ["latin2.txt"]


def test_every_filter_the_list_cannot_use_says_so(store_copy: tuple[Path, dict[str, str]]) -> None:
    """``?page=x`` was ignored without a word, ``?min=5&max=2`` said only "No story matches", and a page
    past the end of a one-page list said "There are only 1 page"."""
    from fastapi.testclient import TestClient

    app = create_app(store_copy[0], allowed_hosts=["testserver"])
    with TestClient(app) as c:
        page = c.get("/", params={"page": "x"})
        assert "“x” is not a page number, so the first page is shown." in page.text
        assert len(titles(page.text)) == 5
        assert "“At least 5” is more than “at most 2” reports, so no story can match." in c.get(
            "/", params={"min": "5", "max": "2"}).text
        beyond = c.get("/", params={"page": "3"}).text
        assert "There is only one page; this is it." in beyond and "only 1 page" not in beyond
        assert "not a page number" not in c.get("/", params={"page": "1"}).text + c.get("/").text


def test_a_whos_who_glosss_span_is_marked_on_its_report_page() -> None:
    from storyline.serve.briefview import cited_spans

    text = "Owen Dempsey, a chest doctor, wrote the report. Dempsey said the case was rare."
    brief = {"summary": [{"text": "Dempsey said the case was rare.", "citations": [{"doc": "a", "start": 48,
                                                                                   "end": len(text)}],
                          "who": [{"name": "Dempsey", "text": "Owen Dempsey, a chest doctor",
                                   "citation": {"doc": "a", "start": 0, "end": 28}}]}]}
    assert cited_spans(brief, "a", text) == {(48, len(text)), (0, 28)}
