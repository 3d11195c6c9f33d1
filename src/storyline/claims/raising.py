"""A passive that hands its subject on to a "to" clause (claims50): in "40 workers are set to lose their jobs" or
"are expected to leave", the workers are who lose or leave; "set" and "expected" tell when or how sure, not what the
workers did. The event of such a subject is the "to" clause's verb, and the subject is its doer (lexicon
raising_verbs, with forecast_verbs); so do a verb of saying's or believing's ("500 pickers are believed to work
there": they work; lexicon hearsay_raising_verbs, claims81).
"""

from __future__ import annotations

from spacy.tokens import Token

from .forecasts import FORECAST_VERBS
from .vocab import word_set

_RAISING = word_set("raising_verbs") | FORECAST_VERBS | word_set("hearsay_raising_verbs")  # (claims81)


def raised_event(event: Token, role: str) -> tuple[Token, str]:
    """(event, role) read through a raising passive ("are set to lose": lose, subject); as given otherwise."""
    if role != "object" or event.tag_ != "VBN" or event.lemma_.lower() not in _RAISING:
        return event, role
    if not any(c.dep_ == "auxpass" for c in event.children):
        return event, role
    clause = next((c for c in event.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None:
        return event, role
    passive = any(c.dep_ == "auxpass" for c in clause.children)  # "are expected to be deployed": deployed
    return clause, "object" if passive else "subject"
