"""What a figure counts or measures, whose it is and its act, read from the figure's own phrase in the parse
(claims89).

A row's what is made by many readings tuned on single stories; on a new story the noun is often a clause, a
quotation, a verb or one generic word ("“The fund would cut the debt by $9m”", "percentage: rose", "points up",
"people"), and whose figure it is gets lost ("votes polled" without the candidate). English news writes those
three things in a few fixed places around a number, and the parse finds them on any subject:

- what is counted: the noun the number modifies (its compounds, adjectives and an "of"/"in"/"on" complement that
  names a thing, not a place); for a measure (a sum, a percentage, points) with no such noun, the noun it is of
  ("a rise in the jobless rate to 5%": jobless rate), else its verb's object ("cut the debt by $9m": debt cut), else
  its verb's subject ("the lake's level rose 3%": level rose); a unit word ("points", "cents") names nothing;
- whose: a possessor or an "of"/"for" complement that is a name ("Norway's index", "the index for Norway"), the
  subject of the verb when the thing is its object ("the Greens raised their share": Greens), a possessive pronoun
  resolved only to that subject (never shown unresolved);
- the act: the clause's own verb or predicate ("fell", "lower", "displaced"), as a participle for an object.

``OwnPhrase`` is kept at extraction in the figure's ``LabelGist``; label_check.py uses it to replace a row's what
that fails a structural test and to add whose when the what lacks it. Grouping never reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from .states import state_of, stated
from .vocab import word_set
from .wording import participle

UNIT_NOUNS = word_set("measure_unit_nouns")  # "points", "cents", "percent": a unit, not a thing counted
SHARE_VERBS = word_set("share_verbs")
HOLDING_VERBS = word_set("share_holding_verbs")  # "paid $2m in fees": the subject's sum, a common noun too
PRONOUN_WHOSE = word_set("possessive_pronouns")  # "their share": a what whose holder the phrase names
PERSON_NOUNS = word_set("person_nouns")  # "children" alone: its state or act is the row ("malnourished")
CHANGE_VERBS = word_set("change_verbs")  # their nouns too: "a rise", "a cut"
EMPTY_NOUNS = word_set("empty_label_nouns")  # "amount", "people": a what of one such word says nothing
_QUOTES = "“”\""
_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")  # a figure written inside a what: a clause's words
_NOUNS = ("NOUN", "PROPN")
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj",)
_OWN_PREPS = word_set("measure_phrase_preps")  # a measure's own preposition ("fell by 5%")
_THING_PREPS = ("of", "in", "on", "between")  # a complement naming the thing ("yields on bonds", "the gap between")
_WHOSE_PREPS = ("of", "for")  # a complement that names whose it is ("the index for Norway")
_MODIFIERS = ("compound", "amod", "nmod")
_PREDICATES = ("acomp", "advmod")  # "was 10 percent lower", "closed up 40 points"
_WORDS = 7  # words of a phrase at most


@dataclass(frozen=True, slots=True)
class OwnPhrase:
    """The figure's own what, whose and act (module docstring); '' where the parse gives none."""

    thing: str  # "jobless rate", "vote share", "debt"
    head: str  # the thing's head word, lower case ("rate"), for checking a label against it
    whose: str  # "Greens", "Norway"
    act: str  # "fell", "cut", "lower"
    subject: bool = False  # the thing is the verb's subject ("a ticket costs $5"): a quoted clause says it as well
    state: str = ""  # what befell a counted noun: "left without power", "still trapped" (states.py, claims93)

    def label(self) -> str:
        """"vote share fell": the thing and its act ('' when no thing)."""
        return " ".join(w for w in (self.thing, self.act) if w) if self.thing else ""


NO_PHRASE = OwnPhrase("", "", "", "")


def own_phrase(top: Token, noun: Token | None) -> OwnPhrase:
    """The figure's own phrase: ``top`` is the figure's head token, ``noun`` the counted noun the reading found."""
    if noun is None and top.dep_ in ("nummod", "quantmod") and top.head.pos_ in _NOUNS:
        noun = top.head  # ("polled 13,748 votes": the number's own noun)
    if noun is not None and noun.pos_ in _NOUNS and noun.lemma_.lower() not in UNIT_NOUNS:
        return _counted(noun)
    return _measured(noun if noun is not None else top)


def _beside(thing: Token, top: Token) -> bool:
    """No noun of another phrase stands between the thing and the figure ("235,000 added jobs, solid pay gains and a
    dip in the rate to 4.7%": the parse hangs "to 4.7%" on "jobs", the noun before it is the rate's)."""
    own = {t.i for t in thing.subtree} - {t.i for c in thing.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    own |= {t.i for t in top.subtree}
    lo, hi = sorted((thing.i, top.i))
    return not any(t.pos_ in _NOUNS and t.i not in own and not _figure_word(t) for t in thing.doc[lo + 1 : hi])


def _counted(noun: Token) -> OwnPhrase:
    """A count's noun: its phrase, whose and the act of its clause (a relative or participle clause of its own, or
    the verb it is the subject or object of)."""
    verb = _verb_of(noun)
    whose = _whose(noun, verb) or _payer(noun)
    act = ""
    own = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if own is not None and own.tag_ == "VBN":
        act = own.text.lower()  # "people displaced by the fighting"
    elif noun.dep_ in _SUBJECTS and noun.head.pos_ == "ADJ" and \
            sum(c.dep_ in _SUBJECTS for c in noun.head.children) < 2:
        act = noun.head.text.lower()  # "360,000 children are malnourished" (a predicate the parse makes the root)
    elif verb is not None and noun.dep_ in _SUBJECTS:
        pred = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"), None)
        act = pred.text.lower() if pred is not None and verb.lemma_ == "be" else \
            verb.text.lower() if verb.lemma_ not in ("be", "have") else ""
    elif verb is not None and noun.dep_ in _OBJECTS and verb.lemma_ not in ("be", "have"):
        act = participle(verb.lemma_.lower(), verb.text)
    return OwnPhrase(_thing(noun), noun.lemma_.lower(), whose, act, noun.dep_ in _SUBJECTS, state_of(noun))


def _measured(top: Token) -> OwnPhrase:
    """A measure's thing: the noun it is of, else its verb's object, else its verb's subject."""
    tok = top
    if tok.dep_ == "pobj" and tok.head.lower_ in _OWN_PREPS:
        tok = tok.head  # "to 5%", "by $9m"
    head = tok.head
    if tok.dep_ == "prep" and head.pos_ in _NOUNS and head.lemma_.lower() not in UNIT_NOUNS:
        inner = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _THING_PREPS), None)
        obj = _pobj(inner)
        if obj is not None and obj.pos_ == "NOUN" and tok.lower_ != "of":
            return _made(obj, top, _whose(obj, None), head.text.lower())
            # "a rise in the jobless rate to 5%": the rate, risen
        return _made(head, top, _whose(head, None), "")  # "a rate of 5%"
    pred = ""
    if head.dep_ in _PREDICATES and head.pos_ in ("ADJ", "ADV") and head.head.pos_ in ("VERB", "AUX"):
        pred, head = head.text.lower(), head.head  # "was 10 percent lower", "closed up 40 points"
    if head.pos_ not in ("VERB", "AUX") or head.dep_ in ("amod", "compound"):
        return NO_PHRASE
    verb = head
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i != top.i and c.pos_ in _NOUNS
                and not any(t.like_num for t in c.subtree)), None)
    if obj is not None and obj.lemma_.lower() not in UNIT_NOUNS:
        return _made(obj, top, _whose(obj, verb), participle(verb.lemma_.lower(), verb.text))
    if (paid := _paid_in(verb, top)) is not None:
        return _made(paid, top, _payer(top), participle(verb.lemma_.lower(), verb.text))
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.pos_ not in _NOUNS or subj.lemma_.lower() in UNIT_NOUNS or \
            verb.lemma_.lower() in SHARE_VERBS:
        return NO_PHRASE  # (a pronoun is never shown unresolved; "the Greens gained 10 points": whose, no thing)
    act = pred or (verb.text.lower() if verb.lemma_ not in ("be", "have") else "")
    return _made(subj, top, _whose(subj, None), act, subject=True)  # (the payer is the thing: "whose" is its own
    # complement's, "former CEO (World Wrestling Entertainment)", claims99)


def _made(thing: Token, top: Token, whose: str, act: str, subject: bool = False) -> OwnPhrase:
    """The phrase of a measure's thing, when no other phrase's noun stands between it and the figure and it is no
    bare change ("a 2% increase" names no thing; "an increase in rents" does)."""
    bare = thing.lemma_.lower() in CHANGE_VERBS and not any(c.dep_ == "prep" and c.lower_ in _THING_PREPS
                                                            for c in thing.children)
    return OwnPhrase(_thing(thing), thing.lemma_.lower(), whose, act, subject) if _beside(thing, top) and not bare \
        else NO_PHRASE


def _verb_of(noun: Token) -> Token | None:
    """The verb the noun is the subject or object of; None when the parse gives that verb two subjects ("a farmer
    armed with a gun, two axes and a flare was detained": the axes are his, not detained)."""
    if noun.dep_ in (*_SUBJECTS, *_OBJECTS) and noun.head.pos_ in ("VERB", "AUX") and \
            sum(c.dep_ in _SUBJECTS for c in noun.head.children) < 2:
        return noun.head
    return None


def _pobj(prep: Token | None) -> Token | None:
    return next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None


def _whose(noun: Token, verb: Token | None) -> str:
    """A name the noun's phrase gives as its holder: a possessor, an "of"/"for" complement, or for a possessive
    pronoun or a verb of getting, the verb's subject (a name or a noun, never a pronoun)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return _phrase(c)  # "Norway's index"
        if c.dep_ == "prep" and c.lower_ in _WHOSE_PREPS and (obj := _pobj(c)) is not None and (
                obj.pos_ == "PROPN" or any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in obj.lefts)):
            return _phrase(obj)  # "the index for Norway", "the future for the Oslo harbour index"
    pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if verb is None or noun.dep_ not in _OBJECTS or not (pronoun or verb.lemma_.lower() in SHARE_VERBS):
        return ""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return _phrase(subj) if subj is not None and subj.pos_ == "PROPN" else ""  # "the Greens raised their share"


def _paid_in(verb: Token, top: Token) -> Token | None:
    """'bribes' of "paying nearly $40m in bribes": a bare noun in an "in" phrase right after a sum that a verb of
    paying or holding takes (lexicon ``share_holding_verbs``) says what the sum is (claims99); None otherwise, and
    for a name, a date or a noun with a determiner ("invested $2m in the company": where it went)."""
    if verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    after = top.right_edge.i + 1
    prep = verb.doc[after] if after < len(verb.doc) else None
    if prep is None or prep.lower_ != "in" or prep.head.i not in (verb.i, top.i):
        return None
    obj = _pobj(prep)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.lemma_.lower() in UNIT_NOUNS or \
            any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return None
    return obj


def _payer(tok: Token) -> str:
    """' Undocumented workers' of "Undocumented workers paid $11.6 billion in local taxes": a sum that is the object of
    a verb of holding or paying (lexicon ``share_holding_verbs``: pay, spend, earn, contribute, have) is its
    subject's, a common noun as well as a name; without it two groups' sums read as one ("local taxes (USD)" twice).
    ``tok`` is the sum's figure or its "in"/"on" noun; a pronoun holds nothing (claims99)."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.like_num:
        tok = tok.head.head  # ("$11.6 billion in local taxes": the figure)
    verb = tok.head
    if not tok.like_num or tok.dep_ not in _OBJECTS or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in HOLDING_VERBS:
        return ""
    subj = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subj) != 1 or subj[0].pos_ not in _NOUNS:
        return ""
    words, first = _phrase(subj[0]), subj[0].doc[_start(subj[0])]
    return words[:1].lower() + words[1:] if first.is_sent_start and first.pos_ != "PROPN" else words
    # (a sentence's capital is no name's: "Undocumented workers")


def _phrase(noun: Token) -> str:
    """The noun with its own compounds, adjectives and names before it, no determiner, possessor or figure."""
    return noun.doc[_start(noun) : noun.i + 1].text


def _start(noun: Token) -> int:
    """Where ``_phrase`` of the noun starts."""
    lo = noun.i
    while lo > 0 and noun.doc[lo - 1].head.i in range(lo, noun.i + 1) and not _figure_word(noun.doc[lo - 1]) and (
            noun.doc[lo - 1].dep_ in _MODIFIERS or not noun.doc[lo - 1].whitespace_):
        lo -= 1  # (a hyphened word stays whole: "two-year notes")
    return lo


def _figure_word(tok: Token) -> bool:
    """A word of a figure or its unit ("1.9-percent", "2 percent target"): no part of the thing's phrase."""
    return tok.like_num or any(ch.isdigit() for ch in tok.text) or tok.lemma_.lower() in UNIT_NOUNS


def _thing(noun: Token) -> str:
    """The noun's phrase with a thing-naming "of"/"in"/"on" complement ("yields on two-year notes"), no place."""
    words = _phrase(noun).split()
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _THING_PREPS), None)
    obj = _pobj(prep)
    if prep is not None and obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and \
            obj.lemma_.lower() not in UNIT_NOUNS:
        words += [prep.lower_, *_phrase(obj).split()]
    return " ".join(words[:_WORDS])


def rephrased(what: str, phrases: Sequence[OwnPhrase], share: bool = False, code: str = "") -> str:
    """The row's what, or the one its figures' own phrases build when the what fails a structural test: a quoted
    clause, a figure written in it, a lone empty noun ("amount (USD)", "people"), a unit first ("points up"), or,
    for a percentage's "percentage: …" (``share``), no word of the thing. ``code`` is the row's currency or unit
    code, kept after a rebuilt what; a what that fails and has no phrase to build from stays as it was."""
    things = [p for p in phrases if p.thing]
    heads = Counter({h: sum(h == p.head or h in p.thing.lower().split() for p in things)
                     for h in {p.head for p in things}})  # (a head in another thing: "Oslo", "Oslo index")
    if not heads:
        return what
    head, n = heads.most_common(1)[0]
    if 2 * n <= len(things) and len(things) > 1:
        return what  # (the figures' phrases name two things: no one of them names the row)
    built = Counter(p.label() for p in phrases if p.thing and p.head == head)
    label = min(built, key=lambda w: (-built[w], -len(w)))  # (the fuller of two: "target range", not "range")
    chosen = next(p for p in phrases if p.label() == label)
    if not _fails(what, chosen, share):
        return what
    if "(" in what and label.lower() == re.sub(r"\([^)]*\)", " ", what).strip().lower():
        return what  # (a rebuild that adds no word cuts the what's own: "people" of "people (boat carrying)")
    return f"percentage: {label}" if share else f"{label} ({code})" if code else label


def whose_of(what: str, phrases: Sequence[OwnPhrase], figures: int) -> str:
    """' (Greens)': whose the figures are, when every one of the group's ``figures`` names the same holder in its
    own phrase and the what does not show it; '' otherwise."""
    holders = Counter(p.whose.lower() for p in phrases if p.whose)
    if len(holders) != 1 or holders.most_common(1)[0][1] != figures:
        return ""
    holder = next(p.whose for p in phrases if p.whose)
    shown = set(re.findall(r"\w+", what.lower()))
    return f" ({holder})" if not set(re.findall(r"\w+", holder.lower())) & shown else ""


def _fails(what: str, phrase: OwnPhrase, share: bool) -> bool:
    """Does the what fail a structural test (``rephrased``)? A quoted clause fails only to a thing the clause does
    not open on (its object: "“cut the debt by $9m”"), a figure in the what only where the thing is missing."""
    head, act = phrase.head, phrase.act
    bare = re.sub(r"\([^)]*\)", " ", what).removeprefix("percentage").strip(" :").lower()
    words = bare.split()
    missing = head not in {w.strip(",.“”\"") for w in words} and head + "s" not in words
    if any(q in what for q in _QUOTES):
        return not phrase.subject  # (a quoted clause holds its figure: the digits are the quotation's)
    if _NUMBER.search(what) and missing:
        return True
    if len(words) == 1 and act and act not in words and head in PERSON_NOUNS:
        return True  # "children" of "children are malnourished": the state or act lost
    if not words or len(words) == 1 and words[0] in EMPTY_NOUNS or words[0] in UNIT_NOUNS or \
            words[0][:-1] in UNIT_NOUNS:
        return True
    return share and missing


def with_state(what: str, dimension: str, phrases: Sequence[OwnPhrase], figures: int) -> str:
    """A count's what with what befell its counted things, when each of its ``figures`` has a phrase that reads one
    (states.py, claims93)."""
    nouns = [frozenset({p.head, p.thing.split()[-1].lower()}) for p in phrases if p.thing]
    if dimension != "count" or len(nouns) != len(phrases) or len(phrases) != figures:
        return what
    return stated(what, nouns, [p.state for p in phrases])
