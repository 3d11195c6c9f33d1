"""One statement, one item: a speaker's words given in the report's paraphrase and then in their own quotation.

News often paraphrases what someone said and quotes it next: "Reiss said the panel does not typically focus on
vaccine injuries." then '"Vaccine injuries are not a direct part of the committee's mandates," Reiss said …'. Shown
both, the brief tells one statement twice in two wordings. A unit opening on a quotation restates the paraphrase
of a sentence at most two before it in its report when the two share the speaker (the quotation's speaker is the
paraphrase's, by name or by "he"/"she"), the quotation's first sentence shares two nouns with the reported clause,
both are negated or neither is, and the quotation gives no figure the paraphrase does not (summ36). Read by
``restated.restated``: the quotation is not shown, and its words go to the next ranked sentences.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..newswriting import rules
from .dateline_deixis import quoted_offsets

__all__ = ["quotes_the_paraphrase"]

NEAR = 2  # sentences between the paraphrase and its quotation at most
SHARED_NOUNS = 2
_NUMBER = re.compile(r"\d")
_PRONOUNS = frozenset({"he", "she"})


def _paraphrase(span: Any) -> tuple[str, frozenset[str], bool, frozenset[str]] | None:
    """(the speaker's last word, the reported clause's nouns, whether it is negated, its numbers) of a sentence
    that reports speech outside quotation marks ("Reiss said the panel does not …"), or None."""
    if quoted_offsets(span.text):
        return None
    root = span.root
    if root.lemma_.lower() not in rules().reporting_verbs:
        return None
    speaker = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if speaker is None or clause is None:
        return None
    words = list(clause.subtree)
    return (speaker.text, _nouns(words), any(t.dep_ == "neg" for t in words),
            frozenset(t.text for t in words if _NUMBER.search(t.text)))


def _quotation(span: Any) -> tuple[str, list[Any]] | None:
    """(the speaker's word after the quotation, the quotation's words) of a sentence that opens on a quotation
    ('"Vaccine injuries are not …," Reiss said …'), or None."""
    quoted = quoted_offsets(span.text)
    words = [t for t in span if not t.is_space]
    if not quoted or not words or not words[0].is_punct or quoted[0][0] > 1:
        return None
    start, end = quoted[0]
    inside = [t for t in span if start <= t.idx - span.start_char < end]
    after = [t for t in span if t.idx - span.start_char >= end]
    speaker = next((t for t in after if t.dep_ == "nsubj" and t.head.lemma_.lower() in rules().reporting_verbs), None)
    if speaker is None or not inside:
        return None
    return speaker.text, inside


def _nouns(words: list[Any]) -> frozenset[str]:
    """The lemmas of the nouns and names, and of the words compounded with a noun ("Vaccine" of "Vaccine injuries",
    which the parse may tag an adjective at a quotation's head)."""
    stop = lexicon.words("stopwords")
    return frozenset(t.lemma_.lower() for t in words if (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "compound")
                     and t.lemma_.lower() not in stop)


def quotes_the_paraphrase(later: list[Any], earlier: list[Any], gap: int) -> bool:
    """Does ``later`` (the parses of a chosen unit) open on a quotation of the statement ``earlier`` (the parses of a
    chosen sentence ``gap`` sentences before it in its report) paraphrases?"""
    if not later or len(earlier) != 1 or not 0 < gap <= NEAR:
        return False
    told, said = _paraphrase(earlier[0]), _quotation(later[0])
    if told is None or said is None:
        return False
    who, nouns, negated, numbers = told
    speaker, inside = said
    if speaker != who and speaker.lower() not in _PRONOUNS:
        return False
    return (len(nouns & _nouns(inside)) >= SHARED_NOUNS and any(t.dep_ == "neg" for t in inside) == negated
            and all(t.text in numbers for t in inside if _NUMBER.search(t.text)))
