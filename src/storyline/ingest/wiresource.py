"""A wire's story credited only in the page's metadata: "Fox News (AP)", the way a dateline's credit is shown.

A site that runs a wire's story may print no "(AP)" in its text ("CANBERRA, Australia – …") and name the wire only
as the story's source in its metadata: Dublin Core's ``<meta name="dc.source" content="Associated Press">`` or
schema.org's ``itemprop="sourceOrganization"`` beside the publication time. ``with_wire_source`` gives the outlet as
"Fox News (AP)" when such a stated source is a wire of ``data/site_credits.json`` ("wires", the list the
dateline's credit is read with: ``clean.wires``) and the page is not the wire's own (its name or address)
(bench/BRIEF_REVIEW.md, "inputs46"). The host's name stays first: it is where the copy was read.

A wire may be named only by the byline: the Guardian's page of an AAP report reads "Australian Associated Press"
where a writer's name goes (``<li class="byline"><div class="contributor-full">``) and "(AAP)" nowhere in its text
(inputs50). A byline element (its class or id a word of ``lexicon/byline_markup.txt``, or ``itemprop``/``rel``
"author") whose whole text, after a "By", is a wire's name credits that wire the same way; a byline naming a writer,
or a wire among other words ("By Ann Lee, with AP"), is none.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .. import lexicon
from .markup import class_words
from .titles import domain_keys, site_keys

WIRE_SOURCES = True
"""Show the wire a page's metadata states as its story's source after the host's name."""
BYLINE_WIRES = True
"""Switch: a byline element whose whole text is a wire's name credits that wire (inputs50)."""
_AUTHOR_ATTRS = ("itemprop", "rel")

_SOURCE_METAS = frozenset({"dc.source", "dcterms.source"})
_MAX_NAME_WORDS = 5


@cache
def credit_data() -> dict[str, Any]:
    """``data/site_credits.json``, read once for ingest and for clean (``clean.credits``, ``clean.wires``)."""
    text = resources.files("storyline").joinpath("data/site_credits.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _wires() -> dict[str, Any]:
    wires = credit_data().get("wires", {})
    return wires if isinstance(wires, dict) else {}


def stated_sources(tree: Any) -> list[str]:
    """The sources the page's metadata names: ``dc.source`` metas' content and ``sourceOrganization`` elements'
    ``itemprop="name"`` (content or text), else their own text; short names only."""
    names: list[str] = []
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "meta" and (el.get("name") or "").strip().lower() in _SOURCE_METAS:
            names.append(el.get("content") or "")
        elif "sourceOrganization" in (el.get("itemprop") or "").split():
            named = [sub.get("content") or "".join(sub.itertext()) for sub in el.iter()
                     if "name" in (sub.get("itemprop") or "").split()]
            names.extend(named or [el.get("content") or "".join(el.itertext())])
    cleaned = (" ".join(name.split()) for name in names)
    return [name for name in cleaned if name and len(name.split()) <= _MAX_NAME_WORDS]


def _is_byline(el: Any) -> bool:
    if any("author" in (el.get(attr) or "").lower().split() for attr in _AUTHOR_ATTRS):
        return True
    return bool(class_words(el) & lexicon.words("byline_markup"))


def byline_wires(tree: Any) -> list[str]:
    """The wires' names that a byline element's whole text is ("Australian Associated Press", "By AP")."""
    if not BYLINE_WIRES or tree is None:
        return []
    found: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta") or not _is_byline(el):
            continue
        text = " ".join("".join(el.itertext()).split())
        name = text[3:] if text.lower().startswith("by ") else text
        if name.lower() in _wires():
            found.append(name)
    return found


def with_wire_source(outlet: str | None, url: str | None, tree: Any) -> str | None:
    """``outlet`` with the wire the metadata states as the story's source ("Fox News (AP)"); unchanged when there
    is no outlet, it already names a provider, no stated source is a wire, or the page is the wire's own."""
    if not WIRE_SOURCES or not outlet or "(" in outlet:
        return outlet
    for name in stated_sources(tree) + byline_wires(tree):
        wire = _wires().get(name.lower())
        if not isinstance(wire, dict):
            continue
        if (site_keys(outlet, url) | domain_keys(url)) & set(wire["sites"]):
            return outlet
        return f"{outlet} ({wire['name']})"
    return outlet
