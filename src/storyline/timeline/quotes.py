"""Quotation marks in an event's text: a timeline entry is never cut inside a quotation.

A sentence splitter cuts a quote with an inner full stop ("We ran. Last night somebody
did," he said) into two sentences, and a clause taken from the parse can end inside
one. ``widen`` grows a span over the neighbouring sentences of its paragraph until
every quotation it touches is whole, or says it cannot.

Marks read: curly double quotes, the newswire ```` ``…'' ```` pair, and straight double
quotes (an opener when it starts a word, else a closer). Single quotes are left alone:
they are apostrophes far more often than quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence

__all__ = ["inside_quote_start", "open_quotes", "quotation_after_colon", "widen"]

MAX_WIDEN = 4  # sentences a span may grow by; a longer quotation is not a timeline entry
_OPENERS = ("“", "``", "„")
_CLOSERS = ("”", "''")


def open_quotes(text: str) -> tuple[int, int]:
    """(quotations opened and not closed, closers with no opener) in ``text``."""
    depth = unmatched = 0
    i = 0
    while i < len(text):
        two = text[i : i + 2]
        ch = text[i]
        step = 2 if two in ("``", "''") else 1
        if two == "``" or ch in _OPENERS or (ch == '"' and (i == 0 or text[i - 1] in " \t\n([—–-")):
            depth += 1
        elif two == "''" or ch in _CLOSERS or ch == '"':
            if depth:
                depth -= 1
            else:
                unmatched += 1
        i += step
    return depth, unmatched


def widen(text: str, start: int, end: int, paragraph: Sequence[Sentence]) -> tuple[int, int] | None:
    """``(start, end)`` grown over whole sentences of ``paragraph`` until its quotations are whole.

    ``text`` is the document text, ``paragraph`` the sentences of the paragraph the span
    is in, in order. A quotation that no later sentence of the paragraph closes is left
    open at the span's own sentence (news continues a quote in the next paragraph without
    closing it; and a paragraph glued to the next by scraping, "in 2008.Facing …", must not
    carry the entry over sentences that never close it); one closed but not opened in the
    paragraph, or one needing more than ``MAX_WIDEN`` sentences, is not whole: None. A clause with no
    mark of its own is whole unless its sentence holds half a quotation: then it may sit inside that
    quotation, and it is widened from its sentence as a cut one is.
    """
    opened, unmatched = open_quotes(text[start:end])
    firsts = [s for s in paragraph if s.start <= start]
    lasts = [s for s in paragraph if s.end >= end]
    if not opened and not unmatched:
        if not firsts or not lasts or (firsts[-1].start, lasts[0].end) == (start, end) \
                or open_quotes(text[firsts[-1].start : lasts[0].end]) == (0, 0):
            return start, end
        # a clause of a sentence that holds half a quotation ('I fly out Monday, June 4 [to] Friday,
        # June 8," she wrote …', the quote opened a sentence before): it may be inside
        # the quotation though it has no mark of its own, so it is widened as a cut one is
    if not firsts or not lasts:
        return None
    a, b = firsts[-1].start, lasts[0].end  # a clause cut in a quotation: its whole sentence first
    own_end = b
    for _ in range(MAX_WIDEN + 1):
        opened, unmatched = open_quotes(text[a:b])
        if unmatched:
            before = [s for s in paragraph if s.end <= a]
            if not before:
                return None
            a = before[-1].start
        elif opened:
            after = [s for s in paragraph if s.start >= b]
            if not after:
                return a, own_end  # never closed in the paragraph: the quote runs on past it
            b = after[0].end
        else:
            return a, b
    return None


def inside_quote_start(text: str, start: int, paragraph: Sequence[Sentence]) -> int | None:
    """Where a span that starts at ``start`` must start so that it does not open inside a quotation:
    ``start`` when no quotation of its paragraph is open there; else the start of the sentence whose
    quotation mark opened it ('"I am calling on all friends of Haiti …. | Today as Haiti is going
    through …"': the middle sentence of a quotation has no mark of its own). None when that is more
    than ``MAX_WIDEN`` sentences back."""
    before = [s for s in paragraph if s.start < start]
    if not before:
        return start
    first = before[0].start
    if not open_quotes(text[first:start])[0]:
        return start
    for k, s in enumerate(reversed(before)):
        if k > MAX_WIDEN:
            return None
        if not open_quotes(text[first : s.start])[0]:
            return int(s.start)
    return None


_COLON_END = re.compile(r":\s*$")
_QUOTE_OPENS = re.compile(r"^\s*[\"“]")


def quotation_after_colon(text: str, sentences: Sequence[Sentence], sent: Sentence, start: int, end: int) -> int:
    """Where an entry that ends on the colon introducing a quotation ends ("Speaking on the radio in 1999, …, she
    said:" with the quotation in the next paragraph): past that quotation's first sentence, when it opens one and
    closes it there; else where it was (``timeline._sentence_events`` then files the colon's sentence as it
    stands). ``text`` is the report's, ``sentences`` its sentences."""
    if not _COLON_END.search(text[start:end]) or sent.index + 1 >= len(sentences):
        return end
    nxt = sentences[sent.index + 1]
    if nxt.start < end or not _QUOTE_OPENS.match(nxt.text) or not _closed(nxt.text):
        return end
    return nxt.end


def _closed(text: str) -> bool:
    """Does the sentence close every quotation it opens?"""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0
