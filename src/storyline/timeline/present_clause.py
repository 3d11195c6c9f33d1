"""A present tense is never dated by a past year: the year is its object's (time22).

"The US wants the UK to extradite Assange … over his alleged role in the release of classified … material in
2010": the wanting is now; "in 2010" hangs from "release", a noun inside what the present clause wants, and dates
that release. A date on a noun (``date_attachment``'s "noun") whose clause's finite verb is a simple present
(climbing from an infinitive, "to extradite", to the verb that governs it, "wants"), when the date is of a year
before the report's, is a mention of that thing: the sentence's own time is the report's. A past clause ("jailed
him over his role in the sale of forged maps in 2012") and a date to come ("expects a rise in sales in 2022") keep
their dates.

A present "be" main clause with a past clause a subordinator opens ("It's the third time a club has won it twice
running, as the Rovers did in 2007 and 2008") tells a count or a state of now; the years are its examples, mentions,
not the date of the line (``dated_by_its_example``, time43).

The report's own year on a noun of a present "be" ("But the chain in 2011 is a big business, so today, at its fair,
it filled a hall …") describes what the thing is now, no event: a mention when the sentence has a date of its own
act ("today"), which then dates the line (``dated_by_its_state``, time44); the year then files no entry of its own
(``timeline._sentence_events``): "2011 *(mentioned)*" would only repeat the line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .resolution import DateValue
from .told import date_verb

__all__ = ["dated_by_its_example", "dated_by_its_object", "dated_by_its_state", "dated_in_a_gloss", "state_of_now"]

_PRESENT = frozenset({"VBZ", "VBP"})
_INFINITIVE_LINKS = frozenset({"xcomp", "ccomp"})


def _finite(verb: Any) -> Any:
    """The finite verb an infinitive ("to extradite") hangs from, climbing infinitives; ``verb`` itself if finite."""
    for _ in range(4):
        if verb.tag_ != "VB" or verb.dep_ not in _INFINITIVE_LINKS or verb.head is verb:
            break
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            break
        verb = verb.head
    return verb


def dated_by_its_object(sdoc: Any, start: int, end: int, att: str, value: DateValue,
                        published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), on a noun (``att`` "noun"), of a year before the report's
    while its clause's finite verb is a simple present with no auxiliary ("wants", "accuses")?"""
    last = value.last_day()
    if att != "noun" or published is None or last is None or last.year >= published.year:
        return False
    verb = date_verb(sdoc, start, end)
    if verb is None:
        return False
    finite = _finite(verb)
    return finite.tag_ in _PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in finite.children)


def dated_in_a_gloss(sdoc: Any, start: int, end: int, value: DateValue, published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), of a year before the report's, inside a participle's gloss
    ("…, meaning he was born after the war ended in 1994") on a main clause in the present ("Brandt is known as a
    'peace child', …")? The gloss explains the present state by an older event: the year is that event's, a mention;
    the sentence tells a state of now (time39). A verb of saying's clause ("says the war ended in 1994") is no gloss,
    nor is a date on the participle itself ("how else to explain them making the list in 2006")."""
    last = value.last_day()
    verb = date_verb(sdoc, start, end)
    if published is None or last is None or last.year >= published.year or verb is None or verb.tag_ == "VBG":
        return False  # "… explain them making the list in 2006": the participle's own date, the line's event
    gloss = False
    while verb.dep_ != "ROOT" and verb.head is not verb:
        gloss = gloss or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        verb = verb.head
    present = verb.tag_ in _PRESENT or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children))
    return gloss and present


def dated_by_its_example(sdoc: Any, start: int, end: int, value: DateValue, published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), of a year before the report's (any, in an undated report), on
    a past clause a subordinator opens ("as the Rovers did in 2007", or a clause joined to it: "and the Town did in
    2009") that hangs from the sentence's main clause, a present "be" with no auxiliary ("It's the third time …")?"""
    last = value.last_day()
    verb = date_verb(sdoc, start, end)
    if last is None or (published is not None and last.year >= published.year) or verb is None:
        return False  # an undated report: the subordinate clause's past tense puts it before now
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head  # "… and the Town did in 2009": the clause it is joined to
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    root = verb.head
    return root.dep_ == "ROOT" and root.lemma_ == "be" and root.tag_ in _PRESENT and not any(
        c.dep_ in ("aux", "auxpass") for c in root.children)


def dated_by_its_state(sdoc: Any, start: int, end: int, att: str, value: DateValue, published: dt.date | None,
                       one: bool) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), on a noun or its clause (``att``), the report's year on a
    present "be" (``state_of_now``) while the sentence has another date (not ``one``)?"""
    return not one and att in ("noun", "clause") and state_of_now(sdoc, start, end, value, published)


def state_of_now(sdoc: Any, start: int, end: int, value: DateValue, published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) a year that holds the report's day, while its clause's finite
    verb is a present "be" with no auxiliary ("the chain in 2011 is a big business")? The year tells what the thing
    is now, not when an act was."""
    first, last = value.first_day(), value.last_day()
    if published is None or value.precision != "year" or first is None or last is None:
        return False
    verb = date_verb(sdoc, start, end)
    if not first <= published <= last or verb is None:
        return False
    finite = _finite(verb)
    return finite.lemma_ == "be" and finite.tag_ in _PRESENT and not any(
        c.dep_ in ("aux", "auxpass") for c in finite.children)
