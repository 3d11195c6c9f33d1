"""A photo gallery set in a story's page, and a drop cap set apart from its paragraph (inputs49).

* **a gallery**: a slideshow of other pictures on the story's page ("Pivotal players to watch …", sixteen slides
  each with a caption and a credit; a news site's "in a different light" strip of five). The extractor reads its
  captions and credits as the story's first or last lines, and a brief took them for the news: a caption's
  figures as claims, its years as timeline entries, its people as the story's. A block whose class or id names a
  gallery (``page_widgets.toml`` "gallery": "gallery", "slideshow", "carousel" …) and that holds at least
  ``min_images`` pictures and no ``<h1>`` is removed before extraction, with a bold one-line title just before it
  ("PHOTOS: …"). The block is left when it is the story's own: it holds a paragraph longer than a caption, or the
  page's paragraphs outside it are too few to be a story (a photo essay, whose captions are its text).
* **a drop cap**: a story's first letter set large in its own block (``<div class="initial">A</div><p>nother
  day, …``). The extractor reads the letter's block as a line of its own and drops it, and the story opens
  "nother day". A block whose whole text is one capital letter, right before a paragraph that opens with a
  lower-case letter, is joined to that paragraph.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from .. import lexicon
from .markup import class_words, drop_keeping_tail

GALLERIES = True
"""Switch: a photo gallery's block (module docstring) is removed before extraction."""
DROP_CAPS = True
"""Switch: a drop cap's block (module docstring) is joined to its paragraph."""

_CAPITAL = re.compile(r"^[A-Z]$")
_LOWER_START = re.compile(r"^[a-z]")


class _Limits(NamedTuple):
    tags: tuple[str, ...]
    words: frozenset[str]
    min_images: int
    max_paragraph_words: int
    min_story_words: int
    max_title_words: int


@cache
def _limits() -> _Limits:
    doc = lexicon.document("page_widgets")["gallery"]
    return _Limits(tuple(doc["block_tags"]), frozenset(doc["class_words"]), int(doc["min_images"]),
                   int(doc["max_paragraph_words"]), int(doc["min_story_words"]), int(doc["max_title_words"]))


def _nwords(el: Any) -> int:
    return len("".join(el.itertext()).split())


def _named_gallery(el: Any, lim: _Limits) -> bool:
    return bool(class_words(el) & lim.words)


def gallery_blocks(tree: Any) -> list[Any]:
    """The outermost gallery blocks of the page's body that are no part of its story (module docstring)."""
    lim = _limits()
    body = next(tree.iter("body"), None)
    if body is None:
        return []
    found: list[Any] = []
    for el in body.iterdescendants(*lim.tags):
        if not _named_gallery(el, lim) or any(a in found for a in el.iterancestors()):
            continue
        if len(list(el.iter("img"))) < lim.min_images or next(el.iter("h1"), None) is not None:
            continue
        if any(_nwords(p) > lim.max_paragraph_words for p in el.iter("p")):
            continue
        found.append(el)
    inside = {p for el in found for p in el.iter("p")}
    story = sum(_nwords(p) for p in body.iter("p") if p not in inside)
    return found if story >= lim.min_story_words else []


def _title_before(el: Any, lim: _Limits) -> Any:
    """The gallery's bold one-line title right before it ("PHOTOS: …"), or None."""
    prev = el.getprevious()
    if prev is None or prev.tag != "p" or (el.getparent() is not None and prev.tail and prev.tail.strip()):
        return None
    words = _nwords(prev)
    bold = sum(_nwords(b) for b in prev if b.tag in ("b", "strong"))
    if 0 < words <= lim.max_title_words and bold == words and not (prev.text or "").strip():
        return prev
    return None


def drop_galleries(tree: Any) -> int:
    """Remove the gallery blocks and their titles (module docstring); the number removed."""
    if not GALLERIES:
        return 0
    lim = _limits()
    dropped = 0
    for el in gallery_blocks(tree):
        if el.getparent() is None:
            continue
        title = _title_before(el, lim)
        if title is not None:
            drop_keeping_tail(title)
        drop_keeping_tail(el)
        dropped += 1
    return dropped


def join_drop_caps(tree: Any) -> int:
    """Join each drop cap's block to the paragraph it opens (module docstring); the number joined."""
    if not DROP_CAPS:
        return 0
    joined = 0
    for el in list(tree.iter("div", "span", "p")):
        if len(el) or not _CAPITAL.match((el.text or "").strip()) or (el.tail and el.tail.strip()):
            continue
        nxt = el.getnext()
        if nxt is None or nxt.tag != "p" or not _LOWER_START.match(nxt.text or ""):
            continue
        nxt.text = el.text.strip() + (nxt.text or "")
        drop_keeping_tail(el)
        joined += 1
    return joined
