"""A background line about a participant's standing is no item (summ45).

"Ms Lund serves as the treasurer of the rowing club." and "Lund is a former teacher." say what post or part a named
participant holds: true before the story and after it, the report's aside for a reader who does not know her. Shown
as an item, it reads as the news. Such a line is one present-tense clause (no past or perfect anywhere in it, no
clause beside it) whose subject is a name or a personal pronoun and whose verb is "be" with a noun complement ("is
the …", "is a …") or a verb of standing with "as" (``lexicon/standing_verbs.txt``: "serves as"), with no date,
no figure and no negation, and whose post is not told as new or a first (``lexicon/standing_news_words.txt``: "is the
club's new treasurer", "is the first woman to …", or a superlative, are news). It is not shown; its words go to the
next ranked sentences (``unnamed.fit_named``, as a general remark's do).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["standing_line"]

_SUBJECT_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BESIDE = frozenset({"advcl", "ccomp", "conj", "xcomp", "parataxis", "relcl", "acl"})


def standing_line(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` only says what post or part a named participant holds (module docstring), or None."""
    spans = sentence_spans(a, s)
    if len(spans) != 1:
        return None
    span = spans[0]
    root = span.root
    if root.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" for c in root.children):
        return None
    if any(t.tag_ in ("VBD", "VBN", "MD") for t in span) or any(c.dep_ in _BESIDE for c in root.children):
        return None
    if any(t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") for t in span):
        return None
    if not _named_subject(root):
        return None
    post = _post(root)
    if post is None or _news(post):
        return None
    return "says what post or part a participant holds (background), not news"


def _named_subject(root: Any) -> bool:
    """Is the clause's one subject a name ("Lund", "the club's Ann Lund") or a personal pronoun ("She")?"""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in lexicon.words("personal_pronouns")
    return subject.pos_ == "PROPN" and (subject.ent_type_ in _SUBJECT_NAMES or not subject.ent_type_)


def _post(root: Any) -> Any:
    """The noun of the post: the complement of "be" ("is the treasurer"), or the object of "as" after a verb of
    standing ("serves as the treasurer"); None when the clause is neither."""
    lemma = root.lemma_.lower()
    if lemma == "be":
        return next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if lemma not in lexicon.words("standing_verbs"):
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "as"):
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return obj
    return None


def _news(post: Any) -> bool:
    """Is the post told as new or a first ("the club's new treasurer", "the first woman", "the oldest member")?"""
    marks = lexicon.words("standing_news_words")
    return any(t.lower_ in marks or t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in post.subtree)
