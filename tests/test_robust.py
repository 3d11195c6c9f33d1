"""Regression tests for the reliability campaign of issue 16 (and issue 12's inputs that are not reports).

Each recipe: the command exits 0, the good reports are briefed, the bad input is
skipped with its reason (or, where the bad part can be repaired without changing
what a reader sees, repaired), and no traceback is printed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DEMO
from storyline import outputs
from storyline.cli import main

GOOD = sorted(DEMO.glob("*.txt"))
ARTICLE = GOOD[0].read_text(encoding="utf-8")
EN = ("The delegation met officials in the capital on Tuesday, and the talks were described as constructive "
      "by both sides. Reporters were told that a further round would follow next month, according to a "
      "statement released after the meeting.\n")


def brief_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    """Run ``storyline brief ARGS --format json`` in process: (status, brief, stderr)."""
    status = main(["brief", *args, "--format", "json", "--quiet"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, (json.loads(out) if status == 0 and out else {}), err


def skipped(b: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["input"]: s["reason"] for s in b["skipped"]}


def good_folder(tmp_path: Path, n: int = 2) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in GOOD[:n]:
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def record(text: str, **fields: str) -> dict[str, str]:
    return {"title": "Fire at the harbour", "text": text, **fields}


# --- 1. lone surrogates in JSON and JSONL ------------------------------------------------------------


def test_lone_surrogate_in_json_text_is_replaced_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    # json.dumps writes the escape "\udcff"; json.loads accepts it and gives a lone surrogate
    (folder / "bad.json").write_text(json.dumps(record(ARTICLE.replace("warehouse", "ware\udcffhouse", 1))))
    (folder / "bad.jsonl").write_text(json.dumps(record("\ud800" + ARTICLE)) + "\n")
    status, b, _ = brief_json(capsys, str(folder))
    assert status == 0
    ids = [d["id"] for d in b["documents"]]
    assert "bad.json" in ids and "bad.jsonl#1" in ids and len(ids) == 4
    texts = json.dumps(b, ensure_ascii=False)
    assert "\ufffd" in texts
    json.dumps(b, ensure_ascii=False).encode("utf-8")  # strict: no surrogate left anywhere


def test_surrogates_in_title_url_outlet_and_story_survive_writing(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    rec = record(ARTICLE, title="Fire \udcff", url="https://x.example/\ud83d", outlet="Gazette \udfff")
    (folder / "odd.json").write_text(json.dumps(rec))
    out = tmp_path / "out.json"
    out.write_text("old brief")
    status = main(["brief", str(folder), "--quiet", "--format", "json", "-o", str(out), "--html",
                   str(tmp_path / "b.html")])
    err = capsys.readouterr().err
    assert status == 0 and "Traceback" not in err
    b = json.loads(out.read_text(encoding="utf-8"))
    assert any(d["title"] == "Fire \ufffd" for d in b["documents"])
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!")


def test_claims_and_eval_read_surrogates_and_bad_lines_too(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    (folder / "bad.jsonl").write_text(json.dumps(record("\udcff" + ARTICLE)) + "\n" + "[" * 100_000 + "\n")
    assert main(["claims", str(folder), "--format", "json", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["claims"] is not None and "Traceback" not in err
    data = tmp_path / "eval.jsonl"
    cluster = {"id": "c1", "documents": ["\udcff" + ARTICLE, GOOD[1].read_text()], "summaries": ["A fire."]}
    data.write_text(json.dumps(cluster) + "\n" + "[" * 100_000 + "\n" + '{"id": 1}\n')
    assert main(["eval", str(data), "--systems", "storyline,lead", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert "| storyline |" in out.replace("|storyline|", "| storyline |") or "storyline" in out
    assert "eval.jsonl:2: line 2: JSON nested too deeply" in err and "eval.jsonl:3" in err


# --- 2. file names that are not UTF-8; outputs that survive failures -------------------------------------


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_latin1_file_name_becomes_a_safe_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path, 1)
    name = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(name, "wb") as fh:
        fh.write(GOOD[1].read_bytes())
    out = tmp_path / "out.json"
    out.write_text("previous")
    status = main(["brief", str(folder), "--quiet", "--format", "json", "-o", str(out)])
    assert status == 0
    ids = [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]]
    assert "caf\\xe9.txt" in ids
    capsys.readouterr()


def test_a_failing_second_output_leaves_every_existing_file_as_it_was(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    md, html = tmp_path / "brief.md", tmp_path / "brief.html"
    md.write_text("old markdown")
    real = outputs._write_temp

    def disk_full(path: str, data: bytes) -> str:
        if path.endswith(".html"):
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(outputs, "_write_temp", disk_full)
    status = main(["brief", str(folder), "--quiet", "-o", str(md), "--html", str(html)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"cannot write {html}: No space left on device" in err and "Traceback" not in err
    assert md.read_text() == "old markdown" and not html.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md", "in"]  # no temporary file left


def test_a_failing_rename_puts_back_what_was_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.json"
    a.write_text("old a")
    b.write_text("old b")
    real = os.replace
    calls = []

    def second_fails(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(outputs.os, "replace", second_fails)
    with pytest.raises(outputs.OutputError, match="b.json: Input/output error"):
        outputs.write_outputs([(str(a), "new a"), (str(b), "new b")])
    monkeypatch.setattr(outputs.os, "replace", real)
    assert a.read_text() == "old a" and b.read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.json"]


def test_output_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o640)
    outputs.write_outputs([(str(target), "new")])
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o640


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_dev_full_names_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["brief", str(good_folder(tmp_path)), "--quiet", "-o", "/dev/full"])
    err = capsys.readouterr().err
    assert status == 2 and "storyline: cannot write /dev/full: No space left on device" in err


def test_output_that_names_an_input_is_refused_before_any_work(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    victim = folder / GOOD[0].name
    before = victim.read_bytes()
    for args in (["-o", str(victim)], ["--json", str(victim)], ["--html", str(tmp_path / "x.html"),
                                                                 "-o", str(tmp_path / "x.html")]):
        assert main(["brief", str(folder), *args]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and ("names an input" in err or "the same file as" in err)
    assert main(["brief", str(victim), "-o", str(victim)]) == 2
    assert "names an input" in capsys.readouterr().err
    assert victim.read_bytes() == before


# --- 3. FIFOs and devices never block ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_given_as_a_path_is_skipped_not_waited_on(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "storyline", "brief", str(folder), str(fifo), "/dev/zero",
                           "--format", "json", "--quiet"], capture_output=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert proc.returncode == 0, proc.stderr.decode()
    b = json.loads(proc.stdout)
    why = skipped(b)
    assert why["pipe.txt"] == "not a regular file (a named pipe (FIFO))"
    assert why["zero"] == "not a regular file (a character device)"
    assert len(b["documents"]) == 2 and b"Traceback" not in proc.stderr


# --- 4. legacy encodings: decoded right or skipped with the reason, never mojibake ------------------


JAPANESE = "外務大臣の山田太郎氏は記者会見で述べた。"
RUSSIAN = "Министр иностранных дел Сергей Лавров заявил журналистам."


@pytest.mark.parametrize(
    ("text", "codec", "expect"),
    [
        (EN + JAPANESE + "\n" + EN, "euc_jp", "skip"),
        (EN + JAPANESE + "\n" + EN, "shift_jis", "skip"),
        (EN + JAPANESE + "\n" + EN, "iso2022_jp", "read"),
        (EN + RUSSIAN + "\n" + EN, "koi8_r", "read"),
        (EN + RUSSIAN + "\n" + EN, "cp1251", "read"),
        (EN + RUSSIAN + "\n" + EN, "iso8859_5", "read"),
        (EN + "Café in Zürich, São Paulo — “quoted” … 30 °C\n" + EN, "cp1252", "read"),
        (EN + "Die Größe des Übergangs, Ærø and Åland.\n" + EN, "latin_1", "read"),
        (EN + "Ο υπουργός δήλωσε στους δημοσιογράφους.\n" + EN, "iso8859_7", "skip"),
        (EN + "Minister Łukasz Żółć powiedział.\n" + EN, "iso8859_2", "skip"),
        (EN + JAPANESE + "\n" + EN, "utf_16", "read"),
        (EN + RUSSIAN + "\n" + EN, "utf_32", "read"),
        (EN + "Café, “quoted”.\n" + EN, "utf_8_sig", "read"),
        (EN + "Café, “quoted”.\n" + EN, "utf_16_le", "read"),  # no byte-order mark, mostly ASCII
    ],
)
def test_every_encoding_of_the_campaign(tmp_path: Path, text: str, codec: str, expect: str) -> None:
    from storyline.ingest import read_inputs

    f = tmp_path / f"{codec}.txt"
    f.write_bytes(text.encode(codec))
    docs, skips = read_inputs([f])
    if expect == "read":
        assert skips == [] and docs[0].text == text.rstrip("\n") + ("\n" if text.endswith("\n") else "")
    else:
        assert docs == [] and skips[0].input == f.name
        assert skips[0].reason.startswith("cannot tell the encoding: not UTF-8, not Western (windows-1252) text")


def test_mostly_english_euc_jp_is_skipped_in_a_brief_and_the_rest_briefed(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]
                                                                           ) -> None:
    folder = good_folder(tmp_path)
    (folder / "tokyo.txt").write_bytes((ARTICLE + JAPANESE).encode("euc_jp"))
    (folder / "moscow.txt").write_bytes((ARTICLE.replace("warehouse", "склад") + RUSSIAN).encode("koi8_r"))
    status, b, err = brief_json(capsys, str(folder))
    assert status == 0
    assert skipped(b)["tokyo.txt"].startswith("cannot tell the encoding")
    # KOI8-R: decoded right, or (when the detector hesitates, as it does with the article's "©") skipped
    moscow = [d["text"] for d in b["documents"] if d["id"] == "moscow.txt"]
    assert ("склад" in moscow[0]) if moscow else skipped(b)["moscow.txt"].startswith("cannot tell the encoding")
    assert "skipped tokyo.txt: cannot tell the encoding" in err
    mojibake = "ÓËÌÁÄ"  # "склад" read as windows-1252
    assert not any(mojibake in d["text"] for d in b["documents"])


# --- 5. one JSONL line is one unit --------------------------------------------------------------


def test_bad_jsonl_lines_cost_only_themselves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(record(GOOD[0].read_text())), "[" * 100_000 + "]" * 100_000,
             '{"text": "x", "n": ' + "9" * 5000 + "}", json.dumps(record(GOOD[1].read_text())),
             "{" * 50 + "broken"]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    status, b, err = brief_json(capsys, str(folder))
    assert status == 0
    assert [d["id"] for d in b["documents"]] == ["feed.jsonl#1", "feed.jsonl#4"]
    why = skipped(b)
    assert why["feed.jsonl:2"] == "line 2: JSON nested too deeply to be an article"
    assert why["feed.jsonl:3"] == "line 3: JSON holds a number too long to read (over 4,300 digits)"
    assert why["feed.jsonl:5"].startswith("malformed JSON on line 5")
    assert "RecursionError" not in err and "Exceeds the limit" not in err


def test_deep_json_file_is_skipped_with_a_clear_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "list.json").write_text("[" * 900 + json.dumps(record(ARTICLE)) + "]" * 900)
    status, b, _ = brief_json(capsys, str(folder))
    assert status == 0 and len(b["documents"]) == 2
    assert skipped(b)["deep.json"] == "JSON nested too deeply to be an article"
    assert "list.json" in skipped(b)


# --- 6. isolation: a bug costs one report or one section ----------------------------------------


def test_a_bug_in_cleaning_one_report_skips_only_that_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    import storyline.pipeline as pipeline

    real = pipeline.clean_document

    def buggy(raw, *rest):  # type: ignore[no-untyped-def]
        if raw.id == GOOD[0].name:
            raise ZeroDivisionError("boom")
        return real(raw, *rest)

    monkeypatch.setattr(pipeline, "clean_document", buggy)
    status, b, err = brief_json(capsys, str(good_folder(tmp_path, 3)))
    assert status == 0 and len(b["documents"]) == 2
    assert skipped(b)[GOOD[0].name] == "internal error in clean: ZeroDivisionError"


def test_a_bug_in_analysing_one_report_skips_only_that_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import storyline.pipeline as pipeline

    real = pipeline.analyse

    def buggy(docs):  # type: ignore[no-untyped-def]
        if any(d.id == GOOD[1].name for d in docs):
            raise IndexError("spaCy fell over")
        return real(docs)

    monkeypatch.setattr(pipeline, "analyse", buggy)
    status, b, _ = brief_json(capsys, str(good_folder(tmp_path, 3)))
    assert status == 0 and [d["id"] for d in b["documents"]] == [GOOD[0].name, GOOD[2].name]
    assert skipped(b)[GOOD[1].name] == "internal error in analyse: IndexError"


def test_a_bug_in_a_story_stage_leaves_that_section_out_with_a_warning(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import storyline.pipeline as pipeline

    def buggy(analyses):  # type: ignore[no-untyped-def]
        raise KeyError("figure")

    monkeypatch.setattr(pipeline, "extract_claims", buggy)
    status, b, err = brief_json(capsys, str(good_folder(tmp_path)))
    assert status == 0 and b["claims"] == [] and b["summary"]
    assert b["warnings"] == ["internal error in claims: KeyError; the brief has no claims section"]
    assert "storyline: warning: story: internal error in claims: KeyError" in err
    page = tmp_path / "b.html"
    assert main(["brief", str(tmp_path / "in"), "--quiet", "--html", str(page)]) == 0
    assert "> **Warning:** internal error in claims" in capsys.readouterr().out
    html = page.read_text(encoding="utf-8")
    assert ">Warnings<" in html
    assert "<li>internal error in claims: KeyError; the brief has no claims section</li>" in html


# --- 7. Ctrl-C ------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):  # far too long to finish before the signal comes (it must not end first)
        (folder / f"r{i:03}.txt").write_text(ARTICLE.replace("harbour", f"harbour {i}"))
    out = tmp_path / "brief.md"
    out.write_text("old")
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "brief", str(folder), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    time.sleep(6)
    assert proc.poll() is None, "the brief ended before the signal: the test needs a longer input"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert err.decode().strip().splitlines() == ["storyline: interrupted (Ctrl-C)"]
    assert out.read_text() == "old"


# --- 8. messages --------------------------------------------------------------------------------


def test_limits_are_printed_exactly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    big = folder / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(5_000_001)
    status, b, err = brief_json(capsys, str(folder))
    assert status == 0
    assert skipped(b)["big.txt"] == "file is 5,000,001 bytes, over the 5,000,000-byte limit (--max-bytes)"
    assert "storyline: skipped big.txt: file is 5,000,001 bytes" in err


def test_chinese_text_is_skipped_with_its_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    (folder / "zh.txt").write_text("外交部发言人说，会谈富有成果。双方同意下个月在首都举行新一轮会谈。\n" * 5)
    status, b, _ = brief_json(capsys, str(folder))
    assert status == 0 and skipped(b)["zh.txt"].startswith("language looks like zh, not English")


def test_markup_saved_as_txt_is_read_as_what_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    paras = "".join(f"<p>{p}</p>" for p in GOOD[2].read_text().split("\n") if p.strip())
    (folder / "page.txt").write_text(f"<!doctype html><html><head><title>Harbour fire</title></head>"
                                     f"<body><article>{paras}</article></body></html>")
    (folder / "api.txt").write_text(json.dumps(record(GOOD[3].read_text(), outlet="Wire")))
    status, b, _ = brief_json(capsys, str(folder))
    assert status == 0
    docs = {d["id"]: d for d in b["documents"]}
    assert "<p>" not in docs["page.txt"]["text"] and docs["page.txt"]["title"]
    assert docs["api.txt"]["outlet"] == "Wire" and '"text"' not in docs["api.txt"]["text"]


@pytest.mark.parametrize(("option", "value"), [("--words", "-5"), ("--max-bytes", "-1"), ("--max-chars", "0"),
                                               ("--words", "lots")])
def test_option_values_are_validated(option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["brief", str(DEMO), option, value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}:" in err and ("at least 1" in err or "whole number" in err)


def test_nul_bytes_are_handled_the_same_wherever_they_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storyline.ingest import read_inputs

    padding = (EN * 400)[:70_000]
    early = tmp_path / "early.txt"
    late = tmp_path / "late.txt"
    early.write_bytes(b"A NUL\x00 here. " + padding.encode())
    late.write_bytes(padding.encode() + b"A NUL\x00 here.")
    (tmp_path / "escaped.json").write_text(json.dumps(record("A NUL\u0000 here. " + padding)))
    docs, skips = read_inputs([early, late, tmp_path / "escaped.json"])
    assert skips == [] and all("\x00" not in d.text and "A NUL here." in d.text for d in docs)


def test_skipped_inputs_are_named_as_documents_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "empty.txt").write_text("")
    lone = tmp_path / "lone.txt"
    lone.write_text("")
    status, b, err = brief_json(capsys, str(folder), str(lone), str(tmp_path / "missing.txt"))
    assert status == 0
    assert set(skipped(b)) == {"sub/empty.txt", "lone.txt", str(tmp_path / "missing.txt")}
    assert "storyline: skipped sub/empty.txt: empty file" in err


# --- issue 12: files that are not reports; --exclude; progress -----------------------------------


def test_readme_licence_table_and_notes_are_not_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path)
    (folder / "README.md").write_text("# Harbour fire reports\n\nCollected from local outlets on 3 March.\n")
    (folder / "COPYING.txt").write_text("Some text.\n")
    (folder / "terms.txt").write_text("MIT License\n\nPermission is hereby granted, free of charge, to any person "
                                      "obtaining a copy of this software...\n")
    (folder / "sources.txt").write_text("outlet,url,date\nGazette,https://g.example/1,2026-03-03\n"
                                        "Herald,https://h.example/2,2026-03-03\nPost,https://p.example/3,2026-03-04\n")
    (folder / "todo-list.md").write_text("Things to check:\n" + "".join(f"- call source {i}\n" for i in range(8)))
    status, b, _ = brief_json(capsys, str(folder))
    assert status == 0 and len(b["documents"]) == 2
    why = skipped(b)
    assert why["README.md"] == "looks like a README file (by its file name), not a news report"
    assert why["COPYING.txt"].startswith("looks like a licence (by its file name)")
    assert why["terms.txt"].startswith("looks like a licence ('permission is hereby granted")
    assert why["sources.txt"].startswith("looks like a table (4 of 4 lines have 3 comma-separated cells)")
    assert why["todo-list.md"].startswith("looks like notes or a list (8 of 9 lines are list items)")


def test_exclude_globs_skip_files_and_folders_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = good_folder(tmp_path, 3)
    (folder / "drafts").mkdir()
    (folder / "drafts" / "x.txt").write_text(ARTICLE)
    status, b, _ = brief_json(capsys, str(folder), "--exclude", "drafts", "--exclude", GOOD[0].name)
    assert status == 0 and len(b["documents"]) == 2
    assert skipped(b) == {"drafts": "excluded by --exclude 'drafts'", GOOD[0].name: f"excluded by --exclude "
                                                                                     f"'{GOOD[0].name}'"}


def test_progress_bar_draws_only_after_the_delay_and_erases_itself() -> None:
    import io

    from storyline import progress

    stream = io.StringIO()
    bar = progress.Progress(stream, delay=0.0, force=True)
    with progress.showing(bar):
        progress.current().stage("analysing reports", 4)
        progress.current().advance(4)
    assert "storyline: analysing reports 4/4" in stream.getvalue() and stream.getvalue().endswith("\r\x1b[K")
    quiet = io.StringIO()
    late = progress.Progress(quiet, delay=3600.0, force=True)
    with progress.showing(late):
        progress.current().stage("analysing reports", 4)
    assert quiet.getvalue() == ""
    assert progress.current().enabled is False  # the Python API stays silent


def test_progress_bar_moves_while_a_slow_first_unit_runs() -> None:
    """The bar sat at "analysing reports 0/120" while the models loaded in the first chunk, drawn once and
    never again: a heartbeat now redraws it (spinner, elapsed time) until the stage moves on."""
    import io
    import time

    from storyline import progress

    stream = io.StringIO()
    with progress.showing(progress.Progress(stream, delay=0.0, force=True, beat=0.05)):
        progress.current().stage("analysing reports", 120)
        time.sleep(0.5)  # the first chunk: nothing advances
        drawn = stream.getvalue().count("storyline: analysing reports 0/120")
        progress.current().clear()  # before other output: the heartbeat must not draw over it
        cleared = stream.getvalue()
        time.sleep(0.2)
        assert stream.getvalue() == cleared
    assert drawn >= 3
    spinners = {line.rsplit(" ", 1)[-1] for line in cleared.split("\r\x1b[K") if line}
    assert len(spinners) >= 2  # it turns


def test_add_progress_bar_moves_during_the_first_batch(capsys: pytest.CaptureFixture[str]) -> None:
    """`storyline add` of 1,000 reports showed "0/1000" with a frozen clock through the first batch (the
    models loading): the bar now says so and its clock is redrawn until the first tick."""
    import time

    from storyline.store.commands import FIRST_BATCH_NOTE, _progress

    start = _progress(True, beat=0.05)
    assert start is not None
    tick = start(1000, 0)
    time.sleep(0.5)
    tick(1000)  # closes the bar and ends its heartbeat
    err = capsys.readouterr().err
    assert FIRST_BATCH_NOTE in err
    assert err.count("0/1000") >= 3


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and terminals")
def test_stdin_never_blocks_forever() -> None:
    import pty

    from storyline.ingest.reader import read_stream

    read_end, write_end = os.pipe()  # a writer that never writes and never closes
    try:
        with open(read_end, "rb", buffering=0) as stream:
            signal.alarm(60)  # a watchdog, not a timing assert: a read that ignored its idle timeout ends the run
            try:
                with pytest.raises(TimeoutError, match="nothing arrived on standard input for 0.2 seconds"):
                    read_stream(stream, 100, idle_timeout=0.2)  # type: ignore[arg-type]
            finally:
                signal.alarm(0)
    finally:
        os.close(write_end)
    leader, follower = pty.openpty()
    try:
        with open(follower, "rb", buffering=0) as terminal, pytest.raises(OSError, match="is a terminal"):
            read_stream(terminal, 100)  # type: ignore[arg-type]
    finally:
        os.close(leader)


def test_finding_stories_is_a_stage_of_its_own_on_the_bar() -> None:
    """Splitting a stream into stories takes seconds on hundreds of reports: the bar names it
    instead of staying on "cleaning reports 100%"."""
    import io

    from storyline import progress
    from storyline.model import RawDocument
    from storyline.pipeline import clean_all, find_stories

    texts = ["The council closed the harbour road on Tuesday after engineers found cracks in the sea wall. "
             "Repairs will take months, officials said.",
             "A rare orchid bloomed at the botanic garden on Sunday for the first time in forty years. "
             "Hundreds of visitors came to see it, gardeners said."]
    docs, _ = clean_all([RawDocument(id=f"r{n}", text=t) for n, t in enumerate(texts)])
    stream = io.StringIO()
    with progress.showing(progress.Progress(stream, delay=0.0, force=True)):
        find_stories(docs)
    assert "storyline: finding stories 2/2" in stream.getvalue()
