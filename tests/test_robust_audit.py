"""The README's "Bad input and exit status" section, claim by claim (bench/ROBUSTNESS_AUDIT.md), and the
campaign's recipes run through every command that reads input the way ``brief`` does: ``claims``,
``clean``, ``add`` into a store, and ``eval``. Each: exit 0, the good reports used, every bad one
skipped with its reason under its own name, and no traceback.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from conftest import DEMO
from storyline import outputs
from storyline.cli import main
from storyline.ingest import read_inputs
from storyline.ingest import reader as reader_module

GOOD = sorted(DEMO.glob("*.txt"))
ARTICLE = GOOD[0].read_text(encoding="utf-8")
EN = ("The delegation met officials in the capital on Tuesday, and the talks were described as constructive "
      "by both sides. Reporters were told that a further round would follow next month.\n")
JAPANESE = "外務大臣の山田太郎氏は記者会見で述べた。"
POSIX = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="POSIX FIFOs and non-UTF-8 file names")


def reasons(skips: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {s.input: s.reason for s in skips}


def campaign_folder(tmp_path: Path) -> Path:
    """Two good reports beside one input for each finding of issue 16 that a folder can hold."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in GOOD[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "surrogate.jsonl").write_text(json.dumps({"title": "T \udcff", "text": "\ud800" + ARTICLE}) + "\n"
                                            + "[" * 100_000 + "\n" + '{"text": "x", "n": ' + "9" * 5000 + "}\n")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:  # finding 2
        fh.write(GOOD[2].read_bytes())
    os.mkfifo(folder / "pipe.txt")  # finding 3
    (folder / "tokyo.txt").write_bytes((EN * 3 + JAPANESE + "\n" + EN).encode("euc_jp"))  # finding 4
    (folder / "zh.txt").write_text("外交部发言人说，会谈富有成果。双方同意下个月在首都举行新一轮会谈。\n" * 5)
    with open(folder / "big.txt", "wb") as fh:  # finding 9: limits printed exactly
        fh.truncate(5_000_001)
    (folder / "nul.txt").write_bytes(b"A NUL\x00 here. " + GOOD[3].read_bytes())  # finding 10
    paras = "".join(f"<p>{p}</p>" for p in GOOD[4].read_text().split("\n") if p.strip())  # finding 9: markup
    (folder / "page.txt").write_text(f"<!doctype html><html><head><title>Harbour fire</title></head>"
                                     f"<body><article>{paras}</article></body></html>")
    return folder


EXPECTED = {
    "surrogate.jsonl:2": "line 2: JSON nested too deeply to be an article",
    "surrogate.jsonl:3": "line 3: JSON holds a number too long to read (over 4,300 digits)",
    "pipe.txt": "not a regular file (a named pipe (FIFO))",
    "tokyo.txt": "cannot tell the encoding: not UTF-8, not Western (windows-1252) text",
    "zh.txt": "language looks like zh, not English",
    "big.txt": "file is 5,000,001 bytes, over the 5,000,000-byte limit (--max-bytes)",
}
USED = {GOOD[0].name, GOOD[1].name, "surrogate.jsonl#1", "caf\\xe9.txt", "nul.txt", "page.txt"}


def assert_skips(err: str) -> None:
    assert "Traceback" not in err
    for name, reason in EXPECTED.items():
        assert f"storyline: skipped {name}: {reason}" in err, (name, err)


@POSIX
@pytest.mark.parametrize("command", ["brief", "claims", "clean"])
def test_each_command_keeps_the_good_reports_and_skips_each_recipe(command: str, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = campaign_folder(tmp_path)
    assert main([command, str(folder), str(folder / "pipe.txt"), "--format", "json", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert_skips(err)
    data = json.loads(out)
    assert {d["id"] for d in data["documents"]} == USED
    assert {s["input"] for s in data["skipped"]} >= set(EXPECTED)
    assert "\ufffd" in out and "\x00" not in out and "<p>" not in out


@POSIX
def test_add_into_a_store_keeps_the_good_reports_and_skips_each_recipe(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = campaign_folder(tmp_path)
    assert main(["add", str(folder), str(folder / "pipe.txt"), "--db", str(tmp_path / "s.db"), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert_skips(err)
    assert f"added {len(USED)}," in out


@POSIX
def test_eval_skips_bad_lines_and_datasets_by_name_and_scores_the_rest(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"s\xe9t.jsonl")))  # finding 2: a Latin-1 name
    cluster = {"id": "c1", "documents": ["\udcff" + ARTICLE, "A NUL\u0000 here. " + GOOD[1].read_text()],
               "summaries": ["A fire burned a warehouse."]}
    data.write_text(json.dumps(cluster) + "\n" + "[" * 100_000 + "\n" + '{"n": ' + "9" * 5000 + "}\n"
                    + '{"id": "c2"}\n')
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    euc = tmp_path / "tokyo.jsonl"
    euc.write_bytes((json.dumps({"id": "j", "documents": [EN * 3 + JAPANESE], "summaries": ["x"]},
                                ensure_ascii=False) + "\n").encode("euc_jp"))
    status = main(["eval", str(data), str(fifo), str(euc), "--systems", "storyline,lead", "--no-progress"])
    out, err = capsys.readouterr()
    assert status == 0 and "Traceback" not in err  # as brief: a table was written, two datasets skipped
    assert out.startswith("s\\xe9t.jsonl: 1 cluster,") and "| storyline |" in out
    assert "storyline: skipped s\\xe9t.jsonl:2: line 2: JSON nested too deeply to be an article" in err
    assert "storyline: skipped s\\xe9t.jsonl:3: line 3: JSON holds a number too long to read" in err
    assert "storyline: skipped s\\xe9t.jsonl:4: line 4: not a cluster record" in err
    assert f"storyline: {fifo}: not a regular file" in err
    assert "storyline: skipped tokyo.jsonl: cannot tell the encoding" in err


@pytest.mark.parametrize("args", [["add", "x.txt", "--max-bytes", "-1"], ["add", "x.txt", "--max-chars", "0"],
                                  ["add", "x.txt", "--workers", "-2"], ["claims", "x.txt", "--max-bytes", "0"],
                                  ["eval", "x.jsonl", "--limit", "0"], ["eval", "x.jsonl", "--words", "-1"]])
def test_every_count_option_is_validated(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert f"argument {args[2]}: " in capsys.readouterr().err


# --- the README's list of skipped inputs, one claim at a time ---------------------------------------


@POSIX
def test_broken_links_sockets_devices_and_empty_folders(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(ARTICLE)
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "empty-sub").mkdir()  # holds no input: nothing to list
    (folder / ".hidden.txt").write_text(ARTICLE)  # hidden files are not read and not listed
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "s.txt"))
        empty = tmp_path / "empty"
        empty.mkdir()
        docs, skips = read_inputs([folder, folder / "gone.txt", "/dev/null", empty])
    finally:
        sock.close()
    assert [d.id for d in docs] == ["ok.txt"]
    assert reasons(skips) == {"gone.txt": "broken symbolic link", "s.txt": "not a regular file (a socket)",
                              "null": "not a regular file (a character device)",
                              str(empty): "folder contains no files",
                              str(folder / "gone.txt"): "broken symbolic link"}  # given: named as given


def test_permission_denied_is_skipped_even_when_run_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE)
    (tmp_path / "secret.txt").write_text(ARTICLE)
    (tmp_path / "locked").mkdir()
    real_open, real_scandir = os.open, os.scandir

    def no_access(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def no_listing(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reader_module.os, "open", no_access)
    monkeypatch.setattr(reader_module.os, "scandir", no_listing)
    docs, skips = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert reasons(skips) == {"secret.txt": "permission denied", "locked": "permission denied: cannot list the folder"}


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("外務大臣の山田太郎氏は記者会見で述べた。東京で会談が行われた。" * 3, "shift_jis"),
        ("外交部发言人说，会谈富有成果。双方同意下个月在首都举行新一轮会谈。" * 3, "gb18030"),
        ("외교부 장관은 기자회견에서 회담이 성공적이었다고 말했다. 다음 달에 다시 만난다." * 3, "euc_kr"),
        ("외교부 장관은 기자회견에서 말했다.\n" + EN, "iso2022_kr"),
        (EN + "Café, “quoted”.\n", "utf_16_be"),  # no byte-order mark, mostly ASCII
        (EN + "Café, “quoted”.\n", "utf_32"),
    ],
)
def test_encodings_the_readme_names_are_decoded(tmp_path: Path, text: str, codec: str) -> None:
    f = tmp_path / f"{codec}.txt"
    f.write_bytes(text.encode(codec))
    docs, skips = read_inputs([f])
    assert skips == [] and docs[0].text == text


# --- outputs --------------------------------------------------------------------------------------


@POSIX
def test_a_link_to_stdout_is_written_through_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` with stdout redirected to a file: the device link must survive (it was
    renamed over once, which replaced /dev/stdout itself with a regular file)."""
    sink = tmp_path / "redirected.md"
    fd = os.open(sink, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    link = tmp_path / "stdout-link"
    link.symlink_to(f"/proc/self/fd/{fd}")
    try:
        outputs.write_outputs([(str(link), "the brief\n")])
    finally:
        os.close(fd)
    assert link.is_symlink() and sink.read_text() == "the brief\n"


def test_a_link_to_a_file_keeps_being_a_link(tmp_path: Path) -> None:
    real = tmp_path / "briefs" / "today.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    outputs.write_outputs([(str(link), "new")])
    assert link.is_symlink() and real.read_text() == "new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["today.md"]  # no temporary file left


@POSIX
def test_a_fifo_target_is_written_directly(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    outputs.write_outputs([(str(fifo), "piped")])
    reader.join(timeout=60)
    assert got == [b"piped"] and not [p for p in tmp_path.iterdir() if p.name != "out.fifo"]


def test_outputs_in_a_missing_folder_or_on_a_folder_are_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(outputs.OutputError, match="the folder .*nope does not exist"):
        outputs.check_targets([("-o", str(tmp_path / "nope" / "b.md"))], [])
    with pytest.raises(outputs.OutputError, match="it is a folder"):
        outputs.check_targets([("-o", str(tmp_path))], [])


# --- standard input, and warnings in every format ------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals")
def test_a_terminal_on_stdin_is_refused_and_the_other_inputs_briefed(monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        with open(follower, "rb", buffering=0) as terminal:
            monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": terminal})())
            assert main(["clean", "-", str(GOOD[0]), "--format", "json"]) == 0
    finally:
        os.close(leader)
    out, err = capsys.readouterr()
    assert "storyline: skipped <stdin>: cannot read standard input: standard input is a terminal" in err
    assert [d["id"] for d in json.loads(out)["documents"]] == [GOOD[0].name]


# --- repairs, languages, documents that are not reports, bugs while reading ------------------------


def test_line_breaks_and_control_characters_are_repaired_the_same_everywhere(tmp_path: Path) -> None:
    odd = "One.\x0bTwo.\x0cThree.\x85Four.\u2028Five.\u2029Six.\x00\x07\x1b[0m Seven.\r\nEight.\rNine."
    repaired = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.[0m Seven.\nEight.\nNine."
    (tmp_path / "odd.txt").write_text(EN + odd, encoding="utf-8")
    (tmp_path / "odd.json").write_text(json.dumps({"text": EN + odd, "title": odd, "source": odd, "url": odd}))
    docs, skips = read_inputs([tmp_path / "odd.txt", tmp_path / "odd.json"])
    assert skips == []
    assert docs[0].text == docs[1].text == EN + repaired
    assert docs[1].title == docs[1].outlet == docs[1].url == repaired


def test_text_in_another_script_is_skipped_with_its_language(tmp_path: Path) -> None:
    from storyline import read_documents

    (tmp_path / "ok.txt").write_text(ARTICLE)
    (tmp_path / "ru.txt").write_text("Министр иностранных дел заявил журналистам, что переговоры прошли успешно "
                                     "и продолжатся в следующем месяце.\n" * 4)
    (tmp_path / "el.txt").write_text("Ο υπουργός Εξωτερικών δήλωσε στους δημοσιογράφους ότι οι συνομιλίες ήταν "
                                     "επιτυχείς και θα συνεχιστούν τον επόμενο μήνα.\n" * 4)
    docs, skips = read_documents([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    why = reasons(skips)
    assert why["ru.txt"].startswith("language looks like ru, not English")
    assert why["el.txt"].startswith("language looks like el, not English")


def test_documentation_with_code_blocks_is_not_a_report(tmp_path: Path) -> None:
    (tmp_path / "howto.md").write_text("Install it like this:\n\n```sh\npip install x\n```\n\nThen run it.\n")
    docs, skips = read_inputs([tmp_path / "howto.md"])
    assert docs == [] and reasons(skips) == {"howto.md": "looks like documentation (it holds code blocks), "
                                                          "not a news report"}


@pytest.mark.parametrize(("target", "stage"), [("read_noted", "decode"), ("_parse", "read")])
def test_a_bug_while_reading_or_decoding_one_file_skips_only_that_file(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        target: str, stage: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("harbour", "port"))
    real = getattr(reader_module, target)

    def buggy(*args, **kwargs):  # type: ignore[no-untyped-def]
        if "b.txt" in args:
            raise ValueError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(reader_module, target, buggy)
    docs, skips = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]
    assert reasons(skips) == {"b.txt": f"internal error in {stage}: ValueError"}


@pytest.mark.parametrize("quiet", [False, True])
def test_clean_shows_the_progress_bar_as_brief_does(quiet: bool, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from storyline import cli, progress

    drawn: list[str] = []

    class Recording(progress.Progress):
        def stage(self, name: str, total: int) -> None:
            drawn.append(name)

    monkeypatch.setattr(cli.progress, "Progress", lambda delay: Recording(delay=delay))
    assert main(["clean", str(GOOD[0]), *(["--quiet"] if quiet else [])]) == 0
    capsys.readouterr()
    assert drawn == ([] if quiet else ["cleaning reports"])
