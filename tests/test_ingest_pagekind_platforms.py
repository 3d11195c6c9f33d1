"""An encyclopedia's or a wiki's article, a post on a social network and a blog a blogging platform made are noted
(kinds36), on made-up pages; a news report that names a wiki or a social network in its text, and a news site on a
blogging platform, keep no note. The three notes fail on the code before kinds36 (``ingest.pagekind_pages``
``wiki_signs`` and ``social_signs``, ``ingest.pagekind_site._generator_signs``)."""

from __future__ import annotations

from conftest import article_page as _page
from conftest import page_kind as _kind

REPORT = [
    "Five people were killed on Tuesday when a bus left the road near the town of Aldermouth, police said.",
    "The bus, carrying 40 passengers from the coast, overturned on a bend shortly after 7 a.m., officials said.",
    "Twelve passengers were taken to hospital, three of them in a serious condition, a spokesman said.",
    "The regional council said the bend had been the scene of two earlier accidents in the past five years.",
]
ENTRY = [
    "Quillwort embedding is a method for drawing many-dimensional data as points on a plane for people to read.",
    "It was first set out in 1998 by two statisticians, and it is used in many sciences to look at clusters.",
    "The method places similar items near each other and dissimilar items far apart, with high probability.",
]


def test_a_wikis_article_is_noted_by_its_generator_or_host() -> None:
    head = '<meta name="generator" content="MediaWiki 1.40.0-wmf.3">'
    assert _kind(_page("Quillwort embedding - Example Wiki", ENTRY * 2, head=head,
                       url="https://wiki.example.org/wiki/Quillwort_embedding")) == "encyclopedia"
    assert _kind(_page("Quillwort embedding", ENTRY * 2,
                       url="https://en.wikipedia.org/wiki/Quillwort_embedding")) == "encyclopedia"
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 2, head=head,
                       url="https://en.wikinews.org/wiki/Bus_leaves_the_road_near_Aldermouth")) is None  # a news wiki


def test_a_social_networks_post_is_noted_by_its_host_or_site_name() -> None:
    post = ["Our new status page is live: follow it for updates on every outage and every fix we ship."]
    assert _kind(_page("Quillpad on Twitter", post * 3,
                       url="https://twitter.com/quillpad/status/609116267891580928")) == "social"
    head = '<meta property="og:site_name" content="Facebook">'
    assert _kind(_page("Quillpad - Posts", post * 3, head=head)) == "social"


def test_a_report_naming_a_wiki_or_a_network_keeps_no_note() -> None:
    said = REPORT + ["Videos of the crash were shared on Twitter and Facebook, and a Wikipedia page on the road "
                     "was edited within the hour, the council said."]
    head = '<meta name="generator" content="WordPress 6.4"><meta property="og:site_name" content="Aldermouth Post">'
    assert _kind(_page("Bus leaves the road", said * 2, head=head,
                       url="https://www.example-news.com/2019/10/12/bus-crash/")) is None


def test_a_page_a_blogging_platform_made_is_a_blog_unless_the_site_calls_itself_news() -> None:
    gen = '<meta name="generator" content="blogger">'
    desc = '<meta property="og:site_name" content="Quill Haven">'
    assert _kind(_page("Harbour hotel opens its doors", REPORT * 2, head=gen + desc,
                       url="https://www.quillhaven.co/2019/05/harbour-hotel-opens.html")) == "blog"
    news = '<meta property="og:site_name" content="Aldermouth Today | the county\'s news platform">'
    assert _kind(_page("Bus leaves the road", REPORT * 2, head=gen + news,
                       url="https://www.aldermouth-today.com/2019/10/bus-crash.html")) is None
    wordpress = '<meta name="generator" content="WordPress.com">'
    assert _kind(_page("Bus leaves the road", REPORT * 2, head=wordpress + desc,
                       url="https://www.quillhaven.co/2019/10/bus-crash/")) is None
