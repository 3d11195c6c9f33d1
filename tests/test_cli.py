"""End-to-end tests of the command line on the project's own demo story."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEMO
from storyline.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "storyline", *args], input=stdin, capture_output=True,
                          timeout=300)


@pytest.fixture(scope="module")
def demo_json() -> dict:  # type: ignore[type-arg]
    proc = run("brief", str(DEMO), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_demo_brief_json_contract(demo_json: dict) -> None:  # type: ignore[type-arg]
    b = demo_json
    assert b["schema"] == "storyline.brief/1"
    assert b["story"]["words"] == 200 and b["story"]["title"]
    ids = {d["id"] for d in b["documents"]}
    assert len(ids) == len(list(DEMO.iterdir()))
    for d in b["documents"]:
        assert set(d) >= {"id", "title", "outlet", "url", "published", "text", "removed", "copy_of"}
        assert d["title"] and d["text"]
    texts = {d["id"]: d["text"] for d in b["documents"]}
    assert b["summary"]
    words = sum(len(s["text"].split()) for s in b["summary"])
    assert words <= 200
    for s in b["summary"]:
        first = s["citations"][0]
        assert texts[first["doc"]][first["start"]:first["end"]] == s["text"]
        for c in s["citations"]:
            assert 0 <= c["start"] < c["end"] <= len(texts[c["doc"]])


def test_demo_has_a_reprint_and_removed_furniture(demo_json: dict) -> None:  # type: ignore[type-arg]
    docs = demo_json["documents"]
    assert any(d["copy_of"] for d in docs), "the demo's wire reprint is detected"
    assert sum(len(d["removed"]) for d in docs) >= 5
    assert any(s["citations"][1:] for s in demo_json["summary"]), "some summary sentence cites several sources"


def test_markdown_is_default_and_html_and_json_files(tmp_path: Path) -> None:
    html, js = tmp_path / "b.html", tmp_path / "b.json"
    proc = run("brief", str(DEMO), "--words", "120", "--html", str(html), "--json", str(js))
    assert proc.returncode == 0, proc.stderr.decode()
    md = proc.stdout.decode()
    assert md.startswith("# ") and "## Summary" in md and "## Sources" in md and "[1]" in md
    assert "<html" in html.read_text(encoding="utf-8").lower()
    assert json.loads(js.read_text(encoding="utf-8"))["story"]["words"] == 120


def test_bad_inputs_are_skipped_and_the_rest_is_briefed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\t\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ')
    (tmp_path / "big.txt").write_text("word " * 3000)
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    proc = run("brief", str(DEMO), str(tmp_path), str(tmp_path / "missing.txt"), "--format", "json",
               "--max-bytes", "10000")
    assert proc.returncode == 0, proc.stderr.decode()
    b = json.loads(proc.stdout)
    skipped = {Path(s["input"]).name: s["reason"] for s in b["skipped"]}
    for name in ("empty.txt", "blank.txt", "image.png", "broken.json", "big.txt", "empty.html", "missing.txt"):
        assert name in skipped, f"{name} not reported: {skipped}"
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert "empty.txt" in err and "missing.txt" in err
    assert len(b["documents"]) == len(list(DEMO.iterdir()))


def test_nothing_usable_exits_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    proc = run("brief", str(tmp_path / "empty.txt"), str(tmp_path / "nope"))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Traceback" not in err and "empty.txt" in err and "nope" in err


def test_stdin() -> None:
    text = (DEMO / sorted(p.name for p in DEMO.glob("*.txt"))[0]).read_bytes()
    proc = run("brief", "-", "--format", "json", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["documents"][0]["id"] == "<stdin>"


def test_main_in_process_bad_usage() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["brief"])
    assert exc.value.code == 2


def test_story_option_briefs_only_that_story(tmp_path: Path) -> None:
    docs = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    data = tmp_path / "clusters.jsonl"
    data.write_text(
        json.dumps({"id": "fire", "documents": docs[:3], "summaries": []}) + "\n"
        + json.dumps({"id": "other", "documents": docs[3:], "summaries": []}) + "\n",
        encoding="utf-8",
    )
    proc = run("brief", str(data), "--story", "other", "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    b = json.loads(proc.stdout)
    assert b["story"]["id"] == "other" and len(b["documents"]) == len(docs) - 3
    missing = run("brief", str(data), "--story", "nope")
    assert missing.returncode == 2 and "nope" in missing.stderr.decode()


def test_a_report_over_max_chars_is_skipped_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = tmp_path / "long.txt"
    long.write_text("The harbour board met on Monday to discuss the fire, officials said. " * 200, encoding="utf-8")
    out = tmp_path / "b.json"
    rc = main(["brief", str(long), str(DEMO), "--max-chars", "5000", "--format", "json", "-o", str(out)])
    assert rc == 0
    err = capsys.readouterr().err
    assert "long.txt" in err and "over the 5,000-character limit for one report (--max-chars)" in err
    b = json.loads(out.read_text(encoding="utf-8"))
    assert len(b["skipped"]) == 1 and b["skipped"][0]["input"].endswith("long.txt")
    assert "--max-chars" in b["skipped"][0]["reason"]
    assert all(not d["id"].endswith("long.txt") for d in b["documents"])


@pytest.mark.parametrize("argv", [[], ["brief"], ["claims"], ["clean"], ["add"], ["stories"], ["serve"], ["eval"]])
def test_every_help_has_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A new user reads --help first: each command, and storyline itself, shows examples of its use."""
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:\n  storyline " in out
    if argv:  # and says what the command does, in a paragraph under the usage, wrapped for a terminal
        said = out.split("\n\n")[1]
        assert not said.startswith(("positional arguments", "options")), f"{argv[0]} --help has no description"
        assert max(len(line) for line in said.splitlines()) <= 79
    if argv in (["claims"], ["clean"]):  # --story there is an input's story: these commands have no --db
        assert "--db" not in out


def test_exclude_with_a_stored_story_is_refused_not_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    """`brief --db news.db --story 1 --exclude '*.txt'` briefed the whole story, the pattern ignored."""
    with pytest.raises(SystemExit) as exit_:
        main(["brief", "--db", "news.db", "--story", "1", "--exclude", "*.txt"])
    assert exit_.value.code == 2
    assert "storyline brief: error: --exclude leaves out files of PATH..." in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--max-chars", "--max-bytes"])
def test_read_limits_with_a_stored_story_are_refused_not_ignored(option: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`brief --db news.db --story 1 --max-chars 100` briefed the whole story, the limit ignored."""
    with pytest.raises(SystemExit) as exit_:
        main(["brief", "--db", "news.db", "--story", "1", option, "100"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"storyline brief: error: {option} limits what is read from PATH..." in err
    assert f"storyline add {option} N" in err


def test_wrong_brief_options_show_the_brief_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """`brief --db FILE` without --story says what brief takes under `storyline brief`'s own usage."""
    with pytest.raises(SystemExit) as exit_:
        main(["brief", "--db", "news.db"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: storyline brief ") and "storyline brief: error: brief takes PATH" in err
