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
article (``clean.extracted.apply_markup``).

A line not found in the page gets no hint. Cleaning decides what to do with them
(``clean.extracted.apply_markup``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .. import lexicon

PRIVATE_SLACK = 300  # characters an ancestor may hold beyond the line and still be the line's own box
_MAX_LINE_CHARS = 3000  # longer element texts are containers, never one line
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header", "figcaption"})
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_LIST_BULLET = re.compile(r"^- ")


def _norm(text: str) -> str:
    return " ".join(text.split())


def class_words(el: Any) -> set[str]:
    """An element's class and id split into lower-case words, and each two words in a row ("c-article-dek",
    "newsletterBox", "read-more" -> c, article, dek, newsletter, box, read, more, "read more" ...)."""
    out: set[str] = set()
    for raw in (el.get("class") or "", el.get("id") or ""):
        words = [w.lower() for w in _CLASS_WORD.findall(raw)]
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return out


def _elements(tree: Any) -> Iterator[Any]:
    for el in tree.iter():
        if isinstance(el.tag, str):
            yield el


def markup_hints(html: str, lines: list[str]) -> dict[str, str]:
    """Line (space-normalised, as extracted) -> ``headline`` | ``furniture``, for the lines
    the markup marks; {} when the page does not parse."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        try:
            tree = lxml.html.fromstring(html)
        except ValueError:  # a str that declares its encoding (<?xml ... encoding=...?>): lxml wants bytes
            tree = lxml.html.fromstring(html.encode("utf-8"))
    except (ParserError, ValueError):
        return {}
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    furniture_words = lexicon.words("furniture_markup")
    length: dict[Any, int] = {}
    by_text: dict[str, Any] = {}
    for el in _elements(tree):
        text = _norm(el.text_content())
        length[el] = len(text)
        if text and len(text) <= _MAX_LINE_CHARS:
            by_text[text] = el  # document order: a descendant with the same text comes later and wins
    hints: dict[str, str] = {}
    for line in lines:
        key = _norm(line)
        el = by_text.get(_LIST_BULLET.sub("", key))
        if el is None:
            continue
        hint = _hint(el, len(key), length, furniture_words)
        if hint:
            hints[key] = hint
    return hints


def _hint(el: Any, chars: int, length: dict[Any, int], furniture_words: frozenset[str]) -> str | None:
    if el.tag == "h1":
        return "headline"
    box = el
    while box is not None and length.get(box, 0) <= chars + PRIVATE_SLACK:
        if box.tag in _FURNITURE_TAGS or class_words(box) & furniture_words:
            return "furniture"
        box = box.getparent()
    return None
