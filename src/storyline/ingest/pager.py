"""A story printed over several pages: the page is its first part, and its text here is partial.

Some sites split a long story into pages ("Continued 1 2 Next Page", ``…_story.html`` then ``…_story_1.html``):
the saved page holds only the first part. ``next_page`` finds the address of the next part, so the brief can say
the text is partial (bench/BRIEF_REVIEW.md, "inputs44": the Washington Post's page 1 of 2, noted nowhere).

The sign is the page's own structure, no words: a ``<link rel="next">`` or ``<a rel="next">``, or a link whose text
is the number 2, whose address is the page's own address with a page number added (``/story.html`` →
``/story_1.html``, ``/story/2/``, ``/story.html?page=2``). A site's "next post" link (another story's address)
is not one; a page whose own address is unknown gets no note.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

ENABLED = True
"""Switch: note that a page's story continues on a next page (``next_page``)."""
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.I)
# What a page number adds to a path's stem: "_1", "-2", "/2", "/page/2", "_p3" (at most a short word before it).
_NUMBER_SUFFIX = re.compile(r"^[-_/.]?(?:[a-z]{1,4}[-_/]?)?\d{1,3}/?$", re.I)
_MAX_PAGE = 50


def _stem(path: str) -> str:
    return _EXTENSION.sub("", path.rstrip("/"))


def _numbered(own: str, other: str) -> bool:
    """Is ``other`` the address ``own`` with a page number added (in its path or its query)?"""
    a, b = urlsplit(own), urlsplit(other)
    if (a.hostname or "").removeprefix("www.") != (b.hostname or "").removeprefix("www."):
        return False
    if a.path == b.path:
        added = set(parse_qsl(b.query)) - set(parse_qsl(a.query))
        return len(added) == 1 and next(iter(added))[1].isdigit() and 1 < int(next(iter(added))[1]) <= _MAX_PAGE
    stem, other_stem = _stem(a.path), _stem(b.path)
    return bool(stem) and other_stem.startswith(stem) and bool(_NUMBER_SUFFIX.match(other_stem[len(stem):]))


def _candidates(tree: Any) -> list[str]:
    out = []
    for el in tree.iter("link", "a"):
        href = el.get("href")
        if not href:
            continue
        if "next" in (el.get("rel") or "").lower().split() or el.tag == "a" and el.xpath("string()").strip() == "2":
            out.append(href)
    return out


def next_page(tree: Any, url: str | None) -> str | None:
    """The address of the page's next part, when the page is one page of a story printed over several; None
    when there is none or the page's own address is unknown."""
    if not ENABLED or tree is None or not url or not urlsplit(url).hostname:
        return None
    for href in _candidates(tree):
        target = urljoin(url, href.strip())
        if _numbered(url, target):
            return target
    return None
