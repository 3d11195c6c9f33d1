"""A block quotation's lead-in the extractor dropped: put back before the quotation.

A report quotes a long passage in a ``<blockquote>`` after a paragraph of its own that says whose words
follow ("In their paper, <a>Title of the paper</a>, the researchers wrote:"). When that paragraph is mostly a
link (a paper's or a post's title), the extractor drops it as a link list, keeps the quotation, and the
quoted words read as the report's own (bench/BRIEF_REVIEW.md, "inputs40"). Here each ``<blockquote>`` whose
first paragraph is a line of the extracted text, right after a ``<p>`` sibling of ``MIN_WORDS`` to
``MAX_WORDS`` words ending in a colon that the text does not hold, gets that paragraph back as the line
before its first line. Only a lead-in ending in a colon is taken: it introduces what follows and is no
related link.
"""

from __future__ import annotations

from typing import Any

from .sections import norm_text

MIN_WORDS = 3
MAX_WORDS = 60


def _first_line(quote: Any) -> str:
    """The quotation's first paragraph (its first ``<p>``, else its own text), normalised."""
    first = next(quote.iter("p"), None)
    return norm_text((first if first is not None else quote).xpath("string()"))


def _lead_in(quote: Any) -> str | None:
    """The ``<p>`` right before ``quote`` (no text between them) when it ends in a colon, normalised."""
    prev = quote.getprevious()
    if prev is None or prev.tag != "p" or (prev.tail or "").strip():
        return None
    text = norm_text(prev.xpath("string()"))
    return text if text.endswith(":") and MIN_WORDS <= len(text.split()) <= MAX_WORDS else None


def with_quote_leadins(tree: Any, text: str) -> str:
    """``text`` (the extractor's, one paragraph a line) with each dropped lead-in of a block quotation put back
    before the quotation's first line (module docstring); ``text`` unchanged when there is none."""
    lines = text.split("\n")
    normed = [norm_text(ln) for ln in lines]
    known = set(normed)
    added = False
    for quote in tree.iter("blockquote"):
        lead = _lead_in(quote)
        first = _first_line(quote)
        if lead is None or lead in known or not first or first not in known:
            continue
        at = normed.index(first)
        lines.insert(at, lead)
        normed.insert(at, lead)
        known.add(lead)
        added = True
    return "\n".join(lines) if added else text
