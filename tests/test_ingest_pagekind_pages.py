"""Pages that are no single article, or name their kind in a headline or byline, are noted (inputs34).

A site's front page, a code repository's page, a tutorial with code, a podcast episode's page with og:type article,
an editorial by its byline; a blog on a blogging platform's host; and a news post is no photo post for its page's
icons. Each test fails on the code before inputs34 (``ingest.pagekind_pages``, the blogging-platform host,
``photos``: the article's lines looked for outside the page's ``<head>``).
"""

from __future__ import annotations

from conftest import article_page as _page
from conftest import page_kind as _kind

REPORT = [
    "Five people were killed on Tuesday when a bus left the road near the town of Aldermouth, police said.",
    "The bus, carrying 40 passengers from the coast, overturned on a bend shortly after 7 a.m., officials said.",
    "Twelve passengers were taken to hospital, three of them in a serious condition, a spokesman said.",
    "The regional council said the bend had been the scene of two earlier accidents in the past five years.",
]


def test_a_sites_front_page_is_noted() -> None:
    assert _kind(_page("Example News: the latest", REPORT * 2, url="https://www.example-news.com/")) == "front"
    head = ('<meta property="og:type" content="website"><script type="application/ld+json">'
            '{"@type": "ItemList", "itemListElement": []}</script>')
    assert _kind(_page("Example News: the latest", REPORT * 2, head=head)) == "front"
    # a report with a listing of related stories in its JSON-LD, but og:type article, at its own address
    related = head.replace("website", "article")
    assert _kind(_page("Bus leaves the road", REPORT * 2, head=related,
                       url="https://www.example-news.com/2019/10/12/bus-crash/")) is None


def test_a_code_repositorys_page_is_noted() -> None:
    assert _kind(_page("quill/quillpad", REPORT * 2, url="https://github.com/quill/quillpad")) == "repository"
    head = '<meta property="og:site_name" content="GitLab">'
    assert _kind(_page("quill/quillpad", REPORT * 2, head=head)) == "repository"
    assert _kind(_page("Bus leaves the road", REPORT * 2, url="https://github.com/")) == "front"  # its root


def test_a_tutorial_with_blocks_of_code_is_noted() -> None:
    code = "".join(f"<pre><code>pip install quillpad=={n}.0</code></pre>" for n in range(3))
    assert _kind(_page("Managing your environments", REPORT * 2, extra=code)) == "tutorial"
    assert _kind(_page("Bus leaves the road", REPORT * 2, extra=code[: len(code) // 3 * 2])) is None  # two: no


def test_a_podcast_episode_with_og_type_article_is_noted_by_its_headline() -> None:
    head = '<meta property="og:type" content="article">'
    assert _kind(_page("Big Media With Mara Quill, Episode 38", REPORT * 2, head=head)) == "podcast"
    assert _kind(_page("Ep. 12: The bus on the bend", REPORT * 2, head=head)) == "podcast"
    assert _kind(_page("Broadcaster delays episode 3 after leak of the final scenes", REPORT * 2, head=head)) is None


def test_an_editorial_is_noted_by_its_byline_but_editorial_staff_is_a_newsroom_credit() -> None:
    assert _kind(_page("Plan to restrict records draws opposition", REPORT * 2,
                       byline="By World's Editorial Writers")) == "opinion"
    assert _kind(_page("Plan to restrict records draws opposition", REPORT * 2, byline="Our View")) == "opinion"
    assert _kind(_page("Plan to restrict records draws opposition", REPORT * 2,
                       head='<meta name="author" content="The Editorial Board">')) == "opinion"
    assert _kind(_page("Bus leaves the road", REPORT * 2, byline="By Aldermouth Gazette Editorial Staff")) is None
    assert _kind(_page("Bus leaves the road", REPORT * 2, byline="By Mara Quill, Editorial Director")) is None


def test_a_blog_on_a_blogging_platform_is_noted() -> None:
    url = "https://quillmeetup.wordpress.com/2012/04/11/april-meeting/"
    assert _kind(_page("Quill meetup, April 2012", REPORT * 2, url=url)) == "blog"
    assert _kind(_page("Bus leaves the road", REPORT * 2, url="https://wordpress.org/news/2019/bus/")) is None


def test_a_news_post_whose_headline_is_its_pages_title_is_no_photo_post() -> None:
    icons = "".join(f'<img src="/media/icon{n}.gif">' for n in range(15))
    lines = "".join(f"<p>{p}</p>" for p in REPORT)
    # the text's first line is found in the <title> too: looked for there, the whole page was the article's block
    # and the header's fifteen icons its pictures
    html = (f"<html><head><title>{REPORT[0]}</title></head><body><div class='nav'>{icons}</div>"
            f"<div class='post'>{lines}</div></body></html>")
    assert _kind(html) is None
    gallery = "".join(f'<img src="/media/photo{n}.jpg">' for n in range(6))
    post = (f"<html><head><title>Star at the gala</title></head><body><div class='nav'>x</div>"
            f"<div class='post'><p>{REPORT[0]}</p>{gallery}<p>{REPORT[1]}</p></div></body></html>")
    assert _kind(post) == "photo"
