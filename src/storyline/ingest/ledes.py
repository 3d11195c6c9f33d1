"""A lede the page sets in a block of its own right before the article's text: added to the text.

Some sites print an article's lede (its summary or intro paragraph) as the bare text of a block right before
the block of the article's paragraphs, in the same container::

    <div class="article__summary">Three people have died during protests ...</div>
    <div class="article__text"><p>In addition to the three fatalities ...</p> ...</div>

trafilatura reads ``<p>`` paragraphs; a ``<div>``'s bare text it reads only when the article's block holds
too little ``<p>`` text (it then adds ``div`` to the tags it keeps). So on such a page the lede, the report's
first and main sentence, is dropped whenever the body is long enough.

Here the block holding the extracted paragraphs is found (as ``sections.continued_sections`` finds it), and
the element right before it (at its level, or before one of its first ``MAX_LEVELS`` ancestors when it
is the first there) is taken as the lede when

* its class or id names a lede (``lexicon/lede_markup.txt``: summary, lede, intro, excerpt ...) and no
  furniture (``lexicon/furniture_markup.txt``: a dek, a teaser, a share bar ... is left out, as cleaning
  would remove it);
* it is no headline, navigation, aside, header, footer or figure, and holds none of them;
* its text is short prose (``MIN_WORDS`` to ``MAX_WORDS`` words, ending a sentence), little of it in links,
  and not already in the extracted text.

An advertising slot between the two (a class or id word of ``lexicon/ad_slot_markup.txt``, at most two words of
text: "Advertisement") is stepped over (inputs43).

Its text (one line a ``<p>``, or its whole text when it has none) goes right before the first extracted line
of the article's block: after the headline the extractor may have printed, before the body.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .markup import class_words
from .sections import article_block, norm_text

MAX_LEVELS = 3
MIN_WORDS = 8
MAX_WORDS = 80
MAX_LINK_SHARE = 0.2
AD_SLOTS = True
"""Switch: an advertising slot between the lede block and the article's block is stepped over (inputs43: The Local's
``<p class="article-single__excerpt">`` lede, then ``<div id="article_ad_container">``, then the body)."""
AD_SLOT_WORDS = 2
_ENDS = (".", "!", "?", "”", '"', "’", "'", ")")
_NOT_LEDE_TAGS = frozenset({"h1", "h2", "nav", "aside", "header", "footer", "figure", "figcaption", "form"})


def _ad_slot(el: Any) -> bool:
    """``el`` is an advertising slot (``lexicon/ad_slot_markup.txt``) holding at most ``AD_SLOT_WORDS`` words."""
    return AD_SLOTS and bool(class_words(el) & lexicon.words("ad_slot_markup")) \
        and len(el.xpath("string()").split()) <= AD_SLOT_WORDS


def _before(block: Any) -> Any:
    """The element right before ``block`` (comments and advertising slots aside), or right before an early ancestor
    of which ``block`` is the first element; None at the page's body or when there is none."""
    for _ in range(MAX_LEVELS):
        prev = block.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or _ad_slot(prev)):
            prev = prev.getprevious()
        if prev is not None:
            return prev
        block = block.getparent()
        if block is None or block.tag in ("body", "html"):
            return None
    return None


def _lede_lines(el: Any, known: str) -> list[str]:
    """The lede's lines when ``el`` is a lede block (module docstring), else []."""
    words = class_words(el)
    if not words & lexicon.words("lede_markup") or words & lexicon.words("furniture_markup"):
        return []
    if el.tag in _NOT_LEDE_TAGS or any(d.tag in _NOT_LEDE_TAGS for d in el.iterdescendants()):
        return []
    text = norm_text(el.xpath("string()"))
    n = len(text.split())
    if not MIN_WORDS <= n <= MAX_WORDS or not text.endswith(_ENDS) or text in known:
        return []
    linked = sum(len(norm_text(a.xpath("string()"))) for a in el.iter("a"))
    if linked > MAX_LINK_SHARE * len(text):
        return []
    paragraphs = [t for p in el.iter("p") if (t := norm_text(p.xpath("string()")))]
    return paragraphs or [text]


def with_lede(tree: Any, text: str) -> str:
    """``text`` (the extractor's, one paragraph a line) with the lede block before the article's block added
    before its first line; ``text`` unchanged when there is none (``tree``: ``markup.page_tree``)."""
    block = article_block(tree, text)
    lede = None if block is None else _before(block.home)
    if block is None or lede is None:
        return text
    new = _lede_lines(lede, " ".join(block.normed))
    return block.with_lines_before_first(new) if new else text
