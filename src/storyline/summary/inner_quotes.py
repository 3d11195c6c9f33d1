"""A quotation's inner sentence, shown as if it were the writer's.

A speaker's quotation may run over several sentences, and over several paragraphs (each opens with a quotation
mark, and only the last one closes it). A sentence that lies wholly inside it, opened before the sentence starts and
not closed before it ends ('"And the idea is not so crazy: a method has been tested for two decades. | Most medical
centers have protocols for it.'), carries no quotation mark of its own: shown alone, the speaker's words read as the
writer's, and the speaker is in another sentence. An item that opens with such a sentence is not shown; its words go
to the next ranked sentences (``unnamed.fit_named``: the brief's choice, not the ranking's; as a candidate rule,
``standalone.why_not_alone``, it cost multinews-dev 0.17 / 0.25 ROUGE, bench/BRIEF_REVIEW.md, summ21). A sentence that
closes the quotation ("… in 20 years," he said.) is read by the checks of its marks and its speaker. A quotation left
open counts to its paragraph's end only when it opens the paragraph (the multi-paragraph convention); a mark left
open inside a paragraph ('a brief “nap” :) “. Buyers should …') is a slip of the writer's.

Marks read: curly double quotes, and straight ones (an opener when it starts a word, as ``analyse`` reads them; an
inch mark after a figure, '15.6" screen', opens nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Sentence

__all__ = ["inside_quotation", "quoted_items"]

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
    if opened == 0:  # a quotation run on over paragraphs opens its paragraph; a mark left open elsewhere is a slip
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


def quoted_items(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen items whose first sentence of their report lies wholly inside a quotation opened before it."""
    by_doc = {a.doc.id: a for a in analyses}
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        first = next((t for t in a.sentences if t.start == s.start), None) if a is not None else None
        if a is not None and first is not None and inside_quotation(a, first):
            out.append(s)
    return out
