"""Items that lean on a thing the brief never introduces: "After a few days, the statistics started rolling in."

A report introduces a thing ("… overemphasizing statistics like follower and like counts"; "a patient", "three
cases") and later takes it up with "the" ("the statistics"). Shown without the sentence that introduced it, the
item's "the statistics" points at nothing the reader has: whose, which? Such a sentence is one whose main clause's
subject is "the" and a common noun with nothing of its own saying which (only adjectives, numbers or common nouns
before it: no "of …", no clause, no name: "the Leonids display" says which; a noun joined to it, "the video,
as well as photos of people …", says which of the other, not of it), in a sentence with no quotation (a
quotation's speaker, '"…," said the spokesperson', is left as ``unnamed`` leaves one; a quotation in the next
sentence of a joined item, "The video … prompted users to argue … "If we were any higher …," one user quipped", is
the reaction the subject drew and leaves the subject as unintroduced as before), when its report wrote that
noun earlier first without "the" (bare, with "a" or a number: an introduction), and no other chosen sentence holds
the noun. It is not shown; its words go to the next ranked sentences (``unnamed.fit_named``). A report's lede is
left alone; a noun the report never wrote before ("the company" for the firm its lede names) is a thing the reader
knows from the story, and is left too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from ..parses import sentence_span
from .dateline_deixis import quoted_offsets
from .lead import report_lede
from .standalone import sentence_spans

__all__ = ["unintroduced"]

_BARE_MODIFIERS = frozenset({"det", "amod", "compound", "nummod"})
_COORDINATION = frozenset({"punct", "cc", "conj"})  # "the video, as well as photos of …": the other noun says which
_INTRODUCING = frozenset({"a", "an", "some", "several", "many"})


def _definite_subject(span: Any) -> str:
    """The lemma of the main clause's subject when it is "the" and a common noun nothing else says which of."""
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]  # "the statistics started rolling"
    for c in (c for h in heads for c in h.children):
        if c.dep_ not in ("nsubj", "nsubjpass") or c.pos_ != "NOUN":
            continue
        dets = [d for d in c.children if d.dep_ == "det"]
        if len(dets) == 1 and dets[0].lower_ == "the" and all(  # "the Leonids display": the name says which
                d.dep_ in _BARE_MODIFIERS and d.pos_ != "PROPN" or d.dep_ in _COORDINATION for d in c.children):
            return str(c.lemma_.lower())
    return ""


def _introduced(a: Analysis, s: Sentence, lemma: str) -> bool:
    """Did the report first write the noun before ``s`` without "the" (bare, with "a" or a number)?"""
    for t in a.sentences:
        if t.start >= s.start:
            return False
        span = sentence_span(a, t)
        for tok in span if span is not None else ():
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                dets = [d.lower_ for d in tok.children if d.dep_ in ("det", "poss")]
                counted = any(d.dep_ == "nummod" for d in tok.children)
                return counted or not dets or dets[0] in _INTRODUCING
    return False


def _holds(a: Analysis, s: Sentence, lemma: str) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for span in sentence_spans(a, s) for t in span)


def unintroduced(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences whose subject is "the" thing their report introduced in a sentence no item shows."""
    by_doc = {a.doc.id: a for a in analyses}
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        if a is None or report_lede(a, s):
            continue
        spans = sentence_spans(a, s)
        if not spans or quoted_offsets(spans[0].text):
            continue  # a quotation's speaker ('"…," said the spokesperson'), left as unnamed.py leaves one
        lemma = _definite_subject(spans[0])
        if not lemma or not _introduced(a, s, lemma):
            continue
        if not any(_holds(by_doc[t.doc], t, lemma) for t in chosen if t is not s and t.doc in by_doc):
            out.append(s)
    return out
