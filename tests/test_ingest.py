"""Tests for ``storyline.ingest``: every input kind, every bad input, ids and encodings.

All fixtures are written into ``tmp_path`` by the tests themselves.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED, needs_shared
from storyline.errors import BinaryInput, EmptyInput, EncodingError
from storyline.ingest import parse_date, read_bytes_as_text, read_inputs
from storyline.model import RawDocument, Skipped

ARTICLE = (
    "Russian warplanes struck targets in Syria on Wednesday, officials said, in a dramatic "
    "escalation of the conflict that has lasted more than four years."
)
HTML_PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Russia strikes Syria | Example News</title>
<meta property="og:title" content="Russia strikes Syria">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2015-09-30T10:00:00Z">
<link rel="canonical" href="https://example.com/world/russia-strikes-syria">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia strikes Syria</h1>
<p>{ARTICLE}</p>
<p>US officials said more than 90 percent of the strikes did not target the Islamic State group.</p>
</article>
<footer>Copyright 2016 Example News</footer>
</body></html>"""
HTML_NO_DATE = f"""<html><head><title>Strikes</title></head><body><article>
<p>{ARTICLE}</p><p>{ARTICLE}</p><p>Copyright 2016 Example</p></article></body></html>"""
HTML_NO_TEXT = """<html><head><title>Nothing here</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></body></html>"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
UNDECODABLE = b"Report: \x81\x81\x8d\x8d\x8f\x8f\x90\x90\x9d\x9d text"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_bytes(data.encode("utf-8"))
    return path


def ids(docs: list[RawDocument]) -> list[str]:
    return [d.id for d in docs]


def reasons(skipped: list[Skipped]) -> dict[str, str]:
    return {s.input: s.reason for s in skipped}


# --- plain text -------------------------------------------------------------------------------


def test_text_file_keeps_text_and_gets_base_name_id(tmp_path: Path) -> None:
    raw = "Russia Strikes Syria\r\n\r\nPublished: September 30, 2015\r\n\r\n“Quoted” text.\rEnd"
    f = write(tmp_path / "sub" / "003_5b25.txt", raw)
    docs, skipped = read_inputs([f])
    assert skipped == []
    assert ids(docs) == ["003_5b25.txt"]
    doc = docs[0]
    assert doc.text == "Russia Strikes Syria\n\nPublished: September 30, 2015\n\n“Quoted” text.\nEnd"
    assert doc.published is None and doc.title is None and doc.source == "text"


def test_markdown_and_no_extension_are_text(tmp_path: Path) -> None:
    md = write(tmp_path / "notes.md", "# Heading\n\n" + ARTICLE)
    bare = write(tmp_path / "article", ARTICLE)
    docs, skipped = read_inputs([str(md), str(bare)])
    assert skipped == []
    assert ids(docs) == ["notes.md", "article"]
    assert docs[0].text.startswith("# Heading")


def test_multinews_file_splits_into_numbered_documents(tmp_path: Path) -> None:
    f = write(tmp_path / "story.txt", "First article text. ||||| Second article text. |||||   ||||| Fourth.")
    docs, skipped = read_inputs([f])
    assert ids(docs) == ["story.txt#1", "story.txt#2", "story.txt#4"]
    assert [d.text for d in docs] == ["First article text.", "Second article text.", "Fourth."]
    assert {d.source for d in docs} == {"multinews"}
    assert [s.input for s in skipped] == ["story.txt#3"]
    assert "empty" in skipped[0].reason


def test_multinews_raw_corpus_layout(tmp_path: Path) -> None:
    raw = "A one. NEWLINE_CHAR NEWLINE_CHAR A two. ||||| B one.\nC one. ||||| D one. NEWLINE_CHAR D two.\n"
    docs, skipped = read_inputs([write(tmp_path / "train.src", raw)])
    # ".src" is not a text extension: reported, not guessed
    assert docs == [] and "unsupported file type (.src)" in skipped[0].reason
    docs, skipped = read_inputs([write(tmp_path / "train.txt", raw)])
    assert skipped == []
    assert ids(docs) == ["train.txt#1/1", "train.txt#1/2", "train.txt#2/1", "train.txt#2/2"]
    assert docs[0].text == "A one.\n\nA two."
    assert docs[0].story == "train.txt#1" and docs[2].story == "train.txt#2"


# --- folders ----------------------------------------------------------------------------------


def test_folder_recursion_sorted_relative_ids(tmp_path: Path) -> None:
    root = tmp_path / "story"
    write(root / "b.txt", "Bee " + ARTICLE)
    write(root / "a.txt", "Ay " + ARTICLE)
    write(root / "more" / "c.txt", "Sea " + ARTICLE)
    write(root / "more" / "deeper" / "d.md", "Dee " + ARTICLE)
    write(root / ".git" / "config", "[core]")
    write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(root / "notes.xyz", "what is this")
    docs, skipped = read_inputs([root])
    assert ids(docs) == ["a.txt", "b.txt", "more/c.txt", "more/deeper/d.md"]
    assert skipped == [Skipped("notes.xyz", "unsupported file type (.xyz)")]  # named as documents are
    again, _ = read_inputs([root])
    assert ids(again) == ids(docs)


def test_same_names_in_two_folders_get_unique_ids(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "a.txt", "One " + ARTICLE).parent
    two = write(tmp_path / "two" / "a.txt", "Two " + ARTICLE).parent
    docs, skipped = read_inputs([one, two, one / "a.txt"])
    assert skipped[0].input.endswith("a.txt") and "given twice" in skipped[0].reason
    assert len(docs) == 2 and len(set(ids(docs))) == 2
    assert docs[0].id == "a.txt"


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    write(root / "a.txt", ARTICLE)
    (root / "self").symlink_to(root, target_is_directory=True)
    docs, skipped = read_inputs([root])
    assert ids(docs) == ["a.txt"]
    assert skipped and "already read" in skipped[0].reason


# --- stdin and pass-through -------------------------------------------------------------------


def test_stdin_text_html_and_json() -> None:
    docs, skipped = read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert skipped == [] and ids(docs) == ["<stdin>"] and docs[0].text == ARTICLE
    docs, _ = read_inputs(["-"], stdin=io.BytesIO(HTML_PAGE.encode("utf-8")))
    assert docs[0].source == "html" and docs[0].id == "<stdin>"
    payload = json.dumps([{"title": "T1", "text": ARTICLE}, {"title": "T2", "body": ARTICLE}])
    docs, _ = read_inputs(["-"], stdin=io.BytesIO(payload.encode("utf-8")))
    assert ids(docs) == ["<stdin>#1", "<stdin>#2"] and docs[1].title == "T2"


def test_stdin_over_limit_and_empty() -> None:
    _, skipped = read_inputs(["-"], stdin=io.BytesIO(b"x" * 200), max_bytes=100)
    assert skipped[0].input == "<stdin>" and "over the 100-byte limit (--max-bytes)" in skipped[0].reason
    _, skipped = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert skipped == [Skipped("<stdin>", "empty standard input (nothing was piped in)")]


def test_raw_documents_pass_through_unchanged(tmp_path: Path) -> None:
    given = RawDocument(id="mine", text="Some text.", title="T", published=dt.date(2015, 9, 30))
    f = write(tmp_path / "x.txt", ARTICLE)
    docs, skipped = read_inputs([given, f])
    assert skipped == [] and docs[0] is given and ids(docs) == ["mine", "x.txt"]


# --- HTML -------------------------------------------------------------------------------------


def test_html_text_and_stated_metadata(tmp_path: Path) -> None:
    docs, skipped = read_inputs([write(tmp_path / "page.html", HTML_PAGE)])
    assert skipped == []
    doc = docs[0]
    assert doc.id == "page.html" and doc.source == "html"
    assert ARTICLE in doc.text and "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.title == "Russia strikes Syria"
    assert doc.outlet == "Example News"
    assert doc.url == "https://example.com/world/russia-strikes-syria"
    assert doc.published == dt.date(2015, 9, 30)


def test_html_without_stated_date_gets_no_date(tmp_path: Path) -> None:
    # htmldate's extensive search would turn "Copyright 2016" into 2016-01-01
    docs, skipped = read_inputs([write(tmp_path / "nodate.htm", HTML_NO_DATE)])
    assert skipped == [] and docs[0].published is None


def test_html_legacy_charset_declared(tmp_path: Path) -> None:
    page = HTML_NO_DATE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "Russian warplanes", "“Russian” café warplanes"
    )
    docs, skipped = read_inputs([write(tmp_path / "legacy.html", page.encode("cp1252"))])
    assert skipped == [] and "“Russian” café" in docs[0].text


# --- JSON and JSONL ---------------------------------------------------------------------------


def test_json_single_object(tmp_path: Path) -> None:
    record = {
        "id": "abc",
        "headline": "Russia strikes Syria",
        "body": ARTICLE + "\r\nSecond line.",
        "link": "https://example.com/a",
        "publishedAt": "2015-09-30T23:30:00-05:00",
        "source": {"id": "ex", "name": "Example News"},
    }
    docs, skipped = read_inputs([write(tmp_path / "one.json", json.dumps(record))])
    assert skipped == []
    (doc,) = docs
    assert doc.id == "abc" and doc.source == "json"  # the article's own id
    assert doc.title == "Russia strikes Syria" and doc.url == "https://example.com/a"
    assert doc.outlet == "Example News"
    assert doc.published == dt.date(2015, 9, 30)  # the date as written, not shifted to UTC
    assert doc.text.endswith("\nSecond line.")


def test_json_list_container_and_field_names(tmp_path: Path) -> None:
    articles = [
        {"title": "A", "text": ARTICLE, "date": "September 30, 2015", "outlet": "Reuters"},
        {"Title": "B", "Content": ARTICLE, "pubDate": "Wed, 30 Sep 2015 10:00:00 GMT", "site": "AP"},
        {"title": "C", "maintext": ARTICLE, "date_publish": "2015-10-01 08:00:00", "publisher": "BBC"},
        {"title": "D", "article": ARTICLE, "datePublished": "last Wednesday"},
        {"title": "E", "text": ARTICLE, "published": "September 2015"},
    ]
    docs, skipped = read_inputs([write(tmp_path / "list.json", json.dumps({"articles": articles}))])
    assert skipped == []
    assert ids(docs) == [f"list.json#{n}" for n in range(1, 6)]
    assert [d.title for d in docs] == ["A", "B", "C", "D", "E"]
    assert [d.outlet for d in docs] == ["Reuters", "AP", "BBC", None, None]
    assert [d.published for d in docs] == [
        dt.date(2015, 9, 30),
        dt.date(2015, 9, 30),
        dt.date(2015, 10, 1),
        None,  # relative: never resolved against today
        None,  # no day stated: never invented
    ]
    plain, _ = read_inputs([write(tmp_path / "plain.json", json.dumps(articles[:2]))])
    assert ids(plain) == ["plain.json#1", "plain.json#2"]


def test_json_record_with_html_body(tmp_path: Path) -> None:
    record = {"title": "Given title", "html": None, "content": HTML_PAGE}
    docs, skipped = read_inputs([write(tmp_path / "page.json", json.dumps([record]))])
    assert skipped == []
    doc = docs[0]
    assert ARTICLE in doc.text and "<p>" not in doc.text
    assert doc.title == "Given title"  # the record's own field wins
    assert doc.published == dt.date(2015, 9, 30) and doc.outlet == "Example News"


def test_json_record_without_text_is_skipped(tmp_path: Path) -> None:
    records = [{"title": "ok", "text": ARTICLE}, {"title": "no text", "summary": "x"}, 42]
    docs, skipped = read_inputs([write(tmp_path / "r.json", json.dumps(records))])
    assert ids(docs) == ["r.json#1"]
    why = reasons(skipped)
    assert why["r.json#2"].startswith("record has no text field (looked for text, body, content")
    assert why["r.json#3"] == "record is a number, not an article object"


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.json", '{"title": "x",\n  "text": "y"\n  "oops": 1}')
    good = write(tmp_path / "good.txt", ARTICLE)
    docs, skipped = read_inputs([bad, good])
    assert ids(docs) == ["good.txt"]
    assert skipped[0].input == "bad.json"
    assert skipped[0].reason.startswith("malformed JSON:") and "line 3, column 3" in skipped[0].reason


def test_jsonl_bad_line_skipped_good_lines_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "one", "text": ARTICLE}),
        '{"title": "broken", "text": ',
        "",
        json.dumps({"title": "three", "body": ARTICLE, "url": "https://x.org/3"}),
        json.dumps({"title": "no text"}),
    ]
    f = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    docs, skipped = read_inputs([f])
    assert ids(docs) == ["feed.jsonl#1", "feed.jsonl#4"]
    assert docs[1].url == "https://x.org/3"
    why = reasons(skipped)
    assert why["feed.jsonl:2"].startswith("malformed JSON on line 2")
    assert why["feed.jsonl#5"].startswith("record has no text field")


def test_json_lines_saved_as_json_are_read(tmp_path: Path) -> None:
    text = json.dumps({"text": "One. " + ARTICLE}) + "\n" + json.dumps({"text": "Two. " + ARTICLE}) + "\n"
    docs, skipped = read_inputs([write(tmp_path / "actually-lines.json", text)])
    assert skipped == [] and ids(docs) == ["actually-lines.json#1", "actually-lines.json#2"]


def test_cluster_jsonl(tmp_path: Path) -> None:
    lines = [
        {"id": "M000", "documents": ["Doc one of M000.", "Doc two of M000."], "summaries": ["s"]},
        {"id": "M001", "documents": ["Doc one of M001.", "  "], "summaries": ["s"]},
    ]
    f = write(tmp_path / "bench.jsonl", "\n".join(json.dumps(x) for x in lines))
    docs, skipped = read_inputs([f])
    assert ids(docs) == ["bench.jsonl#M000/1", "bench.jsonl#M000/2", "bench.jsonl#M001/1"]
    assert [d.story for d in docs] == ["M000", "M000", "M001"]
    assert {d.source for d in docs} == {"cluster"}
    assert [s.input for s in skipped] == ["bench.jsonl#M001/2"]


# --- encodings --------------------------------------------------------------------------------


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = write(tmp_path / "u16.txt", "Café “quoted”\r\nline two".encode("utf-16"))
    docs, skipped = read_inputs([f])
    assert skipped == [] and docs[0].text == "Café “quoted”\nline two"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    docs, _ = read_inputs([write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())])
    assert docs[0].text == ARTICLE


def test_cp1252_text_decoded_right(tmp_path: Path) -> None:
    text = "The café owner said “we heard the jets” — it’s the first strike."
    docs, skipped = read_inputs([write(tmp_path / "win.txt", text.encode("cp1252"))])
    assert skipped == [] and docs[0].text == text


def test_latin1_text_decoded_right(tmp_path: Path) -> None:
    text = "Le café était fermé à Noël, déjà."
    docs, skipped = read_inputs([write(tmp_path / "latin.txt", text.encode("latin-1"))])
    assert skipped == [] and docs[0].text == text


def test_read_bytes_as_text_helper() -> None:
    assert read_bytes_as_text("a\r\nb\rc".encode("utf-32"), "x") == "a\nb\nc"
    assert read_bytes_as_text("It’s ".encode() + b"caf\xe9", "x") == "It’s café"  # stray cp1252 byte
    with pytest.raises(BinaryInput, match="PNG"):
        read_bytes_as_text(PNG, "x")
    with pytest.raises(BinaryInput, match="control characters"):
        read_bytes_as_text(b"abc\x00def", "x")  # one byte in seven: not text
    assert read_bytes_as_text(b"some text with one\x00 NUL byte in it", "x") == "some text with one NUL byte in it"
    with pytest.raises(EncodingError):
        read_bytes_as_text(UNDECODABLE, "x")
    with pytest.raises(EmptyInput, match="only whitespace"):
        read_bytes_as_text("\u00a0 \n\t\u200b".encode(), "x")
    with pytest.raises(EmptyInput, match="empty file"):
        read_bytes_as_text(b"", "x")


# --- bad inputs -------------------------------------------------------------------------------


def test_every_bad_input_is_skipped_and_the_good_ones_read(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    empty_dir = tmp_path / "empty-folder"
    empty_dir.mkdir()
    bad = {
        "missing": tmp_path / "missing.txt",
        "empty folder": empty_dir,
        "empty": write(tmp_path / "empty.txt", b""),
        "whitespace": write(tmp_path / "blank.txt", " \n\t\u00a0\u00a0\r\n"),
        "png": write(tmp_path / "image.txt", PNG),
        "nul": write(tmp_path / "nul.txt", b"some text\x00\x00\x01 more"),  # 3 control bytes in 17
        "undecodable": write(tmp_path / "garbled.txt", UNDECODABLE),
        "big": write(tmp_path / "big.txt", "x" * 300),
        "json": write(tmp_path / "broken.json", "[{"),
        "html": write(tmp_path / "nav.html", HTML_NO_TEXT),
        "ext": write(tmp_path / "report.pdf", b"%PDF-1.4"),
    }
    inputs: list[str | os.PathLike[str] | RawDocument] = [str(bad["missing"]), good]
    inputs += [p for k, p in bad.items() if k != "missing"]
    docs, skipped = read_inputs(inputs, max_bytes=200)
    assert ids(docs) == ["good.txt"]
    why = reasons(skipped)
    assert len(skipped) == len(bad)
    # a path that cannot be opened is named as given; a file by its name (its document's id)
    assert why[str(bad["missing"])] == "no such file or directory"
    assert why[str(bad["empty folder"])] == "folder contains no files"
    assert why["empty.txt"] == "empty file"
    assert why["blank.txt"] == "file contains only whitespace"
    assert why["image.txt"] == "binary file (looks like PNG image)"
    assert why["nul.txt"] == "binary file (18% control characters)"
    assert why["garbled.txt"].startswith("cannot tell the encoding")
    assert why["big.txt"] == "file is 300 bytes, over the 200-byte limit (--max-bytes)"
    assert why["broken.json"].startswith("malformed JSON:") and "line 1, column 3" in why["broken.json"]
    assert why["nav.html"] == "HTML page with no article text"
    assert why["report.pdf"].startswith("unsupported file type (.pdf); storyline reads text, HTML and JSON")


def test_size_limit_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(6_200_000)  # sparse: all NUL bytes, so reading it would say "binary"
    docs, skipped = read_inputs([big])
    assert docs == []
    assert skipped == [Skipped("huge.txt", "file is 6,200,000 bytes, over the 5,000,000-byte limit (--max-bytes)")]


def test_bad_files_inside_a_folder_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "mixed"
    write(root / "ok.txt", ARTICLE)
    write(root / "pic.png", PNG)
    write(root / "empty.txt", b"")
    write(root / "sub" / "bad.jsonl", '{"text": "fine"}\nnot json\n')
    docs, skipped = read_inputs([root])
    assert ids(docs) == ["ok.txt", "sub/bad.jsonl#1"]
    why = reasons(skipped)
    assert why["empty.txt"] == "empty file"
    assert why["pic.png"] == "unsupported file type (.png)"
    assert why["sub/bad.jsonl:2"].startswith("malformed JSON on line 2")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    f = write(tmp_path / "secret.txt", ARTICLE)
    f.chmod(0)
    try:
        docs, skipped = read_inputs([f, write(tmp_path / "ok.txt", ARTICLE)])
    finally:
        f.chmod(0o644)
    assert ids(docs) == ["ok.txt"]
    assert skipped == [Skipped("secret.txt", "permission denied")]


def test_not_a_path_is_skipped() -> None:
    docs, skipped = read_inputs([42])  # type: ignore[list-item]
    assert docs == [] and skipped[0].input == "42" and "not a path" in skipped[0].reason


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-09-30", dt.date(2015, 9, 30)),
        ("2015-09-30T10:00:00Z", dt.date(2015, 9, 30)),
        ("2015-09-30T10:00:00.000+03:00", dt.date(2015, 9, 30)),
        ("Wed, 30 Sep 2015 10:00:00 GMT", dt.date(2015, 9, 30)),
        ("September 30, 2015", dt.date(2015, 9, 30)),
        ("30 Sept. 2015", dt.date(2015, 9, 30)),
        ("2015/09/30", dt.date(2015, 9, 30)),
        ("30.09.2015", dt.date(2015, 9, 30)),
        ("09/30/2015", dt.date(2015, 9, 30)),
        ("03/04/2015", None),  # day-month order unknown
        ("1750-01-01", None),  # outside the plausible years
        (1443607200, dt.date(2015, 9, 30)),
        (1443607200000, dt.date(2015, 9, 30)),
        ({"$date": "2015-09-30T10:00:00Z"}, dt.date(2015, 9, 30)),
        ("September 2015", None),
        ("2015", None),
        ("yesterday", None),
        ("Wednesday", None),
        ("not a date", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_date_never_guesses(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


# --- laziness and the shared data -------------------------------------------------------------


def test_text_only_run_does_not_import_trafilatura(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", ARTICLE)
    code = (
        "import sys\nfrom storyline.ingest import read_inputs\n"
        f"docs, _ = read_inputs([{str(f)!r}])\n"
        "assert len(docs) == 1\nassert 'trafilatura' not in sys.modules, 'trafilatura imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_shared
def test_reads_the_shared_seeds_and_a_benchmark_set() -> None:
    docs, skipped = read_inputs([SHARED / "seeds"])
    assert skipped == []
    assert ids(docs) == sorted(p.name for p in (SHARED / "seeds").iterdir() if p.is_file())
    assert len(docs) == 5 and "003_5b2572830003bba0.txt" in ids(docs)
    docs, skipped = read_inputs([SHARED / "bench" / "tac2011.jsonl"])
    assert skipped == []
    assert len(docs) == 100 and len({d.story for d in docs}) == 10
    assert docs[0].id.startswith("tac2011.jsonl#") and docs[0].id.endswith("/1")


def test_unterminated_string_reason_reads_cleanly(tmp_path: Path) -> None:
    """json's "Unterminated string starting at" must not become "starting at at column N"."""
    lines = [json.dumps({"text": ARTICLE}), '{"id": "bad", "text": "unterminated']
    _, skipped = read_inputs([write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")])
    why = reasons(skipped)["feed.jsonl:2"]
    assert "at at" not in why and why == "malformed JSON on line 2: Unterminated string starting at column 23"
    _, skipped = read_inputs([write(tmp_path / "one.json", '{"text": "unterminated')])
    why = reasons(skipped)["one.json"]
    assert "at at" not in why and "Unterminated string starting at line 1, column 10" in why
