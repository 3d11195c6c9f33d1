"""A summary sentence whose back-reference's antecedent is in the sentence before it in its report.

A sentence lifted out of its report may point back at one thing named just before it:

- with a singular demonstrative inside it, outside its quotations ("Marco Villa … said Tyvak would leverage
  that experience in its lunar landers.", after "Tyvak … is best known for being a smallsat manufacturer.";
  "…," Clarke said of that on-ramp …); the plural kind ("those charges") is ``standalone.back_reference``
  with ``standalone.plural_demonstratives``. "this" as "that" ("There's a reason for this spree: …") cost
  held-out Multi-News ROUGE-1 0.05 and is not taken (bench/BRIEF_REVIEW.md, summ26);
- with a third-person pronoun as the subject opening its opening quotation ('"It has a lot of payload
  capacity …," said Brent Sherwood …', after "Blue Origin will offer NASA its Blue Moon lander …"): a
  speaker's own voice is "I", "we", "you"; "he", "she", "it", "they" stand for someone or something named
  before the quotation. "it" only when its verb is not "be" ("It is time to go", "It is important that …":
  an expletive).

- with a subject named only by a person's role with "the" ("After hitting …, the singer and guitarist told the
  audience …", after "Simmons teased …": ``role_description``, summ26).

In a story of one report such a sentence is shown joined to the sentence before it in its report, when that one
stands alone (``joins.back_joins``); else it is left as it is ("… to land that cargo" may stand for "instruments and
experiments" named before it in the sentence), unless its demonstrative's noun is written two or more sentences back
("said of that on-ramp" after "This “on-ramp” to CLPS was …": ``named_farther_back``): then it is left out. With
several reports the other reports' items often name what it stands for, and the rule cost ROUGE there (duc2003 40.15
/ 11.32 -> 39.93 / 11.46 with the demonstrative, multinews-dev 45.23 / 16.38 -> 45.13 / 16.26 with the pronoun:
bench/BRIEF_REVIEW.md, summ23). The word lists are data (``singular_demonstratives`` and ``quotation_pronouns`` of
``data/account_rules.json``): general English.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import rules
from ..text import WORDS
from .dateline_deixis import quoted_offsets
from .standalone import back_reference, sentence_spans, why_not_alone

__all__ = ["both_back", "carries_its_pronoun", "definite_echo", "demonstrative_unanchored", "introduced_just_before",
           "leans_on_one_before",
           "named_farther_back", "names_a_person", "quoted_pronoun", "role_description", "stranded_pronoun"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    return frozenset(raw.get("singular_demonstratives", ())), frozenset(raw.get("quotation_pronouns", ()))


def quoted_pronoun(span: Any) -> str | None:
    """Does the sentence open with a quotation whose first word is a third-person pronoun subject ('"It has a lot
    of payload capacity," said …')? Then what it stands for is named before the quotation; or None."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].text not in "\"“‘'" or not words[0].is_punct:
        return None
    first = words[1]
    if first.lower_ not in _words()[1] or first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not any(a <= first.idx - span.start_char < b for a, b in quoted_offsets(span.text)):
        return None
    be = first.head.lemma_.lower() == "be" or first.head.lower_.replace("’", "'") == "'s"  # "It’s": lemma "’"
    if first.lower_ == "it" and be and _expletive_be(first.head):
        return None  # "It is time to go", "It is important that …": an expletive
    return f"opens its quotation with the pronoun {first.text!r}, named before it"


_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "acl", "relcl"})


def _expletive_be(be: Any) -> bool:
    """Is "it" with this "be" an expletive: a clause after it says what "it" is ("It is time to go", "It is important
    that …", "It's a shame they left"), the complement is a time or no noun ("It was cold"), or a noun of a whole
    situation (``lexicon/situation_nouns.txt``: "It's a good-news bad-news story", "It was a difficult situation":
    the speaker's circumstances)? Not "It was a small fortune" (a noun with no clause: a thing named before)."""
    kids = list(be.children)
    if any(c.dep_ in _CLAUSES for c in kids):
        return True
    attrs = [c for c in kids if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return not attrs or any(c.lower_ in rules().time_nouns or c.lemma_.lower() in lexicon.words("situation_nouns")
                            or any(g.dep_ in _CLAUSES for g in c.children) for c in attrs)


_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})
_PERSON_ENTS = frozenset({"PERSON"})
_GROUP_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def carries_its_pronoun(a: Analysis, prev: Sentence, span: Any) -> bool:
    """Does ``prev`` (the sentence before) name what the pronoun opening ``span``'s quotation fits: for "he" or
    "she" a person (a name the parse or the entity stage marks a person's), for "it" a thing (a noun of its main
    clause's subject, object or complement that is no person's name), for "they" several (a plural noun, a
    group's or a person's name)? A sentence that leans on no quotation's pronoun carries what it leans on as
    far as this asks."""
    if quoted_pronoun(span) is None:
        return (role_description(span) is None or names_a_person(a, prev)) and (
            place_echo(span) is None or names_a_place(a, prev))
    word = next(t for t in span if not t.is_space and not t.is_punct).lower_
    before = sentence_spans(a, prev)
    if not before:
        return False
    toks = [t for b in before for t in b]
    if word in ("he", "she"):
        return any(t.ent_type_ in _PERSON_ENTS for t in toks) or any(
            m.kind == "person" and prev.start <= m.start < prev.end for m in a.mentions)
    if word == "it":
        return any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _PERSON_ENTS
                   and t.dep_ in _CORE for t in toks)
    return any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in _GROUP_ENTS for t in toks)


def stranded_pronoun(a: Analysis, prev: Sentence, span: Any) -> bool:
    """Does ``span`` (the parse of a sentence) open its quotation on "it" (``quoted_pronoun``) standing for a thing
    ``prev``, the sentence before, names (``carries_its_pronoun``), while ``prev`` cannot stand alone (it leans on
    the sentence before it: "But after seeing the forecast, they booked seats on a flight …")? Then the "it" is
    a thing on no line the summary can show ('"It was a small fortune," Jennifer Peterson told …', summ30)."""
    if quoted_pronoun(span) is None or next(t for t in span if not t.is_space and not t.is_punct).lower_ != "it":
        return False
    return carries_its_pronoun(a, prev, span) and why_not_alone(a, prev) is not None


def names_a_person(a: Analysis, prev: Sentence) -> bool:
    """Does ``prev`` name a person (the parse's or the entity stage's), or write the surname of a person its
    report names in full ("Simmons teased …" after "Pat Simmons", which the parse reads as a noun)?"""
    toks = [t for b in sentence_spans(a, prev) for t in b]
    people = [m for m in a.mentions if m.kind == "person"]
    surnames = {m.text.split()[-1] for m in people if len(m.text.split()) > 1}
    return any(t.ent_type_ in _PERSON_ENTS or t.text in surnames for t in toks) or any(
        prev.start <= m.start < prev.end for m in people)


def named_farther_back(a: Analysis, s: Sentence, span: Any) -> bool:
    """Does a singular demonstrative's noun in ``span`` (the parse of ``s``; "said of that on-ramp") appear in a
    sentence of its report two or more before it ("This “on-ramp” to CLPS was …")? Then what it points at is
    farther back than the sentence before, which cannot carry it."""
    if back_reference(span, _words()[0]) is None:
        return False
    nouns = {t.head.lower_ for t in span if t.lower_ in _words()[0] and t.dep_ == "det" and t.head.i > t.i
             and t.head.pos_ in ("NOUN", "PROPN")}
    before = " ".join(t.text.lower() for t in a.sentences[: max(s.index - 1, 0)])
    return any(re.search(rf"\b{re.escape(n)}\b", before) for n in nouns)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def demonstrative_unanchored(span: Any) -> str | None:
    """Why the sentence's singular demonstrative (``back_reference``: "Walking that tightrope will be tricky.", "Only
    one person makes that trip: …") can stand for nothing of its own sentence, or None: no noun or name comes before
    it in the sentence but in a subject's words, so what it points at is in a sentence before; "… boats carrying
    cars and lorries, and to move that cargo …" names its cargo before it (summ36). Not a sentence that names a
    person ("Only one person makes that trip: Lisa Magrin, a …"): the items after it lean on her, and left out it
    leaves her on no line. Read by ``joins.back_joins`` when the sentence before cannot carry it: left out."""
    if back_reference(span, _words()[0]) is None or any(t.ent_type_ in _PERSON_ENTS for t in span):
        return None  # a sentence that names someone carries them to the items after it ("…: Lisa Magrin, a …")
    singular = _words()[0]
    for t in span:
        if t.lower_ not in singular or t.dep_ != "det" or t.head.i <= t.i or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        subjects = {y.i for x in span if x.dep_ in _SUBJECTS for y in x.subtree}
        if not any(x.pos_ in ("NOUN", "PROPN") and x.i not in subjects for x in span if x.i < t.i):
            return f"points back with {t.text!r} {t.head.text!r}, which nothing before it in its sentence names"
        return None
    return None


def definite_echo(span: Any) -> str | None:
    """Why the sentence (its parse) leans on what the sentence before it told in other words, or None: "the" and a
    bare noun of saying, judging, feeling or agreeing (``lexicon/echo_nouns.txt``: "Cook said the admiration is
    mutual.", after "… marveled at Apple's ability …"; "The company flat-out denied the allegations …", after "…
    accused Braun …"), outside quotations, with nothing of its own (no modifier, no "of …", no clause) and not named
    before in the sentence; or an opening concession with no subject and no verb (``lexicon/concession_marks.txt``:
    "While not ideal for a service that …, …", judging the 30fps told before)."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    if len(words) > 2 and words[0].lower_ in lexicon.words("concession_marks") and words[0].dep_ == "mark" \
            and words[0].head.pos_ == "ADJ" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in words[0].head.children):
        return f"opens with a concession with no subject ({words[0].text!r} {words[0].head.text!r})"
    quoted = quoted_offsets(span.text)
    for t in words:
        if t.lower_ not in lexicon.words("echo_nouns") or t.pos_ != "NOUN" \
                or not _bare(t) or any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        if not any(x.lemma_.lower() == t.lemma_.lower() for x in span if x.i < t.i):
            return f"names {('the ' + t.text)!r}, told before in other words"
    return None


_ADJUNCTS = frozenset({"in", "at", "during"})  # "denied the allegations in a statement": the verb's, parsed the noun's


def _bare(noun: Any, compounds: bool = False) -> bool:
    """Is ``noun`` "the" and the noun alone: no modifier, no "of …" or clause of its own (with ``compounds``, nouns
    written before it as its compounds allowed: "the blog post")?"""
    others = [c for c in noun.children if c.dep_ != "det" and not (compounds and c.dep_ == "compound"
                                                                      and c.pos_ == "NOUN" and c.i < noun.i)]
    return [c.lower_ for c in noun.children if c.dep_ == "det"] == ["the"] \
        and all(c.i > noun.i and c.dep_ == "prep" and c.lower_ in _ADJUNCTS for c in others)


def role_description(span: Any) -> str | None:
    """Why the sentence (its parse) names its subject only by a role with "the" ("After hitting …, the singer and
    guitarist told the audience …"), or None: the main verb's subject is "the" and an occupation
    (``lexicon/job_titles.txt``), alone or joined by "and" to a bare noun, with nothing saying who (no name,
    modifier or clause), outside quotations, and the sentence names no person. Not "the victim", "the suspect" (news
    often never names them) nor a subject of a clause inside ("Authorities say … the attacker tried …"). It
    describes someone the sentence before named; shown before that item it leans on a name the reader has not
    met."""
    roles = lexicon.words("job_titles")
    quoted = quoted_offsets(span.text)
    if any(t.ent_type_ == "PERSON" and not any(a <= t.idx - span.start_char < b for a, b in quoted) for t in span):
        return None  # a name outside its quotations says who ("a song's “Takin' It …”" is none)
    for t in span:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or t.lower_ not in roles \
                or t.pos_ != "NOUN" or any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        kids = list(t.children)
        conj = [c for c in kids if c.dep_ == "conj"]
        if [c.lower_ for c in kids if c.dep_ == "det"] == ["the"] \
                and all(c.dep_ in ("det", "cc", "conj") for c in kids) \
                and all(c.pos_ == "NOUN" and not list(c.children) for c in conj):
            return f"names its subject only by a role ({'the ' + t.text!r}{' and ' + conj[0].text if conj else ''})"
    return None


_PLACE_ENTS = frozenset({"GPE", "LOC"})


def place_echo(span: Any) -> str | None:
    """Why the sentence (its parse) names its subject only by a place's kind with "the" ("The state could once again
    get soaked." after "… flooding occurred in Texas a week ago, …"), or None: the main verb's subject is "the" and a
    noun of ``lexicon/place_echo_nouns.txt`` with nothing else saying which, outside quotations, and the sentence names
    no place (summ34). It takes up the place the sentence before names."""
    quoted = quoted_offsets(span.text)
    if any(t.ent_type_ in _PLACE_ENTS and not any(a <= t.idx - span.start_char < b for a, b in quoted) for t in span):
        return None
    for t in span:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" \
                and t.lower_ in lexicon.words("place_echo_nouns") and t.pos_ == "NOUN" \
                and [(c.dep_, c.lower_) for c in t.children] == [("det", "the")] \
                and not any(a <= t.idx - span.start_char < b for a, b in quoted):
            return f"names its subject only by a place's kind ({'the ' + t.text!r})"
    return None


def names_a_place(a: Analysis, prev: Sentence) -> bool:
    """Does ``prev`` name a place (the parse's, or the entity stage's)?"""
    return any(t.ent_type_ in _PLACE_ENTS for b in sentence_spans(a, prev) for t in b) or any(
        m.kind == "place" and prev.start <= m.start < prev.end for m in a.mentions)


def leans_on_one_before(span: Any) -> str | None:
    """Why the sentence (its parse) points back at one thing named before it (a pronoun opening its opening
    quotation, a singular demonstrative past its opening, outside quotations, or a definite echo of what was told
    before: ``definite_echo``, or a role or a place's kind with "the": ``role_description``, ``place_echo``), or
    None."""
    return quoted_pronoun(span) or back_reference(span, _words()[0]) or definite_echo(span) \
        or role_description(span) or place_echo(span)


_COUNT_HEADS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos")


def bare_count(span: Any) -> str | None:
    """A number word after "the" that stands for several things named before, with no noun of its own ("The most
    notorious of the three is …", "… but lost the other four."), outside the sentence's quotations, or None. Not
    "the three men" (a noun), not "the one" (a pronoun of its own), not "the top three" (a rank), and not when the
    sentence names its set before the number ("Ann and Bo met in 2001, and the two married …"), unless "other" or
    "remaining" marks the number as the rest of a set the sentence does not name whole ("Obama won Washington and
    Nevada, but lost the other four.": ``lexicon/rest_words.txt``). Read in a story of one report
    (``joins.back_joins``), as the singular back-references are."""
    quoted = quoted_offsets(span.text)
    for t in span:
        if t.lower_ not in WORDS or WORDS[t.lower_] < 2 or t.dep_ not in _COUNT_HEADS:
            continue
        kids = [c for c in t.children if c.i < t.i]
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in kids) \
                or not all(c.lower_ == "the" or c.lower_ in _REST_WORDS for c in kids):
            continue  # "the top three", "the Big Three": a rank or a name, not a set named before
        if any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        rest = any(c.lower_ in _REST_WORDS for c in kids)
        if not rest and any(x.dep_ == "conj" and x.pos_ in ("PROPN", "NOUN") and x.i < t.i for x in span):
            continue
        return f"refers back with 'the {t.text}' to things it does not name"
    return None


def both_back(span: Any) -> str | None:
    """"Both" as the determiner of a plural noun or alone as a pronoun, standing for two things named before ("Both
    companies collect …", "… nominations for both shows."), outside the sentence's quotations, or None. Not "both
    A and B" (it pairs the two it names), not when the sentence names two things before it ("Ann and Bo …, and both
    …", "two updates, both …"). Read with ``bare_count`` (``joins.back_joins``; summ35)."""
    quoted = quoted_offsets(span.text)
    for t in span:
        if t.lower_ != "both" or t.dep_ == "preconj" or any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        noun = t.head if t.dep_ in ("det", "predet") else t if t.pos_ == "PRON" else None
        if noun is None or (noun is not t and noun.tag_ not in ("NNS", "NNPS")):
            continue
        if any(c.dep_ == "cc" for c in noun.children) or any(
                x.dep_ == "conj" and x.pos_ in ("PROPN", "NOUN") and x.i < t.i for x in span):
            continue
        if noun is t and (t.dep_ == "appos" or any(x.tag_ in ("NNS", "NNPS") and x.i < t.i for x in span)):
            continue  # "… two updates, both pertaining to …": the plural before it, or what it stands beside
        said = t.text if noun is t else f"{t.text} {noun.text}"
        return f"refers back with '{said}' to two things it does not name"
    return None


_REST_WORDS = frozenset(lexicon.words("rest_words"))


_INDEFINITE = frozenset({"a", "an"})


def introduced_just_before(before: Any, span: Any) -> str | None:
    """Why the sentence (its parse ``span``) names with "the" a thing the sentence before it (its parse ``before``)
    introduced with "a" or "an", or None: "… Faleiros wrote in the blog post." after "According to a blog post for
    InfoAmazonia, …". The second mention of a thing first told with an indefinite article is definite: "the" and
    the same noun (its lemma) with the same nouns before it ("blog"), nothing of its own (no modifier, no "of …",
    no clause: ``_bare``, compounds allowed), outside quotations, and not named before in its own sentence. Read
    in a story of one report (``joins.back_joins``): shown joined to the sentence before when that one stands
    alone, else left as it is (summ32)."""
    quoted = quoted_offsets(span.text)
    told = {(_head_words(x), x.lemma_.lower()) for x in before if x.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in x.children)}
    if not told:
        return None
    for t in span:
        if t.pos_ != "NOUN" or any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        if not _bare(t, compounds=True) or (_head_words(t), t.lemma_.lower()) not in told:
            continue
        if not any(x.lemma_.lower() == t.lemma_.lower() for x in span if x.i < t.i):
            return f"names {('the ' + ' '.join(_head_words(t) + (t.text,)))!r}, introduced just before"
    return None


def _head_words(noun: Any) -> tuple[str, ...]:
    """The nouns written before ``noun`` as its compounds ("blog" of "blog post"), lower-cased."""
    return tuple(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN")

