"""A page that states no site name: the outlet its copyright notice names, when its links name the same site.

A page with no ``og:site_name``, no JSON-LD publisher, no address of its own and a ``<title>`` that is the headline
alone gave the brief "unknown outlet", though its footer says "©2005-2015 WebMD, LLC. All rights reserved." and
its links go to webmd.com (bench/BRIEF_REVIEW.md, "inputs38").

``copyright_name`` takes, when no outlet is known, the name after "©", "(c)" or "Copyright" and its years (one to
four capitalised words, a company's legal ending of ``lexicon/legal_suffixes.txt`` cut: "WebMD, LLC" -> "WebMD")
from the page's visible text, when that name, without case and spaces, is the domain the page's links go to most
(``MIN_DOMAIN_MENTIONS`` links or more: "webmd.com"): the site's own name, not a photo agency's, a syndicator's
or an owner's whose site is another (MSN's "© 2014 Microsoft", its links to msn.com).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .. import lexicon
from .sitename import _visible_text
from .titles import site_key

COPYRIGHT_NAMES = True
"""Switch: a page with no outlet is named by its copyright notice when its links name that site."""
MIN_DOMAIN_MENTIONS = 2
_HOST = re.compile(r"^(?:https?:)?//(?:www\.)?([^/:?#\s]+)", re.I)
_NOTICE = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
)


def _name(raw: str) -> str:
    """``raw`` without a company's legal ending ("WebMD LLC" -> "WebMD") or a final full stop."""
    words = raw.rstrip(".").split()
    endings = {w.lower() for w in lexicon.words("legal_suffixes")}
    while len(words) > 1 and words[-1].rstrip(".").lower() in endings:
        words.pop()
    return " ".join(words)


def copyright_name(outlet: str | None, html: str, tree: Any) -> str | None:
    """``outlet``; when there is none, the copyright notice's name when the page's links name that site (module
    docstring)."""
    if not COPYRIGHT_NAMES or outlet is not None or tree is None:
        return outlet
    hosts = Counter(_domain(a.get("href") or "") for a in tree.iter("a"))
    hosts.pop("", None)
    top = hosts.most_common(1)
    if not top or top[0][1] < MIN_DOMAIN_MENTIONS:
        return None
    for m in _NOTICE.finditer(_visible_text(tree)):
        name = _name(m.group("name"))
        if len(site_key(name)) >= 3 and site_key(name) == top[0][0].split(".")[0]:
            return name
    return None


def _domain(href: str) -> str:
    """The name and ending of a link's host ("https://www.webmd.com/x" -> "webmd.com"); "" for a relative link."""
    m = _HOST.match(href.strip())
    return ".".join(m.group(1).lower().split(".")[-2:]) if m else ""
