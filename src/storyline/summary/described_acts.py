"""One person's act told again under a description: "Harbour pilot Tom Esk has passed away." and, in the same or
another report, "The 61-year-old died at his home on Friday." tell one death.

``retold`` joins two tellings of one event when they name one participant; a report's second telling often names
its person only by a description ("The defender", "The 27-year-old"), so no name is shared and both were shown.
Here a chosen sentence whose main subject (or its reported clause's) is such a description ("the" and a noun
only a person is, as ``referents.described_again`` reads it; or "the" and an age, "the N-year-old"), in a report
that wrote the other sentence's person's name before it, and which tells an act of one event family as done, as
the other does, tells that act again (summ52). A description may stand for another person its report named (a
report of two deaths): the family and the name written before are all this reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from .referents import person_nouns
from .standalone import sentence_spans

__all__ = ["described_pairs"]

Families = frozenset[str]


_OWN = frozenset({"compound", "poss", "nmod", "amod", "nummod", "npadvmod", "prep"})
"""A subject's own words that could say which person it is; an apposition is left to the sentence's names (the
parser hangs a later apposition on the subject: "The defender died …, the top league in …")."""


def _description(c: Any) -> bool:
    """Is ``c`` "the" and a noun only a person is ("The defender") or an age ("The 27-year-old"), with no name of its
    own saying which?"""
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
        return False
    if any(t.pos_ == "PROPN" for d in c.children if d.dep_ in _OWN for t in d.subtree):
        return False
    aged = c.lower_ == "old" and any(d.lemma_.lower() == "year" and any(n.like_num for n in d.children)
                                     for d in c.children)
    return aged or c.lemma_.lower() in person_nouns()


def _described(a: Analysis, s: Sentence) -> bool:
    """Does ``s``'s main clause name its subject, a person its report named before, only by a description?"""
    spans = sentence_spans(a, s)
    if not spans or any(t.ent_type_ == "PERSON" for t in spans[0]):
        return False
    root = spans[0].root
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]  # "The 61-year-old died …, police said"
    heads = [*clauses, *(c for v in clauses for c in v.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ in ("nsubj", "nsubjpass") and _description(c) for h in heads for c in h.children)


def _persons_before(a: Analysis, s: Sentence) -> frozenset[str]:
    """The last words, lower case, of the person names (of two words or more) ``s``'s report writes before it."""
    return frozenset(m.text.split()[-1].lower() for m in a.mentions
                     if m.kind == "person" and m.end <= s.start and len(m.text.split()) >= 2)


def _subject_names(a: Analysis, s: Sentence) -> frozenset[str]:
    """The proper nouns, lower case, of ``s``'s main clauses' subjects ("Derry City captain Ryan McBride")."""
    out: set[str] = set()
    for span in sentence_spans(a, s):
        for root in (t for t in span if t.dep_ == "ROOT"):
            for c in root.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.lower_ for t in c.subtree if t.pos_ == "PROPN")
    return frozenset(out)


def described_pairs(chosen: Sequence[Sentence], by_doc: dict[str, Analysis], families: Sequence[Families],
                    done: Sequence[bool], near: Sequence[Sequence[bool]]) -> set[tuple[int, int]]:
    """The pairs (both orders) of ``chosen`` where one tells, under a description, the act of an event family the
    other tells of a named person (module docstring). ``families``: each sentence's event families (not its own acts);
    ``done``: whether its main clause tells its act as done; ``near``: whether two sentences' reports are of one day
    or the next."""
    out: set[tuple[int, int]] = set()
    for i, s in enumerate(chosen):
        a = by_doc.get(s.doc)
        if a is None or not families[i] or not done[i] or not _described(a, s):
            continue
        before = _persons_before(a, s)
        for j, t in enumerate(chosen):
            b = by_doc.get(t.doc)
            if j == i or b is None or not done[j] or not near[i][j] or not families[i] & families[j]:
                continue
            if _subject_names(b, t) & before and not _described(b, t):
                out |= {(i, j), (j, i)}
    return out
