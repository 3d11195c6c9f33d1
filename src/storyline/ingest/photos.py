"""How many pictures a page shows in its article's own part: the measure of a photo post.

A celebrity's or a gallery's photo post is a run of pictures with a few lines of text. Its pictures stand in
the block that holds the article's lines, shown for themselves (no link, or a link to the picture's own file),
while a news page's other pictures are thumbnails linking to other pages or sit outside that block. The article's
lines are looked for outside the page's ``<head>``: its ``<title>`` repeats the headline, and found there it made
the whole page the block, its icons and sidebar pictures a photo post's (inputs34: Engadget's news post). A picture
the page draws small (a declared width or height under ``min_px``: a banner strip, a "sponsored by" badge, a
spacer) or a GIF of no declared size (icons, arrows, a table's header cells) is the page's decoration, never a
photo a post shows (kinds36: CNBC's text post, whose block ran into the page's layout through its teasers, counted
23 such).
"""

from __future__ import annotations

import re
from typing import Any

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.I)
_PROBE_CHARS = 30  # a line is found in the page by its first characters
_MIN_PROBE_WORDS = 6
_DECORATION_FILE = re.compile(r"\.gif$", re.I)
_SIZE = re.compile(r"^\s*(\d+)\s*(?:px)?\s*$")


def _norm(s: str) -> str:
    return " ".join(s.split())


def _own_text(el: Any) -> str:
    return _norm((el.text or "") + " " + " ".join((child.tail or "") for child in el))


def _ancestors(el: Any) -> list[Any]:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


def article_block(tree: Any, text: str) -> Any:
    """The smallest element holding the article's first two and last two lines of six words or more."""
    lines = [line for line in text.split("\n") if len(line.split()) >= _MIN_PROBE_WORDS]
    if tree is None or not lines:
        return None
    probes = [_norm(line)[:_PROBE_CHARS] for line in (lines[:2] + lines[-2:])]
    elements = [el for el in tree.iter() if isinstance(el.tag, str) and not _in_head(el)]
    owns = [_own_text(el) for el in elements]
    hits = [next((el for el, own in zip(elements, owns, strict=True) if probe in own), None) for probe in probes]
    found = [h for h in hits if h is not None]
    if not found:
        return None
    common = _ancestors(found[0])
    for hit in found[1:]:
        mine = {id(a) for a in _ancestors(hit)}
        common = [a for a in common if id(a) in mine]
    return common[0] if common else None


def _in_head(el: Any) -> bool:
    """Whether ``el`` is in the page's ``<head>``: its ``<title>`` repeats the headline, no article's line."""
    return any(a.tag == "head" for a in _ancestors(el))


def _shown_for_itself(img: Any, stop: Any) -> bool:
    el = img.getparent()
    while el is not None and el is not stop:
        if el.tag == "a":
            href = (el.get("href") or "").split("?", 1)[0].split("#", 1)[0]
            return bool(_IMAGE_FILE.search(href))
        el = el.getparent()
    return True


def _decoration(img: Any, min_px: int) -> bool:
    """A picture the page draws under ``min_px`` wide or high (its ``width``/``height`` attributes), or a GIF
    whose size the page does not give."""
    sizes = [int(m.group(1)) for key in ("width", "height") if (m := _SIZE.match(img.get(key) or ""))]
    if any(size < min_px for size in sizes):
        return True
    src = (img.get("src") or "").split("?", 1)[0].split("#", 1)[0]
    return not sizes and bool(_DECORATION_FILE.search(src))


def pictures_in_article(tree: Any, text: str, min_px: int = 0) -> int:
    """Pictures in the article's block (``article_block``) shown for themselves, not as links to other pages,
    and not the page's decoration (``_decoration``: drawn under ``min_px``, or a GIF of no size)."""
    block = article_block(tree, text)
    if block is None:
        return 0
    stop = block.getparent()
    return sum(1 for img in block.iter("img") if _shown_for_itself(img, stop) and not _decoration(img, min_px))
