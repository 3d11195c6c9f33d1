"""A month's word that is a person's surname: "Mrs May's letter", "of May's intention" in a report that names
"Theresa May" (or "Minister June", "Karen June"). A month's name written as the surname of a person the text names
(after a given name of lexicon/first_names.tsv or an honorific or a title of lexicon/honorifics.tsv) is no date where
it is written as a person's: before a possessive "'s", or, with no lead of a date's ("in", "by", "last"), after an
honorific, a title or a given name, or before a verb it is the subject of ("May can then invoke Article 50", "May is
preparing to reject the demand": ``lexicon/pronoun_verbs.txt`` and the modals of ``forecast_modals.txt``; summ47). "in
May" in such a text stays a month (ents54)."""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..dates import MONTHS
from ..names import FIRST_NAME_GENDERS, HONORIFICS
from ..text import fold

__all__ = ["person_months", "surname_month"]

_HONORIFIC = lexicon.alternation(HONORIFICS)
_STYLED_BEFORE = re.compile(r"(?<![\w-])(?:" + _HONORIFIC + r")\.?[ \t]+$")
_NAMED_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s\b")
_SUBJECT_OF = lexicon.words("pronoun_verbs") | lexicon.words("forecast_modals")  # "is", "said", "can"
_VERB_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(_SUBJECT_OF) + r")\b")


def _styled(text: str, start: int) -> bool:
    """Is the word starting at ``start`` written after an honorific, a title or a given name ("Mrs May",
    "Prime Minister May", "Theresa May")?"""
    before = text[max(0, start - 30) : start]
    given = _NAMED_BEFORE.search(before)
    return _STYLED_BEFORE.search(before) is not None or (given is not None and fold(given.group(1)) in
                                                          FIRST_NAME_GENDERS)


def _named_person(text: str, word: str) -> bool:
    """Does the text name a person with the surname ``word`` (after a given name, an honorific or a title)?"""
    return any(_styled(text, m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text))


def surname_month(text: str, start: int, end: int, *, lead: bool) -> bool:
    """Is the month word at ``text[start:end]`` a person's surname here (module docstring)? ``lead``: the date's
    expression took a lead word ("in May"); then only a possessive after it says so."""
    word = text[start:end]
    if not word[:1].isupper() or " " in word or not _named_person(text, word):
        return False
    return _POSSESSIVE.match(text, end) is not None or (not lead and (
        _styled(text, start) or _VERB_AFTER.match(text, end) is not None))


_PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound"})  # a verb's subject, a possessor, a name's part
_FINITE = frozenset({"VBZ", "VBD", "MD"})
_SUBORDINATORS = lexicon.words("clause_subordinators")  # "after", "until": a clause, its subject and all, may follow


def _before_its_verb(tok: Any) -> bool:
    """Is ``tok`` written straight before a tensed verb, after no preposition but one that may open a clause ("after
    June publishes the rules", which the parse may read as "after June" and a verb of its own; not "in June said")?
    English puts a clause's subject there."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].tag_ not in _FINITE:
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or prev.pos_ != "ADP" or prev.lower_ in _SUBORDINATORS


def person_months(sdoc: Any, report: str) -> frozenset[int]:
    """The starts (offsets in ``sdoc``'s text) of month words the parse reads as a person's name: the subject of a
    verb (or written where a subject goes, ``_before_its_verb``), a possessor, a part of a name (a proper noun's
    compound), or a word the model tags a person, where
    ``report`` (the whole report's text) names a person with that surname (module docstring)."""
    out: set[int] = set()
    for tok in sdoc:
        if not tok.text[:1].isupper() or tok.text.lower() not in MONTHS or tok.text.isupper():
            continue
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.like_num for c in tok.children)
        read_as_name = tok.ent_type_ == "PERSON" or named or _before_its_verb(tok) or (
            tok.dep_ in _PERSON_DEPS and (tok.dep_ != "compound" or tok.head.pos_ == "PROPN"))
        if read_as_name and _named_person(report, tok.text):
            out.add(tok.idx)
    return frozenset(out)
