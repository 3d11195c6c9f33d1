"""A subject that is the second (third, …) of a series whose first the report named before: "The second test — talks
with Palestinians — could be even more difficult." after "The first substantive test could come as early as …".

The ordinal counts from a first on another line: alone, the reader does not know what series it continues. In a
story of one report such a sentence is shown joined to the sentence before it when that one names the first (the
same noun after "first"), and not shown when the first is farther back (summ33, ``joins.back_joins``). Only the main
clause's subject, with "the" and an ordinal the model tags so (not "first"), outside quotations; a sentence that names
its own first ("the first and second tests") and one whose report names no first are left as they are.
"""

from __future__ import annotations

from typing import Any

from ..model import Analysis, Sentence
from ..parses import sentence_span
from .dateline_deixis import quoted_offsets

_FIRST = frozenset({"first", "1st"})


def ordinal_subject(span: Any) -> str | None:
    """The noun (lemma) of the main subject when "the" and an ordinal past "first" lead it ("The second test"), outside
    quotations and with no "first" of its own in the sentence; else None."""
    quoted = quoted_offsets(span.text)
    for c in span.root.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.pos_ != "NOUN" \
                or any(a <= c.idx - span.start_char < b for a, b in quoted):
            continue
        kids = list(c.children)
        if any(k.lower_ == "the" and k.dep_ == "det" for k in kids) and any(
                k.ent_type_ == "ORDINAL" and k.lower_ not in _FIRST for k in kids) \
                and not any(t.lower_ in _FIRST for t in span):
            return str(c.lemma_).lower()
    return None


def names_the_first(a: Analysis, s: Sentence, noun: str) -> bool:
    """Does sentence ``s`` of report ``a`` write "first" before ``noun`` ("The first substantive test …")?"""
    span = sentence_span(a, s)
    return span is not None and any(
        t.lemma_.lower() == noun and t.pos_ == "NOUN" and any(k.lower_ in _FIRST for k in t.children) for t in span)


def first_before(a: Analysis, s: Sentence, noun: str) -> Sentence | None:
    """The last sentence of report ``a`` before ``s`` that names the first ``noun``, or None."""
    return next((t for t in reversed(a.sentences[: s.index]) if names_the_first(a, t, noun)), None)
