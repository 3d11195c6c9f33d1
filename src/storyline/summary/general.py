"""Items that say what a thing is, not what happened: a definition or a general remark in the present tense.

"Cannabis use disorder is where a person's use of the drug negatively affects their life …" and "Today, plague
infections are rare, but they do happen." are true of any day: the report explains its subject with them, and
a brief of the news has no room for them while a sentence of the story's events is at hand. Such a sentence is a
present-tense "is" or "are" (the main verb: no past tense or perfect in the sentence) whose subject is a kind of
thing (a common noun with no "the", "this" or possessive before it, no pronoun, no name) and whose complement
says what it is or how it is (a noun, an adjective, or a clause: "is where …"), with no date of the story, no
figure of money or share and no name of a person, body or place anywhere in it. A date that means "in our
times" ("Today, …"; ``lexicon/nowadays_words.txt``) or a span ("over the course of 12 months") is no date of the
story (``lexicon/relative_period_words.txt``: "the past two years" is one). A report's lede is left alone (it may
open on its subject's definition when that is the news).

Such a sentence is not shown; its words go to the next ranked sentences (``unnamed.fit_named``, as a surname
without its full name is). The ranking is not touched.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS
from ..model import Analysis, Sentence
from .lead import report_lede
from .standalone import sentence_spans

__all__ = ["general_remark"]

_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "MONEY", "PERCENT", "PRODUCT", "LAW"})
_POINTING = frozenset({"the", "this", "that", "these", "those"})
_COMPLEMENTS = frozenset({"attr", "acomp", "advcl", "ccomp"})


def _dated(ent: Any) -> bool:
    """Is this DATE entity a day, month or year of the story ("on Monday", "in March", "last year", "2016")?
    Not a time word meaning "in our times" nor a span of counted periods ("12 months", "two years")."""
    text = ent.text.lower()
    if text in lexicon.words("nowadays_words"):
        return False
    words = text.split()
    if any(w.strip(".,") in MONTHS or w.strip(".,") in WEEKDAYS for w in words):
        return True
    if any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in ent):
        return True
    relative = lexicon.words("relative_period_words")
    span = ent.root.tag_ == "NNS" and all(t.pos_ in ("NUM", "NOUN", "ADJ") and t.lower_ not in relative for t in ent)
    return not span


def _kind_subject(root: Any) -> bool:
    """Is the copula's subject a kind of thing: a common noun (or a clause the parse made of one) with no
    pointing word, possessive or name in it?"""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) != 1:
        return False
    words = list(subjects[0].subtree)
    if subjects[0].pos_ == "PRON" or any(t.ent_type_ in _NAMES for t in words):
        return False
    if any(t.dep_ == "poss" or t.lower_ in _POINTING for t in words):
        return False
    return any(t.pos_ == "NOUN" for t in words)


def general_remark(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` is a definition or a general present-tense remark, not an event of the story (or None)."""
    if report_lede(a, s):
        return None
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span = spans[0]
    root = span.root
    if root.lemma_.lower() != "be" or root.tag_ not in ("VBZ", "VBP"):
        return None
    if any(t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children)) for t in span):
        return None
    if not any(c.dep_ in _COMPLEMENTS for c in root.children) or not _kind_subject(root):
        return None
    if any(t.ent_type_ in _NAMES for t in span) or any(e.label_ == "DATE" and _dated(e) for e in span.ents):
        return None
    return "says what a kind of thing is, in the present tense (a definition or a general remark, not an event)"
