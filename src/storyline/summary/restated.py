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
from ..newswriting import rules
from .quoted_again import quotes_the_paraphrase
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
    noun of what it measures in common, or that say again what one says (``said_again``), or that quote what one
    paraphrases (``quoted_again.quotes_the_paraphrase``)."""
    by_doc = {a.doc.id: a for a in analyses}
    spans = {(s.doc, s.start): sentence_spans(by_doc[s.doc], s) for s in chosen if s.doc in by_doc}
    facts = {k: _facts(v) for k, v in spans.items()}
    out = []
    for s in chosen:
        if (s.doc, s.start) not in facts:
            continue
        mine, said = facts[(s.doc, s.start)], spans[(s.doc, s.start)]
        if any(t.doc == s.doc and t.start < s.start and (
                _one_fact(mine, facts[(t.doc, t.start)]) or said_again(said, spans[(t.doc, t.start)])
                or quotes_the_paraphrase(said, spans[(t.doc, t.start)], s.index - t.index))
               for t in chosen if (t.doc, t.start) in facts):
            out.append(s)
    return out


def said_again(later: Sequence[Any], earlier: Sequence[Any]) -> bool:
    """Does ``later`` (the parses of one chosen unit) say again what a sentence of ``earlier`` says, in fewer words
    ("Allergies to peanuts and other foods are on the rise." after "Peanut allergies have been on the rise in the
    past decade, …")? One sentence whose main subject's noun and predicate (its main verb, or after "be" the word it
    is, or the noun of a phrase "on the rise") are the other's, with at most one noun the other lacks and no name,
    date or figure the other does not write (summ33). Not "Prices rose again in June." after "Prices rose in May."."""
    if len(later) != 1:
        return False
    mine = _statement(later[0])
    if mine is None:
        return False
    return any((theirs := _statement(span)) is not None and mine[0] == theirs[0] and mine[1] & theirs[1]
               and len(mine[2] - theirs[2]) <= 1 and all(e.text in span.text for e in later[0].ents)
               for span in earlier)


def _statement(span: Any) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(the main subject's noun, the predicate's lemmas, the nouns), or None when the main subject is no noun. Of a
    reported sentence ("…, the council said") the report's clause."""
    root = span.root
    if root.lemma_.lower() in rules().reporting_verbs:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    heads = [c for c in root.children if c.dep_ in ("acomp", "attr")] if root.lemma_ in _LINKS else [root]
    for prep in (c for c in root.children if c.dep_ == "prep"):
        heads += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"] if root.lemma_ in _LINKS else []
    nouns = frozenset(t.lemma_.lower() for t in span if t.pos_ == "NOUN")
    return subject.lemma_.lower(), frozenset(h.lemma_.lower() for h in heads), nouns


_LINKS = frozenset({"be"})
