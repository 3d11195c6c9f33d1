"""Bare text the article's block holds before its first paragraph (ingest.leadtext)."""

from __future__ import annotations

from storyline.ingest import html as html_mod
from storyline.ingest.html import extract_html
from storyline.ingest.leadtext import with_leading_text
from storyline.ingest.markup import page_tree

LEDE = "PORTVILLE (AP) — The harbour board of Portville closed the old ferry pier on Tuesday after divers found cracks."
P = [
    "The pier, built in 1931, carried about two thousand passengers a day to the islands across the bay.",
    "Board engineers said the cracks ran through three of the pier's eight concrete supports below the waterline.",
    "Ferries will use the cargo quay at the north end of the harbour until a temporary landing stage is built.",
    "The board said it had asked the city for money to rebuild the pier, a project it put at twelve million.",
    "Islanders said the detour would add half an hour to a crossing many of them make twice a day for work.",
    "The ferry company said it would add two early sailings from the cargo quay to make up for the longer walk.",
    "Divers first reported the cracks in March, during an inspection the board orders every five years.",
    "A second survey last week found that two of the cracks had widened, and the board closed the pier the next day.",
    "The mayor said the city would decide on the money for the new pier at its budget meeting in the autumn.",
]
RELATED = '<div class="related"><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise in spring</a></li></ul></div>'


def _page(before: str = f"<p>{RELATED}{LEDE}</p>") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in P)
    return (
        '<html><body><nav><a href="/">Home</a></nav><div class="story"><h1>Ferry pier closed</h1>'
        f'<div class="bd">{before}{paragraphs}</div></div></body></html>'
    )


def test_a_lede_left_as_the_text_after_a_related_box_is_kept_before_the_body() -> None:
    lines = extract_html(_page(), "x").text.split("\n")
    assert lines[-len(P) - 1 :] == [LEDE, *P] and lines.count(LEDE) == 1


def test_without_the_rule_the_lede_is_dropped() -> None:
    html_mod.LEADING_TEXT = False
    try:
        assert "harbour board of Portville closed" not in extract_html(_page(), "x").text
    finally:
        html_mod.LEADING_TEXT = True


def test_bare_text_at_the_start_of_the_block_goes_after_a_headline_line() -> None:
    text = "\n".join(["Ferry pier closed", *P])
    out = with_leading_text(page_tree(_page(LEDE)), text).split("\n")
    assert out == ["Ferry pier closed", LEDE, *P]


def test_no_text_from_inside_a_box_no_short_bits_nothing_after_the_first_paragraph() -> None:
    text = "\n".join(P)
    assert with_leading_text(page_tree(_page(f"<p>{RELATED}</p>")), text) == text  # box text is not bare text
    assert with_leading_text(page_tree(_page("<p>Updated 5 mins ago</p>")), text) == text
    assert with_leading_text(page_tree(_page(f"{RELATED}By Ann Lee, Staff Writer")), text) == text
    late = _page().replace(f"<p>{RELATED}{LEDE}</p>", "").replace("</p></div></div>", f"</p>{LEDE}</div></div>")
    assert with_leading_text(page_tree(late), text) == text  # text after the paragraphs is not a lede


def test_a_lede_already_extracted_is_not_added_twice() -> None:
    text = "\n".join([LEDE, *P])
    assert with_leading_text(page_tree(_page()), text) == text
