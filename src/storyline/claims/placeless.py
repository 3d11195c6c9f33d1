"""Places a sentence names that are no place of a figure in it (claims39, the twenty-ninth read's rows):

- an item of a count's "including" list ("launch in 14 countries, including United States, Canada, …"): each is
  one of the things counted, as ``scope.listed_member``'s bracketed or appositive list (lexicon ``inclusion_words``);
- a place made an attribute by a hyphened participle ("One Washington-based trade expert said …"): the expert's
  base, not where the figures of the sentence are (lexicon ``attributive_place_participles``);
- a place inside what the figure's own subject reports ("Two people briefed on the talks said … concessions from
  China"): the reported clause's place, not the speakers'.
- a place in the "from … to" span of a count's verb of range ("Some 40,000 measures range from national mandates to
  marijuana legalization in Colorado, …", claims41, the thirty-second read): the span's items are examples of
  what is counted, as an "including" list's (lexicon ``example_range_verbs``).
- a place in an exclusion ("Obama won all of them except Missouri and Louisiana", "every state but Texas", "all
  states other than Texas", claims46, the thirty-ninth and fortieth reads): the places a statement leaves out, no
  place of its figures (lexicon ``exception_words``, ``whole_determiners``).
- a place where the speaker says it from ("… would have paid only $5m," Okafor said from Lagos): the object of
  "from" hung on a verb of saying (lexicon ``speech_verbs``) is where the saying was, not where the figures it
  reports are (``saying_place``, claims73; not "in", which the parse also hangs on the verb when it is the
  figure's: "warned of tidal surges 5 to 10 feet high in North Carolina").
- a place in the name of a body written as a person's title ("Federal Reserve Bank of Kansas City President Thomas
  Hoenig, one of 10 people who …", claims46): where the body is, not where the person's figures are (lexicon
  ``org_suffixes``, the names stage's institution words).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

from .. import lexicon
from .vocab import word_set

INCLUSION_WORDS = word_set("inclusion_words")
ATTRIBUTIVE_PARTICIPLES = word_set("attributive_place_participles")
REPORT_VERBS = word_set("report_verbs")
RANGE_VERBS = word_set("example_range_verbs")
EXCEPTION_WORDS = word_set("exception_words")
WHOLE_DETERMINERS = word_set("whole_determiners")
ORG_SUFFIXES = lexicon.words("org_suffixes")
SPEECH_VERBS = lexicon.words("speech_verbs")
_SAYING_PREPS = frozenset({"from"})  # (not "in": "warned of surges … in North Carolina" hangs on the verb too)


class _Rooted(Protocol):
    root: int


P = TypeVar("P", bound=_Rooted)


def included_member(t: Token) -> bool:
    """``t`` an item of a list opened by "including" under a counted plural noun ("14 countries, including …")."""
    for _ in range(40):  # up the chain of conjuncts and appositions to the list's first item
        if t.dep_ not in ("conj", "appos") or t.head.i == t.i:
            break
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in INCLUSION_WORDS:
        return False
    noun = prep.head
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)


def excepted_member(t: Token) -> bool:
    """``t`` one of the places an exclusion leaves out: after "except" ("except for"), "other than", or a "but" after
    a whole ("every state but Texas", "all but Ohio")."""
    for _ in range(40):  # up the chain of conjuncts to the list's first item
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        if _but_of_whole(t.head, t):
            return True
        t = t.head
    prep = t.head
    if t.dep_ != "pobj":
        return False
    word = prep.lower_
    if prep.dep_ == "prep" and prep.head.lower_ in EXCEPTION_WORDS:
        return True  # "except for Ohio", "except in Austin" (the parse hangs the preposition on "except")
    return word in EXCEPTION_WORDS or word == "than" and prep.head.lower_ == "other"


def _but_of_whole(whole: Token, part: Token) -> bool:
    """``part`` a conjunct of ``whole`` joined by "but", ``whole`` a whole ("every state", "all")."""
    joined = any(c.dep_ == "cc" and c.lower_ == "but" and whole.i < c.i < part.i for c in whole.children)
    return joined and (whole.lower_ in WHOLE_DETERMINERS or
                       any(c.dep_ == "det" and c.lower_ in WHOLE_DETERMINERS for c in whole.children))


def titled_body_place(t: Token) -> bool:
    """``t`` the place of "Bank of X" (an institution's word, capitalised, then "of") where that name is the title
    before a person's name ("Federal Reserve Bank of Kansas City President Thomas Hoenig")."""
    prep = t.head
    body = prep.head
    if t.dep_ != "pobj" or prep.lower_ != "of" or body.text not in ORG_SUFFIXES:
        return False
    for _ in range(6):  # up the name's modifiers ("Bank" → "President" → "Hoenig") to the person's name
        if body.dep_ not in ("compound", "nmod") or body.head.i <= body.i:
            return False
        body = body.head
        if body.ent_type_ == "PERSON":
            return True
    return False


def spanned_member(t: Token) -> bool:
    """``t`` after "range from" (a verb of range, then "from") in its sentence, with no number between: an example
    in the span of what a count before it counts (the parse often reads "range" as a noun, so the words decide)."""
    sent_start = t.sent.start
    for k in range(t.i - 1, sent_start, -1):
        tok = t.doc[k]
        if tok.like_num or tok.tag_ == "CD":
            return False  # ("temperatures range from 5C in Oslo to 20C in Madrid": each end's own place)
        if tok.lower_ == "from" and (t.doc[k - 1].lemma_.lower() in RANGE_VERBS or t.doc[k - 1].lower_ in RANGE_VERBS):
            return any(x.like_num or x.tag_ == "CD" for x in t.doc[sent_start : k - 1])
    return False


def attributive_place(last: Token) -> bool:
    """The place ending at ``last`` is joined by a hyphen to a participle: "Washington-based", "Paris-born"."""
    doc = last.doc
    k = last.i + 1
    return k + 1 < len(doc) and doc[k].text in ("-", "–") and not last.whitespace_ and \
        not doc[k].whitespace_ and doc[k + 1].lower_ in ATTRIBUTIVE_PARTICIPLES


def reported_out(places: Sequence[P], noun: Token) -> list[P]:
    """The places less those inside the clause the figure's noun reports as a verb's subject ("Two people briefed
    on the talks said Trump … requires deeper concessions from China": not the people's place)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or (verb.lemma_ or verb.text).lower() not in REPORT_VERBS:
        return list(places)
    told = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    return [p for p in places if p.root not in told]


def saying_place(t: Token) -> bool:
    """``t`` (a place's root, or the first of its list) the object of "from" hung on a verb of saying
    that has a subject of its own: where the speaker said it ("Okafor said from Lagos"), no place of its figures."""
    for _ in range(40):  # up the chain of conjuncts and appositions to the list's first item
        if t.dep_ not in ("conj", "appos") or t.head.i == t.i:
            break
        t = t.head
    prep = t.head
    verb = prep.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SAYING_PREPS or verb.pos_ != "VERB":
        return False
    return (verb.lemma_ or verb.text).lower() in SPEECH_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_LOCATIVE = word_set("locative_prepositions")
_KIN = word_set("male_people") | word_set("female_people") | word_set("person_nouns")


def person_place(tok: Token, people: frozenset[str]) -> bool:
    """A one-word "place" that is a person (claims80): the surname of a person the report named in full before ("PwC
    employee Martha Ruiz … sealed by the only two people who know the results -- in this case, Ruiz and Cullinan"),
    or a name right after a word for a person ("Trump and his wife Melania paid $5.3m"): the tagger types the bare
    name a town, but it is that person, not where the figure is; a place word after a locative preposition ("in
    Jordan") stays a place."""
    if tok.ent_iob_ != "B" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.lower_ in _LOCATIVE:
        return False
    return tok.lower_ in people or before is not None and before.pos_ == "NOUN" and before.lower_ in _KIN
