"""inputs43's input faults, by kind, on made-up pages: pages of other kinds than news told by their own signs (a
section named for a show's host whom the headline names, a food or dining section or path, a backgrounder's
headline opening), an archive's "(Published 2009)" after the headline, a site name stated with its slogan. Each
rule's test fails with it off; and a box the page marks as beside its content (``role="complementary"``), a
quoted subhead among the text's subheads, a lede block set before an advertising slot, a page with no extension
recognised by its content and read as a page named .html is."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import article_page as _page
from conftest import page_kind as _kind
from storyline.ingest import (
    landmarks,
    ledes,
    pagekind,
    pagekind_host,
    read_inputs,
    reader,
    sitename,
    subheads,
    titlemarks,
)
from storyline.ingest.html import extract_html
from storyline.ingest.markup import markup_hints, page_tree
from storyline.ingest.sitename import tagline_name
from storyline.ingest.titlemarks import without_archive_year
from test_ingest_pagekind_site import REPORT


def _ld(section: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            f'"articleSection": "{section}"}}</script>')


def _section(value: str) -> str:
    return f'<meta property="article:section" content="{value}"><meta property="og:type" content="article">'


# ---------------------------------------------------------------- a show's host's commentary


def test_a_section_named_for_the_host_the_headline_names_notes_a_commentary() -> None:
    html = _page("Ferry fares will rise faster than wages, Ada Quill says", REPORT * 3,
                 head=_ld("Harbour Hour with Ada Quill"))
    assert _kind(html) == "commentary"
    kind = extract_html(html, "x").kind
    assert kind is not None and "not a news report" not in kind.reason  # the host's remarks are reported


def test_a_hosts_section_over_a_headline_not_naming_the_host_notes_nothing() -> None:
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 3, head=_ld("Harbour Hour with Ada Quill"))) \
        is None
    assert _kind(_page("Ada Quill says fares will rise", REPORT * 3, head=_ld("Politics with friends"))) is None


def test_without_the_switch_a_hosts_section_notes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_host, "HOST_SECTIONS", False)
    html = _page("Ferry fares will rise faster than wages, Ada Quill says", REPORT * 3,
                 head=_section("Harbour Hour with Ada Quill"))
    assert _kind(html) is None


# ---------------------------------------------------------------- a food or dining section's piece


def test_a_food_section_or_a_dining_path_notes_a_food_piece() -> None:
    assert _kind(_page("The cake table that feeds a town", REPORT * 3, head=_section("Food"))) == "food"
    url = "https://www.harbourpost.example/2011/03/02/dining/02cakes.html"
    assert _kind(_page("The cake table that feeds a town", REPORT * 3, url=url)) == "food"


def test_a_food_word_in_a_slug_or_a_news_section_notes_nothing() -> None:
    url = "https://www.harbourpost.example/news/food-bank-runs-short-of-tins"
    assert _kind(_page("Food bank runs short of tins", REPORT * 3, url=url, head=_section("News"))) is None


# ---------------------------------------------------------------- a backgrounder's headline opening


def test_a_history_of_headline_notes_an_explainer() -> None:
    assert _kind(_page("The history of the harbour bell", REPORT * 3)) == "explainer"
    assert _kind(_page("A brief history of the harbour bell", REPORT * 3)) == "explainer"


def test_history_inside_a_headline_notes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kind(_page("Worst flood in the history of Aldermouth closes the bridge", REPORT * 3)) is None
    monkeypatch.setattr(pagekind, "HEADLINE_OPENINGS", False)
    assert _kind(_page("The history of the harbour bell", REPORT * 3)) is None


# ---------------------------------------------------------------- an archive's year after the headline


def test_an_archives_published_year_is_cut_from_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    assert without_archive_year("The Cake Table? I'm Here for It (Published 2009)") == "The Cake Table? I'm Here for It"
    assert without_archive_year("Harbour bell rings again (Originally published 1987)") == "Harbour bell rings again"
    html = _page("Harbour bell rings again (Published 2009)", REPORT * 3)
    assert extract_html(html, "x").title == "Harbour bell rings again"
    monkeypatch.setattr(titlemarks, "ARCHIVE_YEARS", False)
    noted = "Harbour bell rings again (Published 2009)"
    assert without_archive_year(noted) == noted


def test_a_headlines_own_parentheses_stay() -> None:
    assert without_archive_year("Tide tables (2009)") == "Tide tables (2009)"
    assert without_archive_year("Harbour memoir (Published by Penguin)") == "Harbour memoir (Published by Penguin)"


# ---------------------------------------------------------------- a site name with its slogan


def test_a_site_name_with_its_slogan_is_cut_to_the_part_the_domain_spells(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "https://www.theharbourpost.example/local/bridge"
    assert tagline_name("The Harbour Post | Breaking News, Sport and Weather", url) == "The Harbour Post"
    assert tagline_name("Latest news from the coast - Harbour Post", url) == "Harbour Post"
    monkeypatch.setattr(sitename, "TAGLINE_NAMES", False)
    assert tagline_name("The Harbour Post | Breaking News", url) == "The Harbour Post | Breaking News"


def test_a_site_name_no_part_of_which_the_domain_spells_is_kept() -> None:
    url = "https://www.example.com/x"
    assert tagline_name("The Harbour Post | Breaking News", url) == "The Harbour Post | Breaking News"
    assert tagline_name("Harbour Post", "https://harbourpost.example/") == "Harbour Post"


# ---------------------------------------------------------------- a box the page marks as complementary

P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
GUIDE = ("Something Borrowed: Some couples are finding their rings at resale shops, and some are making their own "
         "from old coins found in the family's drawers.")


def _guided(role: str) -> str:
    return (f"<html><body><article><p>{P1}</p><p>{P2}</p></article><div><section {role}><h2>Harbour Trends and "
            f"Ideas</h2><ul><li><p>{GUIDE}</p></li><li><p>{GUIDE.replace('rings', 'dresses')}</p></li></ul>"
            "</section></div></body></html>")


def test_lines_in_a_complementary_region_are_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [P1, P2, "Harbour Trends and Ideas", GUIDE]
    hints = markup_hints(_guided('role="complementary"'), lines)
    assert hints.get("Harbour Trends and Ideas") == "furniture" and hints.get(GUIDE) == "furniture"
    assert P1 not in hints and P2 not in hints
    monkeypatch.setattr(landmarks, "COMPLEMENTARY_REGIONS", False)
    assert GUIDE not in markup_hints(_guided('role="complementary"'), lines)


def test_lines_in_a_region_of_another_role_stay() -> None:
    hints = markup_hints(_guided('role="region"'), [P1, P2, "Harbour Trends and Ideas", GUIDE])
    assert GUIDE not in hints


# ---------------------------------------------------------------- a quoted subhead among the text's subheads

QUOTE = "\u201cWe will rebuild the harbour wall, stone by stone, before the winter storms\u201d"
SAID = ("Mara Quill, who runs the harbour cafe, said: we will rebuild the harbour wall, stone by stone, before the "
        "winter storms, and nobody will stop us.")


def _sections(second: str) -> str:
    return (f"<html><body><article><p>{P1}</p>{second}<p>{P2}</p><h2>{QUOTE}</h2><p>{SAID}</p>"
            "</article></body></html>")


def test_a_quoted_heading_among_the_texts_subheads_is_no_pull_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [P1, "Council promises help", P2, QUOTE, SAID]
    html = _sections("<h2>Council promises help</h2>")
    assert QUOTE not in markup_hints(html, lines)
    monkeypatch.setattr(subheads, "QUOTED_SUBHEADS", False)
    assert markup_hints(html, lines).get(QUOTE) == "furniture"


def test_a_quoted_heading_alone_or_marked_a_pull_quote_stays_furniture() -> None:
    assert markup_hints(_sections(""), [P1, P2, QUOTE, SAID]).get(QUOTE) == "furniture"
    html = _sections("<h2>Council promises help</h2>").replace("<h2>\u201c", '<h2 class="pullquote">\u201c')
    assert markup_hints(html, [P1, "Council promises help", P2, QUOTE, SAID]).get(QUOTE) == "furniture"


# ---------------------------------------------------------------- a lede block before an advertising slot

LEDE = ("Harbour council leader Ada Quill, who wants a second term after this month's vote, has rejected calls to "
        "close the ferry.")


def _lede_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P1.replace("bridge", "ferry"), P2.replace("Repairs", "Works")))
    return (f'<html><body><main><h1>Quill rejects ferry closure</h1><p class="story__excerpt">{LEDE}</p>'
            '<div id="story_ad_container"><h3>Advertisement</h3></div>'
            f'<div id="storyBody" class="story__content">{body}</div></main></body></html>')


def _with_lede(page: str) -> str:
    body = "\n".join((P1, P2, P1.replace("bridge", "ferry"), P2.replace("Repairs", "Works")))
    return ledes.with_lede(page_tree(page), body)


def test_a_lede_block_before_an_advertising_slot_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _with_lede(_lede_page()).startswith(LEDE)
    monkeypatch.setattr(ledes, "AD_SLOTS", False)
    assert LEDE not in _with_lede(_lede_page())


def test_a_slot_holding_more_than_a_label_is_not_stepped_over() -> None:
    page = _lede_page().replace("<h3>Advertisement</h3>", "<p>Sponsored by the Harbour Bank and its partners</p>")
    assert LEDE not in _with_lede(page)


# ---------------------------------------------------------------- a page recognised by its content, not its name

PARAS = "".join(f"<p>The council voted on Tuesday to close the old bridge, and repairs will take {n} months.</p>"
                for n in range(3, 8))
SCRIPTED = ('<html><head><title>Bridge closed</title><script>var rx = /\x08art\x08/;</script></head>'
            f"<body><article><h1>Bridge closed</h1>{PARAS}</article></body></html>")


def test_a_page_with_no_extension_counts_no_control_character_in_its_script(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cached-page").write_text(SCRIPTED, encoding="utf-8")
    (tmp_path / "page.html").write_text(SCRIPTED, encoding="utf-8")
    docs, _ = read_inputs([tmp_path])
    notes = {d.id: [n.note for n in d.notes] for d in docs}
    assert not any("control character" in n for n in notes["cached-page"]), notes
    assert notes["cached-page"] == notes["page.html"]
    monkeypatch.setattr(reader, "MARKUP_BY_CONTENT", False)
    docs, _ = read_inputs([tmp_path / "cached-page"])
    assert any("control character" in n.note for n in docs[0].notes)


def test_a_byline_stated_as_the_sites_name_gives_the_sites_own_name() -> None:
    """The lead, session 27 (the fifty-second read: "Posted by Editor" shown as a blog's outlet, from a JSON-LD
    Organization): a byline is no outlet; the page's og:site_name is. Made-up pages."""
    from storyline.ingest.sitename import byline_name

    tree = page_tree('<html><head><meta property="og:site_name" content="Harbour Voice"></head><body></body></html>')
    assert byline_name("Posted by Editor", tree) == "Harbour Voice"
    assert byline_name("By Staff Writer", page_tree("<html><head></head><body></body></html>")) is None
    assert byline_name("Bywater Gazette", tree) == "Bywater Gazette"
    assert byline_name("Harbour Voice", tree) == "Harbour Voice"
