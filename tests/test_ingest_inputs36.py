"""The thirty-third to thirty-sixth reads' extraction faults left open (inputs36): a syndicated copy's origin named
only in a note ("This post originally appeared on the Harbour Post.")."""

from __future__ import annotations

import pytest

from storyline.ingest import markup, origin
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
