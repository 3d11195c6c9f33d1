"""Where in a page's HTML each extracted line sat: the hints cleaning needs to tell furniture from text.

trafilatura keeps some furniture that reads like article text: a standfirst under the headline, a
newsletter box, a related headline linked inside the body. Only the markup tells these apart, so each
line of the extracted text is found again in the page (the deepest element whose text is that line)
and two hints are read off it:

* ``headline``: the line is an ``<h1>`` (the page's headline, never body text);
* ``furniture``: the element, or a close ancestor, is an ``<aside>``, ``<nav>``, ``<footer>``,
  ``<header>`` or ``<figcaption>``, or has a class/id word of ``lexicon/furniture_markup.txt``
  (newsletter, promo, dek, related ...). Close: the ancestor holds at most ``PRIVATE_SLACK``
  characters more than the line, so the article's own container (holding the whole text) never counts.

A line that is wholly a link gets no hint: a related headline is one, but so is each product of a deals
article (``clean.extracted.apply_markup``). Unless it is shouted (inputs29):

* ``teaser``: the line is wholly a link to another page of the same site (a relative address, or a host of the
  page's own domain), written in capitals (no small letter, three words or more of two capitals) and not ending
  a sentence: the title of another story set as a heading between paragraphs ("A LONG, DRAWN OUT HISTORY OF
  …"); a product's name links to a shop, a sentence ends with its full stop. The link's text may sit in a bold or
  other inline tag inside it (inputs42: "<a><strong>NEWS …</strong></a>"). A sentence in square brackets set alone,
  closing on a link to the site's own page, is one too (``bracketlinks``: "[Learn how to <a>…</a>.]").

An embedded graphic's slug set as its heading, in lower case ("intro" over an interactive map), is ``furniture``
(``graphicslugs``; inputs42), and so is a line inside a region of ``role="complementary"`` (``landmarks``; inputs43).
A quoted heading among the text's other section headings is a subhead, not a pull quote (``subheads``; inputs43).

A line not found in the page gets no hint. Cleaning decides what to do with them
(``clean.extracted.apply_markup``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .. import lexicon
from .adlinks import ad_link
from .bracketlinks import bracketed_pointer
from .codeblocks import joined_rows, listing_lines
from .embedcaptions import embed_caption
from .graphicslugs import graphic_slug
from .imagecaptions import image_caption
from .inlinemarks import (
    BRACKETED,
    inline_teaser,
    labelled_caption,
    lone_quote,
    media_text,
    pull_quote,
    quoted_excerpt,
    repeated_excerpts,
    source_list,
)
from .landmarks import in_complementary_region
from .linklists import link_list_item
from .orphans import orphan_heading
from .subheads import quoted_subhead

INLINE_MARKS = True
"""Mark a related story's link set as a paragraph, a pull quote and a labelled photo caption among the article's
paragraphs (``inlinemarks``; bench/BRIEF_REVIEW.md, "inputs33")."""
PRIVATE_SLACK = 300  # characters an ancestor may hold beyond the line and still be the line's own box
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header", "figcaption"})
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_LIST_BULLET = re.compile(r"^- ")
_MIN_SHOUTED_WORDS = 3  # words of two capitals or more in a shouted link
SHOUTED_WRAPPED = True
"""Switch: a shouted link's text may sit in an inline tag inside the link ("<a><strong>NEWS …</strong></a>";
inputs42: Fox News's in-body promo of another story)."""
INLINE_TAGS = frozenset(("strong", "b", "em", "i", "span"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def drop_keeping_tail(el: Any) -> None:
    """Remove ``el`` and what it holds, keeping its tail (the text after it) in place; the one removal the page
    passes share (``widgets``, ``pageboxes``, ``pullquoteboxes``)."""
    parent = el.getparent()
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def class_words(el: Any) -> set[str]:
    """An element's class and id split into lower-case words, and each two words in a row ("c-article-dek",
    "newsletterBox", "read-more" -> c, article, dek, newsletter, box, read, more, "read more" ...)."""
    out: set[str] = set()
    for raw in (el.get("class") or "", el.get("id") or ""):
        words = [w.lower() for w in _CLASS_WORD.findall(raw)]
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return out


class _Texts:
    """Elements' space-normalised text, built only for the elements asked about, once each."""

    def __init__(self) -> None:
        self._cache: dict[Any, str] = {}

    def __call__(self, el: Any) -> str:
        text = self._cache.get(el)
        if text is None:
            text = self._cache[el] = _norm(el.xpath("string()"))
        return text


def _starts(tree: Any) -> dict[str, list[tuple[str, Any]]]:
    """First word of every text node -> (the node, the element holding it: a tail belongs to the parent),
    in document order: where a line may begin."""
    starts: dict[str, list[tuple[str, Any]]] = {}
    for el in tree.iter():
        if el.text and isinstance(el.tag, str) and (head := el.text.split(None, 1)):
            starts.setdefault(head[0], []).append((el.text, el))
        if el.tail and (head := el.tail.split(None, 1)) and (parent := el.getparent()) is not None:
            starts.setdefault(head[0], []).append((el.tail, parent))
    return starts


def _element_of(line: str, starts: dict[str, list[tuple[str, Any]]], texts: _Texts) -> Any:
    """The deepest element whose text is ``line`` (the last one in the page when it is there twice)."""
    found = None
    words = line.split()
    for node_text, owner in starts.get(words[0], ()) if words else ():
        if not line.startswith(_norm(node_text)[: len(line)]):
            continue
        el = owner
        while el is not None:
            text = texts(el)
            if text == line:
                found = el
                break
            if len(text) > len(line):
                break
            el = el.getparent()
    return found


def page_tree(html: str) -> Any:
    """The page's element tree without scripts, styles and templates; None when it does not parse."""
    from lxml import etree

    parser = etree.HTMLParser()  # plain elements: lxml.html's element classes cost a lookup per node
    try:
        try:
            tree = etree.fromstring(html, parser)
        except ValueError:  # a str that declares its encoding (<?xml ... encoding=...?>): lxml wants bytes
            tree = etree.fromstring(html.encode("utf-8"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if tree is None:
        return None
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    return tree


def markup_hints(html: str, lines: list[str], tree: Any = None, url: str | None = None) -> dict[str, str]:
    """Line (space-normalised, as extracted) -> ``headline`` | ``furniture`` | ``teaser``, for the lines
    the markup marks; {} when the page does not parse. ``tree``: the page already parsed (``page_tree``);
    ``url``: the page's address (a shouted link to its own site is a teaser)."""
    tree = page_tree(html) if tree is None else tree
    if tree is None:
        return {}
    furniture_words = lexicon.words("furniture_markup") | lexicon.words("widget_state_markup")
    starts, texts = _starts(tree), _Texts()
    keys = [_norm(line) for line in lines]
    line_keys = {_LIST_BULLET.sub("", key) for key in keys}
    excerpts = repeated_excerpts(keys) if INLINE_MARKS else set()
    sources = {texts(el) for el in tree.iter("li", "p", "dd") if source_list(el)} if INLINE_MARKS else set()
    listed = listing_lines(tree, [_LIST_BULLET.sub("", key) for key in keys])
    sources |= listed
    hints: dict[str, str] = dict.fromkeys(joined_rows(keys, listed), "furniture")  # the lines cleaning will join
    for line in lines:
        key = _norm(line)
        if INLINE_MARKS and (labelled_caption(key) or _LIST_BULLET.sub("", key) in sources):
            hints[key] = "furniture"
            continue
        el = _element_of(_LIST_BULLET.sub("", key), starts, texts)
        if el is None and BRACKETED.match(key):  # "[<a>Other story</a>]": its first text node is "[" alone
            el = _element_of(key[1:-1].strip(), starts, texts)
        if el is None:
            continue
        if (key in excerpts and (pull_quote(el) or quoted_excerpt(key)
                                 and not quoted_subhead(el, line_keys, class_words, furniture_words))) \
                or (INLINE_MARKS and lone_quote(el, key)) \
                or (INLINE_MARKS and media_text(el, key, keys, texts)) or orphan_heading(el, key, keys, texts) \
                or embed_caption(el, key, keys, texts) or image_caption(el, key, texts) or ad_link(el, key, url) \
                or graphic_slug(el, key, texts, class_words) or in_complementary_region(el):
            hints[key] = "furniture"
            continue
        hint = _hint(el, len(key), texts, furniture_words) or ("teaser" if _teaser(el, key, url) else None)
        if hint:
            hints[key] = hint
    return hints


def _teaser(el: Any, line: str, url: str | None) -> bool:
    return _shouted_link(el, line, url) or (INLINE_MARKS and inline_teaser(el, line, url)) \
        or bracketed_pointer(el, line, url) or link_list_item(el, _LIST_BULLET.sub("", line), url)


def _hint(el: Any, chars: int, texts: _Texts, furniture_words: frozenset[str]) -> str | None:
    if el.tag == "h1":
        return "headline"
    box = el
    while box is not None and len(texts(box)) <= chars + PRIVATE_SLACK:
        if box.tag in _FURNITURE_TAGS or class_words(box) & furniture_words:
            return "furniture"
        box = box.getparent()
    return None


def _domain(host: str) -> str:
    """A host's last two labels ("www.foxnews.com" -> "foxnews.com"): enough to tell one site from another."""
    return ".".join(host.lower().rstrip(".").split(".")[-2:])


def _shouted_link(el: Any, line: str, url: str | None) -> bool:
    """A line that is wholly a link to another page of the page's own site, in capitals, ending no sentence (the
    line found at the link or, ``SHOUTED_WRAPPED``, at an inline tag holding the link's whole text)."""
    while SHOUTED_WRAPPED and el.tag in INLINE_TAGS and (up := el.getparent()) is not None \
            and _norm(up.xpath("string()")) == line:
        el = up
    if el.tag != "a" or any(c.islower() for c in line) or line.rstrip().endswith("."):
        return False
    if sum(len(w) > 1 and w.isupper() for w in re.findall(r"[\w'’]+", line)) < _MIN_SHOUTED_WORDS:
        return False
    href = (el.get("href") or "").strip()
    parts = urlsplit(href)
    if not parts.path.strip("/"):
        return False  # "#", the home page
    if not parts.netloc:
        return not parts.scheme  # a relative address ("/news/…"), not "javascript:…"
    page = urlsplit(url).hostname if url else None
    return bool(page and parts.hostname and _domain(parts.hostname) == _domain(page))
