"""A quotation's edge between a figure and its verb (claims39, the twenty-ninth read): in '"As the harbour's partner
for over a decade, we were shocked," the statement read' the parser may hang the quoted words on the verb that
attributes them; a verb outside the quotation that holds the figure is the attribution, never the figure's event.

Also the shapes of a quotation that tell attribution.py whose words they are (claims73): a quotation with its tag
('"…," the Times quoted a source as saying') is a report told whole, so its source frames no later sentence; a
quotation that is a sentence of its own ("It was agreed …") is its tag's, not a figure's before it.

And where a paragraph's quotations are (``quote_regions``, moved here from attribution.py by claims75; the citation
judge reads it too).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "«": "»"}
_MIXED_CLOSE = {"“": '"', '"': "”", "«": '"'}  # a quotation whose closing mark is of the other style
_OPENING = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")
_MARKS = frozenset({'"', "“", "”", "``", "''"})
_TAGGED = re.compile(r"[,?!][\"”’']\s+\S")  # '"…," the Times quoted a source as saying'


def quote_tagged(sentence: str) -> bool:
    """The sentence holds a quotation closed by a comma (or ? !) and its tag after it."""
    return _TAGGED.search(sentence) is not None


def sentence_quote(quoted: str) -> bool:
    """A quotation that is a sentence of its own: a capital first letter, four words or more (not "Islamic State")."""
    words = quoted.strip("\"“”‘’' ").split()
    return len(words) >= 4 and words[0][:1].isupper()


def across_quote(t: Token, verb: Token) -> bool:
    """``t`` inside a quotation of its sentence (an odd number of quotation marks before it) and ``verb`` after
    it outside any (an even number before it): the attribution after a closing mark ('…," he said'). A verb before
    the quotation ('discovered "a couple of other instances"') or inside a resumed one ('"Forty-five years of
    practicing law," he said, "has convinced me'), as the claims39 round's read22-28 pages showed, is kept."""
    doc, start = t.doc, t.sent.start
    marks = [k for k in range(start, verb.i) if doc[k].text in _MARKS]
    before = sum(1 for k in marks if k < t.i)
    return verb.i > t.i and before % 2 == 1 and len(marks) % 2 == 0


def quoted_holder(noun: Token, verb: Token) -> Token | None:
    """The last noun above ``noun`` before the quotation's edge ("partner" of "partner for over a decade"), if any."""
    t, found = noun, None
    for _ in range(8):
        h = t.head
        if h.i == t.i or h.i == verb.i or across_quote(noun, h):
            break
        if h.pos_ == "NOUN":
            found = h
        t = h
    return found


def _reopens(text: str, j: int) -> bool:
    """The straight mark at ``j`` opens a quotation: after a sentence's end and a space, before a capital."""
    return j >= 2 and text[j - 1] == " " and text[j - 2] in ".?!" and text[j + 1: j + 2].isupper()


def quote_regions(text: str, run_on: bool = False) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quotations in a paragraph. With ``run_on``, a straight mark that opens a
    sentence ('… in full control. "They say …') opens a new quotation where one is open: a quotation run on into a
    new paragraph drops its closing mark, and a text whose paragraphs were joined keeps that opening mark inside
    the line (claims75), so the marks pair the other way round."""
    out: list[tuple[int, int]] = []
    i = 0
    while (mark := _OPENING.search(text, i)) is not None:  # the next quotation mark (other characters open none)
        i = mark.start()
        ch = text[i]
        close = _QUOTE_PAIRS.get(ch)
        if close is not None and (ch != "‘" or i == 0 or not text[i - 1].isalnum()):
            j = text.find(close, i + 1)
            if ch == "‘":  # an apostrophe is not a closing single quote ("Britain’s")
                while j != -1 and j + 1 < len(text) and text[j + 1].isalnum():
                    j = text.find(close, j + 1)
            if j == -1 and ch in _MIXED_CLOSE:  # '“…," the office said': opened curly, closed straight (claims32)
                j = text.find(_MIXED_CLOSE[ch], i + 1)
            if j == -1:
                out.append((i + 1, len(text)))  # unclosed: runs to the end of the paragraph
                break
            if run_on and ch == '"' and _reopens(text, j):
                out.append((i + 1, j - 1))
                i = j
                continue
            out.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return out
