"""Second copies of a figure's caption and a paragraph's source line breaks, undone before extraction.

Two kinds the extractor returns as the page's text though a person reading the page sees neither:

* **a figure's hidden caption copy**: a lightbox or gallery script keeps a second copy of the figure's
  caption (and its credit) inside the ``<figure>``, outside its ``<figcaption>``, shown only when the
  picture is opened. The extractor returns both copies; the cleaner then removes the second as a
  duplicate and keeps the first, the hidden one, as a line of the article. A figure's caption is furniture
  (``markup``'s ``<figcaption>`` hint), but the visible copy's line is often not found again in the markup
  (a ``<br>`` inside it, a credit in the same block), so the hint is not given. A figure whose caption's
  text is also the text of a block outside its ``<figcaption>`` has both copies removed: the hidden one and
  the ``<figcaption>``, credit and all.
* **a paragraph's source line breaks around inline code**: in a pretty-printed ``<p>`` (its words and
  links on their own source lines) that holds an inline ``<code>``, the extractor keeps the source's line
  breaks, and a break before a capitalised word (a linked date, "February 28") is not rejoined: one
  sentence becomes two lines. Whitespace in a paragraph is not text, so a break there inside a sentence
  becomes a space (one after a sentence's end stays: some pages write a sentence a source line, and the cleaner
  judges those lines one by one); a ``<code>`` whose own text spans lines (a listing) is left as it is.
  The same holds for any inline element set on its own source lines (``INLINE_BREAKS``, inputs45: Bloomberg's
  links, each ``<a>`` on its own lines with a ``<meta>`` inside, "He did⏎sign an agreement⏎yesterday …").
"""

from __future__ import annotations

import re
from typing import Any

_SPACE = re.compile(r"\s+")
_BROKEN = re.compile(r"[ \t]*\n\s*")
_ENDED = re.compile(r"[.!?:;][\"'”’)\]]*$")
INLINE_BREAKS = True
"""Switch: a paragraph's source line breaks around any inline element (a link, an emphasis), not only around
``<code>``, are read as spaces (module docstring; inputs45)."""


def _words(el: Any) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


def _caption_copies(figure: Any) -> list[Any]:
    """The outermost blocks of ``figure``, outside its ``<figcaption>``, whose text is the caption's."""
    captions = [c for c in figure.iter("figcaption")]
    texts = {_words(c) for c in captions} - {""}
    if not texts:
        return []
    inside = {el for c in captions for el in c.iter()}  # the elements themselves: an lxml proxy's id is reused
    found: list[Any] = []
    for el in figure.iterdescendants():
        if not isinstance(el.tag, str) or el in inside or el.tag in ("img", "picture", "source"):
            continue
        if any(a in found for a in el.iterancestors()) or next(el.iter("figcaption"), None) is not None:
            continue
        if _words(el) in texts:
            found.append(el)
    return found


def drop_caption_copies(tree: Any) -> int:
    """Remove each figure's caption and its hidden copies when it has such a copy (``_caption_copies``); the
    number of elements removed."""
    found = []
    for fig in tree.iter("figure"):
        if copies := _caption_copies(fig):
            found += copies + [c for c in fig.iter("figcaption") if not any(a in copies for a in c.iterancestors())]
    for el in found:
        parent = el.getparent()
        if parent is not None:
            el.tail = None
            parent.remove(el)
    return len(found)


def _flat(s: str | None) -> str | None:
    """``s`` with each line break a space, but one after a sentence's end (a page that writes a sentence a source
    line keeps its lines as the extractor gave them)."""
    if not s:
        return s
    return _BROKEN.sub(lambda m: m.group() if _ENDED.search(s, 0, m.start()) else " ", s)


def reflow_code_paragraphs(tree: Any) -> int:
    """Read the source line breaks inside each ``<p>`` that holds an inline ``<code>`` (with ``INLINE_BREAKS``,
    any inline element) as spaces; the number of paragraphs changed."""
    changed = 0
    for p in tree.iter("p"):
        codes = list(p.iter("code"))
        inline = codes or INLINE_BREAKS and any(isinstance(el.tag, str) for el in p.iterdescendants())
        if not inline or any("\n" in "".join(c.itertext()) for c in codes) or next(p.iter("pre"), None) is not None:
            continue
        nodes = [p] + [el for el in p.iterdescendants() if isinstance(el.tag, str)]
        if not any("\n" in (el.text or "") or (el is not p and "\n" in (el.tail or "")) for el in nodes):
            continue
        for el in nodes:
            el.text = _flat(el.text)
            if el is not p:
                el.tail = _flat(el.tail)
        changed += 1
    return changed
