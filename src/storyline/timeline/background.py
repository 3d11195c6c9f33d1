"""Dates the parse places on a clause of their own, read by the clause's shape (issue 12, the thirtieth read; time27).

- A date inside a clause a "since" opens (``lexicon/background_subordinators.txt``: "has filled the stat sheet since
  he joined the league in 2003, he is leading …") dates the starting point of a running total or a state: background,
  a mention, never the day of the sentence's news (``since_clause``).
- A date on a participle clause with no subject of its own whose main verb speaks of the future ("Kicking off in June
  2020, the 30-date run will mark …") dates a thing to come: the participle's time is its main clause's
  (``future_participle``). A perfect participle ("Having won in 2019, she will …") keeps its past.
- A word straight after a possessive "'s" starts the owner's noun phrase ("during the band's set Monday night"), even
  when the parse reads it as a verb describing the owner (``possessed_verb``): a date on it is the date of that thing,
  which the main clause's preposition places its event in, not a relative clause's.
- A date before a noun that a plan's participle describes or takes as its object ("the mayor's scheduled December
  trip", ``lexicon/plan_verbs.txt``) dates a thing planned: a plan when it falls after the report, whatever tense
  tells of it (``planned_thing``, time38).
- A date inside a phrase that sets another event before, after or against a noun (``lexicon/order_prepositions.txt``:
  "chaos following protests on June 30", "his first address since being sworn in on July 4", "greater joy than when
  the king fell two years ago") dates that other event, background to the noun: a mention (``order_phrase``, time42).
  So does a date on the object noun of such a phrase on a verb ("arrived following a victory last week": the
  victory's week, not the arrival's; time43) when it is the sentence's one date (``on_verb``; with a date of the
  main clause it is already context of it); a date on a verb inside it ("left after losing on Sunday") does not.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

__all__ = ["future_participle", "order_phrase", "planned_thing", "possessed_verb", "since_clause"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _verb_of(sdoc: Any, start: int, end: int) -> Any | None:
    """The first verb up the parse from the date at ``start:end`` (paragraph offsets), None for none."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def since_clause(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` in an adverbial clause a background subordinator opens ("since he joined the
    league in 2003")?"""
    verb = _verb_of(sdoc, start, end)
    words = lexicon.words("background_subordinators")
    return verb is not None and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words for c in verb.children)


def order_phrase(sdoc: Any, start: int, end: int, on_verb: bool = False) -> bool:
    """Is the date at ``start:end`` inside a phrase an order word opens (``lexicon/order_prepositions.txt``) that
    modifies a common noun ("chaos following protests on June 30", "his address since being sworn in on July 4")? The
    walk up stops at the first clause with a subject of its own that is not the phrase's ("than when the king fell"
    is the phrase's own clause); spaCy makes a new Token per access, so tokens are compared by ``.i``. With
    ``on_verb`` a phrase on a verb counts too when the date hangs on its object noun with no verb between ("arrived
    following a victory last week")."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = lexicon.words("order_prepositions")
    before = span.start - 1 if span.start and sdoc[span.start - 1].pos_ == "ADP" else span.start
    if before and sdoc[before - 1].pos_ == "NOUN" and _opens(sdoc[before - 1], words, ("NOUN",)):
        return True  # "chaos following mass strikes | on March 2", the date's phrase hung on the verb by the parse
    tok, verbal = span.root, False
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        verbal = verbal or tok.pos_ in ("VERB", "AUX")
        nouns = verbal or not on_verb or tok.i in range(span.start, span.end) or tok.pos_ != "NOUN"
        if _opens(tok, words, ("NOUN",) if nouns else ("NOUN", "VERB", "AUX")):
            return True
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in tok.children):
            return False  # a clause of its own ("… said the talks ended on Friday"): not the phrase's
        tok = tok.head
    return False


def _opens(tok: Any, words: frozenset[str], heads: tuple[str, ...]) -> bool:
    """Is ``tok`` the object of an order word that modifies a word of ``heads``' kinds ("chaos following →
    protests"; "arrived following → a victory")? A verb's order phrase counts only when the date hangs on its
    object noun with no verb between (``order_phrase``)."""
    word = tok.head
    if tok.ent_type_ == "TIME":  # "shortly before 6 a.m. on Friday": a time of day is no landmark event
        return False
    return tok.dep_ in ("pobj", "pcomp") and word.i != tok.i and word.dep_ == "prep" and word.lower_ in words \
        and word.head.i != word.i and word.head.pos_ in heads


def future_participle(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` on a participle clause with no subject of its own ("Kicking off in June 2020, the
    run will mark …") whose head verb has a future auxiliary ("will", "shall")?"""
    verb = _verb_of(sdoc, start, end)
    if verb is None or verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in _SUBJECTS or (c.dep_ in ("aux", "auxpass") and c.lower_ == "having") for c in verb.children):
        return False
    head = verb.head
    return head is not verb and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children) \
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children)


def possessed_verb(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` on a word the parse reads as a verb describing a noun ("acl", "relcl") though it
    stands straight after that noun's possessive "'s" ("the band's set Monday night"), with no subject of its own?"""
    verb = _verb_of(sdoc, start, end)
    if verb is None or verb.dep_ not in ("acl", "relcl") or verb.i == 0:
        return False
    before = sdoc[verb.i - 1]
    return before.lower_ in _POSSESSIVE and before.head.i == verb.head.i and not any(
        c.dep_ in _SUBJECTS for c in verb.children)


_PLAN_VERBS = lexicon.words("plan_verbs")


def planned_thing(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` a modifier of a noun ("December trip") that a plan's participle ("scheduled",
    "planned") describes ("amod") or takes as its object (the parse's "Obama's scheduled September trip")?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "amod") or span.root.head is span.root:
        return False
    noun = span.root.head
    participles = [c for c in noun.children if c.dep_ == "amod"]
    if noun.dep_ in ("dobj", "nsubjpass"):
        participles.append(noun.head)
    return any(p.tag_ == "VBN" and p.lemma_.lower() in _PLAN_VERBS for p in participles)
