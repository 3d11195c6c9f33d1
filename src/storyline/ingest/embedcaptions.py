"""An embedded video's or photo's caption set as a paragraph of the article (inputs41).

A page that embeds a video (an ``<iframe>`` player) or a photo among its paragraphs, with no ``<figure>`` around it,
often writes the caption as the next paragraph, wholly in italics ("Women protest in the square. (Video sent to our
team by one of the protesters)"), set smaller than the text. The extractor keeps it as a line of the text. Told by
the markup alone: a ``<p>`` whose text is all inside ``<em>``/``<i>`` and in type set smaller (``<small>``, a
``font-size`` of ``smaller``, ``small`` or under 90%), of at most ``CAPTION_MAX_WORDS`` words, right after (empty
paragraphs aside) an element that is or holds an embed (``lexicon/embed_tags.txt``) and holds no line of the text.
An italic paragraph after a paragraph of prose (an editor's note), after an embed that holds the article's lines, or
in the text's own type size (IndieWire's closing "… is now available on DVD and VOD." under a trailer, the
benchmark's article text) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import lexicon

EMBED_CAPTIONS = True
"""Switch: an italic paragraph right after an embedded player or picture is its caption (module docstring)."""
CAPTION_MAX_WORDS = 60
_SMALLER = re.compile(r"font-size\s*:\s*(?:smaller|x*-?small\b|[1-8]\d(?:\.\d+)?%|0?\.[1-8]\d*em)", re.I)
_ITALIC_TAGS = frozenset(("em", "i"))
_WRAPPERS = frozenset(("span", "em", "i", "small", "b"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _caption_type(para: Any) -> bool:
    """Every word of ``para`` sits inside an ``<em>`` or an ``<i>``, and inside type set smaller (a ``<small>``,
    or a ``font-size`` of ``smaller``, ``small`` or under 90%)."""
    words = False
    for node in para.xpath(".//text()"):
        if not node.strip():
            continue
        words = True
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        boxes = [owner, *owner.iterancestors()]
        inner = boxes[: boxes.index(para) + 1] if para in boxes else []
        if not any(b.tag in _ITALIC_TAGS for b in inner) or not any(
                b.tag == "small" or _SMALLER.search(b.get("style") or "") for b in inner):
            return False
    return words


def _is_embed(el: Any) -> bool:
    tags = sorted(lexicon.words("embed_tags"))
    return isinstance(el.tag, str) and (el.tag in tags or next(el.iter(*tags), None) is not None)


def _before(para: Any) -> Any:
    """The element before ``para``, empty paragraphs and comments skipped; None at its parent's start."""
    prev = para.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or (
            prev.tag == "p" and not prev.xpath("string()").strip() and not _is_embed(prev))):
        prev = prev.getprevious()
    return prev


def embed_caption(el: Any, line: str, lines: list[str], texts: Callable[[Any], str]) -> bool:
    """``line`` (found at ``el``) is an embed's italic caption paragraph (module docstring). ``lines``: the text's
    lines, space-normalised; ``texts``: an element's space-normalised text."""
    if not EMBED_CAPTIONS or len(line.split()) > CAPTION_MAX_WORDS:
        return False
    para = el
    while para is not None and para.tag in _WRAPPERS:
        para = para.getparent()
    if para is None or para.tag != "p" or _norm(para.xpath("string()")) != line or not _caption_type(para):
        return False
    prev = _before(para)
    if prev is None or not _is_embed(prev):
        return False
    inside = texts(prev)
    return not any(other and other != line and other in inside for other in lines)
