"""A wire's story credited only in the page's metadata: "Fox News (AP)", the way a dateline's credit is shown.

A site that runs a wire's story may print no "(AP)" in its text ("CANBERRA, Australia – …") and name the wire only
as the story's source in its metadata: Dublin Core's ``<meta name="dc.source" content="Associated Press">`` or
schema.org's ``itemprop="sourceOrganization"`` beside the publication time. ``with_wire_source`` gives the outlet as
"Fox News (AP)" when such a stated source is a wire of ``data/site_credits.json`` ("wires", the list the
dateline's credit is read with: ``clean.wires``) and the page is not the wire's own (its name or address)
(bench/BRIEF_REVIEW.md, "inputs46"). The host's name stays first: it is where the copy was read.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .titles import domain_keys, site_keys

WIRE_SOURCES = True
"""Show the wire a page's metadata states as its story's source after the host's name."""

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


def with_wire_source(outlet: str | None, url: str | None, tree: Any) -> str | None:
    """``outlet`` with the wire the metadata states as the story's source ("Fox News (AP)"); unchanged when there
    is no outlet, it already names a provider, no stated source is a wire, or the page is the wire's own."""
    if not WIRE_SOURCES or not outlet or "(" in outlet:
        return outlet
    for name in stated_sources(tree):
        wire = _wires().get(name.lower())
        if not isinstance(wire, dict):
            continue
        if (site_keys(outlet, url) | domain_keys(url)) & set(wire["sites"]):
            return outlet
        return f"{outlet} ({wire['name']})"
    return outlet
