"""A dateline set in its own inline element with nothing between it and the lede: a space put back (inputs46).

A page may print the dateline as a styled span that opens the first paragraph, the lede's first word right after
its closing tag ("<p><span class="loc">ENCINITAS, Calif.</span>A hepatitis A outbreak …"). The browser shows a gap
(the span's style), but the page's text has none, and the extractor reads "ENCINITAS, Calif.A hepatitis".
``spaced_datelines`` puts one space after such a span: an inline element opening a ``<p>`` (no text before it),
whose whole text is a place in capitals (``_DATELINE``: "ENCINITAS, Calif.", "SANTA FE, N.M.", "LONDON —"), and
whose following text opens a sentence (a capital letter or a quotation mark) with no space. A drop cap ("<span>T
</span>he") is one letter, and a word cut by its styling goes on in small letters: neither is touched.
"""

from __future__ import annotations

import re
from typing import Any

from .markup import INLINE_TAGS

DATELINE_SPANS = True
"""Switch: a space after a dateline span glued to the lede (module docstring)."""

_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]{1,14})?)?\s*(?:--|[—–:-])?$")
_SENTENCE_START = re.compile(r"^[A-Z\"“‘']")


def spaced_datelines(tree: Any) -> int:
    """Put a space after each dateline span glued to its paragraph's lede; the number changed."""
    if not DATELINE_SPANS:
        return 0
    changed = 0
    for p in tree.iter("p"):
        first = next((c for c in p if isinstance(c.tag, str)), None)
        if first is None or first.tag not in INLINE_TAGS or (p.text or "").strip():
            continue
        if len(first) or not _DATELINE.match(" ".join((first.text or "").split())):
            continue
        if first.tail and _SENTENCE_START.match(first.tail):
            first.tail = " " + first.tail
            changed += 1
    return changed
