"""Page furniture inside the article's own markup, undone before extraction (``lexicon/page_widgets.toml``).

Two kinds the extractor cannot tell from the article by the text it returns:

* **inline widgets** inside a paragraph: a name's hover or profile card, a tooltip, a popover, share
  buttons, a "read more" toggle, screen-reader-only or hidden text. The extractor returns a paragraph's
  whole text, so a card set inside a sentence ("Gov. <card>Name … MORE</card> is defending …") is run
  into it. An element inside a ``<p>`` is removed (its tail, the sentence's next words, kept) when its
  class/id words, its ARIA role or its tag mark a widget, or when it is hidden (``hidden``,
  ``aria-hidden="true"``, inline ``display: none``): the sentence then reads as a person sees it. Of
  elements named a widget one inside another, the outer is the trigger (the name a person reads) and
  keeps its first part; the card that pops up goes.
* **layout tables**: a page laid out in ``<table>`` cells, one holding the article (a headline, or
  paragraphs) and others navigation and sidebars. The extractor reads a table as data, one line of cells
  per row, so the headline, the date line, the article and the sidebars become one line. Such a table's
  rows and cells are read as blocks (``<div>``): the extractor then picks the article's block by its own
  text and link density, as on any page laid out with ``<div>`` elements.

Before both, a figure's hidden caption copy and a paragraph's source line breaks around inline code are undone
(``figurecopies``). A page with none of these is returned unchanged (the same string), so its extraction is what it was.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from .. import lexicon
from .commentthreads import drop_comment_threads
from .datelinespans import spaced_datelines
from .feedtables import drop_feed_tables
from .figurecopies import drop_caption_copies, reflow_code_paragraphs
from .markup import class_words, drop_keeping_tail
from .pageboxes import drop_boxes
from .pullquoteboxes import without_pull_quote_boxes
from .slideshows import drop_galleries, join_drop_caps

_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")


class _Signals(NamedTuple):
    card_words: frozenset[str]
    widget_words: frozenset[str]
    roles: frozenset[str]
    tags: frozenset[str]
    hidden: re.Pattern[str]
    heading_tags: tuple[str, ...]
    min_paragraphs: int


@cache
def _signals() -> _Signals:
    doc = lexicon.document("page_widgets")
    inline, table = doc["inline"], doc["layout_table"]
    return _Signals(frozenset(inline["card_words"]), frozenset(inline["widget_words"]), frozenset(inline["roles"]),
                    frozenset(inline["tags"]), re.compile("|".join(inline["hidden_styles"]), re.I),
                    tuple(table["heading_tags"]), int(table["min_paragraphs"]))


def hidden_or_control(el: Any) -> bool:
    """Is the element hidden, or a widget by its class words, tag or ARIA role (``page_widgets.toml``)?"""
    sig = _signals()
    if el.tag in sig.tags or (el.get("role") or "").strip().lower() in sig.roles:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(sig.hidden.search(el.get("style") or "")) or bool(class_words(el) & sig.widget_words)


def named_card(el: Any) -> bool:
    """Do the element's class/id words name a pop-up card or its trigger (a hover card, a tooltip …)?"""
    return bool(class_words(el) & _signals().card_words)


def _outermost(els: list[Any], within: Any, marked: set[Any]) -> list[Any]:
    """Those of ``els`` with no ``marked`` element between them and ``within``."""
    out = []
    for el in els:
        anc = el.getparent()
        while anc is not None and anc is not within and anc not in marked:
            anc = anc.getparent()
        if anc is within:
            out.append(el)
    return out


def _widgets_in(p: Any) -> list[Any]:
    """The widgets inside one paragraph. Hidden elements and controls go whole. An element named a card goes
    whole when it holds markup of its own (an image, links) and no other card: a card alone in plain text is
    as likely its trigger ("<abbr class=tooltip>NATO</abbr>"), a word of the sentence. One that holds other
    cards is the trigger around a card ("<span class=rollover><a class=rollover-link>Name</a><span
    class=rollover-block>…"): what it holds goes but its first part when nothing comes before it."""
    inside = [el for el in p.iterdescendants() if isinstance(el.tag, str)]
    named = {el for el in inside if named_card(el)}
    found = [el for el in inside if hidden_or_control(el)]
    for wrapper in _outermost([el for el in inside if el in named], p, named):
        cards = _outermost([el for el in wrapper.iterdescendants() if el in named], wrapper, named)
        if not cards:
            if len(wrapper):
                found.append(wrapper)
            continue
        trigger = cards[0] if not (wrapper.text or "").strip() and cards[0].getparent() is wrapper else None
        found += [card for card in cards if card is not trigger]
    return found


def drop_inline_widgets(tree: Any) -> int:
    """Remove the widgets inside paragraphs (``_widgets_in``); the number removed."""
    found = [el for p in tree.iter("p") for el in _widgets_in(p)]
    marked = set(found)
    dropped = 0
    for el in found:
        if el.getparent() is not None and not any(a in marked for a in el.iterancestors()):
            drop_keeping_tail(el)
            dropped += 1
    return dropped


def _own(table: Any, tag: str) -> list[Any]:
    """The table's own ``tag`` elements: not those of a table nested in it."""
    return [el for el in table.iter(tag) if el is table or next(el.iterancestors("table"), None) is table]


def is_layout_table(table: Any) -> bool:
    """Does one of the table's own cells hold a headline or ``min_paragraphs`` paragraphs?"""
    sig = _signals()
    for cell in _own(table, "td") + _own(table, "th"):
        if any(True for _ in cell.iter(*sig.heading_tags)) or sum(1 for _ in cell.iter("p")) >= sig.min_paragraphs:
            return True
    return False


def unwrap_layout_tables(tree: Any) -> int:
    """Read each layout table's own rows and cells as ``<div>`` blocks; the number of tables."""
    tables = [t for t in tree.iter("table") if is_layout_table(t)]
    for table in tables:
        parts = [table] + [el for tag in _TABLE_PARTS for el in _own(table, tag)]
        for el in parts:
            el.tag = "div"
    return len(tables)


def without_widgets(html: str) -> str:
    """The page with its inline widgets removed and its layout tables read as blocks; ``html`` itself
    when it has neither or does not parse."""
    from lxml import etree

    parser = etree.HTMLParser()
    try:
        try:
            tree = etree.fromstring(html, parser)
        except ValueError:  # a str that declares its encoding: lxml wants bytes
            tree = etree.fromstring(html.encode("utf-8"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return html
    if tree is None:
        return html
    changed = drop_inline_widgets(tree) + unwrap_layout_tables(tree) + drop_feed_tables(tree)  # feedtables
    changed += drop_caption_copies(tree) + reflow_code_paragraphs(tree)  # figurecopies
    changed += drop_boxes(tree) + drop_comment_threads(tree)  # pageboxes, commentthreads
    changed += spaced_datelines(tree) + without_pull_quote_boxes(tree)  # datelinespans, pullquoteboxes
    changed += drop_galleries(tree) + join_drop_caps(tree)  # slideshows
    if changed == 0:
        return html
    return str(etree.tostring(tree.getroottree(), encoding="unicode", method="html"))
