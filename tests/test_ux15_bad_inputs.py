"""The bad-input sweep ux15: inputs the Python API and the command line met without naming them or their reason.
Each test fails on the code before it (main at cdcda575)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any, BinaryIO, cast

import pytest

import storyline
from storyline.cli import main
from storyline.errors import BadArgument, NothingUsable
from storyline.ingest import read_inputs
from storyline.store import Store

REPORT = ("Ferry runs aground off Calloway Point\n\nCALLOWAY, 2 May 2026 - A passenger ferry ran aground off Calloway "
          "Point on Saturday morning, the coastguard said. All 212 passengers were taken off by lifeboat and no one "
          "was hurt, according to coastguard officer Dana Whitlow.\n\nThe operator, Brisk Sea Lines, said the ferry "
          "would be towed to Harwell harbour once the tide rose.\n")


def test_a_web_address_is_said_to_be_one_not_a_missing_file(tmp_path: Path) -> None:
    """`brief https://…` and `Store.add(["https://…"])` said "no such file or directory": true, but not why."""
    good = tmp_path / "ferry.txt"
    good.write_text(REPORT)
    docs, skipped = read_inputs(["https://news.example.invalid/ferry.html", "www.example.org/ferry", str(good)])
    assert [d.id for d in docs] == ["ferry.txt"]
    reasons = {s.input: s.reason for s in skipped}
    for url in ("https://news.example.invalid/ferry.html", "www.example.org/ferry"):
        assert reasons[url].startswith("a web address, not a file: storyline fetches web pages only in its web app")
    _, skipped = read_inputs([str(tmp_path / "missing.txt")])
    assert skipped[0].reason == "no such file or directory"  # a plain missing path is said as before


def test_a_web_address_on_the_command_line_is_named_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "https://news.example.invalid/ferry.html", "-q"]) == 2
    err = capsys.readouterr().err
    assert "skipped https://news.example.invalid/ferry.html: a web address, not a file" in err
    assert "Traceback" not in err


def test_a_path_in_bytes_is_one_path(tmp_path: Path) -> None:
    """`read_inputs(b"/…/ferry.txt")` read the bytes as a list of numbers: one "not a path" skip per byte."""
    good = tmp_path / "ferry.txt"
    good.write_text(REPORT)
    docs, skipped = read_inputs(os.fsencode(good))
    assert [d.id for d in docs] == ["ferry.txt"] and skipped == []
    docs, skipped = read_inputs([os.fsencode(good)])
    assert [d.id for d in docs] == ["ferry.txt"] and skipped == []


@pytest.mark.parametrize("given", [None, 42])
def test_an_input_that_is_no_path_is_named_not_a_traceback(given: Any) -> None:
    """`storyline.brief(None)` raised `TypeError: 'NoneType' object is not iterable` from deep in the reader."""
    with pytest.raises(NothingUsable) as caught:
        storyline.brief(given)
    assert f"{given!r}: not a path or a document ({type(given).__name__})" in str(caught.value)


def test_a_text_stream_on_stdin_is_read_as_the_bytes_of_a_file_are() -> None:
    """`brief("-", stdin=io.StringIO(text))` skipped the report as "internal error in decode: TypeError"."""
    docs, skipped = read_inputs("-", stdin=cast(BinaryIO, io.StringIO(REPORT)))
    assert skipped == [] and len(docs) == 1 and "212 passengers" in docs[0].text


def test_a_count_or_limit_below_one_is_refused_by_name_before_any_work(tmp_path: Path) -> None:
    """The command line refuses `--words -5`; the Python API built a brief with `words=-5`, and `max_bytes=-1`
    skipped every file as "over the -1-byte limit"."""
    good = tmp_path / "ferry.txt"
    good.write_text(REPORT)
    for call in (lambda: storyline.brief(good, words=-5), lambda: storyline.briefs(good, words=0),
                 lambda: storyline.read_documents(good, max_bytes=-1),
                 lambda: storyline.read_documents(good, max_chars=0)):
        with pytest.raises(BadArgument, match=r"must be a whole number of at least 1, not (-5|0|-1)"):
            call()
    with pytest.raises(ValueError):  # a BadArgument is a ValueError too
        storyline.brief(good, words=0)
    with Store(tmp_path / "news.db") as store:
        with pytest.raises(BadArgument, match="max_bytes must be a whole number of at least 1, not 0"):
            store.add([good], max_bytes=0)
        assert store.stories() == []  # refused before anything was read or stored
        store.add([good])
        with pytest.raises(BadArgument, match="fmt must be 'md', 'json' or 'html', not 'pdf'"):
            store.brief_text(1, fmt="pdf")  # was KeyError: 'pdf'
        with pytest.raises(BadArgument, match="words must be a whole number of at least 1, not -1"):
            store.brief(1, words=-1)


def test_a_link_that_points_to_itself_is_named_a_loop(tmp_path: Path) -> None:
    """A link to itself, in a folder or given, said "cannot read: Too many levels of symbolic links"."""
    (tmp_path / "ferry.txt").write_text(REPORT)
    (tmp_path / "self").symlink_to("self")
    docs, skipped = read_inputs([str(tmp_path), str(tmp_path / "self")])
    assert [d.id for d in docs] == ["ferry.txt"]
    assert len(skipped) == 2
    assert all(s.reason.startswith("symbolic link loop: the link points to itself") for s in skipped)


def test_a_pdf_or_word_file_says_what_to_give_instead(tmp_path: Path) -> None:
    """A PDF said only "unsupported file type (.pdf)", as a .xyz does: a user saved a report in the wrong format."""
    (tmp_path / "report.PDF").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "data.xyz").write_bytes(b"x")
    why = {s.input: s.reason for s in read_inputs(str(tmp_path))[1]}
    for name, ext in (("report.PDF", ".PDF"), ("notes.docx", ".docx")):
        assert why[name] == (f"unsupported file type ({ext}); storyline reads text, HTML and JSON: save the "
                             "report's text as .txt (or its web page as .html)")
    assert why["data.xyz"] == "unsupported file type (.xyz)"


def test_loose_reports_beside_a_multi_news_file_are_told_apart(tmp_path: Path) -> None:
    """A folder of a Multi-News file and three unrelated loose reports briefed the three as one story "story"."""
    from storyline.pipeline import find_stories

    fire = REPORT
    vote = ("Harwell council election won by Greens\n\nHARWELL, 8 May 2026 - The Green Party won control of Harwell "
            "district council on Friday, taking 23 of the 41 seats, the returning officer said. Labour won 11 seats "
            "and the Conservatives 7. Green leader Tomas Brandt said the party would freeze parking charges.\n")
    quake = ("Earthquake shakes northern Chile\n\nSANTIAGO, 12 April 2026 - A magnitude 6.1 earthquake struck "
             "northern Chile on Sunday, the national seismology centre said. The quake was centred 40 kilometres "
             "east of Calama at a depth of 110 kilometres. Mining company Codelco said its mines ran normally.\n")
    for name, text in (("ferry.txt", fire), ("vote.txt", vote), ("quake.txt", quake)):
        (tmp_path / name).write_text(text)
    (tmp_path / "mn.txt").write_text(fire + " ||||| " + fire.replace("Saturday", "Saturday morning early"))
    docs, _ = storyline.read_documents(str(tmp_path))
    stories = find_stories(docs)
    loose = [s for s in stories if s.id != "mn.txt"]
    assert sorted(len(s.documents) for s in loose) == [1, 1, 1]
    assert {s.id for s in loose} == {"story-1", "story-2", "story-3"}
