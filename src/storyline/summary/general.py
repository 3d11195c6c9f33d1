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

The same holds of a present **passive** whose subject is a kind of thing ("Plague is caused by …", "is
transmitted between animals and humans", "Nowadays, plague is easily treated with antibiotics"); of such a remark
with its source named after it ('Untreated plague is "always fatal", says WHO': the clause judged is the one whose
subject opens the sentence, and the source, the subject of a present-tense verb of ``lexicon/speech_verbs.txt``, is
no name of the story); and of one in the past after a word of history opening it ("Historically, plague was
responsible for …"; ``lexicon/history_words.txt``). A name set beside a kind noun ("the bacteria Yersinia pestis")
names the kind and does not count.

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
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) != 1:
        return False
    words = list(subjects[0].subtree)
    if subjects[0].pos_ == "PRON" or any(t.ent_type_ in _NAMES for t in words):
        return False
    if any(t.dep_ == "poss" or t.lower_ in _POINTING for t in words):
        return False
    return any(t.pos_ == "NOUN" for t in words)


def _clause(span: Any) -> tuple[Any, Any]:
    """(the clause to judge, the source's subject to leave out of the name check or None).

    The clause is the verb whose subject opens the sentence (after an opening word and its comma): the root,
    or the reported clause of a source named after it ("Untreated plague is "always fatal", says WHO"), or the
    clause a dash's apposition made the parse hang elsewhere ("Plague is caused by … - a bacteria found …")."""
    root = span.root
    first = next((t for t in span if not t.is_punct and t.dep_ != "advmod"), None)
    chain = [first, *first.ancestors] if first is not None else []
    subject = next((t for t in chain if t.dep_ in ("nsubj", "nsubjpass")), None)
    clause = subject.head if subject is not None else root
    if clause is root or clause.dep_ != "ccomp":
        return root, None
    if root.lemma_.lower() in lexicon.words("speech_verbs") and root.tag_ in ("VBZ", "VBP"):
        return clause, next((c for c in root.children if c.dep_ == "nsubj"), None)
    return clause, None


def _present_form(clause: Any, history: bool) -> bool:
    """Is ``clause`` a copula with its complement ("is where …", "are rare") or a passive ("is caused by …"),
    in the present tense (or, after a word of history, the past)?"""
    tenses = ("VBZ", "VBP", "VBD") if history else ("VBZ", "VBP")
    if clause.lemma_.lower() == "be" and clause.tag_ in tenses:
        return any(c.dep_ in _COMPLEMENTS for c in clause.children) and _kind_subject(clause)
    passive = [c for c in clause.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be" and c.tag_ in tenses]
    return clause.tag_ == "VBN" and bool(passive) and _kind_subject(clause)


def _named(span: Any, source: Any) -> bool:
    """A name in the sentence, but for its source's ("says WHO") and one set beside a kind noun ("the bacteria
    Yersinia pestis": the kind's own name)."""
    skip = {t.i for t in source.subtree} if source is not None else set()
    for t in span:
        if t.dep_ == "appos" and t.head.pos_ == "NOUN":
            skip |= {w.i for w in t.subtree}
    return any(t.ent_type_ in _NAMES and t.i not in skip for t in span)


def general_remark(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` is a definition or a general remark, not an event of the story (or None)."""
    if report_lede(a, s):
        return None
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span = spans[0]
    history = span[0].lower_ in lexicon.words("history_words")
    clause, source = _clause(span)
    if not _present_form(clause, history):
        return None
    past = [t for t in span if t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children))]
    if past and not history:
        return None
    if _named(span, source) or any(e.label_ == "DATE" and _dated(e) for e in span.ents):
        return None
    return "says what a kind of thing is or how it is (a definition or a general remark, not an event)"
