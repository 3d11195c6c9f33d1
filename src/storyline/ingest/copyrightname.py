"""A page that states no site name: the outlet its copyright notice names, when its links name the same site.

A page with no ``og:site_name``, no JSON-LD publisher, no address of its own and a ``<title>`` that is the headline
alone gave the brief "unknown outlet", though its footer says "©2005-2015 WebMD, LLC. All rights reserved." and
its links go to webmd.com (bench/BRIEF_REVIEW.md, "inputs38").

``copyright_name`` takes, when no outlet is known, the name after "©", "(c)" or "Copyright" and its years (one to
four capitalised words, a company's legal ending of ``lexicon/legal_suffixes.txt`` cut: "WebMD, LLC" -> "WebMD")
from the page's visible text, when the page writes that name, without case and spaces, as a domain at least
``MIN_DOMAIN_MENTIONS`` times ("webmd.com"): the site's own name, not a photo agency's or a syndicator's.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from .sitename import _visible_text
from .titles import site_key

COPYRIGHT_NAMES = True
"""Switch: a page with no outlet is named by its copyright notice when its links name that site."""
MIN_DOMAIN_MENTIONS = 2
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
    for m in _NOTICE.finditer(_visible_text(tree)):
        name = _name(m.group("name"))
        key = site_key(name)
        if len(key) < 3:
            continue
        domain = re.compile(r"(?<![\w-])" + re.escape(key) + r"\.[a-z]{2,}\b", re.I)
        if len(domain.findall(html)) >= MIN_DOMAIN_MENTIONS:
            return name
    return None
