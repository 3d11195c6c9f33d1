"""dedup1: one report given twice (the same page saved twice, one text under two names) is briefed once, the
second copy skipped with a reason naming the first, as ``storyline add`` counts it a duplicate; a wire story two
outlets print with the same body stays two reports, one a reprint of the other. Made-up pages only."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import article_page
from storyline import read_documents
from storyline.model import Document
from storyline.sources import content_hash, drop_repeats, mark_copies
from storyline.store.analyses import content_hash as store_hash

BODY = [
    "Traders in the lakeside town of Marlow Bay have accused a group of brokers of selling market stalls that the "
    "county built for free, officials said on Tuesday.",
    "County trade officer Janet Okello said 240 stalls in the new market had been allocated, but only 90 were in use "
    "four months after it opened.",
    "She said the brokers charged each trader up to 5,000 shillings for a stall and warned that anyone caught selling "
    "public property would be prosecuted.",
    "The market, which cost 300 million shillings, was meant to move hawkers off the town's main road.",
]
TITLE = "Marlow Bay traders say brokers are selling free market stalls"


def _page(url: str, site: str, nav: str = "", asset: str = "") -> str:
    head = f'<meta property="og:site_name" content="{site}">'
    if asset:
        head += f'<link rel="stylesheet" href="{asset}/style.css">'
    menu = f"<nav><ul><li>{nav}</li></ul></nav>" if nav else ""
    return article_page(TITLE, BODY, head=head, url=url).replace("<body>", f"<body>{menu}")


def _read(folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    docs, skipped = read_documents([folder])
    return [d.id for d in docs], [(s.input, s.reason) for s in skipped]


def test_the_store_and_brief_share_one_content_hash() -> None:
    doc = Document(id="a", text="One text.")
    assert store_hash(doc) == content_hash(doc)


def test_two_identical_html_files_are_read_once(tmp_path: Path) -> None:
    page = article_page(TITLE, BODY)  # no address: only the identical input tells
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.html").write_text(page, encoding="utf-8")
    ids, skipped = _read(tmp_path)
    assert ids == ["a.html"]
    assert skipped == [("b.html", "same text as a.html, an identical input: one report given twice, briefed once")]


def test_one_page_captured_over_http_and_https_is_read_once(tmp_path: Path) -> None:
    """The fifty-second read's ``kenya-both``: the captures differ in their links' scheme only."""
    url = "https://www.marlowbaynews.example/counties/traders-brokers-stalls/"
    (tmp_path / "https-capture").write_text(_page(url, "Marlow Bay News", asset="https://cdn.example"), "utf-8")
    (tmp_path / "http-capture").write_text(
        _page(url.replace("https://www.", "http://"), "Marlow Bay News", asset="http://cdn.example"), "utf-8")
    ids, skipped = _read(tmp_path)
    assert ids == ["http-capture"]
    assert len(skipped) == 1 and skipped[0][0] == "https-capture"
    assert skipped[0][1].startswith("same text as http-capture, from the same address (")


def test_an_identical_text_under_two_names_is_read_once(tmp_path: Path) -> None:
    text = TITLE + "\n\n" + "\n\n".join(BODY) + "\n"
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "report-copy.txt").write_text(text, encoding="utf-8")
    ids, skipped = _read(tmp_path)
    assert ids == ["report-copy.txt"]
    assert skipped == [("report.txt", "same text as report-copy.txt, an identical input: one report given twice, "
                                      "briefed once")]


def test_two_outlets_with_one_wire_body_stay_two_reports(tmp_path: Path) -> None:
    """The independence feature: the same body under two outlets' furniture is a reprint, not a second copy."""
    (tmp_path / "herald.html").write_text(
        _page("https://herald.example/news/stalls", "Lakeside Herald", nav="Home | Counties | Sport"), "utf-8")
    (tmp_path / "courier.html").write_text(
        _page("https://courier.example/2022/07/30/stalls", "Western Courier", nav="News | Business | Opinion"),
        "utf-8")
    docs, skipped = read_documents([tmp_path])
    assert [d.id for d in docs] == ["courier.html", "herald.html"] and skipped == []
    assert content_hash(docs[0]) == content_hash(docs[1]), "the same cleaned text: only the outlets tell them apart"
    assert [d.copy_of for d in mark_copies(docs)] == [None, "courier.html"]


def test_same_text_without_an_address_is_a_repeat_only_when_the_input_is_the_same() -> None:
    text = "\n\n".join(BODY)
    a, b = Document(id="a.txt", text=text), Document(id="b.txt", text=text)
    kept, skipped = drop_repeats([a, b], {"a.txt": "Herald\n" + text, "b.txt": "Courier\n" + text})
    assert (kept, skipped) == ([a, b], []), "two inputs cleaned to one text: a reprint, kept"
    kept, skipped = drop_repeats([a, b], {"a.txt": text, "b.txt": text})
    assert kept == [a] and [s.input for s in skipped] == ["b.txt"]


def test_addresses_and_outlets_tell_copies_from_reprints() -> None:
    text = "\n\n".join(BODY)
    raw = {"a": text, "b": text}

    def kept(a: Document, b: Document) -> list[str]:
        return [d.id for d in drop_repeats([a, b], raw)[0]]

    assert kept(Document("a", text, url="https://x.example/p"), Document("b", text, url="http://www.x.example/p/")) \
        == ["a"], "one address written two ways"
    assert kept(Document("a", text, url="https://x.example/p"), Document("b", text, url="https://y.example/p")) \
        == ["a", "b"], "two addresses: two publications, though the input text is the same"
    assert kept(Document("a", text, url="https://x.example/p"), Document("b", text)) == ["a", "b"]
    assert kept(Document("a", text, outlet="Herald"), Document("b", text, outlet="Courier")) == ["a", "b"]
    assert kept(Document("a", text, url="https://x.example/p"), Document("b", text + " More.",
                                                                          url="https://x.example/p")) == ["a", "b"], \
        "a page saved again after an update is not the same text: a reprint, kept"
    assert kept(Document("a", text, story="1"), Document("b", text, story="2")) == ["a", "b"], \
        "the input puts them in two stories"


def test_brief_and_its_json_name_the_second_copy(tmp_path: Path) -> None:
    """``storyline.brief`` and ``storyline brief``: one report, no reprint, the copy in ``skipped``."""
    import subprocess
    import sys

    import storyline

    text = TITLE + "\n\n" + "\n\n".join(BODY) + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    b = storyline.brief([tmp_path])
    assert [d.id for d in b.documents] == ["a.txt"] and b.provenance["independent_sources"] == 1
    assert [(s.input, s.reason.split(",")[0]) for s in b.skipped] == [("b.txt", "same text as a.txt")]
    assert all(len(s.citations) == 1 for s in b.summary), "no citation twice"
    proc = subprocess.run([sys.executable, "-m", "storyline", "brief", str(tmp_path), "--format", "json"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    d = json.loads(proc.stdout)
    assert [s["input"] for s in d["skipped"]] == ["b.txt"] and len(d["documents"]) == 1
    assert "storyline: skipped b.txt: same text as a.txt" in proc.stderr.decode()
    assert "same text as a.txt" in b.to_markdown() and "same text as a.txt" in b.to_html()
