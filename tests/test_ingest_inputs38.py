"""inputs38's input faults, on made-up pages: a script comment's day, a section's ``<h1>`` banner as the title, an
unnamed outlet, a kept box heading, a widget's loading pane, a bracketed related link and a code listing."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.ingest import codeblocks, copyrightname, inlinemarks, orphans, scriptdate, sectiontitle
from storyline.ingest.html import extract_html
from storyline.ingest.markup import markup_hints, page_tree

URL = "https://www.harbourpost.example/local/bridge-reopens"
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
P3 = "Traffic on the ring road fell by a fifth within hours of the reopening, the council's engineers said."
HEAD = "Harbour Bridge Reopens After Two Years"
SCRIPT = "<script>/* :: 2019.06.02 rewrite :: */ var x = 1; // Updated 2019.06.02 by a developer</script>"


def dated_page(dateline: str = "Mar. 14, 2019 -- ", script: str = SCRIPT, printed: str = "") -> str:
    return (f"<html><head><title>{HEAD}</title></head><body>{script}<article><h2>{HEAD}</h2>"
            f"<p>{dateline}{P1}</p><p>{P2}</p><p>{P3}</p>{printed}</article></body></html>")


def test_a_day_written_only_in_a_script_gives_way_to_the_dateline() -> None:
    html = dated_page()
    tree = page_tree(html)
    text = f"{HEAD}\nMar. 14, 2019 -- {P1}\n{P2}"
    assert scriptdate.script_day(dt.date(2019, 6, 2), html, tree, set(), None, text) == dt.date(2019, 3, 14)
    assert scriptdate.script_day(dt.date(2019, 6, 2), html, tree, set(), None, f"{P1}\n{P2}") is None


def test_a_day_the_page_prints_states_or_addresses_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    day, text = dt.date(2019, 6, 2), f"Mar. 14, 2019 -- {P1}"
    printed = dated_page(printed="<p>Updated June 2, 2019</p>")
    assert scriptdate.script_day(day, printed, page_tree(printed), set(), None, text) == day
    meta = dated_page().replace("<head>", '<head><meta name="date" content="2019-06-02">')
    assert scriptdate.script_day(day, meta, page_tree(meta), set(), None, text) == day  # written outside scripts
    html = dated_page()
    assert scriptdate.script_day(day, html, page_tree(html), {day}, None, text) == day
    assert scriptdate.script_day(day, html, page_tree(html), set(), "https://x.example/2019/06/02/a", text) == day
    monkeypatch.setattr(scriptdate, "SCRIPT_DATES", False)
    assert scriptdate.script_day(day, html, page_tree(html), set(), None, text) == day


def test_the_dateline_is_read_at_the_head_of_the_first_lines_only() -> None:
    assert scriptdate.dateline_day(f"{HEAD}\n14 March 2019 — {P1}") == dt.date(2019, 3, 14)
    assert scriptdate.dateline_day(f"{P1}\n{P2}\n{P3}\nMar. 14, 2019 -- {P1}") is None
    assert scriptdate.dateline_day(f"On Mar. 14, 2019 the bridge shut. {P1}") is None


def section_page(title: str = HEAD) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='banner'><h1>Transport Centre</h1></div>"
            f"<article><h2>{HEAD}</h2><p>{P1}</p><p>{P2}</p></article></body></html>")


def test_a_sections_h1_banner_gives_way_to_the_headline_set_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    tree = page_tree(section_page())
    assert sectiontitle.headline_over_section("Transport Centre", tree) == HEAD
    tree = page_tree(section_page(f"{HEAD} - Harbour Post"))
    assert sectiontitle.headline_over_section("Transport Centre", tree) == HEAD
    monkeypatch.setattr(sectiontitle, "SECTION_TITLES", False)
    assert sectiontitle.headline_over_section("Transport Centre", tree) == "Transport Centre"


def test_an_h1_the_title_holds_or_a_title_no_heading_repeats_stays() -> None:
    tree = page_tree(section_page(f"{HEAD} | Transport Centre"))
    assert sectiontitle.headline_over_section("Transport Centre", tree) == "Transport Centre"
    tree = page_tree(section_page("Bridge news of the week"))
    assert sectiontitle.headline_over_section("Transport Centre", tree) == "Transport Centre"


def footer_page(links: int = 2) -> str:
    hrefs = "".join(f'<a href="https://www.harbourpost.example/s{i}">story {i}</a>' for i in range(links))
    return (f"<html><head><title>{HEAD}</title></head><body><article><p>{P1}</p><p>{P2}</p></article>"
            f"<nav>{hrefs}</nav><div class='copyright'><p>©2005-2019 HarbourPost, LLC. All rights reserved.</p>"
            "</div></body></html>")


def test_a_copyright_notice_names_an_unnamed_outlet_its_links_name(monkeypatch: pytest.MonkeyPatch) -> None:
    html = footer_page()
    assert copyrightname.copyright_name(None, html, page_tree(html)) == "HarbourPost"
    assert copyrightname.copyright_name("Harbour Post", html, page_tree(html)) == "Harbour Post"
    one = footer_page(links=1)
    assert copyrightname.copyright_name(None, one, page_tree(one)) is None  # one link: maybe an agency's
    others = "".join(f'<a href="https://ferrynews.example/{i}">f</a>' for i in range(3))
    owner = html.replace("</nav>", others + "</nav>")
    assert copyrightname.copyright_name(None, owner, page_tree(owner)) is None  # its links go to another site
    monkeypatch.setattr(copyrightname, "COPYRIGHT_NAMES", False)
    assert copyrightname.copyright_name(None, html, page_tree(html)) is None


BOX = ('<div class="box"><div class="entry"><a href="/a">Ten ways to cross the river</a><div>Ferries, tunnels '
       'and the old bridge.</div></div><div class="entry"><a href="/b">Tolls explained</a></div></div>')


def test_a_heading_whose_box_was_left_out_is_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (f"<html><body><article><p>{P1}</p><p>{P2}</p></article><div><h2>Today on Harbour</h2>{BOX}</div>"
            "</body></html>")
    assert markup_hints(html, [P1, P2, "Today on Harbour"], url=URL) == {"Today on Harbour": "furniture"}
    monkeypatch.setattr(orphans, "ORPHAN_HEADINGS", False)
    assert markup_hints(html, [P1, P2, "Today on Harbour"], url=URL) == {}


def test_a_subhead_over_the_texts_paragraphs_is_kept() -> None:
    html = (f"<html><body><article><p>{P1}</p><h2>What the tolls cost</h2><div><p>{P2} "
            f'<a href="/tolls">Tolls</a></p></div></article></body></html>')
    assert markup_hints(html, [P1, "What the tolls cost", f"{P2} Tolls"], url=URL) == {}


def test_a_widgets_loading_pane_is_furniture() -> None:
    html = (f"<html><body><article><p>{P1}</p><p>{P2}</p></article><div class='signup'><div class='pane paneBusy'>"
            "<p>Please wait...</p></div></div></body></html>")
    assert markup_hints(html, [P1, P2, "Please wait..."], url=URL) == {"Please wait...": "furniture"}


def bracket_page(href: str = "/local/ferry-history") -> str:
    return (f'<html><body><article><p>{P1}</p><p class="x"> <i>[<a href="{href}">Ferries that carried the city'
            f"</a>]</i> </p><p>{P2}</p></article></body></html>")


def test_a_bracketed_related_link_is_a_teaser(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "[Ferries that carried the city]"
    assert markup_hints(bracket_page(), [P1, line, P2], url=URL) == {line: "teaser"}
    assert markup_hints(bracket_page("https://other.example/ferries"), [P1, line, P2], url=URL) == {}
    monkeypatch.setattr(inlinemarks, "BRACKETED_TEASERS", False)
    assert markup_hints(bracket_page(), [P1, line, P2], url=URL) == {}


LISTING = "config: {\n    lanes: [\n        north: 2;\n        south: 2;\n    ]\n}"


def test_a_code_listings_rows_are_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    html = f"<html><body><article><p>{P1}</p><pre>{LISTING}</pre><p>{P2}</p></article></body></html>"
    rows = ["config: {", "lanes: [", "north: 2;", "south: 2;"]
    assert markup_hints(html, [P1, *rows, P2], url=URL) == dict.fromkeys(rows, "furniture")
    joined = ["config: { lanes: [", "north: 2; south: 2;"]  # rows the extractor joined
    assert markup_hints(html, [P1, *joined, P2], url=URL) == dict.fromkeys(joined, "furniture")
    assert markup_hints(html, [P1, "lanes: [ north", P2], url=URL) == {}  # not whole rows
    py = "<pre>from harbour.tolls import rates\nfrom harbour.lanes import north_lane\nrates.apply(north_lane)</pre>"
    wrapped = "from harbour.tolls import rates from harbour.lanes import north_lane rates.apply(north_lane)"
    hints = markup_hints(html.replace("<pre>", py + "<pre>", 1), [P1, "from harbour.tolls import rates",
                         "from harbour.lanes import north_lane", "rates.apply(north_lane)", P2], url=URL)
    assert hints.get(wrapped) == "furniture"  # clean.lines.split_lines rejoins rows that start in lower case
    monkeypatch.setattr(codeblocks, "CODE_LISTINGS", False)
    assert markup_hints(html, [P1, *rows, P2], url=URL) == {}


def test_a_poem_set_in_pre_is_kept() -> None:
    poem = "The bridge is open (at last),\nthe ferries rest;\nthe river [sleeps].\nAnd so do we."
    html = f"<html><body><article><p>{P1}</p><pre>{poem}</pre><p>{P2}</p></article></body></html>"
    rows = [" ".join(r.split()) for r in poem.split("\n")]
    assert markup_hints(html, [P1, *rows, P2], url=URL) == {}


def test_the_page_is_read_whole() -> None:
    html = dated_page().replace("<body>", "<body><div><h1>Transport Centre</h1></div>").replace(
        "</body>", "<p>© 2019 HarbourPost Ltd</p><a href='https://harbourpost.com/a'>a</a>"
        "<a href='https://harbourpost.com/b'>b</a></body>")
    art = extract_html(html, "page.html")
    assert (art.title, art.published, art.outlet) == (HEAD, dt.date(2019, 3, 14), "HarbourPost")


def test_a_day_the_page_shows_in_slashed_digits_confirms_the_scripts_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """inputs52: a time stamp "6/2/2019 10:00 A.M. ET" (month first, or "2/6/2019" day first) prints the day."""
    day = dt.date(2019, 6, 2)
    for shown in ('<span class="stamp">6/2/2019 10:00 A.M. ET</span>', "<p>Posted 02/06/2019</p>"):
        html = dated_page(dateline="", printed=shown)
        assert scriptdate.script_day(day, html, page_tree(html), set(), None, f"{P1}\n{P2}") == day
    other = dated_page(dateline="", printed="<p>Posted 6/3/2019</p>")
    assert scriptdate.script_day(day, other, page_tree(other), set(), None, f"{P1}\n{P2}") is None
    monkeypatch.setattr(scriptdate, "SLASHED_DAYS", False)
    html = dated_page(dateline="", printed='<span class="stamp">6/2/2019 10:00 A.M. ET</span>')
    assert scriptdate.script_day(day, html, page_tree(html), set(), None, f"{P1}\n{P2}") is None
