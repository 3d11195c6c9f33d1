"""A bracketed pointer to another page of the site, set as a paragraph of its own (inputs42).

A news site points from inside an article to its other stories with a sentence in square brackets, set alone
between paragraphs, whose closing words are the link: "[Learn how to <a>keep your inbox private</a>.]", "[Read
more about <a>how the council counted the votes</a>.]". inputs38's bracketed teaser took a paragraph that is wholly
one link in brackets; a pointer whose first words sit outside the link was kept as a line of the article
(bench/BRIEF_REVIEW.md, "Forty-seventh read").

``bracketed_pointer`` marks a ``<p>`` (its text possibly inside inline tags) of at most ``POINTER_MAX_WORDS`` words,
wholly in square brackets, whose links all go to other pages of the page's own site, the last link's text closing
the bracketed sentence (a final stop aside) and the links' words at least half of its words, set next to a paragraph
of prose. An editor's note in brackets whose link is a word or two of it ("[An earlier version … <a>here</a>.]"), a
link to another site, or brackets inside a sentence are kept.
"""

from __future__ import annotations

import re
from typing import Any

from .inlinemarks import BRACKETED, _own_site, _prose, _sibling

BRACKETED_POINTERS = True
"""Switch: a bracketed sentence closing on a link to the site's own page, set alone, is a teaser (module docstring)."""
POINTER_MAX_WORDS = 30
_WRAPPERS = frozenset(("span", "em", "strong", "b", "i"))
_CLOSE = re.compile(r"[.!?…]?\s*\]$")


def _norm(text: str) -> str:
    return " ".join(text.split())


def bracketed_pointer(el: Any, line: str, url: str | None) -> bool:
    """``line`` (found at ``el``) is a bracketed pointer to the site's own page set as a paragraph (module
    docstring)."""
    if not BRACKETED_POINTERS or not BRACKETED.match(line) or len(line.split()) > POINTER_MAX_WORDS:
        return False
    para = el
    while para is not None and para.tag in _WRAPPERS:
        para = para.getparent()
    if para is None or para.tag != "p" or _norm(para.xpath("string()")) != line:
        return False
    links = list(para.iter("a"))
    if not links or not all(_own_site(a.get("href") or "", url) for a in links):
        return False
    last = _norm(links[-1].xpath("string()"))
    inner = _CLOSE.sub("", line[1:]).rstrip()
    linked = sum(len(_norm(a.xpath("string()")).split()) for a in links)
    if not last or not inner.endswith(last) or 2 * linked < len(inner.split()):
        return False
    return _prose(_sibling(para, "getprevious")) or _prose(_sibling(para, "getnext"))
