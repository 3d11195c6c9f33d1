"""Property-based fuzzing of ingest, cleaning, ``brief`` and ``claims`` (hypothesis).

Invariants, whatever the input:
* no exception escapes (a bad input is a ``Skipped`` entry or ``NothingUsable``);
* every string that reaches the data model is valid Unicode without control characters (nor "\\r");
* every input is either a document of the brief or listed in ``skipped``;
* every summary sentence is verbatim at its first citation's span; every citation is in range;
* the brief and the claims table serialise to JSON (and to UTF-8).

In CI (the default ``ci`` profile) each test runs a fixed, derandomised set of examples,
most of them on ingest and cleaning (fast); spaCy-backed end-to-end examples are few.
``make fuzz`` runs the ``fuzz`` profile: ``FUZZ_EXAMPLES`` examples in all, spread over the
tests by weight, with fresh random seeds.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storyline import brief
from storyline.clean import clean_document
from storyline.errors import InputError, NothingUsable
from storyline.ingest import read_bytes_as_text, read_inputs
from storyline.model import Brief, RawDocument

_COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}
settings.register_profile("ci", derandomize=True, print_blob=True, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("fuzz", derandomize=False, print_blob=True, **_COMMON)  # type: ignore[arg-type]
PROFILE = os.environ.get("STORYLINE_FUZZ_PROFILE", "ci")
settings.load_profile(PROFILE)

# Share of the campaign per test (sums to 1); CI runs the fixed counts instead.
_WEIGHTS = {"bytes": 0.3, "files": 0.22, "json": 0.22, "clean": 0.24, "brief": 0.015, "cli": 0.005}
_CI = {"bytes": 150, "files": 80, "json": 80, "clean": 60, "brief": 6, "cli": 3}
_TOTAL = int(os.environ.get("FUZZ_EXAMPLES", "0"))


def examples(name: str) -> int:
    if PROFILE == "fuzz" and _TOTAL:
        return max(1, round(_TOTAL * _WEIGHTS[name]))
    return _CI[name]


# --- what inputs look like -------------------------------------------------------------------------

_WORDS = ("the fire officials said on Tuesday police port warehouse Aldermouth 12 people were killed at least "
          "according to Reuters minister \"we will\" rebuild 3,000 tonnes in 2015 March Reuters AP said "
          "Mr. Smith U.S. 4.5% $12m — a an of and to in").split()
_ODD = ["\udcff", "\ud800", "\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
        "\u200b", "\ufffd", "\U0001f525", "é", "ß", "中文", "Москва", "\u202e", "\u0301", "\r", "\r\n", "\t",
        "<p>", "</p>", "|||||", "NEWLINE_CHAR", "{", "[", "\"", "\\"]

_word = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_ODD), st.text(max_size=6))
_sentence = st.lists(_word, min_size=1, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)
article_text = st.lists(_paragraph, min_size=0, max_size=6).map("\n".join)
any_text = st.one_of(article_text, st.text(max_size=300), st.sampled_from(_ODD))

_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text)
json_value = st.recursive(
    _json_leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(
        ["text", "body", "title", "url", "source", "outlet", "published", "date", "story", "id", "documents",
         "articles", "summaries", "content", "headline"]) | st.text(max_size=5), inner, max_size=5)),
    max_leaves=12,
)
article_record = st.fixed_dictionaries(
    {"text": article_text},
    optional={"title": any_text, "url": any_text, "outlet": any_text, "published": any_text | st.integers(),
              "story": any_text},
)

_EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv", ".TXT"]
_ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "koi8-r", "euc-jp", "shift_jis",
              "gb18030", "utf-8-sig"]


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """What a file may hold: text in some encoding, JSON, HTML, or raw bytes."""
    kind = draw(st.sampled_from(["text", "json", "jsonl", "html", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "json":
        text = json.dumps(draw(st.one_of(article_record, json_value, st.lists(article_record, max_size=3))))
    elif kind == "jsonl":
        lines = draw(st.lists(st.one_of(article_record.map(json.dumps), st.text(max_size=40)), max_size=4))
        text = "\n".join(lines)
    elif kind == "html":
        body = "".join(f"<p>{p}</p>" for p in draw(article_text).split("\n"))
        text = f"<html><head><title>{draw(any_text)}</title></head><body><article>{body}</article></body></html>"
    else:
        text = draw(article_text)
    encoding = draw(st.sampled_from(_ENCODINGS))
    errors = draw(st.sampled_from(["replace", "surrogatepass", "ignore"]))
    try:
        return text.encode(encoding, errors=errors)
    except UnicodeEncodeError:  # surrogatepass exists for the UTF codecs only
        return text.encode(encoding, errors="replace")


# --- invariants ------------------------------------------------------------------------------------


def assert_clean_string(s: str | None) -> None:
    if s is None:
        return
    s.encode("utf-8")  # strict: raises on a lone surrogate
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in s), repr(s)  # "\r" too: it becomes "\n"


def assert_raw_ok(docs: list[RawDocument]) -> None:
    for d in docs:
        assert d.id
        for s in (d.id, d.text, d.title, d.outlet, d.url, d.story):
            assert_clean_string(s)


def assert_brief_ok(b: Brief, given: set[str]) -> None:
    ids = {d.id: d for d in b.documents}
    for s in b.summary:
        first = s.citations[0]
        assert ids[first.doc].text[first.start : first.end] == s.text
    d = b.to_dict()
    spans: list[dict[str, Any]] = [c for s in d["summary"] for c in s["citations"]]
    spans += [m for row in d["claims"] for m in row.get("mentions", [])]
    spans += [c for row in d["timeline"] for c in row.get("citations", [])]
    for c in spans:
        assert c["doc"] in ids and 0 <= c["start"] <= c["end"] <= len(ids[c["doc"]].text), c
    text = b.to_json()
    json.loads(text)
    text.encode("utf-8")
    accounted = set(ids) | {s.input for s in b.skipped}
    # an input of several stories is briefed by its largest; the others' reports are named in the provenance
    accounted |= {n for story in b.provenance.get("input_stories", []) for n in story["documents"]}
    assert given <= accounted, given - accounted


# --- ingest -----------------------------------------------------------------------------------------


@settings(max_examples=examples("bytes"))
@given(st.one_of(st.binary(max_size=600), file_bytes()))
def test_fuzz_decode_bytes(data: bytes) -> None:
    try:
        text = read_bytes_as_text(data, "x")
    except InputError as err:
        assert err.input == "x" and err.reason
        return
    assert_clean_string(text)
    assert "\r" not in text


@settings(max_examples=examples("files"))
@given(st.lists(st.tuples(st.sampled_from(_EXTENSIONS), file_bytes()), min_size=1, max_size=4),
       st.binary(min_size=1, max_size=12))
def test_fuzz_read_files(files: list[tuple[str, bytes]], raw_name: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        name = raw_name.replace(b"/", b"_").replace(b"\x00", b"_").lstrip(b".") or b"f"
        paths = []
        for i, (ext, data) in enumerate(files):
            path = os.path.join(os.fsencode(tmp), name[:40] + str(i).encode() + ext.encode())
            with open(path, "wb") as fh:
                fh.write(data)
            paths.append(os.fsdecode(path))
        docs, skipped = read_inputs([tmp, *paths[:1]], max_bytes=2000)
        assert_raw_ok(docs)
        for s in skipped:
            assert_clean_string(s.input)
            assert_clean_string(s.reason)
            assert "Traceback" not in s.reason and "internal error" not in s.reason, s
        json.dumps([s.to_dict() for s in skipped], ensure_ascii=False).encode("utf-8")
        # every file is accounted for: documents come from it, or it (or a part of it) is skipped
        for p in paths[1:]:
            base = os.path.basename(p)
            from storyline.ingest.sanitize import safe_name

            safe = safe_name(base)
            found = [d for d in docs if d.id.startswith(safe)] + [s for s in skipped if s.input.startswith(safe)]
            assert found, (safe, [d.id for d in docs], skipped)


@settings(max_examples=examples("json"))
@given(st.one_of(json_value, article_record, st.lists(article_record, max_size=4)), st.booleans())
def test_fuzz_json_and_jsonl(value: Any, as_lines: bool) -> None:
    text = json.dumps(value)
    if as_lines and isinstance(value, list):
        text = "\n".join(json.dumps(v) for v in value)
    docs, skipped = read_inputs(["-"], stdin=io.BytesIO(text.encode("utf-8", "surrogatepass")))
    assert_raw_ok(docs)
    assert docs or skipped
    for s in skipped:
        assert_clean_string(s.input)
        assert "internal error" not in s.reason, s


# --- cleaning ---------------------------------------------------------------------------------------


@settings(max_examples=examples("clean"))
@given(st.one_of(article_text, any_text), st.one_of(st.none(), any_text))
def test_fuzz_clean(text: str, title: str | None) -> None:
    from storyline.ingest.sanitize import safe_document

    raw = safe_document(RawDocument(id="doc", text=text, title=title))
    try:
        doc = clean_document(raw)
    except InputError as err:
        assert err.input == "doc" and err.reason
        return
    assert doc.text and doc.text.strip() == doc.text or doc.text
    assert_clean_string(doc.text)
    assert_clean_string(doc.title)
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


# --- end to end ---------------------------------------------------------------------------------------


# campaign failure, 2026-12-02: three reports found to be two stories; the brief of the largest left
# r1 and r2 out of documents and skipped (they are named in provenance.input_stories)
_SEVERAL_STORIES = [
    ('The.'),
    ('In the were. The march.\nK'
     'illed march the reuters 3'
     ',000 the the the minister'
     ' 2015 were at the — tonne'
     's.\nMr. ap. \u2029 ö\x0c6\x17ãp \ud800 \x01 \x00'
     '. ¡ôéÿï\x1a the á \u2029. Of.\n\r �'
     ' \x7f ŧ. \t 中文 march  people '
     'gª\x0c/\x10 rebuild  reuters 20'
     '15 aldermouth newline_cha'
     'r.\nPort minister. On \u2029 \x00 '
     '[ \u200b ñ\U000ca730¢\x9e at. \n. Ss 3,000.'
     '\nWarehouse \t . Said ß \u2028.'),
    ('-s\x98p\U00013e4fò é ,/\U0009ba31ø!y. \U0009ce42 to \u202e ò'
     'i\x99¾\U000b62a7\U000b3199 \u202e gn\U000da2a1\x11 to 中文 inf \U000a496c\x82'
     '}\x1b¸a. If \U0009133c ñx\U000a4407 $12m " \U0009133c \r'
     '\n 8\x0er reuters  ́ ]. \r 8\x9dd'
     '`\xa0 were.\n  smith 🔥 \U000d9cc0äç\U0005e7bf o'
     'fficials inf to \x01 \x7f  tues'
     'day. An. Fire \x93n.\nTonnes '
     '" "we will" </p> aldermou'
     "th áî\U0005f005\U000d5e93' \x19(õk¢¹."),
]


@settings(max_examples=examples("brief"))
@example([RawDocument(id="", text=t) for t in _SEVERAL_STORIES], 105)
@given(st.lists(st.one_of(article_record.map(lambda r: RawDocument(id="", text=r["text"], title=r.get("title"))),
                          article_text.map(lambda t: RawDocument(id="", text=t))), min_size=1, max_size=3),
       st.integers(min_value=1, max_value=120))
def test_fuzz_brief(raws: list[RawDocument], words: int) -> None:
    for i, r in enumerate(raws):
        r.id = f"r{i}"
    try:
        b = brief(raws, words=words)
    except NothingUsable as err:
        assert {s.input for s in err.skipped} >= {r.id for r in raws}
        return
    assert_brief_ok(b, {r.id for r in raws})
    assert sum(len(s.text.split()) for s in b.summary) <= max(words, 80) * 2  # a budget, loosely


@settings(max_examples=examples("cli"))
@given(st.lists(st.tuples(st.sampled_from([".txt", ".json", ".jsonl", ".html"]), file_bytes()), min_size=1,
                max_size=3), st.sampled_from(["brief", "claims"]))
@example([(".txt", b"The.")], "claims")  # campaign failure, 2026-12-02: the claims JSON has no provenance
def test_fuzz_cli(files: list[tuple[str, bytes]], command: str) -> None:
    from storyline.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        for i, (ext, data) in enumerate(files):
            Path(tmp, f"f{i}{ext}").write_bytes(data)
        out = Path(tmp) / "out" / "result.json"
        out.parent.mkdir()
        status = main([command, tmp, "--exclude", "out", "--format", "json", "-o", str(out), "--quiet"])
        assert status in (0, 2)
        if status == 0:
            data = json.loads(out.read_text(encoding="utf-8"))
            items = data if isinstance(data, list) else [data]  # one per story
            names = {d["id"] for item in items for d in item["documents"]}
            for item in items:  # brief: the other stories of the input, named in the provenance
                provenance = item.get("provenance", {})  # the claims table's JSON has none (it covers every story)
                names |= {n for s in provenance.get("input_stories", []) for n in s["documents"]}
            names |= {s["input"] for item in items for s in item["skipped"]}
            assert all(any(n.startswith(f"f{i}") for n in names) for i in range(len(files))), names
        else:
            assert not out.exists()


@pytest.mark.parametrize("profile", [PROFILE])
def test_fuzz_profile_is_known(profile: str) -> None:
    assert profile in ("ci", "fuzz")


def test_carriage_returns_become_newlines_in_every_field() -> None:
    """README: "\\r\\n and \\r become \\n" wherever they occur, a JSON title included (a title kept "\\r\\n")."""
    record = {"text": "One.\r\nTwo.\rThree.", "title": "A\r\nB\rC", "url": "http://x/\r\ny"}
    docs, skipped = read_inputs(["-"], stdin=io.BytesIO(json.dumps(record).encode("utf-8")))
    assert not skipped
    assert (docs[0].text, docs[0].title, docs[0].url) == ("One.\nTwo.\nThree.", "A\nB\nC", "http://x/\ny")
