"""How news text frames a figure it does not state as a plain fact, read from the parse (claims34):

- a condition: the figure's clause, or the clause its verb completes, opens with "if"/"unless" ("If we were able to
  reduce the rate by 75%, ..."), or the verb it hangs on has an "if" clause of its own after it ("faces 175 years in
  prison if convicted"; a fronted "If convicted, he faces ..." and an aside's "if": conditions.py, claims35);
- a plan: the figure is in the "to" clause of a plan's or a study's noun ("a study to send six people to Mars");
- a ceiling: "a maximum sentence of 175 years", "a maximum of 30": at most the figure, as "up to" says;
- a span that dates a happening: "That came seven years after he fled": X plus N units, no length of either; and
  one before an "after" clause with its own subject on a state ("has stayed empty four months after it opened");
- a test's range from rest: "0-60 mph", "0 to 100 km/h" name an acceleration run, not a speed anyone reached;
- a destination: "send six people to Mars": the place they go to, not where the figure is;
- a span up to now: "has been applied in patients due to undergo surgery for two decades": "for N units" with a
  perfect tells how long the perfect's verb has held, not how long the infinitive inside its phrase lasts.

Word classes are in the claims lexicon (plan_nouns, occurrence_verbs, ceiling_words, sending_verbs).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .conditions import condition_after, fronted_condition, marked
from .figure import Figure
from .tokens import low as _low
from .vocab import word_set

PLAN_NOUNS = word_set("plan_nouns")
OCCURRENCE_VERBS = word_set("occurrence_verbs")
CEILING_WORDS = word_set("ceiling_words")
SENDING_VERBS = word_set("sending_verbs")
_COMPLETING = ("xcomp", "acomp")  # "were able to reduce": "reduce" completes "able", "able" completes "were"
_ON_THE_WAY = ("prep", "pobj", "dobj", "attr", "compound", "nmod", "amod", "npadvmod")  # a noun's way to its verb


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _clause_verb(tok: Token) -> Token | None:
    """The verb a noun of a figure's phrase hangs on ("faces a maximum sentence of 175 years in prison": "faces"),
    or the token itself when it is a verb; None past a clause's edge."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in _ON_THE_WAY or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def conditional(event: Token | None) -> bool:
    """Is the figure's clause under a condition: its verb, or the verb or adjective it completes, opens with
    "if"/"unless" ("If we were able to reduce it by 75%"), or the verb the figure hangs on takes an "if" clause
    after it ("faces 175 years in prison if convicted")?"""
    if event is None:
        return False
    tok = event
    while tok.dep_ in _COMPLETING and tok.head.i != tok.i:
        tok = tok.head
        if marked(tok):
            return True
    verb = _clause_verb(event)
    if verb is not None and (condition_after(verb) or fronted_condition(verb)):
        return True  # (conditions.py, claims35)
    if stated_aside(event):
        return False  # "if it rejected independence, which it did by 55 percent": the aside states it (claims75)
    outer = _clause_verb(event.head) if event.dep_ in ("relcl", "acl") else verb if verb and verb.i != event.i else None
    return outer is not None and marked(outer)  # "if the Fed had faced a 24-month deadline to …" (claims54)


def stated_aside(event: Token) -> bool:
    """A relative clause set off by a comma, its verb with no modal ("…, which it did by 55 percent"): the writer
    states it as a fact of its own, whatever condition the clause it hangs on is under; "…, which would pay 40
    percent" stays under it."""
    if event.dep_ != "relcl" or event.pos_ not in ("VERB", "AUX"):
        return False
    first = event.left_edge
    return first.i > 0 and event.doc[first.i - 1].text == "," and \
        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in event.children)


def planned(event: Token | None) -> bool:
    """Is the figure's verb the "to" clause of a plan's or a study's noun ("a mission study to send six humans",
    "a plan to cut 300 jobs"), or its "of" gerund ("a goal of doing two deliveries"): an aim, not a thing done?"""
    if event is not None and event.pos_ == "VERB" and event.dep_ == "pcomp" and event.head.lower_ == "of":
        return _lemma(event.head.head) in PLAN_NOUNS  # "with a goal of doing two deliveries" (claims36)
    if event is None or event.pos_ != "VERB" or event.dep_ not in ("acl", "relcl"):
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in event.children)
    return to and _lemma(event.head) in PLAN_NOUNS


def ceiling(doc: Doc, fig: Figure) -> bool:
    """'a maximum sentence of 175 years', 'a maximum of 30 people': the figure is the object of "of" on a noun of a
    ceiling (or on a noun a ceiling's adjective modifies): at most that figure."""
    if fig.start < 1 or _low(doc, fig.start - 1) != "of":
        return False
    owner = doc[fig.start - 1].head
    if owner.i >= fig.start - 1:
        return False
    return owner.lower_ in CEILING_WORDS or any(c.dep_ == "amod" and c.lower_ in CEILING_WORDS
                                                for c in owner.children)


def occurrence_offset(doc: Doc, start: int, end: int) -> bool:
    """'That came seven years after he sought refuge': the span (tokens ``start``-``end``) before "after"/"before"
    on a verb of happening (lexicon occurrence_verbs) dates what came; it is no length of either event."""
    if _low(doc, end) not in ("after", "before") or end >= len(doc):
        return False
    link = doc[end]
    unit = doc[end - 1]
    clause = link.head if link.dep_ == "mark" else link
    if unit.head.i not in (link.i, clause.i):
        return False  # (the span is not the offset of this "after")
    verb = clause.head if link.dep_ == "mark" else link.head
    return verb.pos_ in ("VERB", "AUX") and _lemma(verb) in OCCURRENCE_VERBS


def clause_offset(doc: Doc, start: int, end: int) -> bool:
    """'has remained empty four months after it opened its doors': the span (tokens ``start``-``end``) before an
    "after" that opens a clause with a subject of its own, on a main clause of a state (a perfect, a copula, a verb
    with a predicative adjective), is how long the state has held since that clause's event; it measures neither
    event (claims51). Not a span of the main verb's own ("served 20 years after he was convicted"), nor one before an
    event of the main clause ("sailed 40 days before the storm hit": an offset between two events, claims38)."""
    if _low(doc, end) != "after" or end >= len(doc):
        return False
    link, unit = doc[end], doc[end - 1]
    clause = link.head
    if link.dep_ != "mark" or clause.pos_ not in ("VERB", "AUX") or unit.head.i not in (link.i, clause.i):
        return False
    main = clause.head
    state = main.pos_ == "AUX" or any(c.dep_ == "acomp" or c.dep_ == "aux" and _lemma(c) == "have"
                                      for c in main.children)
    return clause.dep_ == "advcl" and state and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def from_rest(fig: Figure) -> bool:
    """'0-60 mph', '0 to 100 km/h': a speed's range from zero names a test of how fast a car speeds up, not a speed
    (the time it takes is the figure)."""
    return fig.dimension == "speed" and fig.low == 0 and fig.high > 0


def destination(place: Token) -> bool:
    """Is the place (an entity's root) where a verb of sending or going takes its people or things ("send six
    humans to Mars", "deported 50 people to Mexico"): the "to"/"into" object of such a verb?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("to", "into", "towards", "toward") or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb = verb.head  # "return an unspecified amount back to Earth" (claims36)
    return verb.pos_ == "VERB" and _lemma(verb) in SENDING_VERBS


def _perfect(verb: Token) -> bool:
    """A verb in a perfect ("has been tested", "have used"), or a conjunct of one ("has been tested and applied")."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "aux" and _lemma(c) == "have" for v in heads for c in v.children)


def perfect_holder(prep: Token, verb: Token) -> Token:
    """The verb a "for N units" span belongs to: when the parse hangs it on an infinitive inside a noun's or an
    adjective's phrase ("those due to undergo surgery for two decades") under a verb in a perfect ("has been applied
    in ..."), the span says how long the perfect has held (present perfect with "for": up to now); else ``verb``."""
    if prep.lower_ != "for" or verb.tag_ != "VB" or verb.head.pos_ not in ("ADJ", "NOUN", "PRON") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb
    tok = verb.head
    for _ in range(12):
        if tok.pos_ == "VERB":
            return tok if _perfect(tok) else verb
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return verb
