"""A syndicated copy's provider shown after the host's name ("Portal (Globe News)"; ``ingest.provider``,
bench/BRIEF_REVIEW.md, "inputs28"): made-up pages."""

from __future__ import annotations

from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"


def page(*, canonical: str = "https://www.globenews.example/2021/03/01/bridge/index.html",
         publisher: str = ('<span itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
                           '<a href="https://www.globenews.example/" title="Globe News"><img alt="Globe News" '
                           'src="logo.png"></a></span>'),
         site: str = "Portal") -> str:
    return (f'<html><head><title>Council closes the old bridge</title><meta property="og:site_name" content="{site}">'
            '<meta property="og:url" content="https://www.portal.example/news/ar-AAB12">'
            f'<link rel="canonical" href="{canonical}"></head><body><article><h1>Council closes the old bridge</h1>'
            f"{publisher}{_BODY}</article></body></html>")


def test_a_copy_whose_canonical_address_is_its_stated_publishers_shows_both() -> None:
    assert extract_html(page(), "p").outlet == "Portal (Globe News)"


def test_the_publishers_own_page_or_an_unnamed_provider_is_unchanged() -> None:
    assert extract_html(page(site="Globe News"), "p").outlet == "Globe News"  # its own site
    assert extract_html(page(publisher=""), "p").outlet == "Portal"  # no publisher stated
    # a publisher whose name is not the canonical address's (the host's own canonical)
    assert extract_html(page(canonical="https://www.portal.example/news/ar-AAB12"), "p").outlet == "Portal"


def test_a_site_name_holding_its_addresss_brand_is_the_sites_own() -> None:
    page_ = page(site="Globe News Magazine", canonical="https://www.globe.example/2021/03/01/bridge/")
    page_ = page_.replace('title="Globe News"', 'title="Globe"')
    assert extract_html(page_, "p").outlet == "Globe News Magazine"
