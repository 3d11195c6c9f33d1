"""An explainer and an exhibition write-up (page_kinds.json's vocabularies): made-up pages, each sign alone, and
the same page without it kept as news."""

from __future__ import annotations

import json

from storyline.ingest.html import extract_html

PARAS = [
    "The county council voted on Tuesday to close the old ferry pier after engineers found cracks in its piles.",
    "Councillors said the pier would stay shut until a survey is finished, and the ferry will use the new quay.",
    "The survey is expected to take six weeks, and repairs could cost more than two million pounds, they said.",
]


def page(*, title: str = "Council closes ferry pier", url: str = "https://www.example-news.org/local/ferry-pier",
         ld_type: str = "NewsArticle", section: str = "") -> str:
    meta = f'<meta property="article:section" content="{section}">' if section else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    ld = json.dumps({"@type": ld_type, "headline": title})
    return f"""<!DOCTYPE html><html><head><title>{title}</title><meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">{meta}<script type="application/ld+json">{ld}</script></head>
<body><article><h1>{title}</h1>{body}</article></body></html>"""


def kind_of(html: str) -> tuple[str, bool] | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else (k.kind, k.skip)


def test_the_plain_report_is_news() -> None:
    assert kind_of(page()) is None


def test_an_explainer_by_its_headline_kept_with_a_note() -> None:
    for title in ("The Gazette's guide to understanding the ferry pier repairs",
                  "Ferry pier closure: what you need to know", "Explainer: why the ferry pier was closed",
                  "Q&A: the ferry pier and its repairs"):
        k = extract_html(page(title=title), "p.html").kind
        assert k is not None and (k.kind, k.skip) == ("explainer", False), title
        assert "explainer" in k.reason


def test_an_explainer_by_its_section_path_or_schema_type() -> None:
    assert kind_of(page(section="Explainers")) == ("explainer", False)
    assert kind_of(page(url="https://www.example-news.org/explained/ferry-pier")) == ("explainer", False)
    assert kind_of(page(ld_type="BackgroundNewsArticle")) == ("explainer", False)


def test_a_how_to_headline_is_no_explainer() -> None:
    k = extract_html(page(title="How to get to the island while the ferry pier is closed"), "p.html").kind
    assert k is None or k.kind != "explainer"


def test_an_exhibition_write_up_by_its_headline_or_section() -> None:
    for title in ("Harbour Design Week 2021 | a light installation on the old ferry pier",
                  "A solo exhibition of pier photographs opens at the town gallery"):
        k = extract_html(page(title=title), "p.html").kind
        assert k is not None and (k.kind, k.skip) == ("exhibition", False), title
        assert "exhibition write-up" in k.reason
    assert kind_of(page(url="https://www.example-mag.org/exhibitions/pier-lights")) == ("exhibition", False)


def test_an_exhibition_game_or_a_solar_installation_is_news() -> None:
    assert kind_of(page(title="Town wins exhibition game on the ferry pier")) is None
    assert kind_of(page(title="Solar panel installation begins on the ferry pier")) is None
