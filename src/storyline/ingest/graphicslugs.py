"""An embedded graphic's slug set as its heading (inputs42).

A news site that places an interactive map or chart among an article's paragraphs often writes the graphic's
working label from its content system as a heading inside the graphic's box, styled hidden or small: "intro",
"school", "planned parenthood" (``<h2 class="interactive-headline">intro</h2>`` over a map drawn by a script). The
extractor keeps each as a one-word line of the article (bench/BRIEF_REVIEW.md, "Forty-seventh read").

``graphic_slug`` marks a line that is an ``<h2>``–``<h6>`` of at most ``SLUG_MAX_WORDS`` words, written wholly in
lower case (no capital, no sentence's end), when the heading or a close ancestor (holding at most ``SLUG_SLACK``
characters beyond the line) has a class or id word naming a graphic (``lexicon/graphic_markup.txt``: "interactive",
"chart", "map" …). A subhead of the article ("Following the Money") is written with capitals; a lower-case heading
outside a graphic's box is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import lexicon

GRAPHIC_SLUGS = True
"""Switch: a lower-case heading inside an embedded graphic's box is the graphic's slug (module docstring)."""
SLUG_MAX_WORDS = 3
SLUG_SLACK = 300
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def graphic_slug(el: Any, line: str, texts: Callable[[Any], str], words_of: Callable[[Any], set[str]]) -> bool:
    """``line`` (found at ``el``) is a graphic's slug (module docstring). ``texts``: an element's space-normalised
    text; ``words_of``: an element's class and id words (``markup.class_words``)."""
    if not GRAPHIC_SLUGS or el.tag not in _HEADINGS or not 1 <= len(line.split()) <= SLUG_MAX_WORDS:
        return False
    if line != line.lower() or not any(c.isalpha() for c in line) or line.rstrip()[-1] in ".!?:":
        return False
    graphic = lexicon.words("graphic_markup")
    box = el
    while box is not None and len(texts(box)) <= len(line) + SLUG_SLACK:
        if words_of(box) & graphic:
            return True
        box = box.getparent()
    return False
