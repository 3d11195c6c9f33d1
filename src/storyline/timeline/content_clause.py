"""A "that" clause the parse hangs on a noun as a relative clause, though it is what the sentence reports (time23).

Two shapes of news text put a full clause after "that" right behind a noun of a prepositional phrase, and the parse
reads the clause as that noun's relative clause, so a date in it was marked a mention (``date_attachment``):

- a cleft sentence ("It is for that reason that the council on Monday hired three builders …"): "It is …" only sets
  the focus; the clause after "that" is the sentence's news, and its date the news's day;
- a clause after a verb of saying's object and a phrase of place ("told reporters at a briefing that crews began
  receiving calls Monday morning …"): the clause is what was told, not a description of the briefing.

Either way the "that" fills no gap in the clause: it is a conjunction (the parse's ``mark``), or the role the parse
gives it is also held by another word of the clause ("receiving calls": the object is "calls", not "that"), and the
clause has a subject of its own. A true relative clause ("the bridge that the council hired builders to repair on
Monday", "the builders that the council hired on Monday") has a gap "that" fills: untouched.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

__all__ = ["content_clause"]

_SPEECH_VERBS = lexicon.words("speech_verbs")
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
_SUBJECTS = ("nsubj", "nsubjpass")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _clause_verb(tok: Any) -> Any | None:
    """The verb of the relative clause the token ``tok`` is in (at most 8 steps up), or None."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _fills_no_gap(that: Any) -> bool:
    """Is "that" a conjunction, or does another word of its head hold the role the parse gives it?"""
    if that.dep_ == "mark":
        return True
    return any(c.i != that.i and c.dep_ == that.dep_ for c in that.head.children)


def _framing(verb: Any) -> bool:
    """Is ``verb`` (the main clause's) a cleft's "it is" or a verb of saying with an object of its own?"""
    if verb.lemma_ == "be":
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    return verb.lemma_.lower() in _SPEECH_VERBS and any(c.dep_ in ("dobj", "dative") for c in verb.children)


def content_clause(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) in a "that" clause the parse hung on the noun of a
    prepositional phrase of a cleft's "it is" or of a verb of saying with an object, a clause with a subject of its
    own and a finite verb, where "that" fills no gap? Then the clause is what the sentence reports."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    verb = _clause_verb(span.root) if span is not None else None
    if verb is None:
        return False
    that = sdoc[verb.left_edge.i]
    if that.lower_ != "that" or not _fills_no_gap(that):
        return False
    if not any(c.dep_ in _SUBJECTS and c.lower_ not in _RELATIVE_WORDS for c in verb.children):
        return False
    if verb.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.pos_ != "ADP":
        return False
    main = noun.head.head
    return bool(main.pos_ in ("VERB", "AUX") and _framing(main))
