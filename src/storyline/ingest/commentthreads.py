"""Readers' comments under an article, removed before extraction (inputs48).

A news page may print its readers' comments below the article: a block opened by a heading that names the thread
("COMMENTS", "Reader comments (17)", "Join the discussion") and holding the posts, each in an element of the same
markup (``<div class="post">`` … ``<div class="post">``). When the block's class and id do not say "comment" the
extractor reads the posts as the article's last paragraphs: the brief then shows a reader's "There is, quite
simply, a law against price-fixing." as the outlet's sentence, counts the readers' "I" as the writer's, and takes
their figures for the report's.

Such a block is removed when its first words are such a heading (at most ``max_words_before`` words before it, so
a block that holds the article first is never one), it holds no ``<h1>`` and at least ``min_posts`` elements of
one tag and one class of at least ``min_post_words`` words each: the posts. A heading alone, or a heading over a
single box (a prompt, a form), is left. The words and limits are data (``page_widgets.toml`` "comments").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any, NamedTuple

from .. import lexicon
from .markup import drop_keeping_tail

COMMENT_THREADS = True
"""Switch: a readers' comments thread (module docstring) is removed before extraction."""

_NOT_WORD = re.compile(r"[^a-z' ]+")
_BLOCKS = ("div", "section", "aside", "ol", "ul")


class _Limits(NamedTuple):
    headings: frozenset[str]
    heading_tags: tuple[str, ...]
    max_words_before: int
    min_posts: int
    min_post_words: int


@cache
def _limits() -> _Limits:
    doc = lexicon.document("page_widgets")["comments"]
    return _Limits(frozenset(doc["headings"]), tuple(doc["heading_tags"]), int(doc["max_words_before"]),
                   int(doc["min_posts"]), int(doc["min_post_words"]))


def _nwords(el: Any) -> int:
    return len("".join(el.itertext()).split())


def thread_heading(text: str) -> bool:
    """Does a heading's text name a comments thread ("COMMENTS", "Reader Comments (17)")?"""
    norm = " ".join(_NOT_WORD.sub(" ", text.lower().replace("’", "'")).split()).strip("' ")
    return norm in _limits().headings


def _opens_with_heading(block: Any, first: Any, lim: _Limits) -> bool:
    """Is ``first`` the block's first heading, with at most ``max_words_before`` words before it?"""
    opening = next(block.iterdescendants(*lim.heading_tags), None)
    if opening is None or opening is not first:
        return False
    above = set(first.iterancestors())
    before = 0
    for el in block.iter():
        if el is first:
            return True
        before += len((el.text or "").split()) + (0 if el in above else len((el.tail or "").split()))
        if before > lim.max_words_before:
            return False
    return False


def _has_posts(block: Any, lim: _Limits) -> bool:
    """Does the block hold ``min_posts`` elements of one tag and class, each of ``min_post_words`` words?"""
    kinds: Counter[tuple[str, str]] = Counter()
    for el in block.iterdescendants("div", "li", "article", "section"):
        cls = " ".join((el.get("class") or "").split())
        if cls and _nwords(el) >= lim.min_post_words:
            kinds[(el.tag, cls)] += 1
    return any(n >= lim.min_posts for n in kinds.values())


def comment_threads(tree: Any) -> list[Any]:
    """The outermost readers' comments threads of the page's body (module docstring): from each heading that
    names a thread, the outermost block around it that opens with it and holds posts."""
    lim = _limits()
    found: list[Any] = []
    for heading in tree.iter(*lim.heading_tags):
        if not thread_heading("".join(heading.itertext())):
            continue
        thread = None
        for anc in heading.iterancestors():
            if anc.tag in ("body", "html") or not _opens_with_heading(anc, heading, lim):
                break
            if anc.tag in _BLOCKS and next(anc.iter("h1"), None) is None and _has_posts(anc, lim):
                thread = anc
        if thread is None or any(t is thread or t in thread.iterancestors() for t in found):
            continue
        found = [t for t in found if thread not in t.iterancestors()] + [thread]
    return found


def drop_comment_threads(tree: Any) -> int:
    """Remove the readers' comments threads (module docstring); the number removed."""
    if not COMMENT_THREADS:
        return 0
    found = comment_threads(tree)
    for el in found:
        if el.getparent() is not None:
            drop_keeping_tail(el)
    return len(found)
