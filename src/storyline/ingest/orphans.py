"""A box's heading the extractor kept without the box: a widget's title, not the report's subhead.

trafilatura may keep a sidebar box's heading ("<h2>Today on WebMD</h2>", over a list of other stories' links)
and leave the box itself out: the heading then stands alone at the end of the text, heading nothing of it
(bench/BRIEF_REVIEW.md, "inputs38"). A report's own subhead heads the paragraphs that follow it, and they are
the text's lines.

``orphan_heading`` marks a line that is an ``<h2>``–``<h6>`` ending no sentence whose next element (not a
paragraph, not a heading) holds links and ``MIN_BOX_CHARS`` characters or more, none of them a line of the text
of three words or more: the box it heads was left out, so the heading is the box's.
"""

from __future__ import annotations

import re
from typing import Any

ORPHAN_HEADINGS = True
"""Switch: a heading whose box the extractor left out is furniture (``orphan_heading``)."""
MIN_BOX_CHARS = 40
_MIN_LINE_WORDS = 3
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SENTENCE_END = re.compile(r"[.!][\"'”’)]*\s*$")


def _next_element(el: Any) -> Any:
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def orphan_heading(el: Any, line: str, lines: list[str], texts: Any) -> bool:
    """``line`` (found at ``el``) heads a box of links that holds no line of the text (module docstring).
    ``texts``: an element's space-normalised text."""
    if not ORPHAN_HEADINGS or el.tag not in _HEADINGS or _SENTENCE_END.search(line):
        return False
    box = _next_element(el)
    if box is None or box.tag in _HEADINGS or box.tag == "p":
        return False
    inside = texts(box)
    if len(inside) < MIN_BOX_CHARS or not any(texts(a) for a in box.iter("a")):
        return False
    return not any(other != line and len(other.split()) >= _MIN_LINE_WORDS and other in inside for other in lines)
