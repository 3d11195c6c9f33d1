"""inputs42's input faults, by kind, on made-up text: a web archive's host taken for the outlet, an embedded
graphic's slug set as its heading, a bracketed pointer whose link closes it, a shouted promo link whose text sits in
a bold tag, a notice that the story is developing. Each rule's test fails with it off."""

from __future__ import annotations

import pytest

from storyline.clean import rules
from storyline.clean.reasons import Reason
from storyline.clean.rules import classify_line
from storyline.ingest import archived, bracketlinks, graphicslugs, markup
from storyline.ingest.archived import archived_address, spells
from storyline.ingest.html import extract_html
from storyline.ingest.markup import markup_hints

URL = "https://www.harbourpost.example/local/bridge-reopens"
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
P3 = ("Engineers will check the supports every six months for the next five years, and the council will publish "
      "each report on its website, a spokeswoman said.")


def _page(middle: str) -> str:
    return f"<html><body><article><p>{P1}</p>{middle}<p>{P2}</p></article></body></html>"


# ---------------------------------------------------------------- an archive's host as the outlet

CAPTURE = "https://web.archive.org/web/20190301120000/https://www.harbourpost.example/local/bridge-reopens"


def _captured(title: str, url: str = CAPTURE, site: str = "") -> str:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (f'<html><head><title>{title}</title><meta property="og:url" content="{url}">{meta}</head><body>'
            f"<article><h1>Harbour bridge reopens</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")


def test_a_captures_outlet_is_the_archived_sites_name_its_title_states(monkeypatch) -> None:
    html = _captured("Harbour bridge reopens - The Harbour Post")
    assert extract_html(html, "p.html").outlet == "The Harbour Post"
    monkeypatch.setattr(archived, "ARCHIVED_NAMES", False)
    assert extract_html(html, "p.html").outlet == "web.archive.org"


def test_a_captures_address_is_shown_as_the_address_it_archived(monkeypatch) -> None:
    html = _captured("Harbour bridge reopens - The Harbour Post")
    assert extract_html(html, "p.html").url == URL
    monkeypatch.setattr(archived, "ARCHIVED_URLS", False)
    assert extract_html(html, "p.html").url == CAPTURE


def test_a_captures_outlet_is_the_archived_domain_when_the_title_names_another() -> None:
    html = _captured("Harbour bridge reopens - Bridges Of The World")
    assert extract_html(html, "p.html").outlet == "harbourpost.example"


def test_a_stated_site_name_or_a_page_that_archives_nothing_is_kept() -> None:
    assert extract_html(_captured("Harbour bridge reopens", site="Harbour Post"), "p.html").outlet == "Harbour Post"
    plain = _captured("Harbour bridge reopens - Tide Watch", url="https://tidewatch.example/2019/bridge")
    assert extract_html(plain, "p.html").outlet != "The Harbour Post"


def test_an_archived_address_and_a_name_spelt_by_a_domain() -> None:
    assert archived_address(CAPTURE) == ("web.archive.org", "https://www.harbourpost.example/local/bridge-reopens")
    assert archived_address(URL) is None
    assert archived_address("https://www.example.com/share/https://www.example.com/x") is None  # its own address
    assert spells("nyherald", "The New York Herald") and spells("hpost", "Harbour Post")
    assert spells("kxyz", "KXYZ News") and not spells("harbourpost", "Tide Watch") and not spells("n", "News")


# ---------------------------------------------------------------- an embedded graphic's slug

def test_a_lower_case_heading_in_a_graphics_box_is_its_slug(monkeypatch) -> None:
    graphic = ('<div class="story-interactive" data-slug="2019-bridge-map"><h2 class="embed-title">bridge map</h2>'
               '<div id="g-map-container"></div><p class="credit">By A. Mapmaker | Satellite imagery</p></div>')
    html = _page(graphic)
    lines = [P1, "bridge map", "By A. Mapmaker | Satellite imagery", P2]
    assert markup_hints(html, lines, url=URL).get("bridge map") == "furniture"
    monkeypatch.setattr(graphicslugs, "GRAPHIC_SLUGS", False)
    assert "bridge map" not in markup_hints(html, lines, url=URL)


def test_a_capitalised_heading_or_a_lower_case_one_outside_a_graphic_is_kept() -> None:
    titled = _page('<div class="chart-box"><h2>Bridge Map</h2><div id="chart"></div></div>')
    assert markup_hints(titled, [P1, "Bridge Map", P2], url=URL) == {}
    plain = _page("<h2>what happens next</h2>")
    assert markup_hints(plain, [P1, "what happens next", P2], url=URL) == {}


# ---------------------------------------------------------------- a bracketed pointer closing on its link

POINTER = "[Learn how to check the bridge's inspection reports.]"


def test_a_bracketed_pointer_closing_on_a_link_to_the_site_is_a_teaser(monkeypatch) -> None:
    html = _page('<p><em>[Learn how to <a href="/local/inspections">check the bridge\'s inspection reports</a>.]'
                 "</em></p>")
    assert markup_hints(html, [P1, POINTER, P2], url=URL) == {POINTER: "teaser"}
    monkeypatch.setattr(bracketlinks, "BRACKETED_POINTERS", False)
    assert markup_hints(html, [P1, POINTER, P2], url=URL) == {}


def test_a_bracketed_note_with_a_short_link_or_a_link_to_another_site_is_kept() -> None:
    note = "[An earlier version of this story gave the wrong cost of the repairs; the council's figures are here.]"
    short = _page("<p>[An earlier version of this story gave the wrong cost of the repairs; the council's figures "
                  'are <a href="/local/figures">here</a>.]</p>')
    assert markup_hints(short, [P1, note, P2], url=URL) == {}
    away = _page('<p><em>[Learn how to <a href="https://other.example/x">check the bridge\'s inspection reports</a>'
                 ".]</em></p>")
    assert markup_hints(away, [P1, POINTER, P2], url=URL) == {}


# ---------------------------------------------------------------- a shouted promo link set bold inside the link

PROMO = "FERRY CREW RESCUES SAILORS OFF THE HARBOUR WALL"


def test_a_shouted_link_whose_text_is_bold_inside_it_is_a_teaser(monkeypatch) -> None:
    html = _page(f'<p><a href="/local/ferry-rescue"><strong>{PROMO}</strong></a></p>')
    assert markup_hints(html, [P1, PROMO, P2], url=URL) == {PROMO: "teaser"}
    monkeypatch.setattr(markup, "SHOUTED_WRAPPED", False)
    assert markup_hints(html, [P1, PROMO, P2], url=URL) == {}


def test_a_bold_shouted_line_with_no_link_is_kept() -> None:
    html = _page(f"<p><strong>{PROMO}</strong></p>")
    assert markup_hints(html, [P1, PROMO, P2], url=URL) == {}


# ---------------------------------------------------------------- a notice that the story is developing

@pytest.mark.parametrize("line", ["This is a developing story and will be updated.",
                                  "This story is developing. Check back for updates."])
def test_a_line_of_developing_story_notices_is_the_cms(line: str, monkeypatch) -> None:
    assert classify_line(line) == Reason.CMS
    monkeypatch.setattr(rules, "UPDATE_NOTICES", False)
    assert classify_line(line) is None


def test_a_notice_with_a_sentence_of_news_or_a_sentence_about_updates_is_kept() -> None:
    assert classify_line("This is a developing story. The bridge reopened on Monday, the council said.") is None
    assert classify_line("The council said the timetable will be updated next week.") is None


def test_a_wire_services_breaking_update_notice_is_the_cms() -> None:
    """A wire's notice over a story it is rewriting (the fifty-fourth read, after the lead's clean check): "THIS IS A
    BREAKING NEWS UPDATE. Check back soon for further information. <Wire>'s earlier story is below." was kept as a
    line. Made-up wording in the same form."""
    assert classify_line("THIS IS A BREAKING NEWS UPDATE. Check back soon for further information. "
                         "AP's earlier story is below.") == Reason.CMS
    assert classify_line("This is a breaking news update. The earlier story is below.") == Reason.CMS
    assert classify_line("This is a breaking news update. Police closed the bridge on Monday.") is None
