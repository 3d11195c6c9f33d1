"""The 63rd–65th reads' input faults (inputs52): an outlet stated only before the ``<title>``'s headline ("DailyTech -
…"); made-up pages."""

from __future__ import annotations

import lxml.html
import pytest

from storyline.ingest import sitename
from storyline.ingest.sitename import titled_name

LINKS = ('<p>Subscribe at <a href="/subscribe">GearWire.com</a>.</p>'
         '<img src="http://images.gearwire.com/logo.gif" alt="logo">')


def page(title: str, body: str) -> object:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def test_an_outlet_stated_only_before_the_titles_headline_is_named_by_its_domain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    title = "GearWire - Phone maker unveils a folding tablet for $899"
    html = f"<title>{title}</title>" + LINKS
    assert titled_name(None, html, page(title, LINKS)) == "GearWire"
    monkeypatch.setattr(sitename, "TITLE_HEADS", False)
    assert titled_name(None, html, page(title, LINKS)) is None


def test_a_headlines_first_words_the_page_does_not_write_as_a_domain_are_no_outlet() -> None:
    title = "Storm Watch - Heavy rain closes roads across the valley"
    html = f"<title>{title}</title>" + LINKS
    assert titled_name(None, html, page(title, LINKS)) is None


STORY = " ".join(["The county fair opened on Saturday with a record crowd and a new livestock barn."] * 3)
SCORES = ('<table class="scores"><tr><td>Ridgeway - W: A. Moss</td><td>4</td><td>FINAL</td></tr>'
          '<tr><td>Lakeport - L: B. Hale</td><td>2</td></tr></table>')
RESULTS = '<table><tr><td>Best heifer</td><td>Ann Cole</td></tr><tr><td>Best ram</td><td>Tom Hill</td></tr></table>'


def fair_page(side: str = "rightColContainer") -> str:
    return (f'<html><head><title>Fair opens</title></head><body><div class="cols">'
            f'<div class="mainCol"><h1>County fair opens</h1><p>{STORY}</p>{RESULTS}</div>'
            f'<div class="{side}"><h3>Scoreboard</h3>{SCORES}</div></div></body></html>')


def test_a_side_columns_table_is_a_widgets_the_articles_own_table_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.ingest import feedtables
    from storyline.ingest.markup import page_tree

    def kept(html: str) -> str:
        tree = page_tree(html)
        feedtables.drop_feed_tables(tree)
        return " ".join("".join(tree.itertext()).split())

    assert "Ridgeway" not in kept(fair_page()) and "Best heifer" in kept(fair_page())
    assert "Ridgeway" in kept(fair_page("box"))  # no side column named
    monkeypatch.setattr(feedtables, "SIDE_TABLES", False)
    assert "Ridgeway" in kept(fair_page())


def test_a_wrapper_of_the_article_and_its_sidebar_is_no_side_column() -> None:
    from storyline.ingest.feedtables import paragraph_words, side_table
    from storyline.ingest.markup import page_tree

    html = (f'<html><body><h1>Fair</h1><div class="contentAndSidebarWrapper"><p>{STORY}</p>{RESULTS}'
            f'<div class="sidebar">{SCORES}</div></div></body></html>')
    tree = page_tree(html)
    tables = list(tree.iter("table"))
    assert [side_table(t, paragraph_words(tree)) for t in tables] == [False, True]
    layout = (f'<html><body><h1>Fair</h1><div class="l-sidebar-fixed"><p>{STORY}</p>{RESULTS}</div>'
              f'<div class="cookies"><p>We use cookies to improve your browsing experience on this site.</p></div>'
              '</body></html>')
    tree = page_tree(layout)
    assert not side_table(next(tree.iter("table")), paragraph_words(tree))
