from __future__ import annotations

import datetime as dt

import pytest

from storyline import sources
from storyline.model import Document
from storyline.sources import article_key, independent_count, mark_copies, update_of

WIRE = (
    "EASTMOUTH (Wire) — A fire swept through a grain warehouse in the port of Eastmouth late on "
    "Thursday, sending a column of smoke over the city and forcing the evacuation of nearby streets. "
    "Fire chief Maria Lopez said 40 firefighters fought the blaze for six hours. The cause is unknown."
)


def test_reprint_is_marked_copy_of_the_earlier_document() -> None:
    docs = [
        Document(id="a.txt", text=WIRE),
        Document(id="b.txt", text="Local news\n" + WIRE + "\nMore in Local"),
        Document(id="c.txt", text="The mayor announced a review of harbour safety rules after the fire."),
    ]
    out = mark_copies(docs)
    assert [d.copy_of for d in out] == [None, "a.txt", None]
    assert docs[1].copy_of is None, "inputs are not mutated"
    assert independent_count(["a.txt", "b.txt", "c.txt"], out) == 2


def test_different_stories_are_not_copies() -> None:
    docs = [Document(id="a", text=WIRE, story="s1"), Document(id="b", text=WIRE, story="s2")]
    assert [d.copy_of for d in mark_copies(docs)] == [None, None]


def test_two_updates_of_one_article_are_one_source_shown_as_an_update() -> None:
    # One site's article retitled between updates: the texts share little, the address names one article id.
    first = "https://www.example-news.test/Region/Town-tense-after-clash/Article1-7654321.aspx"
    later = "http://example-news.test/Region/Protests-spread-after-clash/Article1-7654321.aspx"
    docs = [
        Document(id="a", text="Protests spread across the valley on Friday as shops stayed shut.", url=later),
        Document(id="b", text="The town was tense on Friday after a clash at the mosque.", url=first),
        Document(id="c", text="A third report on another page.", url="https://example-news.test/x/Article1-7654000.aspx"),
    ]
    out = mark_copies(docs)
    assert [d.copy_of for d in out] == [None, "a", None]
    assert update_of(out[1], out) == "a"
    assert independent_count(["a", "b", "c"], out) == 2


def test_article_key_is_the_sites_last_id_not_a_day() -> None:
    assert article_key("https://www.site.test/news/20130719/story-name") == ""  # a day in the path is no id
    assert article_key("https://site.test/a/2013/07/19/story-1234567.html") == "site.test 1234567"
    assert article_key(None) == ""
    other_site = [Document(id="a", text="One text here.", url="https://one.test/story/1234567"),
                  Document(id="b", text="Another text there.", url="https://two.test/story/1234567")]
    assert [d.copy_of for d in mark_copies(other_site)] == [None, None]


def test_a_wire_reprint_stays_a_reprint() -> None:
    docs = [Document(id="a", text=WIRE, url="https://one.test/story/1234567"),
            Document(id="b", text=WIRE, url="https://two.test/news/7654321")]
    out = mark_copies(docs)
    assert update_of(out[1], out) is None


def test_an_update_of_a_reprint_names_its_own_article() -> None:
    # The site's earlier article [a] is reprinted in two updates [b], [c] of a later one: c is b's update.
    later = "https://news.test/region/{}/Article1-2000002.aspx"
    docs = [Document(id="a", text=WIRE, url="https://news.test/region/first/Article1-1000001.aspx"),
            Document(id="b", text=WIRE + " Shops stayed shut on Friday.", url=later.format("protests-spread")),
            Document(id="c", text=WIRE + " The town was tense.", url=later.format("town-tense"))]
    out = mark_copies(docs)
    assert [d.copy_of for d in out] == [None, "a", "a"]
    assert [update_of(d, out) for d in out] == [None, None, "b"]
    assert independent_count(["a", "b", "c"], out) == 1


LONG = WIRE + (
    " Dock workers were sent home for the weekend and two ferries were moved to the north quay. The warehouse held "
    "about 9,000 tonnes of wheat bound for export, its owner said, and insurers were on the site by Friday morning. "
    "Residents of Harbour Road were allowed back after midnight, though the smell of smoke hung over the old town. "
    "The port authority said ships would berth as usual on Monday and that no one had been hurt in the blaze."
)


def test_one_days_excerpt_is_a_copy_of_the_fuller_report_whatever_the_input_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """inputs50: a site's video page repeating its article's first lines is the article's copy, not its original."""
    day = dt.date(2024, 5, 2)
    docs = [Document(id="video", text=WIRE + " Our reporter was there.", published=day),
            Document(id="article", text=LONG, published=day)]
    assert [d.copy_of for d in mark_copies(docs)] == ["article", None]
    earlier = [Document(id="video", text=docs[0].text, published=day - dt.timedelta(days=1)), docs[1]]
    assert [d.copy_of for d in mark_copies(earlier)] == [None, "video"]  # an earlier day's report stays the original
    near = [Document(id="a", text=WIRE, published=day), Document(id="b", text=WIRE + " More later.", published=day)]
    assert [d.copy_of for d in mark_copies(near)] == [None, "a"]  # not twice as long: input order
    monkeypatch.setattr(sources, "EXCERPTS_LATER", False)
    assert [d.copy_of for d in mark_copies(docs)] == [None, "video"]


def test_one_outlets_shorter_page_of_its_own_report_is_shown_an_excerpt(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.render.markdown import _reprint

    day = dt.date(2024, 5, 2)
    video = Document(id="video", text=WIRE + " Our reporter was there.", outlet="Port Radio", published=day)
    docs = mark_copies([video, Document(id="article", text=LONG, outlet="Port Radio", published=day)])
    assert sources.copy_kind(docs[0], docs) == ("excerpt of", "article")
    assert _reprint(docs[0], {"video": 1, "article": 2}, docs) == "; excerpt of [2]"
    other = mark_copies([Document(id="copy", text=docs[0].text, outlet="Bay Times", published=day),
                         Document(id="article", text=LONG, outlet="Port Radio", published=day)])
    assert sources.copy_kind(other[0], other) == ("reprint of", "article")  # another outlet's copy: a reprint
    monkeypatch.setattr(sources, "EXCERPTS_LATER", False)
    assert sources.copy_kind(docs[0], docs) == ("reprint of", "article")


def test_one_newsrooms_reports_are_one_voice_however_different_their_texts() -> None:
    from storyline.sources import copy_kind, newsroom, voice_groups

    docs = [
        Document(id="a", text="The museum reopened its north wing on Monday.", outlet="Daily Lantern (AP)"),
        Document(id="b", text="Visitors queued for hours to see the restored murals.", outlet="Riverside Post"),
        Document(id="c", text="The wing had been closed since a roof leak in spring.", outlet="Hilltop Times (AP)"),
        Document(id="d", text="Curators said the murals were cleaned by hand.", outlet="riversidepost.com"),
        Document(id="e", text="A local painter called the result remarkable.", outlet=None),
        Document(id="f", text="The mayor praised the restoration team.", outlet=None),
    ]
    assert newsroom(docs[0]) == newsroom(docs[2]) == "ap"
    assert newsroom(docs[1]) == newsroom(docs[3]) == "riversidepost"
    assert voice_groups(docs) == {"a": "a", "b": "b", "c": "a", "d": "b", "e": "e", "f": "f"}
    assert independent_count([d.id for d in docs], docs) == 4
    assert independent_count(["a", "c"], docs) == 1
    assert copy_kind(docs[2], docs) == ("same newsroom as", "a")
    assert copy_kind(docs[0], docs) is None and copy_kind(docs[4], docs) is None
    video = Document(id="v", text="Short.", outlet="Riverside Post", copy_of="b")  # an excerpt listed first
    both = [video, docs[1]]
    assert copy_kind(docs[1], both) is None and copy_kind(video, both) == ("excerpt of", "b")


def test_newsroom_voices_switch_off_counts_each_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "NEWSROOM_VOICES", False)
    docs = [Document(id=k, text=k + ".", outlet="Riverside Post") for k in ("a", "b")]
    assert independent_count(["a", "b"], docs) == 2
    assert sources.copy_kind(docs[1], docs) is None
