"""Readers' comments under an article, removed before extraction (storyline.ingest.commentthreads, inputs48).
Made-up pages only, of another subject than the page the kind was found on."""

from __future__ import annotations

import pytest

from storyline.ingest import commentthreads
from storyline.ingest.html import extract_html

HEADLINE = "County votes to keep rural bus routes for another year"
ARTICLE = [
    "The county council voted on Tuesday to keep its eleven rural bus routes running for another year, reversing "
    "a plan to cut four of them in the spring.",
    "Councillors said the routes carry about 900 passengers a day, many of them pupils and older residents "
    "without cars, and that the savings would have been small.",
    "The routes will cost the county 2.4 million a year, paid from a reserve meant for road repairs, the finance "
    "officer told the meeting.",
]
POSTS = [
    "I take the number 7 every day and I honestly do not know how I would get to work without it.",
    "Good news, but they said the same thing last year and then cut the evening buses anyway.",
    "Why should town residents pay for buses in villages that they will never use? Cut them all.",
]


def _post(text: str) -> str:
    return (f'<div class="entry reply"><div class="stamp"><a href="/c/1">Posted Wednesday 14:02</a></div>'
            f'<div class="who"><a href="/user/9">reader</a></div><div class=words><h3>{text.split()[1]}</h3>'
            f'<p>{text}</p></div></div>')


def _page(thread: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (f"<html><head><title>{HEADLINE}</title></head><body><div id=main><h1>{HEADLINE}</h1>"
            f"<div id=body>{paras}</div>{thread}</div></body></html>")


def _threads(page: str) -> list[object]:
    from lxml import etree

    return list(commentthreads.comment_threads(etree.fromstring(page, etree.HTMLParser())))


def _thread(heading: str, posts: list[str]) -> str:
    return (f'<div id="below_story_talk"><div class=top><h2>{heading}</h2><a href="/talk/new">Post your '
            f'comment</a></div><div id=rated>{"".join(_post(p) for p in posts)}</div></div>')


@pytest.mark.parametrize("heading", ["COMMENTS", "Reader comments (17)", "Join the discussion:", "Have your say"])
def test_a_comments_thread_is_no_part_of_the_article(heading: str) -> None:
    text = extract_html(_page(_thread(heading, POSTS)), "p.html").text
    assert ARTICLE[2] in text
    assert not any(post[:30] in text for post in POSTS)


def test_the_switch_off_keeps_the_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commentthreads, "COMMENT_THREADS", False)
    text = extract_html(_page(_thread("COMMENTS", POSTS)), "p.html").text
    assert POSTS[1][:30] in text


def test_a_heading_over_one_box_is_no_thread() -> None:
    box = ('<div class=talk><h2>Comments</h2><p>Comments are closed on this story because it is now a year old.</p>'
           '</div>')
    assert _threads(_page(box)) == []
    assert len(_threads(_page(_thread("Comments", POSTS)))) == 1


def test_a_section_of_the_article_headed_discussion_stays() -> None:
    # The heading comes after the article's own words in its block: the block is the article, not a thread.
    section = (f'<div class=more><p>{ARTICLE[0]}</p><h3>Discussion</h3>'
               f'<div class=pt><p>{POSTS[0]} The council heard from two riders.</p></div>'
               f'<div class=pt><p>{POSTS[1]} A driver spoke as well.</p></div></div>')
    page = f"<html><head><title>{HEADLINE}</title></head><body><h2>{HEADLINE}</h2>{section}</body></html>"
    assert _threads(page) == []


@pytest.mark.parametrize(("text", "want"), [("COMMENTS", True), ("Readers’ comments (3)", True),
                                            ("Comments from the minister", False), ("Bus routes", False)])
def test_thread_heading(text: str, want: bool) -> None:
    assert commentthreads.thread_heading(text) is want
