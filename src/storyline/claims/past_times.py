"""The time that sets a figure in the past, for its row's label (claims73): "Amos Yee jailed (wk), 2015",
"people killed in Kabul, last month". Without it a past figure (an earlier election's turnout, last month's
bombing's dead, a chronology's toll "by early 2014") reads as the story's own, under the same label.

A date of the figure's own clause: a date entity whose first verb above it is the figure's own first verb (not
"since the strike began last August", a running total's start under another verb, nor one after "since", nor
one that says which thing a noun is: "the club's 2005 accounts"), with no other number between it and the
figure ("81 percent, up from 75 percent in 2012": 2012 is the 75's), that is past: it names a year before the
report's year, or a relative past ("last year", "two months ago", "last August": lexicon ``past_time_words``
with a unit of ``past_time_units`` or a month; not a span up to now, "over the last three years"). A figure in a
phrase set against its clause's time ("fell last year after four years of increases") takes no label.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS, YEARS_IN_TEXT
from .vocab import word_set

PAST_WORDS = word_set("past_time_words")
PAST_UNITS = word_set("past_time_units") | frozenset(MONTHS)
_OPEN_PREPS = frozenset({"since"})
_RELATIVE_PREPS = frozenset({"after", "before", "since", "until", "following"})


def _verb_above(tok: Token) -> Token | None:
    for _ in range(40):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        tok = tok.head
    return None


def _own_verbs(verb: Token) -> set[int]:
    """The figure's verb, and the verb its participle clause hangs on ("In November 2015, a storm hit the coast,
    killing 12 fishermen": the killing is the hit's, and so is its date)."""
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        return {verb.i, verb.head.i}
    return {verb.i}


def _fronted_over(verb: Token, ent: Span) -> set[int]:
    """The verb a subjectless coordinated verb shares its subject with, when the date is put before both ("Last
    season the team lost three games and conceded 29 goals": the 29 are last season's too, claims84); a date after
    the first verb is that verb's alone ("lost three games last season and has conceded five")."""
    first = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or ent.end > first.i:
        return set()
    return {first.i}


def _names_a_thing(root: Token) -> bool:
    """A date that modifies a noun the clause is about ("the two pages of Trump's 2005 returns"): it says which
    thing, not when the figure's act was; one that names an occasion the clause is set in ("In the 2012 election,
    turnout was …") still dates it."""
    if root.dep_ not in ("compound", "nmod", "amod", "poss", "nummod"):
        return False
    noun = root.head
    return not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"))


def _past(ent: Span, published: dt.date | None) -> bool:
    words = [t.lower_ for t in ent]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and int(w) in YEARS_IN_TEXT]
    if years:
        return published is not None and max(years) < published.year
    if any(t.like_num for t in ent) and "ago" not in words:
        return False  # "over the last three years": a span up to now, not a past moment ("two years ago" is one)
    return any(w in PAST_WORDS for w in words) and any(w in PAST_UNITS for w in words)


def past_time(doc: Doc, start: int, end: int, num: int, published: dt.date | None) -> str:
    """The date that sets the figure of tokens ``start``..``end`` in the past (module docstring), as written; ''."""
    sent = doc[num].sent
    verb = _verb_above(doc[num])
    if verb is not None and any(a.lower_ in _RELATIVE_PREPS for a in doc[num].ancestors if a.i > verb.i or
                                verb in a.ancestors):
        return ""  # "fell by 1.8 per cent last year after four years of increases": set against the date, not at it
    found: list[tuple[int, str]] = []
    for ent in sent.ents:
        if ent.label_ != "DATE" or start <= ent.start < end or ent.start <= num < ent.end:
            continue
        lo, hi = (end, ent.start) if ent.start >= end else (ent.end, start)
        over = _fronted_over(verb, ent) if verb is not None else set()
        if any(t.like_num for t in doc[lo:hi]) and not over or ent.root.head.lower_ in _OPEN_PREPS:
            continue
        if _names_a_thing(ent.root):
            continue
        above = _verb_above(ent.root)
        if above is None or verb is None or above.i not in _own_verbs(verb) | over or not _past(ent, published):
            continue
        text = ent.text if ent[0].pos_ == "PROPN" else ent.text[:1].lower() + ent.text[1:]
        found.append((abs(ent.start - num), text))  # ("Last month, …": "last month")
    return min(found)[1] if found else _when_antecedent(verb, published)


def _when_antecedent(verb: Token | None, published: dt.date | None) -> str:
    """'those from the 2012 election, when Berdymukhamedov received roughly 97 percent of the votes': a figure in a
    "when" clause of a noun takes the past date that noun is named by (claims80); '' when there is none."""
    if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "when" for c in verb.children):
        return ""
    noun = verb.head
    for ent in noun.sent.ents:
        if ent.label_ == "DATE" and ent.root.head.i == noun.i and ent.end <= noun.i and _past(ent, published):
            return ent.text if ent[0].pos_ == "PROPN" else ent.text[:1].lower() + ent.text[1:]
    return ""
