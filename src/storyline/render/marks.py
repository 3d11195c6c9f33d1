"""Evidence marks: a document's text as HTML paragraphs with every cited span wrapped in ``<mark>``.

Every ``[n]`` citation of the HTML brief links to ``<mark id="d<n>-<start>-<end>">``,
so a reader checks a sentence with one tap. Spans come from the summary, the
claims and the timeline, so they may overlap, nest or cross paragraph breaks;
``mark_text`` turns any set of them into well-formed markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from .common import typeset_quotes

__all__ = ["Span", "mark_text", "span_id"]

Span = tuple[int, int]


def span_id(n: int, span: Span) -> str:
    """The element id of a cited span of source ``n``: ``d<n>-<start>-<end>``."""
    return f"d{n}-{span[0]}-{span[1]}"


def _cuts(text: str, spans: Iterable[Span]) -> list[int]:
    """Every span boundary and both sides of every line break, in order."""
    cuts = {0, len(text)}
    for start, end in spans:
        cuts.update((start, end))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    return sorted(c for c in cuts if 0 <= c <= len(text))


class _Writer:
    """The markup as it is written: which marks are open, whether a paragraph is, which spans have an id yet."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.out: list[str] = []
        self.stack: list[Span] = []
        self.opened: set[Span] = set()
        self.in_para = False

    def open(self, span: Span) -> str:
        """The opening tag of a piece of ``span``: the first piece carries the id (the citation target)."""
        sid = span_id(self.n, span)
        if span in self.opened:
            return f'<mark data-span="{sid}">'
        self.opened.add(span)
        return f'<mark id="{sid}" data-span="{sid}">'

    def line_break(self, active: list[Span], text: str) -> None:
        """Close every mark and the paragraph; a span made only of line breaks gets an empty anchor here."""
        self.out.extend("</mark>" for _ in self.stack)
        self.stack = []
        self.out.extend(
            self.open(s) + "</mark>" for s in active if s not in self.opened and not text[s[0] : s[1]].strip("\n")
        )
        if self.in_para:
            self.out.append("</p>\n")
            self.in_para = False

    def piece(self, piece: str, active: list[Span]) -> None:
        """Text covered by ``active`` (outer spans first): reuse the marks still open, reopen the rest."""
        if not self.in_para:
            self.out.append("<p>")
            self.in_para = True
        keep = 0
        while keep < len(self.stack) and keep < len(active) and self.stack[keep] == active[keep]:
            keep += 1
        self.out.extend("</mark>" for _ in self.stack[keep:])
        self.out.extend(self.open(s) for s in active[keep:])
        self.stack = list(active)
        self.out.append(escape(typeset_quotes(piece), quote=False))

    def finish(self, ordered: list[Span]) -> str:
        self.out.extend("</mark>" for _ in self.stack)
        # Anything still unopened (e.g. a span of a trailing line break): anchor at the end.
        self.out.extend(self.open(s) + "</mark>" for s in ordered if s not in self.opened)
        if self.in_para:
            self.out.append("</p>")
        return "".join(self.out)


def mark_text(text: str, spans: Iterable[Span], n: int) -> str:
    """Document text as ``<p>`` paragraphs (split on "\\n") with every span wrapped in ``<mark>``.

    Spans may overlap or nest. The text is cut at every span boundary and newline;
    at each cut the open marks are closed and reopened as needed, outer (earlier,
    longer) spans lowest, so nested spans become nested marks and crossing spans
    are split into pieces. The first piece of a span carries ``id`` (the citation
    target); every piece carries ``data-span`` so the whole passage can be lit up.
    The result is always well-formed, whatever the spans.
    """
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    bounds = _cuts(text, ordered)
    writer = _Writer(n)
    # Spans start in order, so a pointer into ``ordered`` plus a filter of the live ones
    # keeps this linear-ish rather than scanning every span for every piece.
    live: list[Span] = []
    nxt = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while nxt < len(ordered) and ordered[nxt][0] <= a:
            live.append(ordered[nxt])
            nxt += 1
        live = [s for s in live if s[1] >= b]  # every live span covers [a, b), still in (start, -end) order
        piece = text[a:b]
        if piece == "\n":
            writer.line_break(live, text)
        else:
            writer.piece(piece, live)
    return writer.finish(ordered)
