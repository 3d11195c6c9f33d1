"""A plan and its deed: one report's "will" told as done by a later report.

A report of the eve says what someone will do on the day ("President Ines Varga will mark the day by overseeing
the opening of a museum."); a report of the day says it was done ("President Ines Varga oversaw the opening of the
museum."). The two read alike, so the ranking, having taken the plan, would skip the deed as its restatement and show
the eve's plan for an event the story tells as done (the fifty-fourth read's Mandela folder, summ38). A deed is
read from the parse: a past-tense main verb (or one joined to it) with its direct object, as (verb lemma, object
lemma); a plan is a sentence whose main verb carries "will" and that holds that same pair on any verb under it
("overseeing the opening"), of another report, naming one person, body or place in common. The deed is then not
taken for the plan's restatement, and the plan is not shown once the deed is (``rank``). An irregular past the tagger
took for a noun ("Zuma oversaw donations …" tagged NN) is read as the verb when it is the main word, with a subject
and an object, and the lemmatizer's table of verb exceptions knows the form (``_verb_lemma``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["plans_done"]

Deeds = set[tuple[str, str]]


def _pairs(verbs: Any) -> Deeds:
    return {(_verb_lemma(v) or v.lemma_.lower(), o.lemma_.lower()) for v in verbs for o in v.children
            if o.dep_ == "dobj"}


@cache
def _verb_exceptions() -> dict[str, list[str]]:
    from ..nlp import get_nlp

    lookups = getattr(get_nlp().get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    return dict(lookups.get_table("lemma_exc").get("verb", {}))


def _verb_lemma(t: Any) -> str | None:
    """The verb's lemma of a main word the tagger took for a noun though it has a subject and a direct object and its
    form is an irregular verb's (the lemmatizer's exceptions: "oversaw" → "oversee"), else None."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "ROOT":
        return None
    kids = {c.dep_ for c in t.children}
    if "nsubj" not in kids or "dobj" not in kids:
        return None
    lemmas = _verb_exceptions().get(t.lower_)
    return lemmas[0] if lemmas and lemmas[0] != t.lower_ else None


def _past(t: Any) -> bool:
    return t.tag_ == "VBD" or _verb_lemma(t) is not None


def _names(span: Any) -> set[str]:
    return {t.lower_ for t in span if t.pos_ == "PROPN" and t.is_alpha and len(t) > 1}


def _read(a: Analysis, s: Sentence) -> tuple[Deeds, Deeds, set[str]]:
    """(the deeds the sentence tells as done, those it tells as planned, its names)."""
    spans = sentence_spans(a, s)
    if not spans:
        return set(), set(), set()
    span = spans[0]
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    planned = any(c.dep_ == "aux" and c.lemma_.lower() == "will" for c in root.children)
    done = _pairs(h for h in heads if _past(h)) if not planned else set()
    plan = _pairs(t for t in span if t.pos_ == "VERB") if planned else set()
    return done, plan, _names(span)


def plans_done(analyses: Sequence[Analysis], sents: Sequence[Sentence]) -> dict[int, set[int]]:
    """Candidate index → the candidates of other reports that tell as a plan the deed it tells as done."""
    by_doc = {a.doc.id: a for a in analyses}
    if len(by_doc) < 2:
        return {}
    read = [_read(by_doc[s.doc], s) if s.doc in by_doc else (set(), set(), set()) for s in sents]
    plans = [k for k, r in enumerate(read) if r[1]]
    out: dict[int, set[int]] = {}
    for i, (done, _, names) in enumerate(read):
        if not done:
            continue
        ks = {k for k in plans if sents[k].doc != sents[i].doc and done & read[k][1] and names & read[k][2]}
        if ks:
            out[i] = ks
    return out
