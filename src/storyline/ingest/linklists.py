"""A list of links to the site's other stories set between two paragraphs of the text (inputs46).

A page may set, between two paragraphs of its article, a short bulleted list whose every item is wholly one link to
another page of its own site ("<ul><li><a href="/…/15-more-cases-linked-…">15 more cases linked to …</a></li>
…</ul>"): other stories of the topic, not the report. The extractor keeps the items as "- …" lines. ``link_list_item``
marks such an item a teaser when the list has at most ``MAX_ITEMS`` items, each wholly one link to another page of
the site (a relative address or the page's own domain), and the elements right before and after the list are
paragraphs of prose. A list of links to other sites (a deals article's shops, a report's sources) or a list of
prose items is the text's own.
"""

from __future__ import annotations

from typing import Any

from .inlinemarks import _own_site, _prose, _sibling

LINK_LISTS = True
"""Switch: an item of a list of the site's own links between two paragraphs of prose is a teaser."""
MAX_ITEMS = 6
_LISTS = frozenset(("ul", "ol"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _wholly_own_link(item: Any, url: str | None) -> bool:
    links = list(item.iter("a"))
    return len(links) == 1 and _norm(links[0].xpath("string()")) == _norm(item.xpath("string()")) \
        and _own_site(links[0].get("href") or "", url)


def link_list_item(el: Any, line: str, url: str | None) -> bool:
    """``line`` (found at ``el``, its list bullet dropped) is an item of a list of the site's own links set between
    two paragraphs of prose (module docstring)."""
    if not LINK_LISTS or url is None:
        return False
    item = next((a for a in [el, *el.iterancestors()][:3] if a.tag == "li"), None)
    if item is None or _norm(item.xpath("string()")) != line or item.getparent() is None:
        return False
    box = item.getparent()
    items = [c for c in box if isinstance(c.tag, str)]
    if box.tag not in _LISTS or not 1 <= len(items) <= MAX_ITEMS or any(c.tag != "li" for c in items):
        return False
    if not all(_wholly_own_link(c, url) for c in items):
        return False
    return _prose(_sibling(box, "getprevious")) and _prose(_sibling(box, "getnext"))
