"""A syndicated copy's origin shown beside the host's name: "Salon.com (Grist)", the way a provider is shown.

A site that reruns a partner's story (Salon's copy of a Grist post) states its own site name and no other
publisher; the origin is named only in a short note set apart from the text: "This post originally appeared on
Grist." (``lexicon/origin_credits.txt``), the origin's name a link to its own site. ``with_origin`` gives the
outlet as "Salon.com (Grist)" when such a note's link is wholly the name, leads to another site than the page's,
and that site's address is the name's (grist.org of "Grist"); a note naming the site itself, a name linking
elsewhere or a longer line (a sentence of the report citing where something appeared) is none (bench/BRIEF_REVIEW.md,
"inputs36"). The host's name stays first: it is where the copy was read.

A site may state its copy's origin in its metadata alone: a public radio station's page of a network's story
(upr.org's of NPR's) carries ``<meta name="syndication-source" content="http://www.npr.org/…">``, the tag news
sites give a syndicated copy (or ``original-source``), and a closing "Copyright 2013 NPR" the cleaning drops
(inputs50). ``syndication_name`` reads such a tag whose address is another site's and names the origin by a link of
the page to that site whose text is wholly the site's name ("NPR" of npr.org), else by the address's host; the
outlet is shown "upr.org (NPR)".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import lexicon
from .titles import domain_keys, site_key

ORIGIN_CREDITS = True
"""Show a syndicated copy's origin, credited in a note "This post originally appeared on X.", after the host."""

SYNDICATION_SOURCES = True
"""Switch: a copy's origin stated by a ``syndication-source``/``original-source`` meta tag at another site."""
_SOURCE_METAS = ("syndication-source", "original-source")
MAX_NOTE_WORDS = 14
_NOTE_TAGS = ("p", "div", "span", "em", "i", "small", "section")


@cache
def _note() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("origin_credits"), space=r"\s+")
    return re.compile(rf"^(?:[\w'’]+\s+){{0,4}}(?:{words})\s+(?P<name>[^.!?]{{2,60}}?)\s*[.!]?$", re.I)


def origin_name(tree: Any, url: str | None) -> str | None:
    """The outlet a short note of the page credits as the story's first publisher, by a link to its own
    address ("Grist" of "This post originally appeared on <a href="https://grist.org/…">Grist</a>."), or None."""
    if tree is None:
        return None
    own = domain_keys(url)
    for el in tree.iter(*_NOTE_TAGS):
        text = " ".join(el.xpath("string()").split())
        if len(text.split()) > MAX_NOTE_WORDS or (m := _note().match(text)) is None:
            continue
        name = m.group("name").strip()
        for link in el.iter("a"):
            href_keys = domain_keys(link.get("href") or "")
            if " ".join(link.xpath("string()").split()) != name or not href_keys or href_keys & own:
                continue
            key = site_key(name)
            if key and (key in href_keys or key.removeprefix("the") in href_keys):
                return name
    return None


def syndication_name(tree: Any, url: str | None) -> str | None:
    """The origin a ``syndication-source`` (or ``original-source``) meta tag states at another site than the page's:
    the text of a page link to that site which is wholly its name ("NPR"), else the host ("npr.org"); or None."""
    from .pagekind import meta_tags

    if not SYNDICATION_SOURCES or tree is None:
        return None
    meta = meta_tags(tree)
    source = next((v for key in _SOURCE_METAS for v in meta.get(key, []) if v.startswith("http")), "")
    keys, own = domain_keys(source), domain_keys(url)
    if not keys or keys & own:
        return None
    for link in tree.iter("a"):
        name = " ".join(link.xpath("string()").split())
        if name and domain_keys(link.get("href") or "") & keys and site_key(name) in keys:
            return name
    return re.sub(r"^(?:https?:)?//(?:www\.)?", "", source).split("/")[0]


def with_origin(outlet: str | None, url: str | None, tree: Any) -> str | None:
    """``outlet`` with the origin a note credits ("Salon.com (Grist)"); unchanged when there is no outlet, no such
    note, the outlet already names a provider, or the origin is the outlet itself."""
    if not ORIGIN_CREDITS or not outlet or "(" in outlet:
        return outlet
    name = origin_name(tree, url) or syndication_name(tree, url)
    if name is None or site_key(name) == site_key(outlet):
        return outlet
    return f"{outlet} ({name})"
