"""What a page states about itself that trafilatura's metadata may miss: its own address.

trafilatura returns no URL for some pages that state one in ``og:url`` or ``<link rel="canonical">``
(bench/BRIEF_REVIEW.md, the twenty-second read: a Sportsnet page). ``stated_url`` reads those tags itself; the
tags' names are data (``data/page_dates.json``), and only an absolute http(s) address is taken.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit


@cache
def page_data() -> dict[str, Any]:
    """The tag names of ``data/page_dates.json``."""
    text = resources.files("storyline").joinpath("data/page_dates.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _absolute(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.hostname and " " not in value:
        return value
    return None


def stated_url(tree: Any) -> str | None:
    """The page's own address from its link and meta tags (canonical first, then ``og:url``), None without one."""
    if tree is None:
        return None
    data = page_data()
    rels = set(data["url_links"])
    for el in tree.iter("link"):
        if rels & set((el.get("rel") or "").lower().split()):
            url = _absolute(el.get("href"))
            if url:
                return url
    keys = data["url_meta"]
    for key in keys:
        for el in tree.iter("meta"):
            if (el.get("property") or el.get("name") or "").strip().lower() == key:
                url = _absolute(el.get("content"))
                if url:
                    return url
    return None
