"""A section's subhead that quotes its own section: a heading, not a pull quote.

inputs36 took a line wholly in quote marks whose words a longer line repeats for a pull quote whatever its markup
(``inlinemarks.quoted_excerpt``). A report told in sections may head one with a quotation its section then prints in
full: France 24's ``<h2>"We'd like to, at least, have a roof over our heads"</h2>`` over the paragraphs quoting it,
beside a second subhead "All we want is a document …" (the forty-sixth read; inputs41 left it). Such a line is the
text's when it is set as a section heading (``<h2>``-``<h4>``) with no class word of a box or a pull quote
(``lexicon/furniture_markup.txt``), and another heading of the same tag is a line of the text too: the text has
sections. A quotation set as a heading in a page with no other such heading is still read as a pull quote
(inputs43).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

QUOTED_SUBHEADS = True
"""Switch: a quoted heading among the text's other section headings is a subhead, not a pull quote."""

_HEADINGS = frozenset(("h2", "h3", "h4"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def quoted_subhead(el: Any, line_keys: set[str], class_words: Callable[[Any], set[str]],
                   furniture_words: frozenset[str]) -> bool:
    """``el``, a line's element, is a section heading among others of the text (module docstring)."""
    if not QUOTED_SUBHEADS or el.tag not in _HEADINGS or class_words(el) & furniture_words:
        return False
    root = el.getroottree()
    own = _norm(el.xpath("string()"))
    return any(other is not el and (text := _norm(other.xpath("string()"))) != own and text in line_keys
               for other in root.iter(el.tag))
