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

