"""The thirty-third to thirty-sixth reads' extraction faults left open (inputs36): a syndicated copy's origin named
only in a note ("This post originally appeared on the Harbour Post.")."""

from __future__ import annotations

import pytest

from storyline.ingest import inlinemarks, markup, origin
from storyline.ingest.origin import origin_name, with_origin

PARTNER = """<html><head><title>Floods</title></head><body>
<section class="byline"><a href="/writer/ann-lee">Ann Lee</a></section>
<section class="source"><p class="note">This post originally appeared on
<a href="https://www.harbourpost.org/2020/01/floods/">Harbour Post</a>.</p></section>
<article><p>The river burst its banks on Tuesday and flooded the lower town, officials said.</p>
<p>A report cited by the council first appeared in <a href="https://www.tidewater.com/x">the Tidewater</a>.</p>
</article></body></html>"""
URL = "https://www.coastdaily.com/2020/01/10/floods_partner/"


def test_a_note_crediting_another_site_by_its_link_is_the_origin() -> None:
    tree = markup.page_tree(PARTNER)
    assert origin_name(tree, URL) == "Harbour Post"
    assert with_origin("Coast Daily", URL, tree) == "Coast Daily (Harbour Post)"


def test_no_origin_for_the_sites_own_name_a_provider_already_shown_or_a_long_sentence() -> None:
    own = PARTNER.replace("www.harbourpost.org", "www.coastdaily.com")
    assert origin_name(markup.page_tree(own), URL) is None  # a link to the page's own site
    assert with_origin("MSN (CNN)", URL, markup.page_tree(PARTNER)) == "MSN (CNN)"
    other = PARTNER.replace(">Harbour Post<", ">our partners<")
    assert origin_name(markup.page_tree(other), URL) is None  # the link's name is not its address's
    cited = PARTNER.replace('<section class="source">', "<!--").replace("</section>\n<article>", "--><article>")
    assert origin_name(markup.page_tree(cited), URL) is None  # "the Tidewater" after six words: a sentence's cite


def test_the_switch_off_shows_the_host_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(origin, "ORIGIN_CREDITS", False)
    assert with_origin("Coast Daily", URL, markup.page_tree(PARTNER)) == "Coast Daily"


QUOTES = """<html><head><title>Harbour</title></head><body><div class="story">
<p>The harbour board voted on Tuesday to close the old pier for repairs, its chair said.</p>
<p><q class="center">Ferries will dock at the new terminal until the summer season</q></p>
<p>The board said the pier's timbers had rotted below the waterline and could not hold a crowd.</p>
<span class="boldGrey"> "We could not take the risk of a crowd on those timbers again"</span>
<p>"We could not take the risk of a crowd on those timbers again," the chair told reporters after the vote.</p>
<p>She read the letter aloud: <q>the pier is closed to all traffic</q>.</p>
<p>"It is closed," she said.</p>
</div></body></html>"""


def _hints() -> tuple[list[str], dict[str, str]]:
    tree = markup.page_tree(QUOTES)
    lines = [" ".join(el.xpath("string()").split()) for el in tree.iter("p", "span")]
    return lines, markup.markup_hints(QUOTES, lines, url="https://www.harbourpost.com/pier")


def test_a_paragraph_wholly_one_q_and_a_repeated_line_in_quote_marks_are_pull_quotes() -> None:
    lines, hints = _hints()
    assert hints.get("Ferries will dock at the new terminal until the summer season") == "furniture"
    assert hints.get('"We could not take the risk of a crowd on those timbers again"') == "furniture"
    kept = [ln for ln in lines if ln not in hints]
    assert any(ln.startswith('"We could not take the risk') and "the chair told" in ln for ln in kept)
    assert "She read the letter aloud: the pier is closed to all traffic." in kept  # a <q> inside a sentence
    assert '"It is closed," she said.' in kept


def test_the_switch_off_keeps_the_lone_q_and_the_quoted_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlinemarks, "LONE_QUOTES", False)
    _, hints = _hints()
    assert not hints


SOURCES = """<html><head><title>Pier</title></head><body><div class="story">
<p>The harbour board voted on Tuesday to close the old pier for repairs, its chair said.</p>
<p>The board said the pier's timbers had rotted below the waterline and could not hold a crowd.</p>
<ul class="article-sources"><li class="source"><strong>Source</strong><a href="https://board.example.org/">Harbour
Board notice</a></li></ul>
<p>Via: <a href="https://a.example.com/">Tide Times</a>, <a href="https://b.example.com/">Pier Watch</a></p>
<ul><li>Read the <a href="https://board.example.org/n">board's notice</a></li></ul>
</div></body></html>"""


def test_a_row_of_links_labelled_source_or_via_is_furniture() -> None:
    lines = ["The harbour board voted on Tuesday to close the old pier for repairs, its chair said.",
             "- SourceHarbour Board notice", "Via: Tide Times, Pier Watch", "- Read the board's notice"]
    hints = markup.markup_hints(SOURCES, lines, url="https://www.harbourpost.com/pier")
    assert hints == {"- SourceHarbour Board notice": "furniture", "Via: Tide Times, Pier Watch": "furniture"}


def test_the_switch_off_keeps_the_source_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlinemarks, "SOURCE_LISTS", False)
    lines = ["- SourceHarbour Board notice", "Via: Tide Times, Pier Watch"]
    assert markup.markup_hints(SOURCES, lines, url="https://www.harbourpost.com/pier") == {}
