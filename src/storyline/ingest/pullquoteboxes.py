"""A pull quote's box: a ``<blockquote>`` with its markers beside it ("“Start Quote", "End Quote"), undone (inputs46).

A page may set a sentence of the report again, large, in a box between paragraphs: the quotation in a
``<blockquote>``, and beside it, as its siblings, short elements whose class names a quote ("<h2 class="quote">“<span>
Start Quote</span></h2>", "<span class="endquote">End Quote</span>") and the speaker's name. The extractor keeps the
markers as lines of the text. ``without_pull_quote_boxes`` removes, before extraction:

* the whole box when the quotation is printed again in the page's paragraphs outside it (a run of
  ``SHARED_WORDS`` words): a pull quote, the report keeps the sentence where it was said;
* else only the markers (``MARKER_MAX_WORDS`` words at most, class holding "quote"), the quotation and its credit
  kept.

A ``<blockquote>`` with no such marker beside it (a quoted letter, an embedded post) is not touched, unless
(inputs49) it is a pull quote by its words alone: each of its clauses of ``CLAUSE_MIN_WORDS`` words or more is
printed word for word in one paragraph outside it, the paragraph where the speaker said it with "she said" between
its halves ("“I don't even wear gloves anymore,” she said. “It just hurts.”"), which a run of ``SHARED_WORDS``
words misses. It holds at most ``REPEAT_MAX_WORDS`` words: a long quoted letter is never a pull quote.
"""

from __future__ import annotations

import re
from typing import Any

from .markup import class_words, drop_keeping_tail

PULL_QUOTE_BOXES = True
"""Switch: remove a pull quote's box, or its markers (module docstring)."""
MARKER_MAX_WORDS = 3
SHARED_WORDS = 8
BOX_MAX_EXTRA_WORDS = 25  # words the box may hold beyond its quotation: markers and a speaker's name and title
_WORD = re.compile(r"[\w'’]+")
REPEATED_QUOTES = True
"""Switch: a ``<blockquote>`` whose every clause a paragraph outside it prints is a pull quote (docstring)."""
CLAUSE_MIN_WORDS = 3
REPEAT_MAX_WORDS = 60
_CLAUSE_END = re.compile(r"[.,;:!?“”\"]+")


def _words(el: Any) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(el.xpath("string()"))]


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHARED_WORDS]) for i in range(len(words) - SHARED_WORDS + 1)}


def _marker(el: Any, quote: Any) -> bool:
    return el is not quote and isinstance(el.tag, str) and any("quote" in w for w in class_words(el)) \
        and len(_words(el)) <= MARKER_MAX_WORDS and next(el.iter("blockquote"), None) is None


def _norm_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def repeated_quote(quote: Any, tree: Any) -> bool:
    """Is every clause of the ``<blockquote>`` printed in one paragraph outside it (module docstring)?"""
    text = quote.xpath("string()")
    words = _norm_words(text)
    clauses = [c for c in (_norm_words(part) for part in _CLAUSE_END.split(text)) if len(c) >= CLAUSE_MIN_WORDS]
    if not clauses or len(words) > REPEAT_MAX_WORDS or sum(map(len, clauses)) < 2 * CLAUSE_MIN_WORDS:
        return False
    for p in tree.iter("p"):
        if quote in p.iterancestors() or p in quote.iterancestors():
            continue
        line = " " + " ".join(_norm_words(p.xpath("string()"))) + " "
        if all(f" {' '.join(c)} " in line for c in clauses):
            return True
    return False


def without_pull_quote_boxes(tree: Any) -> int:
    """Remove each pull quote's box, or its markers (module docstring); the number of boxes changed."""
    if not PULL_QUOTE_BOXES:
        return 0
    changed = 0
    for quote in list(tree.iter("blockquote")):
        box = quote.getparent()
        if box is None or quote.getparent() is None:
            continue
        markers = [el for el in box if _marker(el, quote)]
        if not markers and REPEATED_QUOTES and repeated_quote(quote, tree):
            drop_keeping_tail(quote)
            changed += 1
            continue
        if not markers or len(_words(box)) - len(_words(quote)) > BOX_MAX_EXTRA_WORDS:
            continue
        outside = [p for p in tree.iter("p") if box not in p.iterancestors() and p is not box]
        printed = set().union(*(_shingles(_words(p)) for p in outside)) if outside else set()
        if _shingles(_words(quote)) & printed and box.getparent() is not None:
            drop_keeping_tail(box)
        else:
            for el in markers:
                drop_keeping_tail(el)
        changed += 1
    return changed
