"""The writer's newsroom shown beside the host's name: a column or a wire story credited to the site that carried it.

A site that runs another newsroom's story shows its own name as the page's site: the News & Observer's page of a
Miami Herald column, the Star Tribune's page of an AP game story. Credited to the host alone, two such copies look
like the host's own reporting, and two stories of one wire on two hosts like two sources. The page names the
writer's newsroom in two ways this module reads (inputs52):

* **hNews markup**: the microformat's ``source-org`` element (``<span class="creditline source-org vcard"><span
  class="org fn">The_Miami_Herald</span></span>``), the organisation that produced the story; its ``org``/``fn``
  name (underscores read as spaces), or its own text after a dash;
* **a byline that ends on a wire's name**: an element whose whole text is "By", "Article by:" or "Story by" and a
  writer's name of one to four words, then a wire of ``data/site_credits.json`` ("Article by: BRIAN MAHONEY
  ASSOCIATED PRESS", "By Ann Lee, Associated Press"). A photo's credit ("Photo: … • Associated Press") has no "by".

``with_source_org`` gives the outlet as "NewsObserver.com (The Miami Herald)" or "StarTribune.com (AP)" when the
name is not the page's own (its stated name, its publishers or its address: a site's own story keeps its outlet).
The host's name stays first: it is where the copy was read.
"""

from __future__ import annotations

import re
from typing import Any

from .markup import class_words
from .titles import site_key, site_keys
from .wiresource import credit_data

SOURCE_ORGS = True
"""Switch: the writer's newsroom named by hNews ``source-org`` or a byline ending on a wire (inputs52)."""
_MAX_NAME_WORDS = 5
_DASHES = " —–-"  # around a credit line's name ("— The Miami Herald")


_BYLINE_HEAD = re.compile(r"(?:(?:article|story)\s+)?by:?\s+", re.I)
_WRITER = re.compile(r"(?:[A-Z][\w.'’-]*[\s,]+){1,4}(?:[—–-]\s+)?")  # "BRIAN MAHONEY ", "Ann Lee, ", "Ann Lee — "


def _byline_wire(text: str) -> str | None:
    """The wire a byline "By WRITER WIRE" ends on (the longest wire's name that ends it), or None."""
    head = _BYLINE_HEAD.match(text)
    if head is None:
        return None
    rest, wires = text[head.end():], credit_data().get("wires", {})
    if " ".join(rest.lower().split()) in wires:
        return None  # the wire alone ("By Australian Associated Press"): ``wiresource.byline_wires``'
    for wire in sorted(wires, key=len, reverse=True):
        if rest.lower().endswith(wire) and len(rest) > len(wire):
            writer = rest[: len(rest) - len(wire)]
            return rest[len(writer):] if _WRITER.fullmatch(writer) and writer[-1:] in " ,—–-" else None
    return None


def _org_name(el: Any) -> str:
    named = [" ".join("".join(sub.itertext()).split()) for sub in el.iter()
             if isinstance(sub.tag, str) and sub is not el and class_words(sub) & {"org", "fn"}]
    name = next((n for n in named if n), " ".join("".join(el.itertext()).split()))
    return name.replace("_", " ").strip(_DASHES + "|")


def source_orgs(tree: Any) -> list[str]:
    """The newsrooms the page names as its story's producer (module docstring), in page order."""
    if not SOURCE_ORGS or tree is None:
        return []
    found: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta"):
            continue
        if "source org" in class_words(el):
            found.append(_org_name(el))
            continue
        text = " ".join("".join(el.itertext()).split())
        if len(text) < 80 and (wire := _byline_wire(text)) is not None:
            found.append(" ".join(wire.split()))
    return [n for n in found if n and len(n.split()) <= _MAX_NAME_WORDS and _named(n)]


def _named(name: str) -> bool:
    """A newsroom's name, not a credit line ("Staff, news services"): no comma, every word capitalised."""
    return "," not in name and all(not w[:1].isalpha() or w[:1].isupper() for w in name.split())


def with_source_org(outlet: str | None, url: str | None, publishers: list[str], names: list[str]) -> str | None:
    """``outlet`` with the newsroom the page names as its story's producer (``names``: ``source_orgs`` of the page
    as read, before extraction drops hidden markup: "NewsObserver.com (The Miami Herald)"); unchanged when there is
    no outlet, it already names one in brackets, or the name is the page's own."""
    if not outlet or "(" in outlet:
        return outlet
    own = site_keys(outlet, url, publishers)
    for name in names:
        wire = credit_data().get("wires", {}).get(name.lower())
        keys = {site_key(name), site_key(name).removeprefix("the")}
        if isinstance(wire, dict):
            name, keys = str(wire["name"]), keys | set(wire["sites"])
        return outlet if keys & own else f"{outlet} ({name})"
    return outlet
