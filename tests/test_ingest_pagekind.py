"""Saved pages that are not news reports (ingest/pagekind.py), the language of an unspaced script, site names
in stated titles: each rule on made-up pages, with the same page without the sign kept as news."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.guard import script_language
from storyline.ingest import read_inputs
from storyline.ingest.html import extract_html, parse_html, strip_site_name

PARAS = [
    "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
    "Council leader Mara Okafor said the repairs would take at least six months and cost the city dearly.",
    "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials said.",
    "The bridge, opened in 1962, carries about 30,000 vehicles a day, according to the city's transport office.",
    "Residents near the ring road said they feared more noise and traffic jams during the months of work.",
]


def page(body: list[str] | None = None, *, url: str = "https://www.example-news.org/news/2020/05/bridge-closed",
         head: str = "", title: str = "Harbour bridge closed to lorries", links: str = "") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in (PARAS if body is None else body))
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">{head}</head><body><article><h1>{title}</h1>
{paras}{links}</article></body></html>"""


def ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def kind_of(html: str) -> tuple[str, bool] | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else (k.kind, k.skip)


def test_a_news_page_has_no_kind_and_no_note() -> None:
    html = page(head=ld({"@type": "NewsArticle", "articleSection": "World"}))
    assert kind_of(html) is None
    assert parse_html(html, "p.html").notes == []


def test_opinion_by_url_path_section_type_or_label_is_kept_with_a_note() -> None:
    assert kind_of(page(url="https://www.example-news.org/columnists/2020/bridge-closed")) == ("opinion", False)
    assert kind_of(page(head='<meta property="article:section" content="Opinion">')) == ("opinion", False)
    assert kind_of(page(head=ld({"@type": "OpinionNewsArticle"}))) == ("opinion", False)
    assert kind_of(page(title="Opinion: Close the harbour bridge for good")) == ("opinion", False)
    doc = parse_html(page(url="https://www.example-news.org/opinion/bridge-closed"), "p.html")
    assert doc.text and "looks like an opinion piece (URL path '/opinion/')" in doc.notes[0].note


def test_a_section_word_as_the_slug_is_no_opinion() -> None:
    assert kind_of(page(url="https://www.example-news.org/news/opinion-polls-tighten")) is None


def test_deals_need_two_signs_and_are_skipped(tmp_path: Path) -> None:
    prices = [f"The {n} kettle is down to ${20 + n} from ${40 + n} today only at the big store." for n in range(10)]
    disclosure = ["We may earn a commission when you buy through links on this page, which helps fund our work."]
    (tmp_path / "deals.html").write_text(page(prices + disclosure, title="Kettle sale today"), encoding="utf-8")
    (tmp_path / "prices.html").write_text(page(prices, title="Kettle prices today"), encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["prices.html"]
    assert skipped[0].input == "deals.html" and skipped[0].reason.startswith("looks like a shopping-deals post (")


def test_affiliate_links_count_as_a_deals_sign() -> None:
    links = "".join(f'<a href="https://amzn.to/x{n}">deal</a>' for n in range(8))
    url = "https://www.example-news.org/2020/05/kettle-deals"
    assert kind_of(page(links=links, url=url)) == ("deals", True)
    assert kind_of(page(url=url)) is None  # the slug alone: one sign


def test_a_report_linking_a_few_products_twice_under_a_standing_disclosure_is_no_deals_post() -> None:
    disclosure = ["Just a heads up: some links on this site are affiliate links, and we may earn a small commission."]
    twice = "".join(f'<a href="https://amzn.to/k{n}"><img src="k{n}.jpg"></a><a href="https://amzn.to/k{n}">kit</a>'
                    for n in range(5))
    assert kind_of(page([*PARAS, *disclosure], links=twice)) is None
    eight = "".join(f'<a href="https://amzn.to/k{n}">kit</a>' for n in range(8))
    assert kind_of(page([*PARAS, *disclosure], links=eight)) == ("deals", True)


def test_press_release_by_its_about_section_and_closing_formula() -> None:
    release = [*PARAS[:3], "About Harbourworks", "Harbourworks makes bridge sensors for cities in 14 countries.",
               "For more information, please visit www.harbourworks.example."]
    assert kind_of(page(release)) == ("press_release", True)
    assert kind_of(page([*PARAS[:3], "For more information, please visit www.harbourworks.example."])) is None
    wired = [f"SPRINGFIELD (AP) — {release[0]}", *release[1:]]
    assert kind_of(page(wired)) is None  # a wire service's dateline: a report about a release


def test_press_release_by_url_path_alone() -> None:
    assert kind_of(page(url="https://harbourworks.example/press-releases/bridge-sensors")) == ("press_release", True)


def test_product_page_recipe_review_podcast() -> None:
    assert kind_of(page(head='<meta property="og:type" content="product">')) == ("product", True)
    assert kind_of(page(head=ld({"@type": "Recipe", "recipeIngredient": ["2 pears"]}))) == ("recipe", True)
    assert kind_of(page(url="https://www.example-news.org/2020/kettle-x2-review")) == ("review", False)
    assert kind_of(page(title="Kettle X2 review - fast, loud and cheap")) == ("review", False)
    assert kind_of(page(title="Council orders review of bridge safety")) is None
    assert kind_of(page(head=ld({"@type": "PodcastEpisode"}))) == ("podcast", False)


def test_a_product_type_inside_the_article_is_no_product_page() -> None:
    nested = {"@type": "NewsArticle", "mentions": {"@type": "Product", "name": "Kettle"}}
    assert kind_of(page(head=ld(nested))) is None


def test_a_fact_check_is_no_review() -> None:
    claim = {"@type": "ClaimReview", "itemReviewed": {"@type": "Claim"}, "reviewRating": {"ratingValue": 2}}
    assert kind_of(page(head=ld(claim))) == ("fact_check", False)  # a report on a claim: kept, noted (inputs23)


def test_results_lines_are_noted() -> None:
    lines = []
    for n in range(6):
        lines += [f"Northtown d. Southville {60 + n}-{40 + n}",
                  f"Northtown (1-{n}): Lee {10 + n} points. Kay {n + 2} points."]
    assert kind_of(page(["Roundup of the night's games in the county league.", *lines])) == ("results", False)
    assert kind_of(page()) is None


def test_an_unspaced_script_page_is_named_by_its_language() -> None:
    text = ["先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで"
            "男性が逮捕されたという報道がありました。"] * 3
    doc = parse_html(page(text, title="商品の改造が商標法違反に"), "ja.html")
    foreign = script_language(doc)
    assert foreign is not None and foreign.reason.startswith("language looks like ja, not English")


def test_a_site_name_after_the_title_is_cut_only_when_it_names_the_site() -> None:
    assert strip_site_name("Bridge closed - Example News", "Example News", None) == "Bridge closed"
    assert strip_site_name("Bridge closed | examplenews", None, "https://www.examplenews.com/a") == "Bridge closed"
    assert strip_site_name("Bridge closed :: The Herald", "Herald", None) == "Bridge closed"
    assert strip_site_name("Sale on - Remember 80/90 - Memorabilia", "Remember 80/90 - Memorabilia", None) == "Sale on"
    assert strip_site_name("Obama - The Interview", "Example News", "https://examplenews.com/x") == \
        "Obama - The Interview"
    assert strip_site_name("Take care - herald at the fair", "Herald", None) == "Take care - herald at the fair"
    assert extract_html(page(title="Harbour bridge closed - Example-News"), "p.html").title == \
        "Harbour bridge closed"


def test_a_section_named_by_a_day_or_a_writer_before_column_is_opinion() -> None:
    """The lead, session 27 (the fifty-second read's "Tuesday Column", a readers' letters column briefed with no
    note): a section's label is often its day's or kind's word before "Column"; the last word reads it. A section
    whose last word is a subject's ("Business News") or a longer name stays no sign."""
    for section in ("Tuesday Column", "Guest Column", "Business Opinion"):
        assert kind_of(page(head=f'<meta property="article:section" content="{section}">')) == ("opinion", False)
    assert kind_of(page(head='<meta property="article:section" content="Business News">')) is None
    assert kind_of(page(head='<meta property="article:section" content="Court of Public Opinion Polls">')) is None
