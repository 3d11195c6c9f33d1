"""Items that count what the sentence before them named: "The two were arrested …", "Both men were taken …" (summ47).

A report names two suspects, then goes on: "The two were taken to a police station." Lifted out alone, the count
points at people or things the reader has not met. Such an item (the subject opens on "the" and a number, or on
"Both" and a plural noun, with nothing saying which: no "of …", no clause, no apposition naming them, no name) is
not shown unless the sentence before it in its report is an item too; its words go to the next ranked sentences
(``unnamed.fit_named``). A report's lede is left alone. This is the brief's choice among the ranked sentences, not the
ranking's: read as a dangling start (``standalone``) it cost tac2011's gate 52.57 / 25.11 -> 52.51 / 25.09.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from ..text import WORDS
from .lead import report_lede
from .standalone import sentence_spans

__all__ = ["counted_back", "counted_items"]

_SAYS_WHICH = frozenset({"prep", "relcl", "acl", "appos"})  # "The two men who …", "The two suspects, Ann Lo and …"


def _count(span: Any) -> tuple[str, str] | None:
    """The opening count's words and its noun's lemma ("" when the number stands alone), or None."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2:
        return None
    first = words[0]
    if first.lower_ == "the":
        num = words[1]
        if WORDS.get(num.lower_, 0) < 2:
            return None
        noun = num.head if num.dep_ == "nummod" and num.head.pos_ == "NOUN" else num
    elif first.lower_ == "both" and first.dep_ in ("det", "predet") and first.head.tag_ == "NNS":
        noun = first.head
        if any(c.dep_ in ("cc", "conj") for c in noun.children):
            return None
    else:
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in _SAYS_WHICH for c in noun.children) \
            or any(c.pos_ == "PROPN" for c in noun.children):
        return None
    if noun.pos_ != "NOUN":
        return f"{first.text} {noun.text}", ""
    return span.doc[first.i : noun.i + 1].text, str(noun.lemma_.lower())


def counted_back(span: Any) -> str | None:
    """The words of a subject that opens the sentence on "the" and a number ("The two were arrested …", "The three
    companies said …") or on "Both" and a plural noun ("Both men were taken …"), with nothing saying which; or None.
    "Both" alone is ``standalone``'s quantifier; "Both A and B" pairs the two it names."""
    found = _count(span)
    return found[0] if found else None


def counted_items(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences that open on such a count (``counted_back``), are not their report's lede, follow a
    sentence of their report that is no item, and whose counted noun no other item writes ("The two pages show …"
    beside an item on "the first two pages of that return" is read with it)."""
    by_doc = {a.doc.id: a for a in analyses}
    shown = {(s.doc, s.index) for s in chosen}
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        if a is None or report_lede(a, s) or (s.doc, s.index - 1) in shown:
            continue
        spans = sentence_spans(a, s)
        found = _count(spans[0]) if spans else None
        if found is None:
            continue
        noun = found[1]
        if noun and any(re.search(rf"\b{re.escape(noun)}", t.text, re.I) for t in chosen
                        if (t.doc, t.start) != (s.doc, s.start)):
            continue
        out.append(s)
    return out
