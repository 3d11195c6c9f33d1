"""One fact, one item: a report's detail sentence that gives again a figure its lede gives.

A report often opens on its headline figure and gives it again further down with the detail ("New vehicle sales
… plunged 10 percent last month …" [lede]; "Local auto dealers sold 30,154 new cars … in October, … still down
10 percent from a year ago …"). Shown both, the brief tells one fact twice. Two chosen sentences of one report
restate one fact when they give one figure of a share, a sum of money or a measure (the same number, read by the
parse as a percentage, money or quantity) and the subject of one is a noun of the other ("sales"). The one further down
its report is not shown, and its words go to the next ranked sentences (``unnamed.fit_named``). The ranking is
not touched, and sentences of different reports are the citation judge's (``fold``) and ``retold``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["restated"]

_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


Facts = tuple[set[tuple[str, str]], set[str], set[str]]


def _facts(spans: Sequence[Any]) -> Facts:
    """(the figures a sentence gives, as (kind, number); the lemmas of its nouns; those of its main subject's
    noun and the nouns compounded with it: "Home sales in the county" → sale, home)."""
    figures: set[tuple[str, str]] = set()
    nouns: set[str] = set()
    subject: set[str] = set()
    stop = lexicon.words("stopwords")
    for span in spans:
        for e in span.ents:
            if e.label_ in _FIGURES and (m := _NUMBER.search(e.text)):
                figures.add((e.label_, m.group().replace(",", "")))
        nouns |= {t.lemma_.lower() for t in span if t.pos_ == "NOUN" and t.ent_type_ not in _FIGURES
                  and t.lemma_.lower() not in stop}
        for c in span.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
                subject |= {t.lemma_.lower() for t in (c, *c.children) if t.pos_ == "NOUN" and t.dep_ != "poss"}
    return figures, nouns, subject


def _one_fact(x: Facts, y: Facts) -> bool:
    """One figure, and the subject of one sentence among the other's nouns."""
    return bool(x[0] & y[0]) and bool((x[2] & y[1]) or (y[2] & x[1]))


def restated(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences that give again a figure an earlier chosen sentence of their report gives, with a
    noun of what it measures in common."""
    by_doc = {a.doc.id: a for a in analyses}
    facts = {(s.doc, s.start): _facts(sentence_spans(by_doc[s.doc], s)) for s in chosen if s.doc in by_doc}
    out = []
    for s in chosen:
        if (s.doc, s.start) not in facts:
            continue
        mine = facts[(s.doc, s.start)]
        if any(t.doc == s.doc and t.start < s.start and _one_fact(mine, facts[(t.doc, t.start)])
               for t in chosen if (t.doc, t.start) in facts):
            out.append(s)
    return out
