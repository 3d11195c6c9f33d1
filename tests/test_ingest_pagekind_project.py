"""A software project's release announcement is noted by its headline (ingest.pagekind_project)."""

from __future__ import annotations

from storyline.ingest.html import extract_html
from storyline.ingest.pagekind import _data
from storyline.ingest.pagekind_project import release_title_signs

BODY = "".join(
    f"<p>{p}</p>"
    for p in [
        "On behalf of the Quillpad team, we are pleased to announce the release of our editor's new version.",
        "This release brings a faster search, a new plugin loader and support for right-to-left scripts.",
        "Binaries for all supported platforms can be downloaded from the project's download page today.",
        "Please report any problems you find on the issue tracker, and thank you to every contributor.",
    ]
)


def _page(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{BODY}</article></body></html>"


def test_a_release_headline_is_noted() -> None:
    kind = extract_html(_page("Quillpad 4.2.1 is now available!"), "x").kind
    assert kind is not None and kind.kind == "project_release" and not kind.skip
    assert "a software project's release announcement" in kind.reason


def test_other_headlines_are_not() -> None:
    spec = _data()["project_release"]
    for title in ("Maker releases Quillpad 4.2 with a faster search", "Season 4 is now available",
                  "Quillpad 4.2.1 is now available, but users report crashes on older laptops"):
        assert release_title_signs(title, spec) == [], title
    assert release_title_signs("Quillpad v4.2rc1 released", spec)
    assert extract_html(_page("Quillpad gets a faster search"), "x").kind is None
