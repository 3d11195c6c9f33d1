"""Boxes of a page a person does not read as the article, removed before extraction (inputs45).

Two kinds the extractor returns as the page's text though they are no part of the story:

* **a hidden block**: a form's messages and dialogs the page keeps hidden until a script shows them ("An error
  has occured and your email has not been sent.", "• You can't enter more than 20 emails."; WSJ's e-mail form),
  set in a ``<div>`` whose class is the bare word ``hidden`` (the common CSS utility class), with the ``hidden``
  attribute, or hidden by inline CSS (``display: none``). A person never sees them. The extractor reads them as
  the article's first lines. ``widgets`` already removes such elements inside a paragraph; this is their block
  form. A hidden block that holds a headline (``<h1>``) or more than ``max_words`` words is left: a page may keep
  its whole article hidden until a script shows it, and that is the story.
* **another story's teaser in a list**: a list of links to other stories ("Available to Subscribers", "Most
  read"), each item a heading that is one link to another page and a short paragraph of that story's lede ("The
  U.S. and China introduced a new round of sanctions …"). The extractor drops the link-dense headings but keeps
  the ledes, run after the article as its last lines. An item is such a teaser when its heading's words are all
  one link's (an address, not a ``#`` anchor), it holds a paragraph of at most ``max_words`` words and at least
  ``min_items`` items of its list are such linked headings. A list in the article whose headings are plain text
  (a list of points) is no teaser list. A block's child blocks of one class (``<div class="feature">`` …) are read
  as a list's items too (inputs48): a site's photo or "more stories" module set in ``<div>``s. An item also
  counts (inputs49) when it opens with one link's words (the link to an address, of at least two words) and
  prints a day outside that link ("… -- Updated 1825 GMT", "Published Jul 19, 2013"): a site's dated list of its
  other stories, with or without their ledes, in ``<li>``s or in blocks of one class. An article's list of
  points or sources opens each item with plain words, or with a link inside its sentence. Only on a page that
  states its own day (its tags, its address, or its own entry in such a list, ``own_entry_day``: an item whose
  link is the page's own address, read before the list goes; inputs51): a page that states none is dated by the
  days its text prints.
* **another story's promo on its own** (inputs49): a block set between the story's paragraphs or after them that
  holds a picture linked to an address and a heading wholly one link to the same address, with a line of that
  story's lede ("TROUBLE WITH THE LAW / Several players have been arrested …"), at most ``max_words`` words and
  no ``<h1>``. A story's own picture links to its file or to nothing, and its headings link nowhere.
* **a skippable box inside a quotation** (inputs49): a block whose own link jumps to the element right after it
  ("<a href="#story_continues_2">Continue reading the main story</a>" in a factbox, ``<p id="story_continues_2">``
  next) is a sidebar the page sets apart from the story. Set between a paragraph that opens a quotation and the
  one that goes on with it, its lines read as the speaker's words: then it is removed (when it holds no ``<h1>``,
  no ``<blockquote>``, a pull quote's box that ``pullquoteboxes`` decides, and at most ``MAX_SKIPPED_WORDS``
  words). Elsewhere a factbox or an analysis box is the page's own reporting and stays.

The limits are data (``page_widgets.toml`` "boxes"). A page with none of these is returned unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from .. import lexicon
from .markup import drop_keeping_tail
from .pagemeta import stated_published, stated_url, url_section_day
from .teaserdate import days_in

HIDDEN_BLOCKS = True
"""Switch: a hidden block (module docstring) is removed before extraction."""
TEASER_ITEMS = True
"""Switch: a list's items that are other stories' teasers (module docstring) are removed before extraction."""
TEASER_BLOCKS = True
"""Switch: a block's child blocks of one class are read as a list's items (inputs48: a photo module's "feature"
blocks, each a linked heading over a short lede, "Homeless in Greece" … "Slideshow")."""
DATED_TEASERS = True
"""Switch: an item that opens with one link's words and prints a day outside it is a teaser (inputs49: CNN's
"Part of complete coverage on …" list, a "story continues below" box of the site's latest headlines)."""


class _Limits(NamedTuple):
    hidden_classes: frozenset[str]
    hidden_styles: tuple[str, ...]
    max_hidden_words: int
    heading_tags: tuple[str, ...]
    max_teaser_words: int
    min_items: int


@cache
def _limits() -> _Limits:
    doc = lexicon.document("page_widgets")
    box, inline = doc["boxes"], doc["inline"]
    return _Limits(frozenset(box["hidden_classes"]), tuple(inline["hidden_styles"]), int(box["max_hidden_words"]),
                   tuple(box["teaser_heading_tags"]), int(box["max_teaser_words"]), int(box["min_teaser_items"]))


def _nwords(el: Any) -> int:
    return len("".join(el.itertext()).split())


def _hidden(el: Any, lim: _Limits) -> bool:
    if el.get("hidden") is not None or set((el.get("class") or "").split()) & lim.hidden_classes:
        return True
    style = el.get("style") or ""
    return any(re.search(s, style, re.I) for s in lim.hidden_styles)


def hidden_blocks(tree: Any) -> list[Any]:
    """The outermost hidden blocks of the page's body (module docstring)."""
    lim = _limits()
    body = next(tree.iter("body"), None)
    if body is None:
        return []
    found: list[Any] = []
    for el in body.iterdescendants("div", "section", "aside", "form", "ul", "span"):
        if not _hidden(el, lim) or any(a in found for a in el.iterancestors()):
            continue
        if next(el.iter("h1"), None) is None and _nwords(el) <= lim.max_hidden_words:
            found.append(el)
    return found


def _linked_heading(item: Any, lim: _Limits) -> bool:
    """Is one of the item's headings wholly one link's words, the link to an address?"""
    for h in item.iter(*lim.heading_tags):
        links = [a for a in h.iter("a") if not (a.get("href") or "#").strip().startswith("#")]
        words = "".join(h.itertext()).split()
        if len(links) == 1 and words and "".join(links[0].itertext()).split() == words:
            return True
        if WRAPPED_HEADINGS and not links and words and _wrapping_link(h, item) is not None:
            return True
    return False


def _wrapping_link(h: Any, item: Any) -> Any:
    """The link to an address the heading is set in, within the item, whose words are the heading's (or None)."""
    for a in h.iterancestors("a"):
        if item not in a.iterancestors():
            return None
        href = (a.get("href") or "#").strip()
        if not href.startswith("#") and "".join(a.itertext()).split() == "".join(h.itertext()).split():
            return a
    return None


def _lede_words(item: Any) -> int:
    """Words of the item outside its links: a teaser's lede set as plain text after its linked heading."""
    return sum(len(str(t).split()) for t in item.xpath(".//text()[normalize-space()]") if _link_of(t, item) is None)


def _link_of(node: Any, item: Any) -> Any:
    """The ``<a>`` a text node of ``item`` is inside (a tail is its element's parent's), or None."""
    el = node.getparent().getparent() if node.is_tail else node.getparent()
    while el is not None and el is not item.getparent():
        if el.tag == "a":
            return el
        el = el.getparent()
    return None


def _dated_link_item(item: Any) -> bool:
    """Does the item open with one link's words (an address, two words or more) and print a day outside every
    link (module docstring)?"""
    nodes = item.xpath(".//text()[normalize-space()]")
    link = _link_of(nodes[0], item) if nodes else None
    if link is None or (link.get("href") or "#").strip().startswith("#"):
        return False
    if len("".join(link.itertext()).split()) < 2:
        return False
    return bool(days_in(" ".join(str(t) for t in nodes if _link_of(t, item) is None)))


SKIPPED_BOXES = True
"""Switch: a block whose own link jumps to the element after it, set inside a quotation, is removed (docstring)."""
MAX_SKIPPED_WORDS = 400


def skipped_boxes(tree: Any) -> list[Any]:
    """Blocks whose own in-page link jumps to the element right after them (module docstring)."""
    found: list[Any] = []
    for a in tree.iter("a"):
        target = (a.get("href") or "").strip()
        box = a.getparent()
        if not target.startswith("#") or len(target) < 2 or box is None or box.tag not in ("div", "aside", "section"):
            continue
        nxt = box.getnext()
        if nxt is None or target[1:] not in (nxt.get("id"), nxt.get("name")):
            continue
        if next(box.iter("h1", "blockquote"), None) is None and _nwords(box) <= MAX_SKIPPED_WORDS \
                and _opens_quotation(next(box.itersiblings("p", preceding=True), None)):
            found.append(box)
    return found


def _opens_quotation(p: Any) -> bool:
    """Does the paragraph leave a quotation open (an odd number of straight quotes, or more “ than ”)?"""
    if p is None:
        return False
    text = "".join(p.itertext())
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


WRAPPED_HEADINGS = True
"""Switch (inputs49): a heading set inside its link (``<a href><h3>…</h3></a>``) is a linked heading, and an item's
lede may be plain text after it ("Michael Phelps arrived at … Who was the champi..."), of ``MIN_PLAIN_LEDE_WORDS``
words or more outside its links."""
MIN_PLAIN_LEDE_WORDS = 5


PROMO_BOXES = True
"""Switch: a block holding a linked picture and a heading linked to the same address is a promo (docstring)."""


def _heading_link(h: Any) -> str | None:
    """The address of the one link whose words are all the heading's (the link inside or around it)."""
    words = "".join(h.itertext()).split()
    links = [a for a in h.iter("a")] or [a for a in h.iterancestors("a")][:1]
    if len(links) != 1 or not words or not set(words) <= set("".join(links[0].itertext()).split()):
        return None
    href = (links[0].get("href") or "#").strip()
    return None if href.startswith("#") else href


def promo_boxes(tree: Any) -> list[Any]:
    """Blocks holding a linked picture and a heading linked to the same address (module docstring)."""
    lim = _limits()
    found: list[Any] = []
    for h in tree.iter(*lim.heading_tags):
        href = _heading_link(h)
        if href is None:
            continue
        for box in h.iterancestors("div", "section", "aside", "li"):
            if _nwords(box) > lim.max_teaser_words or next(box.iter("h1"), None) is not None:
                break
            if any(a.get("href", "").strip() == href and next(a.iter("img"), None) is not None
                   for a in box.iter("a")):
                if not any(f is box or f in box.iterancestors() for f in found):
                    found.append(box)
                break
    return found


def _states_own_day(tree: Any) -> bool:
    """Does the page state its own day, in its tags, its address or its own entry in a dated list
    (``own_entry_day``)? A page that states none is dated by the days its markup prints, its dated lists' among
    them, and those lists stay (a list gone could take its only day)."""
    from lxml import etree

    html = etree.tostring(tree, encoding="unicode", method="html")
    return bool(stated_published(html, tree)) or url_section_day(stated_url(tree)) is not None \
        or own_entry_day(tree) is not None


OWN_ENTRY_DAYS = True
"""Switch (inputs51): a page's own entry in a site's dated list gives the page's day, and the list goes."""


def _address_key(url: str) -> tuple[str, str]:
    """An address's host (without "www.") and path (without a trailing "/"): a link and the page's own address
    compare by these, whatever their scheme, query or fragment."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return host, parts.path.rstrip("/")


def own_entry_day(tree: Any) -> dt.date | None:
    """The day the page's own entry in a site's dated list prints: an item that opens with a link to the page's
    own address (``stated_url``; a link without a host is the page's site's) and prints one day outside that link
    (the Salt Lake Tribune's "story continues below" box listing the story itself, "Published Jul 19, 2013", among
    the site's other headlines; inputs51). None when no such entry, or its entries print different days."""
    own = stated_url(tree) if OWN_ENTRY_DAYS and tree is not None else None
    if not own:
        return None
    host, path = _address_key(own)
    days: set[dt.date] = set()
    for items in _item_runs(tree):
        for item in items:
            nodes = item.xpath(".//text()[normalize-space()]")
            link = _link_of(nodes[0], item) if nodes and _dated_link_item(item) else None
            if link is None:
                continue
            there, where = _address_key(link.get("href") or "")
            if where and where == path and there in ("", host):
                days.update(days_in(" ".join(str(t) for t in nodes if _link_of(t, item) is None)))
    return next(iter(days)) if len(days) == 1 else None


def _item_runs(tree: Any) -> list[list[Any]]:
    """A list's items, and (``TEASER_BLOCKS``) a block's child blocks of one class ("feature" … "feature")."""
    runs = [[li for li in lst if li.tag == "li"] for lst in tree.iter("ul", "ol")]
    if TEASER_BLOCKS:
        for box in tree.iter("div", "section"):
            kinds: dict[str, list[Any]] = {}
            for child in box:
                cls = " ".join((child.get("class") or "").split())
                if child.tag in ("div", "article", "section") and cls:
                    kinds.setdefault(cls, []).append(child)
            runs += [run for run in kinds.values() if len(run) > 1]
    return runs


def teaser_items(tree: Any) -> list[Any]:
    """The list items that are other stories' teasers (module docstring)."""
    lim = _limits()
    dated_ok = DATED_TEASERS and _states_own_day(tree)
    found: list[Any] = []
    for items in _item_runs(tree):
        linked = [li for li in items if _linked_heading(li, lim)]
        dated = [li for li in items if dated_ok and li not in linked and _dated_link_item(li)]
        if len(linked) + len(dated) < lim.min_items:
            continue
        for li in linked + dated:
            paras = list(li.iter("p")) if li in linked else [li]
            if not paras and WRAPPED_HEADINGS and _lede_words(li) >= MIN_PLAIN_LEDE_WORDS:
                paras = [li]
            if paras and _nwords(li) <= lim.max_teaser_words:
                found.append(li)
    return found


def drop_boxes(tree: Any) -> int:
    """Remove the hidden blocks and the teaser items (module docstring); the number removed."""
    teasers = teaser_items(tree) if TEASER_ITEMS else []
    found = (hidden_blocks(tree) if HIDDEN_BLOCKS else []) + teasers
    found += promo_boxes(tree) if PROMO_BOXES else []
    found += skipped_boxes(tree) if SKIPPED_BOXES else []
    emptied = {el.getparent() for el in teasers if el.getparent() is not None} if EMPTIED_LISTS else set()
    dropped = 0
    for el in found:
        if el.getparent() is None:
            continue
        drop_keeping_tail(el)
        dropped += 1
    for box in emptied:
        _drop_emptied(box)
    return dropped


EMPTIED_LISTS = True
"""Switch (inputs49): a teaser list left with no more than ``EMPTIED_MAX_WORDS`` words once its teasers are gone
(its heading, "Sponsored Links", "More on this story") goes too, with the blocks around it that hold nothing else."""
EMPTIED_MAX_WORDS = 6


def _drop_emptied(box: Any) -> None:
    while box is not None and box.getparent() is not None and box.tag not in ("body", "html", "article") \
            and _nwords(box) <= EMPTIED_MAX_WORDS and next(box.iter("h1"), None) is None:
        parent = box.getparent()
        drop_keeping_tail(box)
        box = parent
