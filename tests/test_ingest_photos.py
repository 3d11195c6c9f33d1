"""A celebrity's or a gallery's photo post is kept with a note (ingest/photos.py, pagekind's "photo"; inputs21),
and a news page with pictures of its own or thumbnails of other pages keeps no note."""

from __future__ import annotations

import json

from storyline.ingest.html import extract_html

SHORT = [
    "Photos shared online this week show the singer Ada Obi looking radiant in a new green gown.",
    "The star posted the pictures on her social media page on Friday, where fans praised her style.",
    "See more of the pictures below, and tell us what you think of the new look in the comments.",
]
LONG = SHORT + [
    "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
    "Council leader Mara Okafor said the repairs would take at least six months and cost the city dearly.",
    "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials said.",
    "The bridge, opened in 1962, carries about 30,000 vehicles a day, according to the city's transport office.",
    "Residents near the ring road said they feared more noise and traffic jams during the months of work.",
] * 2


def page(paras: list[str], pictures: str = "", *, url: str = "https://www.example-news.org/2020/05/ada-obi",
         head: str = "", sidebar: str = "") -> str:
    text = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><title>Ada Obi stuns in new look</title>
<meta property="og:url" content="{url}">{head}</head><body><div class="post"><h1>Ada Obi stuns in new look</h1>
{text}{pictures}</div><aside>{sidebar}</aside></body></html>"""


def pics(n: int, *, link: str = "") -> str:
    one = '<img src="https://img.example-news.org/{i}.jpg" width="600">'
    if link:
        one = f'<a href="{link}">{one}</a>'
    return "".join(f"<div>{one.format(i=i)}</div>" for i in range(n))


def kind(html: str) -> str | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else k.kind


def test_few_lines_and_many_pictures_is_a_photo_post_with_a_note() -> None:
    art = extract_html(page(SHORT, pics(6)), "p.html")
    assert art.kind is not None and art.kind.kind == "photo" and not art.kind.skip
    assert "6 pictures" in art.kind.reason and "photo post" in art.kind.reason


def test_pictures_linked_to_their_own_files_count() -> None:
    assert kind(page(SHORT, pics(6, link="https://img.example-news.org/full/{i}.JPG"))) == "photo"


def test_same_text_with_few_pictures_or_long_text_is_news() -> None:
    assert kind(page(SHORT, pics(2))) is None
    assert kind(page(LONG, pics(6))) is None


def test_thumbnails_linking_to_other_pages_do_not_count() -> None:
    assert kind(page(SHORT, pics(8, link="https://www.example-news.org/2020/05/other-story-{i}"))) is None


def test_gallery_markup_url_and_schema_type_are_signs() -> None:
    assert kind(page(LONG, url="https://www.example-news.org/gallery/2020/ada-obi")) == "photo"
    gallery = json.dumps({"@context": "https://schema.org", "@type": "ImageGallery", "name": "Ada Obi"})
    assert kind(page(LONG, head=f'<script type="application/ld+json">{gallery}</script>')) == "photo"


def test_the_pages_decoration_in_the_block_is_no_photo() -> None:
    """A short news post whose block holds the page's icons, badges and strips (GIFs of no size, pictures drawn
    under 100 px) keeps no note; the same post with six photos drawn large is still a photo post (kinds36)."""
    icons = "".join(f'<img src="https://img.example-news.org/icons/cell{i}.gif">' for i in range(12))
    strips = ('<img src="https://img.example-news.org/banner.jpg" width="960" height="50">'
              '<img src="https://img.example-news.org/sponsor.png" width="150" height="18">'
              '<img src="https://img.example-news.org/spacer.png" width="100%" height="0">')
    assert kind(page(SHORT, icons + strips)) is None
    large = "".join(f'<img src="https://img.example-news.org/{i}.gif" width="600" height="400">' for i in range(6))
    assert kind(page(SHORT, icons + large)) == "photo"
