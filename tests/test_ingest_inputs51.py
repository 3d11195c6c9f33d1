"""inputs51's input faults, by kind, on made-up text: a digest of several news items under their own subheads (a
briefs column, a roundup of several firms' news) read as one report with no note. Each rule's test fails with it
off."""

from __future__ import annotations

import pytest

from storyline.ingest import pagekind_digest
from storyline.ingest.html import extract_html

LEDE = ("Mercer Rail said on Tuesday it would add a night service between Eastport and Linwood from March, after "
        "a trial run last winter carried more passengers than the operator had expected, its chief executive said.")
MORE = ("The night trains will run every hour between midnight and five in the morning, and tickets will cost the "
        "same as daytime fares, the operator said in a statement to its customers on Tuesday evening.")
ITEMS = [
    ("Holloway Dairy cuts 40 jobs",
     "Holloway Dairy will cut 40 jobs at its plant in Brackwater by the end of the year, blaming lower milk prices "
     "and the loss of a large supermarket contract, its managing director told staff on Tuesday morning.",
     "The company employs about 300 people at the plant and said it would offer voluntary redundancy first, before "
     "any compulsory job losses, according to a letter sent to the workers and seen by the paper."),
    ("Stellan Bank profit rises",
     "Stellan Bank reported a second-quarter profit of 12 million pounds on Tuesday, up from 9 million pounds a "
     "year earlier, helped by higher interest margins and fewer bad loans in its small-business book.",
     "The lender said it expected the rest of the year to be harder as rates fall, and it kept its forecast for "
     "lending growth unchanged at between 3 and 4 percent for the full year, its finance chief said."),
    ("Quayside Books opens third shop",
     "Quayside Books will open its third shop in the old post office on Market Street next month, the independent "
     "bookseller said, two years after it began selling from a stall at the weekly farmers' market.",
     "The owners said the shop would hold readings for children on Saturday mornings and stay open late on "
     "Thursdays, and that they would hire four more booksellers before the opening in the spring."),
]


def _page(heading: str = "h3", items: list[tuple[str, str, str]] | None = None) -> str:
    body = "".join(f'<{heading}>{head}</{heading}><p>{one}</p><p>{two}</p>' if heading.startswith("h") else
                   f'<p class="{heading}">{head}</p><p>{one}</p><p>{two}</p>' for head, one, two in items or ITEMS)
    return ("<!DOCTYPE html><html><head><title>Mercer Rail adds night trains</title>"
            '<meta property="og:url" content="https://www.valleypost.example/business/briefs-0412">'
            '<meta property="article:published_time" content="2024-04-12T09:00:00+00:00"></head><body><article>'
            f"<h1>Mercer Rail adds night trains</h1><p>{LEDE}</p><p>{MORE}</p>{body}</article></body></html>")


# ---------------------------------------------------------------- a digest of several items under their own subheads


@pytest.mark.parametrize("heading", ["h3", "subhead"])
def test_a_digest_of_items_each_about_its_own_subject_is_kept_with_a_note(monkeypatch, heading: str) -> None:
    html = _page(heading)
    kind = extract_html(html, "p.html").kind
    assert kind is not None and (kind.kind, kind.skip) == ("digest", False)
    assert "Holloway Dairy" in kind.reason and "Stellan Bank" in kind.reason and "not a news report" not in kind.reason
    monkeypatch.setattr(pagekind_digest, "DIGESTS", False)
    assert extract_html(html, "p.html").kind is None


def test_a_reports_crossheads_over_one_subject_are_no_digest() -> None:
    """Sections of one report name each other's subjects: the story's towns and bodies recur under its crossheads."""
    crossheads = [
        ("Eastport drivers", "Eastport's depot will train twelve more drivers for the night trains to Linwood.",
         ITEMS[0][1]),
        ("Linwood fares", "Linwood passengers will pay the day fare at night, and so will those from Eastport.",
         ITEMS[1][1]),
        ("Stations stay open", "Stations at Eastport and Linwood will stay open all night, with staff on duty.",
         ITEMS[2][1]),
    ]
    assert extract_html(_page("h3", crossheads), "p.html").kind is None


def test_two_items_or_short_items_are_no_digest() -> None:
    assert extract_html(_page("h3", ITEMS[:1]), "p.html").kind is None  # the lede's item and one more
    short = [(head, one.split(",")[0] + ".", "") for head, one, _ in ITEMS]
    assert extract_html(_page("h3", short), "p.html").kind is None


def test_a_subject_its_items_first_line_does_not_name_is_not_its_own() -> None:
    """An item's lede names its subject: a subhead's name only a later line of its item names is no item's own."""
    opening = ("A company in the town said on Tuesday that it would make changes to its business this year, after a "
               "review of its costs and its plans that took most of the spring, its managers said.")
    later = [(head, opening, one) for head, one, _ in ITEMS]
    assert extract_html(_page("h3", later), "p.html").kind is None


# ---------------------------------------------------------------- a page's own entry in a site's dated list


OWN = "https://www.harbourpost.example/news/4471-bridge-reopens.html"
BRIDGE = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in two of "
          "its main supports, the city council said in a statement.")
COST = "Repairs cost 48 million pounds, about a third more than first planned, the council added on Monday."


def _listed(own_href: str) -> str:
    entries = [("/news/4470-ferry-fares.html", "Ferry fares to rise by a tenth in spring", "Mar 3, 2024 10:02PM"),
               (own_href, "Harbour bridge reopens after two years", "Mar 4, 2024 01:10AM"),
               ("/sport/4468-rovers-cup.html", "Rovers reach the county cup final at last", "Mar 2, 2024 09:40PM")]
    items = "".join(f'<li><a href="{href}">{words}</a><br> Published {day}</li>' for href, words, day in entries)
    return (f'<!DOCTYPE html><html><head><title>Harbour bridge reopens after two years</title>'
            f'<link rel="canonical" href="{OWN}"></head><body><article><h1>Harbour bridge reopens after two years</h1>'
            f'<p>{BRIDGE}</p><div class="storyLinks"><ul>{items}</ul></div><p>{COST}</p></article></body></html>')


def test_a_pages_own_entry_dates_it_and_its_dated_list_goes(monkeypatch) -> None:
    art = extract_html(_listed("/news/4471-bridge-reopens.html"), "p.html")
    assert str(art.published) == "2024-03-04"
    assert "Ferry fares" not in art.text and "Rovers reach" not in art.text and "cost 48 million" in art.text
    from storyline.ingest import pageboxes
    monkeypatch.setattr(pageboxes, "OWN_ENTRY_DAYS", False)
    assert "Ferry fares" in extract_html(_listed("/news/4471-bridge-reopens.html"), "p.html").text


def test_a_list_without_the_pages_own_entry_stays() -> None:
    art = extract_html(_listed("/news/4469-tram-works.html"), "p.html")  # no entry links to the page itself
    assert "Ferry fares" in art.text


# ---------------------------------------------------------------- a wire named in "… contributed to this report."


def test_a_wire_contributing_to_a_hosts_report_is_shown_with_the_host(monkeypatch) -> None:
    from storyline.clean import wires

    lines = ["Staff writer", "Harbourpost.example and The Associated Press contributed to this report."]
    assert wires.with_contributing_wire("Harbour Post", OWN, lines) == "Harbour Post (with AP)"
    assert wires.with_contributing_wire("Harbour Post", OWN, ["(Reuters contributed to this story.)"]) == \
        "Harbour Post (with Reuters)"
    monkeypatch.setattr(wires, "CONTRIBUTING_WIRES", False)
    assert wires.with_contributing_wire("Harbour Post", OWN, lines) == "Harbour Post"


def test_a_wires_writer_or_a_wires_own_page_gets_no_contribution_credit() -> None:
    from storyline.clean import wires

    writer = ["Associated Press writer Ann Lee contributed to this report."]
    assert wires.with_contributing_wire("Harbour Post", OWN, writer) == "Harbour Post"  # a writer, not the wire
    credited = ["The Associated Press contributed to this report."]
    assert wires.with_contributing_wire("Harbour Post (AP)", OWN, credited) == "Harbour Post (AP)"
    assert wires.with_contributing_wire("AP News", "https://apnews.com/x", credited) == "AP News"
    assert wires.with_contributing_wire("Harbour Post", OWN, ["Tom Reed contributed to this report."]) == "Harbour Post"


def test_the_contribution_line_of_a_page_credits_its_outlet() -> None:
    from storyline.clean import clean_document
    from storyline.ingest.html import parse_html

    html = (f'<html><head><title>Harbour bridge reopens</title><meta property="og:site_name" content="Harbour Post">'
            f'<link rel="canonical" href="{OWN}"></head><body><article><h1>Harbour bridge reopens</h1><p>{BRIDGE}</p>'
            f"<p>{COST}</p><p><em>The Associated Press contributed to this report.</em></p></article></body></html>")
    raw = parse_html(html, "p", name="p.html")
    assert clean_document(raw).outlet == "Harbour Post (with AP)"


def test_a_contribution_run_on_after_a_copyright_notice_still_credits_the_wire() -> None:
    from storyline.clean import wires

    line = ("© 2024 Harbour Media. All rights reserved. This material may not be published, broadcast or rewritten. "
            "The Associated Press contributed to this report.")
    assert wires.contributing_wire([line]) == "AP"


def test_the_hosts_own_name_stays_out_of_the_entities_when_a_wire_is_credited_beside_it() -> None:
    from types import SimpleNamespace

    from storyline.entities import _outlet_keys

    for outlet in ("Harbour Post (with AP)", "Harbour Post (AP)"):
        doc = SimpleNamespace(outlet=outlet, url=None, text="The Harbour Post said the bridge reopened.")
        assert "harbour post" in _outlet_keys(SimpleNamespace(doc=doc))  # type: ignore[arg-type]
