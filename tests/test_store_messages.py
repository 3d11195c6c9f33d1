"""The store's messages the twentieth read found (issue 13; issue 12 item 5), on made-up reports: a wrong
``brief --db --story`` lists the ids as ``brief PATH --story`` does, in one wording; ``--search`` combines words
as README says (OR, phrases, prefixes, -word) and a search that is no query is a message, never a traceback; the
story list's one-line lead is no heading, question or list item, and drops a wire dateline as the brief does."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from tests.story_fixtures import write_folder

from storyline.cli import main
from storyline.store import QueryError, Store
from storyline.store.query import fts_query


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of the fixtures' three stories (flood in Kelbridge, election in Ostland, a football transfer),
    and the folder it was added from."""
    root = tmp_path_factory.mktemp("three")
    folder = write_folder(root / "in", per_topic=2)
    db = root / "s.db"
    with Store(db) as store:
        store.add([folder])
    return db, folder


def _story_of(db: Path, word: str) -> str:
    with Store(db) as store:
        return next(s.id for s in store.stories() if any(d.startswith(word) for d in s.documents))


# --- a wrong --story: the ids listed, one wording for the store and the folder ---------------------------------


def test_a_wrong_story_id_in_the_store_lists_its_stories(three: tuple[Path, Path],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`brief --db s.db --story 99` said "no story with id 99 in s.db (`storyline stories --db s.db` lists them)"
    while `brief FOLDER --story 12` said "no story with id '12' in the input; its stories are:" and listed them."""
    db, folder = three
    assert main(["brief", "--db", str(db), "--story", "99"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"storyline: no story with id 99 in {db}; its 3 stories are, most recently updated first:"
    for word in ("flood", "election", "transfer"):
        sid = _story_of(db, word)
        assert any(line.startswith(f"  {sid}     2 reports  ") for line in err[1:4]), (word, err)
    assert err[4] == f"  (`storyline stories --db {db}` lists them, with their dates and sources)"
    assert main(["brief", "--db", str(db), "--story", "abc"]) == 2
    assert capsys.readouterr().err.startswith(f"storyline: no story with id abc in {db} (story ids are whole "
                                              "numbers); its 3 stories are, most recently updated first:\n")
    assert main(["brief", str(folder), "--story", "99", "-q"]) == 2
    assert capsys.readouterr().err.startswith("storyline: no story with id 99 in the input; its 3 stories are, "
                                              "largest first:\n")


def test_a_big_store_lists_twenty_ids_and_says_how_to_list_all(tmp_path: Path) -> None:
    from storyline.store.commands import LISTED_STORIES, _ids_of

    db = tmp_path / "big.db"
    with Store(db) as store:
        assert _ids_of(store, str(db)) == f"; it holds no stories yet (`storyline add PATH --db {db}` adds reports)"
        for n in range(1, 26):
            store.conn.execute("INSERT INTO stories (id, title, created, updated, reports, centroid) "
                               "VALUES (?, ?, ?, ?, 1, x'')", (n, f"Made-up story {n}", "2026-01-01T00:00",
                                                              f"2026-01-01T00:{n:02d}"))
        lines = _ids_of(store, str(db)).splitlines()
    assert lines[0] == "; its 25 stories are, most recently updated first:"
    assert len(lines) == 1 + LISTED_STORIES + 1 and lines[1].startswith("  25     1 report   Made-up story 25")
    assert lines[-1] == f"  ... and 5 more (`storyline stories --db {db}` lists them all; --search TEXT finds one)"


# --- how search words combine ------------------------------------------------------------------------------


def test_search_words_combine_as_documented(three: tuple[Path, Path]) -> None:
    db, _ = three
    flood, election, transfer = (_story_of(db, w) for w in ("flood", "election", "transfer"))
    with Store(db) as store:
        def found(text: str) -> set[str]:
            return {s.id for s in store.stories(text)}

        assert found("Kelbridge Ostland") == set()  # every word, in one report
        assert found("Kelbridge OR Ostland") == {flood, election}  # was nothing: OR was a word to find
        assert found("Kelbridge or Ostland") == set()  # lower-case "or" is a word
        assert found('"Harbor City United"') == {transfer} and found('"United City Harbor"') == set()
        assert found("Kelbr*") == {flood} and found("Kelbr") == set()
        assert found("Kelbridge -Ostland") == {flood} and found("Kelbridge NOT Kelbridge") == set()
        assert found("(Kelbridge OR Ostland) AND Varne") == {flood}
        assert found("Ekberg OR (Ostland Dalen)") == {transfer, election}


def test_a_search_that_is_no_query_is_a_message(three: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = three
    for text, said in [('"Kelbridge', "a quotation mark is not closed"),
                       ("Kelbridge OR", "OR needs a word, a phrase or a group after it"),
                       ("OR Kelbridge", "OR needs a word, a phrase or a group before it"),
                       ("-Kelbridge", "NOT (or -word) leaves out reports that hold a word, so it needs something"),
                       ("(Kelbridge", "a '(' is not closed by a ')'"), ("Kelbridge)", "a ')' has no '(' before it"),
                       ("*", "'*' ends a word's first letters"), ("- ;", "it holds no word to look for")]:
        assert main(["stories", "--db", str(db), f"--search={text}"]) == 2, text  # "=": "-K" alone is an option
        err = capsys.readouterr().err
        assert err.startswith(f"storyline: search {text!r}") and said in err and "Traceback" not in err, err
    assert main(["stories", "--db", str(db), "--search", "Kelbridge or Ostland"]) == 0
    assert capsys.readouterr().out == ("no stories match 'Kelbridge or Ostland' (lower-case 'or' is a word to find; "
                                       "write OR in capitals for either word)\n")


def test_no_text_makes_fts5_fail() -> None:
    """Whatever is typed, the query is either refused by ``QueryError`` or valid FTS5 (every word quoted)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text)")
    conn.execute("INSERT INTO t VALUES ('the Varne burst its banks at Kelbridge on Tuesday')")
    assert fts_query('title:Varne NEAR(a b) ^x') == '("title:Varne" AND "NEAR" AND ("a" AND "b") AND "^x")'
    rng = random.Random(13)
    alphabet = ['"', "“", "”", "(", ")", "*", "-", ":", "^", "+", "'", " ", " ", "OR", "AND", "NOT", "or",
                "Varne", "Kelb", "é", "{", "}", "NEAR", ",", "\\"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
        try:
            query = fts_query(text)
        except QueryError as exc:
            assert str(exc).startswith(f"search {text!r}"), text
            continue
        conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()  # never an OperationalError


# --- the story list's one-line lead ---------------------------------------------------------------------------


def test_the_lead_passes_over_headings_questions_and_list_items() -> None:
    from storyline.store.browse import lead_sentence

    roundup = ("BOYS SOCCER\nKelbridge d. Varne 3-1\nKelbridge (4-0): Ann Roe 2 goals. Eli Moss 1 goal.\n"
               "Varne (1-3): Tom Hale 1 goal.")
    assert lead_sentence(roundup) == "Kelbridge d. Varne 3-1"  # was "BOYS SOCCER": no prose, the first no heading
    update = ("What's new in version 3.1?\n- New maps\n- Bugs fixed\n"
              "The studio released the update on Monday, adding two maps to the game.")
    assert lead_sentence(update) == "The studio released the update on Monday, adding two maps to the game."
    assert lead_sentence("WEATHER\nSPORTS\n- Scores") == ""  # nothing but headings: no lead rather than one


def test_the_lead_drops_a_wire_dateline_as_the_brief_does() -> None:
    from storyline.store.browse import lead_sentence

    assert lead_sentence("KELBRIDGE, Varne — The council closed the Tollgate Bridge on Monday after the flood.") == \
        "The council closed the Tollgate Bridge on Monday after the flood."
    here = "KELBRIDGE (AP) _ A ferry carrying 40 people arrived here Monday after a night adrift."
    assert lead_sentence(here) == here  # "here" needs its dateline, as in the brief


def test_the_list_shows_the_brief_lead_once_the_brief_is_built(three: tuple[Path, Path], tmp_path: Path) -> None:
    """The list's lead was always the headline report's opening; the brief may lead with another sentence (the
    one most sources state). Once the brief of the story as it is is cached, the list shows the brief's lead."""
    import shutil

    from storyline.store.browse import Leads, StoryFilter, story_page

    db = tmp_path / "copy.db"
    shutil.copy(three[0], db)
    sid = _story_of(db, "flood")
    leads: Leads = {}
    with Store(db) as store:
        def lead() -> str:
            return next(s.lead for s in story_page(store, StoryFilter(), leads=leads).stories if s.id == sid)

        opening = lead()
        assert opening and not leads[next(k for k in leads if k[0] == int(sid))][1]  # the opening's, for now
        brief = store.brief(sid)
        assert lead() == brief.summary[0].text  # the brief's lead, taken as soon as it is cached
        assert leads[next(k for k in leads if k[0] == int(sid))] == (brief.summary[0].text, True)
