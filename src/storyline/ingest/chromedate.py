"""A report day the extractor read off the site's chrome: the header's date of the day the page was saved.

A page that states no publication day in its tags leaves trafilatura to search the markup, and it takes the
first date it meets: on a site whose header bar prints today's date ("Mon, 25 Dec 2023" in a ``<div
id="date-box">`` of the ``header-cont`` bar), that is the day the page was shown or saved, and a report of May
2020 was dated December 2023, its timeline's relative dates after it (bench/BRIEF_REVIEW.md, "inputs33").

``chrome_day`` drops such a day (the report then has none: better no day than a wrong one) when the page's tags
state no publication day and every place the page prints it is in the site's chrome and outside the article:
inside a ``<header>``, ``<nav>`` or ``<footer>`` element or a block whose class or id names one
(``lexicon/chrome_markup.txt``), and not inside the article's own box (the smallest element holding the page's
``<h1>`` and the article's text, ``photos.article_block``). A date in the article's own header (``<article><header>
<h1>…</h1><time>…``) is inside that box and stays.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import lexicon
from .markup import class_words
from .photos import article_block
from .teaserdate import printed_days

_CHROME_TAGS = frozenset(("header", "nav", "footer"))


def _in_chrome(el: Any) -> bool:
    words = lexicon.words("chrome_markup")
    return any(a.tag in _CHROME_TAGS or class_words(a) & words for a in (el, *el.iterancestors()))


def _article_box(tree: Any, text: str) -> Any:
    """The smallest element holding the article's text block and the page's first ``<h1>``."""
    block = article_block(tree, text)
    if block is None:
        return None
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return block
    mine = [h1, *h1.iterancestors()]  # kept alive: lxml's element proxies are compared by identity
    return next((a for a in (block, *block.iterancestors()) if any(a is m for m in mine)), None)


def chrome_day(found: dt.date | None, tree: Any, stated: set[dt.date], text: str) -> dt.date | None:
    """``found``, or None when the page prints it only in its chrome, outside the article (module docstring)."""
    if found is None or tree is None or stated:
        return found
    places = [el for day, el in printed_days(tree) if day == found]
    if not places or not all(_in_chrome(el) for el in places):
        return found
    box = _article_box(tree, text)
    if box is None or box.tag in ("body", "html"):
        return found
    inside = any(el is box or any(a is box for a in el.iterancestors()) for el in places)
    return found if inside else None
