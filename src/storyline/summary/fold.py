"""One fact, one item: a chosen sentence that another chosen sentence already states is
folded into it as a citation instead of being shown again.

"States the same" is the citation judge's word (``cite``): when the judge confirms one
chosen sentence as a citation of another, or the other way round, one goes and its report's
citation joins the item that stays: the one more reports cite (on a tie, the earlier-chosen), in the
earlier place (the ledes of three reports of one death are one item citing all three, not three items).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Citation, Sentence, SummarySentence


def _overlaps(c: Citation, s: Sentence) -> bool:
    return c.doc == s.doc and c.start < s.end and s.start < c.end


def _states(item: SummarySentence, s: Sentence) -> bool:
    """Does the item cite ``s`` (or a span overlapping it) beyond its own sentence?"""
    return any(_overlaps(c, s) for c in item.citations[1:])


def fold(
    chosen: Sequence[Sentence], cited: Sequence[SummarySentence], doc_order: dict[str, int],
) -> tuple[list[Sentence], list[SummarySentence], list[Sentence]]:
    """``chosen``/``cited`` (parallel, in selection order) without the sentences an earlier item
    already states: (kept sentences, their items with the folded citations, folded sentences)."""
    kept: list[Sentence] = []
    items: list[SummarySentence] = []
    folded: list[Sentence] = []
    for s, item in zip(chosen, cited, strict=True):
        into = next((k for k, (t, it) in enumerate(zip(kept, items, strict=True))
                     if t.doc != s.doc and (_states(it, s) or _states(item, t))), None)
        if into is None:
            kept.append(s)
            items.append(item)
            continue
        if len({c.doc for c in item.citations}) > len({c.doc for c in items[into].citations}):
            # the fact is told in the words more reports share: that sentence stays, in the earlier place
            s, kept[into], item, items[into] = kept[into], s, items[into], item
        folded.append(s)
        host = items[into]
        have = {c.doc for c in host.citations}
        extra: list[Citation] = []
        for c in item.citations:
            if c.doc not in have and not _overlaps(c, kept[into]):
                extra.append(c)
                have.add(c.doc)
        others = sorted([*host.citations[1:], *extra], key=lambda c: doc_order.get(c.doc, len(doc_order)))
        items[into] = SummarySentence(host.text, [host.citations[0], *others], host.date, host.date_basis)
    return kept, items, folded
