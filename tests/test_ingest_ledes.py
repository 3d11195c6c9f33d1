"""A lede set in a block of its own right before the article's text block (ingest.ledes)."""

from __future__ import annotations

from storyline.ingest import html as html_mod
from storyline.ingest.html import extract_html
from storyline.ingest.ledes import with_lede
from storyline.ingest.markup import page_tree

LEDE = "Four people were hurt when a tram left the rails in the city centre on Monday, the transit authority said."
P = [
    "The tram was carrying about forty passengers when its front car jumped the track at a junction near the market.",
    "Firefighters freed two people trapped in the front car, and ambulances took four to the general hospital.",
    "The authority said the junction had been inspected in the spring and no fault had been found at the time.",
    "Services on the line were suspended for the rest of the day while investigators examined the points and the car.",
    "A spokeswoman said the driver, who has worked for the authority for eleven years, was helping the investigators.",
    "Residents said trams had slowed at the junction for weeks, and that the screech of the wheels had grown louder.",
]
HEADLINE = "Tram derails in city centre"


def _page(lede_block: str, between: str = "", body: list[str] = P) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        '<html><body><nav><a href="/">Home</a></nav><div class="article">'
        f'<h1 class="article__heading">{HEADLINE}</h1>'
        f'{lede_block}{between}<div class="article__text text">{paragraphs}</div></div></body></html>'
    )


def _summary(text: str = LEDE, cls: str = "article__summary summary") -> str:
    return f'<div class="{cls}">\n    {text}\n  </div>'


def test_the_extractor_drops_the_lede_and_it_is_added_before_the_body() -> None:
    page = _page(_summary())
    lines = extract_html(page, "x").text.split("\n")
    assert lines[-len(P) - 1 :] == [LEDE, *P] and lines.count(LEDE) == 1


def test_without_the_rule_the_lede_is_dropped() -> None:
    page = _page(_summary())
    html_mod.LEDE_BLOCKS = False
    try:
        assert LEDE not in extract_html(page, "x").text
    finally:
        html_mod.LEDE_BLOCKS = True


def test_the_lede_goes_after_a_headline_line_and_before_the_first_body_line() -> None:
    text = "\n".join([HEADLINE, *P])
    assert with_lede(page_tree(_page(_summary())), text).split("\n") == [HEADLINE, LEDE, *P]


def test_a_lede_block_in_paragraphs_and_one_level_up() -> None:
    page = _page(f'<div class="intro"><p>{LEDE}</p></div>').replace(
        '<div class="article__text text">', '<div class="body"><div class="article__text text">'
    ).replace("</div></div></body>", "</div></div></div></body>")
    assert with_lede(page_tree(page), "\n".join(P)).split("\n") == [LEDE, *P]


def test_no_lede_without_a_lede_class_word_or_with_a_furniture_word() -> None:
    for cls in ("article__note", "article__dek", "summary teaser", "related-summary"):
        assert with_lede(page_tree(_page(_summary(cls=cls))), "\n".join(P)) == "\n".join(P), cls


def test_no_lede_when_something_stands_between_it_and_the_body() -> None:
    page = _page(_summary(), between='<div class="share-bar"></div>')
    assert with_lede(page_tree(page), "\n".join(P)) == "\n".join(P)


def test_no_lede_when_too_long_too_short_unfinished_linked_or_already_there() -> None:
    long = " ".join([LEDE] * 6)
    short = "Four hurt in tram crash."
    unfinished = "Four people were hurt when a tram left the rails in the city centre on Monday"
    linked = f'<a href="/trams">{LEDE}</a>'
    for block in (long, short, unfinished, linked):
        assert with_lede(page_tree(_page(_summary(block))), "\n".join(P)) == "\n".join(P), block
    page = _page(_summary(P[0]))
    assert with_lede(page_tree(page), "\n".join(P)) == "\n".join(P)


def test_no_lede_holding_a_headline() -> None:
    block = f'<div class="summary"><h2>Key points</h2>{LEDE}</div>'
    assert with_lede(page_tree(_page(block)), "\n".join(P)) == "\n".join(P)
