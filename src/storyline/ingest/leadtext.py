"""Bare text the article's block holds before its first paragraph: added to the text.

Some pages print an article's first paragraph as bare text of the article's block, not in a ``<p>`` of its own:
a stray ``<p>`` the browser closes early, or a box of related links before the lede, leaves the lede as a text
node right in the block (``<div class="bd"><p><div class="related">...</div>SAN FRANCISCO (AP) — ...</p>
<p>The move ...</p>``: the parser closes the ``<p>`` at the ``<div>``, so the lede is the related box's tail).
trafilatura reads the block's ``<p>`` paragraphs and drops the text node, and with it the lede, the report's
news and its wire credit (bench/BRIEF_REVIEW.md, "inputs30").

Here the block holding the extracted paragraphs is found (the deepest element holding every ``<p>`` whose text
is an extracted line, as ``ledes.with_lede`` finds it), and the text nodes right in it (its own text and its
children's tails) before its first extracted paragraph are taken when each is short prose (``MIN_WORDS`` to
``MAX_WORDS`` words, ending a sentence) not already in the extracted text. They go, in page order, right before
the first extracted line of that paragraph: after the headline the extractor may have printed, before the body.
Text inside the block's other children (a related box, a caption) is not taken: only the block's own text.
"""

from __future__ import annotations

from typing import Any

from .sections import article_block, norm_text

MIN_WORDS = 8
MAX_WORDS = 120
_ENDS = (".", "!", "?", "”", '"', "’", "'")


def _prose(text: str, known: str) -> bool:
    n = len(text.split())
    return MIN_WORDS <= n <= MAX_WORDS and text.endswith(_ENDS) and text not in known


def _leading_nodes(home: Any, first: Any) -> list[str]:
    """The text nodes right in ``home`` before its child ``first``, normalised, empty ones left out."""
    nodes = [home.text or ""]
    for child in home:
        if child is first:
            break
        nodes.append(child.tail or "")
    return [t for t in (norm_text(n) for n in nodes) if t]


def with_leading_text(tree: Any, text: str) -> str:
    """``text`` (the extractor's, one paragraph a line) with the article block's bare leading text added before
    its first paragraph's line (module docstring); ``text`` unchanged when there is none."""
    block = article_block(tree, text)
    if block is None:
        return text
    first = block.found[0]
    while first.getparent() is not block.home:
        first = first.getparent()
    known = " ".join(block.normed)
    new = [t for t in _leading_nodes(block.home, first) if _prose(t, known)]
    return block.with_lines_before_first(new) if new else text
