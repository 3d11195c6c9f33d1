"""The web app's search reads words as `stories --search` does (OR, phrases, prefixes, -word), and a search
that is no query is a note on the page (a 400 with the reason from the API), never a server error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storyline.store import Store


def test_or_finds_either_and_a_bad_search_is_a_note(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, _ = store_copy
    with Store(path) as store:
        rows = store.stories()
        both = {s.id for s in store.stories("Lindqvist OR chalice")}
        assert len(both) >= 2 and both == {s.id for s in store.stories("Lindqvist")} | {
            s.id for s in store.stories("chalice")}
    page = client.get("/", params={"q": "Lindqvist OR chalice"})
    assert page.status_code == 200 and f"{len(both)} stories match" in page.text
    bad = client.get("/", params={"q": '"Lindqvist'})
    assert bad.status_code == 200
    assert "“&#34;Lindqvist” cannot be searched: a quotation mark is not closed; a phrase is written between two " \
        "(&#34;air strikes&#34;). So every story is shown." in bad.text
    assert f"{len(rows)} stories" in bad.text and 'value="&#34;Lindqvist"' in bad.text  # kept to be corrected
    api = client.get("/api/stories", params={"search": "Lindqvist OR"})
    assert api.status_code == 400 and "OR needs a word" in api.json()["error"]


def test_a_refused_search_keeps_the_clear_link(client: Any) -> None:
    """inputs21: a refused search shows its note and a "Clear" link back to the full list; no filter, no link."""
    bad = client.get("/", params={"q": '"Lindqvist'})
    assert bad.status_code == 200 and "cannot be searched" in bad.text
    assert '<a class="reset" href="/">Clear</a>' in bad.text
    bad_date = client.get("/", params={"since": "yesterday"})
    assert "is not a date" in bad_date.text and '<a class="reset" href="/">Clear</a>' in bad_date.text
    assert '<a class="reset" href="/">Clear</a>' not in client.get("/").text
