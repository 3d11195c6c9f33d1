"""What leads an account: not a reaction to the news nor a definition, while an event sentence is at hand.

The account's lead (``account.arrange``) is chosen among the best-ranked few by what most sources state. A
spokeswoman's quotation that two reports print, or "Beatification is the final step before sainthood." that
every report explains, is stated widely but is not the news; such a sentence keeps its place in the account,
only the lead passes it. The verbs of reacting are data (``lexicon/reaction_verbs.txt``). Nor does a detail
someone gave, reported from deep inside a report ("The Sheriff's Office said in a statement that her mother
called deputies on Nov. 18 …", which two reports print), lead while a sentence that tells the event can.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import rules
from .standalone import sentence_spans

__all__ = ["detail_lead", "reaction_lead"]

_QUOTE_ANY = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
QUOTED_SHARE = 0.5  # a lead whose quoted words are more than this share of its words is a quotation


def reaction_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` tells a reaction to the news or a definition rather than the news, so that it should
    not lead an account while another sentence can, or None: mostly a quotation ('"We believe that women in
    technology would be best served …," said Christina Lee, a spokeswoman.'); a main verb of reacting
    (``lexicon/reaction_verbs.txt``: "… acknowledged that the Strip has seen several violent incidents"); or a
    definition, a present-tense "is" with a noun complement and no past tense in it ("Beatification is the
    final step before sainthood."). Such a sentence keeps its place in the account; only the lead passes it."""
    text = s.text
    total = len(text.split())
    quoted = sum(len(m.group(1).split()) for m in _QUOTE_ANY.finditer(text))
    if total and quoted / total > QUOTED_SHARE:
        return "is mostly a quotation (a reaction, not the event)"
    spans = sentence_spans(a, s)
    span = spans[0] if spans else None
    if span is None:
        return None
    root = span.root
    if root.lemma_.lower() in lexicon.words("reaction_verbs") and root.pos_ == "VERB":
        return f"its main verb {root.text!r} reacts to the news"
    if _definition(span):
        return "defines a term (a present-tense 'is' with no event)"
    return None


def _definition(span: Any) -> bool:
    """A present-tense copula with a noun complement, a noun subject and no past tense anywhere ("Beatification
    is the final step before sainthood."): what a thing is, not what happened. Not a figure ("The toll is 45")."""
    root = span.root
    if root.lemma_.lower() != "be" or root.tag_ not in ("VBZ", "VBP"):
        return False
    if any(t.tag_ in ("VBD", "VBN") for t in span):
        return False
    subject = [c for c in root.children if c.dep_ == "nsubj"]
    complement = [c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return bool(subject and complement and subject[0].pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "nummod" or c.like_num for c in complement[0].subtree))


DEEP = 3  # a report's sentences before this index are its lede and what directly follows it


def detail_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` reports a statement from deep inside its report (a detail someone gave), not the
    news, or None: its main verb is a reporting verb with a named subject outside any quotation ("The
    Sheriff's Office said in a statement that her mother called deputies on Nov. 18 …"), and it comes after
    its report's first ``DEEP`` sentences. A lede that says so ("Police said a man was shot …") is news."""
    if s.index < DEEP:
        return None
    spans = sentence_spans(a, s)
    if not spans:
        return None
    root = spans[0].root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in rules().reporting_verbs:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in root.children):
        return None
    return f"reports what someone said ({root.text!r}) from deep in its report: a detail, not the news"
