"""ux14: a story's title is a real headline of its reports, never a quote marker, a label line or the outlet's
boilerplate (``stories.title``); made-up reports."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.model import Document
from storyline.store import Store
from storyline.stories.title import first_line_headline, headline_of, vetted, why_not_headline
from storyline.summary import story_title

LIST = ("The ten shortest tenures in the capital, ranked by days served.\n"
        "> Role: Harbour Master of Eastport\nMira Kell held the post for nine days before the council removed her.\n"
        "> Role: Chief of the Valley Fire Service\nTomas Reyne resigned after a week.\n")


def test_a_quote_marker_is_no_headline() -> None:
    doc = Document("a", "Mira Kell held the post for nine days.", title="> Harbour Master of Eastport resigns")
    assert why_not_headline(doc) == "a quote marker"
    assert headline_of(doc) == ""


def test_a_label_that_opens_other_lines_of_the_text_is_no_headline() -> None:
    doc = Document("a", LIST, title="Role: Harbour Master of Eastport")
    assert why_not_headline(doc) == "a label line"
    # a colon headline whose opening words begin one other line (no list) stays one
    ok = Document("b", "Paris attacks: the council met at noon.\nThe mayor spoke.", title="Paris attacks: what we know")
    assert why_not_headline(ok) is None and headline_of(ok) == "Paris attacks: what we know"


def test_the_outlets_own_name_is_no_headline_and_the_texts_heading_stands_in() -> None:
    text = ("Ferry captain cleared of negligence in harbour collision\n"
            "EASTPORT (NW) -- A court cleared the captain of the ferry that struck a pier in May.\n")
    doc = Document("a", text, title="Stories from the Northern Wire", outlet="Northern Wire")
    assert why_not_headline(doc) == "the outlet's boilerplate"
    assert headline_of(doc) == "Ferry captain cleared of negligence in harbour collision"
    # the outlet named in a headline about the report's own subject is a headline
    own = Document("b", "The Northern Wire cut forty jobs on Monday, its editor said.\n",
                   title="Northern Wire cuts forty jobs", outlet="Northern Wire")
    assert why_not_headline(own) is None
    # a date beside the name is this page's, not the site's every page
    dated = Document("c", "Host: Harbour Trust\nAgenda\n", title="Northern Wire Forum May 2012", outlet="Northern Wire")
    assert why_not_headline(dated) is None


def test_a_sentence_or_a_label_first_line_does_not_stand_in() -> None:
    assert first_line_headline("A court cleared the captain on Monday.\nMore text.") == ""
    assert first_line_headline("Host: Harbour Trust, 4 Quay Street\nMore text.") == ""
    assert first_line_headline("Ferry captain cleared\nMore.") == "Ferry captain cleared"
    doc = Document("a", "A court cleared the captain on Monday.\n", title="Northern Wire", outlet="Northern Wire")
    assert headline_of(doc) == ""


def test_the_story_title_skips_a_rejected_headline_for_a_real_one() -> None:
    docs = [Document("1", LIST, title="> Role: Harbour Master of Eastport"),
            Document("2", "Mira Kell left after nine days.", title="Harbour Master of Eastport quits")]
    assert story_title(docs) == "> Role: Harbour Master of Eastport"  # unvetted: as representative, and first
    assert story_title(vetted(docs)) == "Harbour Master of Eastport quits"
    assert story_title(vetted(docs[:1])) == ""


def test_the_store_titles_a_story_by_its_vetted_headlines(tmp_path: Path) -> None:
    rows = [{"id": "list", "title": "> Role: Harbour Master of Eastport", "text": LIST * 3},
            {"id": "wire", "title": "Stories from the Northern Wire", "outlet": "Northern Wire",
             "text": "EASTPORT (NW) -- A court cleared the captain of the ferry that struck a pier in May. "
                     "The ferry had carried ninety passengers across the bay when its engines failed.\n"}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        store.add([path])
        titles = {s.documents[0]: s.title for s in store.stories()}
    assert titles == {"list": "", "wire": ""}  # no headline of their own: untitled, not a label or a site's name


def test_a_briefs_story_from_files_is_titled_the_same_way() -> None:
    """``brief PATH`` titles a story as the store does (``pipeline.find_stories``)."""
    from storyline.pipeline import find_stories

    docs = [Document("1", LIST, title="> Role: Harbour Master of Eastport", story="s"),
            Document("2", "Mira Kell left after nine days.", title="Eastport harbour master quits", story="s")]
    assert [s.title for s in find_stories(docs)] == ["Eastport harbour master quits"]
