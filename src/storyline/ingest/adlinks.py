"""An advertiser's call to action set as a paragraph of the article (inputs41).

A site may close its article with a paragraph that sells another company's product: a line of praise, an arrow, and
a link to the advertiser ("Speed up your audits with one dashboard. -> Try the Audit Suite Free."). The extractor
keeps it as the text's last line. Told by the markup alone: a ``<p>`` of at most ``AD_MAX_WORDS`` words whose words
after an arrow (``_ARROW``) are wholly the text of its links (a closing full stop aside), each to another site and
marked as a paid or tracked link (a ``rel`` of ``nofollow`` or ``sponsored``, or a campaign's ``utm_`` parameters in
its address). A link to the page's own site, an arrow in a sentence with no link after it, or a plain link to a
source are kept.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

AD_LINKS = True
"""Switch: an arrow pointing at a tracked link to another site, closing a short paragraph, is an ad (docstring)."""
AD_MAX_WORDS = 40
_ARROW = re.compile(r"\s(?:-+>|=>|[→⇒⟶➜➔➡👉])\s")
_WRAPPERS = frozenset(("span", "em", "i", "strong", "b"))
_PAID_RELS = frozenset(("nofollow", "sponsored"))


def _domain(host: str) -> str:
    return ".".join(host.lower().rstrip(".").split(".")[-2:])


def _paid_elsewhere(link: Any, url: str | None) -> bool:
    """``link`` goes to another site than ``url``'s and is marked paid or tracked (module docstring)."""
    parts = urlsplit((link.get("href") or "").strip())
    if not parts.hostname or parts.scheme not in ("http", "https"):
        return False
    page = urlsplit(url).hostname if url else None
    if page and _domain(page) == _domain(parts.hostname):
        return False
    rels = set((link.get("rel") or "").lower().split())
    return bool(rels & _PAID_RELS) or any(key.lower().startswith("utm_") for key, _ in parse_qsl(parts.query))


def ad_link(el: Any, line: str, url: str | None) -> bool:
    """``line`` (found at ``el``) is an advertiser's call to action (module docstring)."""
    if not AD_LINKS or len(line.split()) > AD_MAX_WORDS:
        return False
    arrows = list(_ARROW.finditer(line))
    if not arrows or not line[: arrows[-1].start()].strip():
        return False
    para = el
    while para is not None and para.tag in _WRAPPERS:
        para = para.getparent()
    if para is None or para.tag != "p" or " ".join(para.xpath("string()").split()) != line:
        return False
    links = list(para.iter("a"))
    after = "".join(line[arrows[-1].end() :].split()).rstrip(".!")  # the full stop may close the link's sentence
    linked = "".join("".join(link.xpath("string()").split()) for link in links).rstrip(".!")
    return bool(links) and linked == after and all(_paid_elsewhere(link, url) for link in links)
