"""An input that holds several stories: found, said, listed, never merged into one brief.

Fixtures are our own: the demo story (examples/harbour-fire, 6 reports) and the web app's
fixture reports (tests/serve/fixtures/reports.jsonl: a bridge closure, a hailstorm, a
museum theft, 3 + 2 + 2 reports), plus a README and a notes file in the same folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import storyline
from storyline.model import Document
from storyline.pipeline import find_stories

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "harbour-fire"
REPORTS = ROOT / "tests" / "serve" / "fixtures" / "reports.jsonl"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True, timeout=600,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as people keep them: four stories' reports, a README and notes."""
    folder = tmp_path_factory.mktemp("mixed")
    for p in DEMO.iterdir():
        shutil.copy(p, folder / p.name)
    for line in REPORTS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n\n{r['text']}", encoding="utf-8")
    (folder / "README.md").write_text("# Reports\n\nCollected for the desk. Run `storyline brief .`.\n")
    (folder / "notes.txt").write_text("call back Voss\n- ask about girders\n- check 40,000 figure\n- legal?\n")
    (folder / "desk.txt").write_text("Tuesday\n- call back Voss re girders\n- check the 40,000 figure\n- ask legal\n")
    return folder


def _ids(docs: list[Document]) -> set[str]:
    return {d.id.rsplit("/", 1)[-1].split(".")[0] for d in docs}


def test_one_story_stays_one_story() -> None:
    docs, _ = storyline.read_documents([DEMO])
    stories = find_stories(docs)
    assert [(s.id, len(s.documents)) for s in stories] == [("story", len(docs))]


def test_unrelated_stories_are_told_apart(mixed: Path) -> None:
    docs, skipped = storyline.read_documents([mixed])
    reasons = {Path(s.input).name: s.reason for s in skipped}
    assert "README" in reasons["README.md"] and "notes" in reasons["notes.txt"]
    assert reasons["desk.txt"].startswith("looks like notes or a list (3 of 4 lines are list items)")
    stories = find_stories(docs)
    got = sorted(sorted(_ids(s.documents)) for s in stories)
    want = sorted([sorted(p.stem for p in DEMO.iterdir()), ["bridge-fm-3", "bridge-ledger-1", "bridge-wire-2"],
                   ["hail-agri-2", "hail-valley-1"], ["museum-post-1", "museum-wire-2"]])
    assert got == want
    assert [s.id for s in stories] == ["1", "2", "3", "4"] and len(stories[0].documents) == 6  # largest first


def test_python_brief_never_merges_stories(mixed: Path) -> None:
    b = storyline.brief([mixed])
    assert _ids(b.documents) == {p.stem for p in DEMO.iterdir()}
    assert b.warnings[0].startswith("the input holds 4 stories; this brief covers story 1 (6 of 13 reports)")
    assert "Tollgate Bridge" in b.warnings[0]
    listed = b.to_dict()["provenance"]["input_stories"]
    assert sorted(len(s["documents"]) for s in listed) == [2, 2, 3, 6]
    everything = storyline.briefs([mixed], words=60)
    assert [len(x.documents) for x in everything] == [6, 3, 2, 2]
    assert [x.story_id for x in storyline.briefs([mixed], words=60, story="3")] == ["3"]


def test_cli_says_so_lists_them_and_briefs_the_largest(mixed: Path, tmp_path: Path) -> None:
    proc = run("brief", str(mixed), "--format", "json", "-q")
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "storyline: the input holds 4 stories; briefing the largest, story 1" in err
    assert "  2     3 reports  " in err and "Tollgate Bridge" in err and "hail" in err.lower()
    b = json.loads(proc.stdout)
    assert len(b["documents"]) == 6 and b["story"]["id"] == "1"
    assert err.count("the input holds 4 stories") == 1  # the brief's own note is not printed again


def test_cli_all_writes_one_file_per_story_and_format(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    proc = run("brief", str(mixed), "--all", "-o", str(out), "--html", str(out), "--words", "60", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == [f"story-{n}.{ext}" for n in "1234" for ext in ("html", "md")]
    assert "Tollgate" in (out / "story-2.md").read_text(encoding="utf-8")
    page = (out / "story-1.html").read_text(encoding="utf-8")
    assert "Aldermouth" in page and page.count('<article class="doc"') == 6


def test_cli_all_needs_a_folder(mixed: Path, tmp_path: Path) -> None:
    proc = run("brief", str(mixed), "--all")
    assert proc.returncode == 2 and "-o DIR" in proc.stderr.decode()
    afile = tmp_path / "f.md"
    afile.write_text("x")
    proc = run("brief", str(mixed), "--all", "-o", str(afile))
    assert proc.returncode == 2 and "names a folder" in proc.stderr.decode() and afile.read_text() == "x"


def test_story_errors_list_the_valid_ids(mixed: Path) -> None:
    proc = run("brief", str(mixed), "--story", "nope", "-q")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "no story with id nope in the input; its" in err
    for sid in "1234":
        assert f"  {sid}  " in err
    ok = run("brief", str(mixed), "--story", "3", "--format", "json", "-q")
    assert ok.returncode == 0 and len(json.loads(ok.stdout)["documents"]) == 2


def test_the_note_of_a_brief_from_a_stream_names_five_other_stories_and_counts_the_rest() -> None:
    """A brief of one story of a 70-story stream opened with a page-long warning listing all 69 others:
    the brief names the five largest others and counts the rest (stderr still lists every story)."""
    from storyline.pipeline import Story, several_stories_note

    def story(n: int, size: int) -> Story:
        return Story(str(n), f"Story number {n}", [Document(id=f"{n}-{k}", text="x") for k in range(size)])

    stories = [story(n, size) for n, size in enumerate([9, 7, 5, 4, 3, 2, 2, 1, 1], 1)]
    note = several_stories_note(stories[1], stories)
    assert note.startswith("the input holds 9 stories; this brief covers story 2 (7 of 34 reports); not in it: "
                           '1 "Story number 1" (9 reports); 3 "Story number 3" (5 reports)')
    assert '6 "Story number 6" (2 reports); and 3 more stories (4 reports)' in note
    assert "Story number 7" not in note and "Story number 2" not in note.split("not in it:")[1]
    few = several_stories_note(stories[0], stories[:3])
    assert few.endswith('not in it: 2 "Story number 2" (7 reports); 3 "Story number 3" (5 reports)')


def test_the_story_list_keeps_titles_in_one_column() -> None:
    """"1 report" is a letter shorter than "3 reports": the titles used to start one column apart."""
    from storyline.cli import _story_list
    from storyline.pipeline import Story

    stories = [Story("1", "Bridge closed", [Document(id=f"a{k}", text="x") for k in range(3)]),
               Story("2", "Orchid blooms", [Document(id="b", text="x")])]
    lines = _story_list(stories).splitlines()
    assert lines[0].index("Bridge") == lines[1].index("Orchid")
    assert lines[1].startswith("  2     1 report   ")


def test_stderr_names_twenty_stories_and_counts_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    """A feed of 281 reports printed 120 lines of stories on stderr before the brief; now the twenty
    largest and one line for the rest. `--all` (a file per story) and a wrong `--story` list every one."""
    import argparse

    from storyline.cli import LISTED_STORIES, _choose
    from storyline.pipeline import Story

    sizes = [8, 6, *[3] * 30, *[2] * 40, *[1] * 40]
    stories = [Story(str(n), f"Story number {n}", [Document(id=f"{n}-{k}", text="x") for k in range(size)])
               for n, size in enumerate(sizes, 1)]
    assert _choose(argparse.Namespace(story=None), stories, every=False) == stories[:1]
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("storyline: the input holds 112 stories; briefing the largest, story 1")
    assert len(err) == 1 + LISTED_STORIES + 1 and "Story number 20" in err[LISTED_STORIES]
    assert err[-1] == ("  ... and 92 more stories of 1 to 3 reports each (ids 21 to 112; --all briefs every story, "
                       "and the JSON brief's provenance.input_stories lists them)")
    assert _choose(argparse.Namespace(story=None), stories, every=True) == stories
    assert len(capsys.readouterr().err.splitlines()) == 1 + len(stories)
    assert _choose(argparse.Namespace(story="999"), stories, every=False) is None
    assert len(capsys.readouterr().err.splitlines()) == 1 + len(stories)
    assert _choose(argparse.Namespace(story=None), stories[:21], every=False) == stories[:1]
    assert len(capsys.readouterr().err.splitlines()) == 1 + 21  # one more than twenty: listed, not counted


def test_when_stories_tie_for_largest_the_cli_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Fifteen unrelated pages gave stories of one or two reports each, and stderr said "briefing the largest,
    story 1" as if story 1 were the input's main story; with a tie it now says which rule chose it."""
    import argparse

    from storyline.cli import _choose
    from storyline.pipeline import Story

    stories = [Story(str(n), f"Story number {n}", [Document(id=f"{n}-{k}", text="x") for k in range(size)])
               for n, size in enumerate([2, 2, 2, 1, 1], 1)]
    assert _choose(argparse.Namespace(story=None), stories, every=False) == stories[:1]
    first = capsys.readouterr().err.splitlines()[0]
    assert first == ("storyline: the input holds 5 stories; 3 tie as the largest (2 reports each), so none is its "
                     "main story; briefing story 1, the first of them read (--all: every story; "
                     "--story ID: one of them):")
    _choose(argparse.Namespace(story=None), [stories[0], *stories[3:]], every=False)
    assert "briefing the largest, story 1 (--all" in capsys.readouterr().err


def test_when_every_story_ties_the_cli_says_so_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    """Ten unrelated saved pages (the twentieth read) gave nine stories of one report each, and stderr said
    "briefing story 1, the first read of the 9 largest (1 report each; …)": "the 9 largest" of nine stories. When
    every story ties it now says they are all one size and which rule chose; two that tie are "neither"."""
    import argparse

    from storyline.cli import _choose
    from storyline.pipeline import Story

    def stories(*sizes: int) -> list[Story]:
        return [Story(str(n), f"Story number {n}", [Document(id=f"{n}-{k}", text="x") for k in range(size)])
                for n, size in enumerate(sizes, 1)]

    _choose(argparse.Namespace(story=None), stories(*[1] * 9), every=False)
    first = capsys.readouterr().err.splitlines()[0]
    assert first == ("storyline: the input holds 9 stories of 1 report each, so none is its main story; briefing "
                     "story 1, the first read (--all: every story; --story ID: one of them):")
    assert "largest" not in first
    _choose(argparse.Namespace(story=None), stories(3, 3), every=False)
    assert capsys.readouterr().err.startswith("storyline: the input holds 2 stories of 3 reports each, so neither "
                                              "is its main story; briefing story 1, the first read (")
    _choose(argparse.Namespace(story=None), stories(2, 2, 1), every=False)
    assert "; 2 tie as the largest (2 reports each), so neither is its main story;" in capsys.readouterr().err
    _choose(argparse.Namespace(story=None), stories(1, 1), every=True)
    assert capsys.readouterr().err.startswith("storyline: the input holds 2 stories; briefing every one:\n")


def _reports(prefix: str, texts: list[str]) -> list[Document]:
    return [Document(id=f"{prefix}{k}", text=t, title=f"Story {prefix}") for k, t in enumerate(texts)]


_COPY = ("The county opened a new ferry landing on the east bank on Monday, and the first boat carried forty "
         "passengers across the river before noon while officials cut a ribbon at the dock.")
_OWN = ["A storm knocked out power to nine hundred homes in the valley overnight, the utility said.",
        "Crews restored electricity to most of the valley by morning after wind toppled poles on the ridge road.",
        "Residents of the valley cleared fallen branches as the utility counted the homes still without power."]


def test_the_story_of_most_independent_sources_comes_first_not_the_most_copies() -> None:
    """read42: thirteen copies of one placeholder page (1 independent source) were "the largest" story and the
    default brief, ahead of stories of three real sources. Copies count once; then reports."""
    from storyline.pipeline import sources_first

    copies, own = _reports("c", [_COPY] * 5), _reports("o", _OWN)
    ranked, counted = sources_first([("1", copies), ("2", own)])
    assert [sid for sid, _ in ranked] == ["2", "1"] and counted == {0: 3, 1: 1}
    ranked, _ = sources_first([("1", own), ("2", own[:2])])  # no copies: the largest stays first
    assert [sid for sid, _ in ranked] == ["1", "2"]


def test_the_cli_says_why_a_smaller_story_is_briefed(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from storyline.cli import _choose
    from storyline.pipeline import Story

    stories = [Story("1", "Valley storm", _reports("o", _OWN), 3), Story("2", "Ferry", _reports("c", [_COPY] * 5), 1)]
    assert _choose(argparse.Namespace(story=None), stories, every=False) == stories[:1]
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("storyline: the input holds 2 stories; briefing story 1, the one of the most independent "
                      "sources (3; copies of one report count once) (--all: every story; --story ID: one of them):")
    assert err[2].endswith("Ferry (1 independent source: the others copies)")


def test_a_story_id_that_already_says_story_is_not_named_story_story() -> None:
    """Reports beside a Multi-News file are split into stories "story-1", "story-2" (ux15); the messages said
    "briefing the largest, story story-1" and "this brief covers story story-1"."""
    from storyline.cli import _which
    from storyline.model import story_label
    from storyline.pipeline import Story, several_stories_note

    stories = [Story(sid, "", [Document(id=f"{sid}-{k}", text="x") for k in range(n)])
               for sid, n in (("story-1", 2), ("story-2", 1))]
    assert _which(stories) == "; briefing the largest, story-1"
    assert "this brief covers story-1 (2 of 3 reports)" in several_stories_note(stories[0], stories)
    assert story_label("7") == "story 7" and story_label("story") == "story"
