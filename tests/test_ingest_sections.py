"""An article split into sibling sections of one class: the sections the extractor skipped (ingest.sections)."""

from __future__ import annotations

from storyline.ingest.markup import page_tree
from storyline.ingest.sections import continued_sections

P = [
    "The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in it.",
    "Repairs cost 48 million pounds, about a third more than first planned, because steel prices rose sharply.",
    "Traders on both sides of the river said the closure had cut their takings by a fifth over the two years.",
    "Several shops near the southern end of the bridge closed for good during the works, the council said.",
    "The council said a second crossing upstream would be studied next year, though no money has been set aside.",
    "Engineers will inspect the supports every six months for the next five years, the transport office said.",
]
BLURB = "Harbour Works is a civil engineering group that builds and repairs bridges, tunnels and quays across Europe."


def _chunk(paragraphs: list[str], cls: str = "article-chunk") -> str:
    return f'<div class="{cls}">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def _page(*blocks: str) -> str:
    ad = '<div class="ad-slot"><p>Advertisement</p></div>'
    return "<html><body><main><h1>Harbour bridge reopens</h1>" + ad.join(blocks) + "</main></body></html>"


def test_the_sections_after_an_advert_are_added_in_page_order() -> None:
    html = _page(_chunk(P[:2]), _chunk(P[2:4]), _chunk(P[4:]))
    out = continued_sections(page_tree(html), "\n".join(P[:2]))
    assert out.split("\n") == P


def test_a_section_before_the_extracted_one_goes_before_it() -> None:
    html = _page(_chunk(P[:2]), _chunk(P[2:4]))
    assert continued_sections(page_tree(html), "\n".join(P[2:4])).split("\n") == P[:4]


def test_a_one_paragraph_blurb_of_the_same_class_is_no_continuation() -> None:
    html = _page(_chunk(P[:3]), _chunk([BLURB]))
    text = "\n".join(P[:3])
    assert continued_sections(page_tree(html), text) == text


def test_stacked_articles_with_their_own_headlines_are_not_joined() -> None:
    html = _page(_chunk(P[:2]), '<div class="article-chunk"><h1>Another story</h1>'
                 + "".join(f"<p>{p}</p>" for p in P[2:4]) + "</div>")
    text = "\n".join(P[:2])
    assert continued_sections(page_tree(html), text) == text


def test_article_elements_are_never_joined() -> None:
    html = _page(*(f'<article class="story">{_chunk(P[i:i + 2], "body")}</article>' for i in (0, 2, 4)))
    text = "\n".join(P[:2])
    assert continued_sections(page_tree(html), text) == text


def test_nothing_is_added_without_two_extracted_paragraphs_found_or_beyond_the_cap() -> None:
    html = _page(_chunk(P[:2]), _chunk(P[2:]))
    assert continued_sections(page_tree(html), P[0]) == P[0]
    many = _page(_chunk(P[:2]), *(_chunk(P[2:]) for _ in range(3)))
    assert continued_sections(page_tree(many), "\n".join(P[:2])) == "\n".join(P[:2])  # 12 paragraphs for 2


def _wrapped(paragraphs: list[str], head: str = "") -> str:
    return '<div class="story-body"><article>' + head + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></div>"


def test_blocks_wrapping_their_paragraphs_in_a_bare_article_are_one_body() -> None:
    aside = '<div class="rail"><p>Most read</p><p>Sign up for our newsletter today.</p></div>'
    body = _wrapped(P[:2]) + aside + _wrapped(P[2:])
    html = "<html><body><main><h1>Harbour bridge reopens</h1>" + body + "</main></body></html>"
    assert continued_sections(page_tree(html), "\n".join(P[2:])).split("\n") == P


def test_a_block_whose_article_has_its_own_headline_is_another_story() -> None:
    html = "<html><body><main>" + _wrapped(P[:3]) + _wrapped(P[3:], "<h2>Another story</h2>") + "</main></body></html>"
    text = "\n".join(P[:3])
    assert continued_sections(page_tree(html), text) == text
