"""Whether a paragraph's double quotes pair as quotation marks; a quotation closed by an apostrophe (inputs69).

The pipeline reads quotations by the count of straight double quotes before a point in a paragraph (an odd count:
inside a quotation), and a JSON record is one paragraph. A page's text that reached its record with an apostrophe
written as a double quote ("didn"t") holds one mark more than its quotations; mending it (``innermarks``) changes
the count, so every later quotation is read the other way round unless the record's quotation marks pair without
it. Some such records also lost a quotation's closing mark to an apostrophe ("Such "Insights' were shared"): mending
"didn"t" in them leaves an opening mark with no close, and every later quotation turned inside out. Two readings:

- *How many marks are misread*: a mark's shape says whether it opens (after a space or an opening bracket, before a
  word) or closes (after a word, before a space or punctuation) a quotation, and its place in the count says which
  the pipeline reads it as; each mark whose two disagree, and a last quotation left open, is one misread. A mark
  between two letters has no shape and is not counted.
- *A quotation closed by an apostrophe*: an opening double quote left open when the next mark opens again (or the
  paragraph ends) is closed by the first apostrophe after it that ends a word before a space or punctuation and
  closes no single-quoted words inside it ("Rock 'n' roll"), in the sentence it opens in ("Nunes' most bizarre
  move" two sentences on is a possessive), written as the double quote it stands for.
"""

from __future__ import annotations

import re

__all__ = ["close_quotations", "misread"]

_OPENS_AFTER = frozenset(" \t\n([{—–-/")
"""What a quotation mark follows when it opens a quotation (or the paragraph's start)."""
_CLOSES_BEFORE = frozenset(" \t\n.,;:!?)]}—–-/")
"""What a quotation mark comes before when it closes one (or the paragraph's end)."""
_SINGLE = re.compile("'")
_SENTENCE_END = re.compile(r"[.!?]'?(?=\s+[A-Z\"])")
"""A sentence's end inside a quotation's span: a quotation an apostrophe closes ends in the sentence it opens in."""


def _shape(text: str, i: int) -> str | None:
    """"open" or "close" as the mark at ``i`` is shaped, or None (between two letters, or between two spaces)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPENS_AFTER and not after.isspace():
        return "open"
    if after in _CLOSES_BEFORE and not before.isspace() or before in ".!?" and after.isupper():
        return "close"  # a sentence's end before the next sentence's word: a space lost after a closing mark
    return None


def misread(text: str) -> int:
    """How many of ``text``'s straight double quotes the count reads against their shape, plus one when the count is
    odd (a quotation left open)."""
    marks = [i for i, c in enumerate(text) if c == '"']
    wrong = sum(1 for k, i in enumerate(marks) if (shape := _shape(text, i)) and shape != ("open", "close")[k % 2])
    return wrong + len(marks) % 2


def _closer(text: str, start: int, end: int) -> int | None:
    """The first apostrophe in ``text[start:end]`` that ends a word before a space or punctuation and closes no
    single-quoted words opened after ``start``."""
    inner = 0
    if (stop := _SENTENCE_END.search(text, start, end)) is not None:
        end = stop.end()
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before in _OPENS_AFTER and after.isalnum():
            inner += 1
        elif (before.isalnum() or before in ".!?") and (i + 1 == len(text) or after in _CLOSES_BEFORE):
            if inner:
                inner -= 1
            else:
                return i
    return None


def close_quotations(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each quotation that opens with a double quote and closes with an apostrophe closed by a double
    quote (module docstring), and each repair as (as written, as mended): the closing word and its mark."""
    marks = [i for i, c in enumerate(text) if c == '"' and _shape(text, i)]
    closes: list[int] = []
    opened: int | None = None
    for i in [*marks, len(text)]:
        shape = _shape(text, i) if i < len(text) else "open"
        if opened is None:
            opened = i if shape == "open" else None
            continue
        if shape == "close":
            opened = None
            continue
        if (at := _closer(text, opened + 1, i)) is not None:
            closes.append(at)
        opened = i
    chars = list(text)
    repairs = []
    for at in closes:
        word = re.search(r"\S*$", text[:at])
        was = (word.group() if word else "").lstrip('"“') + "'"
        repairs.append((was, was[:-1] + '"'))
        chars[at] = '"'
    return "".join(chars), repairs
