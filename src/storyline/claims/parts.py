"""The words of a named whole a part is counted of (claims40, the thirtieth read): "scored 20 of his season-high 31
points" is 20 of his points, not "20 high points": the whole's own number ("31") and what comes before it belong to
the whole's size, not to the counted thing, and a hyphened modifier ("season-high") is one word, kept whole or not
at all. "four of 12 spending bills" keeps "spending bills"; "eight of its Hong Kong shares" keeps "Hong Kong
shares" (a modifier's own compound, claims33).
"""

from __future__ import annotations

from spacy.tokens import Token

from .figure import Figure


def part_unit(fig: Figure, whole: Token) -> str:
    """The counted thing of a part "N of [its] <modifiers> <whole>" as written, from its modifiers and its noun."""
    size = [c.i for c in whole.children if c.dep_ == "nummod" and fig.end < c.i < whole.i]
    start = max(size, default=fig.end)
    words = [t for t in whole.subtree if t.dep_ in ("compound", "amod") and start < t.i < whole.i and
             not _hyphened(t)]
    return f"{' '.join(t.text for t in words)} {whole.text}".strip()


def _hyphened(t: Token) -> bool:
    """``t`` the second half of a hyphened word ("season-high"), whose first half hangs elsewhere."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text in ("-", "–") and not doc[t.i - 2].whitespace_
