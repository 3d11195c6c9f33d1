"""The story list's notes from the third new user's walk (ux8): what a filter did that the page did not say."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from storyline.cli import main
from storyline.serve import create_app

REPORT = ("The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found "
          "cracks in two of its piers. Council leader Mara Okafor said the repairs would take six months.\n\n"
          "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials "
          "said on Tuesday evening after the vote.\n")


def _client(tmp_path: Path) -> TestClient:
    (tmp_path / "bridge.txt").write_text(REPORT, encoding="utf-8")  # no date anywhere: an undated story
    db = tmp_path / "news.db"
    assert main(["add", str(tmp_path / "bridge.txt"), "--db", str(db), "-q"]) == 0
    return TestClient(create_app(db, allowed_hosts=["testserver"]), raise_server_exceptions=False)


def test_a_date_filter_says_undated_stories_are_dated_by_their_update(tmp_path: Path) -> None:
    """A store of undated reports (a wire archive's plain text) showed "No story matches" for any date
    range before the day they were added, without saying that the date used was the update's."""
    with _client(tmp_path) as client:
        page = client.get("/", params={"until": "1999-12-31"}).text
        assert "No story matches" in page
        assert "The story states no publication date; the date filters take the day it was last updated" in page
        assert "publication date" not in client.get("/").text  # no date filter, nothing said


def test_the_undated_note_counts() -> None:
    from storyline.serve.pages import undated_note

    assert undated_note(0, 5) == ""
    assert undated_note(5, 5).startswith("None of the 5 stories states a publication date; ")
    assert undated_note(1, 5).startswith("1 of the 5 stories states no publication date; the date filters take "
                                         "the day it was")
    assert undated_note(2, 5).startswith("2 of the 5 stories state no publication date; the date filters take "
                                         "the day each was")


def test_a_search_cut_to_its_limit_is_said(tmp_path: Path) -> None:
    """A search longer than 200 characters was cut, inside a word, and run without a word said: another search."""
    with _client(tmp_path) as client:
        page = client.get("/", params={"q": "bridge " * 40}).text  # 279 characters: 28 whole words kept
        assert "The search was cut to its first 28 words (at most 200 characters are searched)." in page
        assert "No story matches" not in page  # cut at a word's end: "… bridge brid" matched nothing
        assert "was cut" not in client.get("/", params={"q": "bridge"}).text
