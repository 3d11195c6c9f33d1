"""The thirty-third and thirty-fourth reads' input faults (inputs33): a site's section after its name in the title
("… | CNN Politics"), an outlet stated only after the ``<title>``'s headline ("… | Tulsa World"), a related link, a
pull quote and a labelled photo caption among the article's paragraphs."""

from __future__ import annotations

import lxml.html
import pytest

from storyline.ingest import markup
from storyline.ingest.html import strip_site_name
from storyline.ingest.markup import markup_hints
from storyline.ingest.sitename import titled_name


def test_a_sites_name_and_its_section_after_the_headline_are_cut() -> None:
    assert strip_site_name("Mayor opens the harbour bridge | Harbour Post Politics", "Harbour Post", None) == (
        "Mayor opens the harbour bridge")
    assert strip_site_name("Mayor opens the bridge - HPN Health News", None, "https://www.hpn.com/2020/a") == (
        "Mayor opens the bridge")


def test_a_headlines_own_last_part_is_kept() -> None:
    title = "Mayor opens the bridge - Harbour Post readers react"  # lower case words after the name: a headline's
    assert strip_site_name(title, "Harbour Post", None) == title
    title = "Mayor opens the bridge | Harbour Post Politics Desk Today"  # three words after the name
    assert strip_site_name(title, "Harbour Post", None) == title
    title = "Mayor opens the bridge | Other Paper Politics"
    assert strip_site_name(title, "Harbour Post", None) == title


def page(title: str, body: str) -> object:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


LINKS = ('<p>Subscribe at <a href="/subscribe">HarbourPost.com</a>.</p>'
         '<img src="http://images.harbourpost.com/logo.gif" alt="logo">')


def test_an_outlet_stated_only_after_the_title_is_named_when_the_page_writes_it_as_its_domain() -> None:
    html = "<title>Council votes to close the pier | Harbour Post</title>" + LINKS
    assert titled_name(None, html, page("Council votes to close the pier | Harbour Post", LINKS)) == "Harbour Post"


def test_a_title_tail_the_page_does_not_write_as_a_domain_is_no_outlet() -> None:
    body = '<p>Read more at <a href="http://elsewhere.com/a">elsewhere.com</a>.</p>'
    html = "<title>Council votes to close the pier | Harbour Post</title>" + body
    assert titled_name(None, html, page("Council votes to close the pier | Harbour Post", body)) is None
    html = "<title>Council votes to close the pier</title>" + LINKS
    assert titled_name(None, html, page("Council votes to close the pier", LINKS)) is None
    assert titled_name("Bay Times", html, page("Council votes | Harbour Post", LINKS)) == "Bay Times"


# Furniture among the article's paragraphs (ingest/inlinemarks.py, through markup.markup_hints).

STORY = """<html><head><title>Storm</title></head><body><div class="story">
<p>The storm closed three roads across the valley on Tuesday, officials said.</p>
<p><a href="https://www.harbourpost.com/2020/11/26/travel/tips/index.html">Five tips for driving in the snow</a></p>
<p>Crews worked through the night to clear the main highway before the holiday.</p>
<p><q class="right">"We have never seen this much snow in a single night in this town."</q></p>
<p>"We have never seen this much snow in a single night in this town," said the mayor, Ann Lee.</p>
<p><em>Top image: </em>A plough clears the main highway. <em>Credit: Jo Smith/Harbour Post (CC BY 2.0)</em></p>
</div></body></html>"""
URL = "https://www.harbourpost.com/2020/11/27/us/storm/index.html"


def story_lines() -> list[str]:
    tree = markup.page_tree(STORY)
    return [" ".join(p.xpath("string()").split()) for p in tree.iter("p")]


def test_a_related_link_a_pull_quote_and_a_labelled_caption_among_the_paragraphs_are_marked() -> None:
    lines = story_lines()
    hints = markup_hints(STORY, lines, url=URL)
    assert hints.get("Five tips for driving in the snow") == "teaser"
    assert hints.get('"We have never seen this much snow in a single night in this town."') == "furniture"
    assert hints.get(lines[5]) == "furniture"
    assert lines[0] not in hints and lines[2] not in hints and lines[4] not in hints


def test_a_link_to_another_site_a_short_repeat_and_an_unlabelled_caption_are_not_marked() -> None:
    other = STORY.replace("https://www.harbourpost.com/2020/11/26", "https://shop.example.com/2020/11/26")
    # a <q> paragraph under MIN_EXCERPT_WORDS: one of eight words or more is a pull quote, repeated or not (inputs36)
    other = other.replace('"We have never seen this much snow in a single night in this town."</q>',
                          '"Never so much snow."</q>').replace("Top image: ", "")
    tree = markup.page_tree(other)
    lines = [" ".join(p.xpath("string()").split()) for p in tree.iter("p")]
    assert markup_hints(other, lines, url=URL) == {}


def test_without_the_inline_marks_none_of_the_three_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markup, "INLINE_MARKS", False)
    assert markup_hints(STORY, story_lines(), url=URL) == {}


def test_an_editors_note_set_apart_is_furniture() -> None:
    page_html = ('<html><body><div><p class="siteEditorialNote"><em>Caught in the storm? Please share your photos '
                 'with us.</em></p><p>The storm closed three roads across the valley on Tuesday, officials said, '
                 'and crews worked through the night to clear them before the holiday weekend began.</p></div>'
                 '</body></html>')
    hints = markup_hints(page_html, ["Caught in the storm? Please share your photos with us."])
    assert hints == {"Caught in the storm? Please share your photos with us.": "furniture"}


def test_a_text_in_a_script_the_nine_do_not_cover_is_named_not_english() -> None:
    from storyline.clean.language import detect_language

    burmese = " ".join(["တရားရုံး", "သတင်းထောက်", "သုံးဦး", "အာမခံ", "ရရှိခဲ့သည်"] * 6)
    assert detect_language(burmese)[0] == "my"
    assert detect_language("ქართული ენა არის " * 8)[0] == "ka"
    assert detect_language("The court granted bail to three reporters on Friday, their lawyer said.")[0] == "en"


def test_a_paragraph_repeated_in_a_longer_one_is_text_unless_set_as_an_inline_quotation() -> None:
    lines = ["Since 2008 there has not been a single year of revenue gain in the industry.",
             "Since 2008 there has not been a single year of revenue gain in the industry. Costs rose too."]
    page_html = "<html><body><div>" + "".join(f"<p>{x}</p>" for x in lines) + "</div></body></html>"
    assert markup_hints(page_html, lines) == {}
    quoted = page_html.replace(f"<p>{lines[0]}</p>", f"<p><q>{lines[0]}</q></p>")
    assert markup_hints(quoted, lines) == {lines[0]: "furniture"}


def test_a_double_dash_before_the_sites_name_is_a_separator() -> None:
    assert strip_site_name("Mayor opens the bridge -- Harbour Post", "Harbour Post", None) == "Mayor opens the bridge"


BODY = ("<p>The council voted on Tuesday to close the old pier after engineers found deep cracks in its piles.</p>"
        "<p>Repairs would cost more than the pier is worth, the engineers told the council in their report.</p>")


def saved_page(header_class: str, article_date: str = "") -> str:
    return (f'<html><body><div class="{header_class}"><div id="date-box">Mon, 25 Dec 2023</div></div>'
            f'<div class="article"><h1>Council closes the pier</h1>{article_date}<div class="body">{BODY}</div>'
            "</div></body></html>")


def test_a_day_printed_only_in_the_sites_header_bar_is_no_report_day() -> None:
    import datetime as dt

    from storyline.ingest import chromedate
    from storyline.ingest.html import extract_html

    text = "\n".join(" ".join(p.xpath("string()").split()) for p in markup.page_tree(BODY).iter("p"))
    tree = markup.page_tree(saved_page("header-cont"))
    assert chromedate.chrome_day(dt.date(2023, 12, 25), tree, set(), text) is None
    assert extract_html(saved_page("header-cont"), "x.html").published is None
    # the same date in the article's own box, or a box no chrome word names, or a day the tags state: kept
    tree = markup.page_tree(saved_page("header-cont", "<p>25 Dec 2023</p>"))
    assert chromedate.chrome_day(dt.date(2023, 12, 25), tree, set(), text) == dt.date(2023, 12, 25)
    tree = markup.page_tree(saved_page("top-strip"))
    assert chromedate.chrome_day(dt.date(2023, 12, 25), tree, set(), text) == dt.date(2023, 12, 25)
    tree = markup.page_tree(saved_page("header-cont"))
    assert chromedate.chrome_day(dt.date(2023, 12, 25), tree, {dt.date(2023, 12, 25)}, text) == dt.date(2023, 12, 25)


@pytest.mark.parametrize("sep", ["•", "·"])
def test_a_title_tail_after_a_bullet_is_the_outlet_the_page_writes_as_its_domain(sep: str) -> None:
    # inputs48: "Headline • The Register" on theregister.co.uk; here another site and subject.
    title = f"Council votes to close the pier {sep} The Harbour Post"
    html = f"<title>{title}</title>" + LINKS.replace("harbourpost.com", "theharbourpost.co.uk")
    tree = page(title, LINKS.replace("harbourpost.com", "theharbourpost.co.uk"))
    assert titled_name(None, html, tree) == "The Harbour Post"
