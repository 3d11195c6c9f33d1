"""A quotation's inner sentence, shown as if it were the writer's.

A speaker's quotation may run over several sentences, and over several paragraphs (each opens with a quotation
mark, and only the last one closes it). A sentence that lies wholly inside it, opened before the sentence starts and
not closed before it ends ('"And the idea is not so crazy: a method has been tested for two decades. | Most medical
centers have protocols for it.'), carries no quotation mark of its own: shown alone, the speaker's words read as the
writer's, and the speaker is in another sentence. Such a sentence does not stand alone (``standalone.why_not_alone``).
A sentence that closes the quotation ("… in 20 years," he said.) is read by the checks of its marks and its speaker.

Marks read: curly double quotes, and straight ones (an opener when it starts a word, as ``analyse`` reads them; an
inch mark after a figure, '15.6" screen', opens nothing).
"""

from __future__ import annotations

from ..model import Analysis, Sentence

__all__ = ["inside_quotation"]

_OPENS_AFTER = " \t([—–-"


def _open_spans(para: str) -> list[tuple[int, int]]:
    """(opening mark, last character inside) of each quotation of ``para``; one not closed in it runs to the
    paragraph's end."""
    out = []
    opened: int | None = None
    for i, ch in enumerate(para):
        straight_open = ch == '"' and opened is None and (i == 0 or para[i - 1] in _OPENS_AFTER)
        if ch == "“" or straight_open:
            opened = i if opened is None else opened
        elif ch in "”\"" and opened is not None:
            out.append((opened, i))
            opened = None
    if opened is not None:
        out.append((opened, len(para)))
    return out


def inside_quotation(a: Analysis, s: Sentence) -> bool:
    """Does ``s`` lie wholly inside a quotation opened before it in its paragraph?"""
    if not 0 <= s.paragraph < len(a.paragraphs):
        return False
    para = a.paragraphs[s.paragraph]
    start, end = s.start - para.offset, s.end - para.offset
    if not 0 <= start < end <= len(para.text) or para.text[start:end] != s.text:
        return False
    return any(lo < start and end <= hi for lo, hi in _open_spans(para.text))
