"""The bad-input sweep ux15 over the web app's add form and API. Each test fails on the code before it."""

from __future__ import annotations

from typing import Any

from serve.test_serve_pages import csrf_of

REPORT = ("Lighthouse keeper's cottage to become museum\n\nSTORNHAVEN, 9 June 2026 - The cottage of the last keeper of "
          "Stornhaven lighthouse will open as a museum in {n} weeks, the town council said on Tuesday. Councillor "
          "Ruth Ambry said the council had set aside 48,000 pounds for repairs.\n")


def _files(n: int) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (f"report-{i:02}.txt", REPORT.format(n=i + 2).encode(), "text/plain")) for i in range(n)]


def test_more_files_than_the_limit_adds_the_first_and_names_the_rest(client: Any) -> None:
    """22 files in the add form (the limit is 20) refused the whole form: "Request refused. Too many files.
    Maximum number of files is 20." and nothing was added."""
    page = client.post("/add", data={"csrf": csrf_of(client)}, files=_files(22))
    assert page.status_code == 200 and "Request refused" not in page.text
    assert "report-19.txt" in page.text  # the 20th file was read
    for name in ("report-20.txt", "report-21.txt"):
        assert f"<code>{name}</code>: more than 20 files in one request; add it in another" in page.text


def test_the_api_names_the_files_past_the_limit_too(client: Any) -> None:
    out = client.post("/api/reports", files=_files(21))
    assert out.status_code == 200
    body = out.json()
    assert {"input": "report-20.txt", "reason": "more than 20 files in one request; add it in another"} in body[
        "skipped"]
    assert body["added"] + body["duplicates"] == 20
