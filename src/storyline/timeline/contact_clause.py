"""A date in a contact relative clause: a noun's description with no "that" or "which" (issue 12, time32).

English may leave out the relative pronoun of an object clause: "the reform bill President Obama signed into law
last month", "the company Jobs co-founded 35 years ago". The clause describes the noun before it, as "the bill
that Obama signed …" does, and its date is the noun's: a mention, not the date of the sentence's event ("Hoenig
added that the bill … may not have ended the perception …", "Cook was named CEO of the company …"). The parser
rarely sees such a clause: it hangs the name on the noun as an appositive and the verb on the main clause, or cuts
a hyphened verb ("co-founded") into three. So the shape is read from the words and a few of the parse's marks:

- the date's verb is a past tense or participle, not the sentence's root, with no object of its own (the
  clause's object is the noun before it) and no subordinator ("as", "when");
- right before the verb (a hyphened prefix, its auxiliaries and adverbs skipped: "had unilaterally cut off") stands
  its subject, a name or a personal pronoun, and right before that, with no punctuation between, a common noun with
  a determiner ("the bill", "the company") or a bare plural ("several … lines North Korea had … cut off", time42);
- the noun is an object of what comes before it ("of the company …"), or the main clause goes on after the
  description with a verb that has no subject of its own ("… may not have ended …": the noun is its subject).

Not an appositive name ("the charity Oxfam warned on Monday that …": "warned" takes a clause; "analysts at the
bank Barclays said on Monday": "said" is the root, and "bank" no object of a verb before it).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .told import date_verb

__all__ = ["contact_relative"]

_PRONOUNS = lexicon.words("subject_pronouns")
_DETERMINERS = ("det", "poss")
_OBJECT_GAP = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp"})
_OBJECTS = frozenset({"pobj", "dobj", "dative"})
_BETWEEN = frozenset({"aux", "advmod", "neg"})
_NOUN_REACH = 4  # words from the noun back to its determiner ("the financial reform bill")


def contact_relative(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` (paragraph offsets) sit in a contact relative clause ("the bill Obama signed
    into law last month", "the company Jobs co-founded 35 years ago")? Its date is the noun's: a mention."""
    verb = date_verb(sdoc, start, end)
    if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "ROOT":
        return False
    if any(c.dep_ in _OBJECT_GAP or (c.dep_ == "mark" and c.lower_ != "that") for c in verb.children):
        return False  # an object of its own, or a subordinator ("as", "when"); "that" may be the outer clause's
    first = _hyphened_start(sdoc, verb.i)
    while first >= 1 and sdoc[first - 1].head.i == verb.i and sdoc[first - 1].dep_ in _BETWEEN:
        first -= 1  # "lines North Korea had unilaterally cut off …": the clause's auxiliary and adverbs (time42)
    subject = _subject_before(sdoc, first)
    if subject is None or subject < 1:
        return False
    noun = sdoc[subject - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or not (_determined(sdoc, noun) or noun.tag_ == "NNS"):
        return False
    return noun.dep_ in _OBJECTS or _subjectless_verb_after(sdoc, verb)


def _hyphened_start(sdoc: Any, i: int) -> int:
    """The first token of a hyphened word ending at token ``i`` ("co-founded": "co"), or ``i``."""
    while i >= 2 and sdoc[i - 1].text == "-" and not sdoc[i - 1].whitespace_ and not sdoc[i - 2].whitespace_:
        i -= 2
    return i


def _subject_before(sdoc: Any, i: int) -> int | None:
    """The first token of the subject right before token ``i``: a personal pronoun, or a run of proper nouns."""
    if i < 1:
        return None
    if sdoc[i - 1].lower_ in _PRONOUNS:
        return i - 1
    j = i
    while j >= 1 and sdoc[j - 1].pos_ == "PROPN":
        j -= 1
    return j if j < i else None


def _determined(sdoc: Any, noun: Any) -> bool:
    """Does a determiner or a possessive open ``noun``'s phrase within ``_NOUN_REACH`` words, with no punctuation?"""
    for k in range(noun.i - 1, max(noun.i - 1 - _NOUN_REACH, -1), -1):
        tok = sdoc[k]
        if tok.is_punct:
            return False
        if tok.dep_ in _DETERMINERS:
            return True
    return False


def _subjectless_verb_after(sdoc: Any, verb: Any) -> bool:
    """Does a finite verb after ``verb``'s clause go on with no subject of its own ("… may not have ended …")?"""
    last = max(t.i for t in verb.subtree)
    for tok in sdoc[last + 1 :]:
        if tok.is_punct and tok.text in (",", ";", ":"):
            return False
        if tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "conj", "ROOT") \
                and any(c.dep_ == "aux" for c in tok.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return True
    return False
