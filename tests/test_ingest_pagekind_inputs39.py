"""Non-news pages briefed with no note in read42, told by general signs (``pagekind``; inputs39).

Made-up pages: a site's about page headlined "About This Site", a user's post on a publishing platform
("/@name/"), an edition's dated headline ("… Weekly Edition for April 2, 2021"), a website's undated page.
"""

from __future__ import annotations

from storyline.ingest.html import extract_html

_PROSE = ("The valley's orchards are planted on terraces cut into the hillside, and the growers share one press "
          "that runs from September to November each year, when the apples come in from the upper slopes.")


def _page(title: str, *, url: str | None = None, head: str = "", paragraphs: int = 3) -> str:
    og = f'<meta property="og:url" content="{url}">' if url else ""
    body = "".join(f"<p>{_PROSE}</p>" for _ in range(paragraphs))
    return (f"<html><head><title>{title}</title>{og}{head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def _kind(html: str) -> str | None:
    kind = extract_html(html, "p").kind
    return kind.kind if kind else None


def test_an_about_this_site_headline_is_an_about_page() -> None:
    assert _kind(_page("About This Site")) == "about"
    assert _kind(_page("Colophon")) == "about"
    assert _kind(_page("About the valley's orchards")) is None


def test_a_users_page_on_a_publishing_platform_is_a_blog_post() -> None:
    assert _kind(_page("Our first year", url="https://pubplatform.example/@orchardist/our-first-year-1a2b")) == "blog"
    assert _kind(_page("Our first year", url="https://news.example.org/2021/04/our-first-year")) is None


def test_an_editions_dated_headline_is_a_newsletters_issue() -> None:
    kind = extract_html(_page("Valley Notes Weekly Edition for April 2, 2021"), "p").kind
    assert kind is not None and kind.kind == "newsletter" and not kind.skip
    assert _kind(_page("Growers print a special edition of the almanac")) is None
    assert _kind(_page("Growers pick the last apples for April 2")) is None


_WEBSITE = '<meta property="og:type" content="website">'


def test_a_websites_undated_page_is_a_sites_own_page() -> None:
    kind = extract_html(_page("Choose the press that fits your orchard", url="https://presses.example.com/models/",
                              head=_WEBSITE), "p").kind
    assert kind is not None and kind.kind == "site_page" and not kind.skip
    assert "og:type 'website' with no date stated" in kind.reason


def test_a_website_page_with_a_date_is_no_sites_own_page() -> None:
    dated = _WEBSITE + '<meta property="article:published_time" content="2021-04-02T08:00:00Z">'
    assert _kind(_page("Orchards flood", url="https://news.example.com/valley/orchards-flood", head=dated)) is None
    assert _kind(_page("Orchards flood", url="https://news.example.com/2021/04/02/orchards-flood", head=_WEBSITE)) \
        is None
    pubdate = _WEBSITE + '<meta name="pubdate" content="2021-04-02">'
    assert _kind(_page("Orchards flood", url="https://news.example.com/valley/orchards-flood", head=pubdate)) is None


def test_a_website_page_whose_address_is_a_headlines_slug_is_no_sites_own_page() -> None:
    """A site that calls every page a website (``og:type`` "website", no date anywhere): its article's address
    holds the headline's slug."""
    url = "https://news.example.com/article/43471-Growers-lose-the-upper-orchards-to-the-flood"
    assert _kind(_page("Growers lose the upper orchards to the flood", url=url, head=_WEBSITE)) is None
