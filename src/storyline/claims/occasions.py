"""Which occasion a figure is of: the event nouns its clause names, their kind and their ordinal (claims24).

A story of one kind of event often tells several of them: an earthquake and its aftershocks, a first and a
second blast, two rounds of a vote. Their figures share words, units and often sizes ("magnitude 8.8" / "6.9"),
so the grouping joins them unless the clause says which occasion each is of. Here a figure's occasions are the
nouns around it that name an event: the counted or measured noun, the event noun, the subject of the governing
verb ("The aftershock had a magnitude of 6.9"), the noun a figure is "of" or "in" ("killed 12 in the first
blast"), and their possessors. Each is kept as (lemma, kind, ordinal): the kind from lexicon ``occasion_kinds``
("quake" and "earthquake" are one kind, "aftershock" another), the ordinal from an ordinal word on the noun
(lexicon ``occasion_ordinals``: "the second blast"), and for nouns of a kind, the weekdays of the clause.

Two figures are of different occasions (``occasions_apart``) when their clauses name occasions of two kinds and
none of one kind, or occasions of one kind (or kin nouns) with different ordinals and none alike, or occasions of
one kind on different weekdays and neither is a running count nor a casualty toll, which grows from day to day
("an aftershock on Sunday" / "an aftershock on Monday"). A noun on one figure only says nothing: "the blast" may
be the first or the second.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from ..dates import weekday_names
from .vocab import by_word, noun_kin, word_set

OCCASION_KINDS = by_word("occasion_kinds")
ORDINALS = word_set("occasion_ordinals")
WEEKDAYS = frozenset(weekday_names(abbreviations=False))
_ARG_DEPS = frozenset({"poss", "compound", "nmod", "nsubj", "nsubjpass"})
_PLACE_PREPS = lexicon.words("occasion_argument_prepositions")

Occasion = tuple[str, str, str]  # (noun lemma, kind or "", ordinal or "")


def _lemma(t: Token) -> str:
    return t.lemma_.lower() if t.lemma_ else t.lower_


def _ordinal(t: Token) -> str:
    return next((c.lower_ for c in t.children if c.dep_ in ("amod", "nummod") and c.lower_ in ORDINALS), "")


def _around(t: Token) -> list[Token]:
    """A noun or verb and the nouns on it: possessors, compounds, subjects, and the nouns it is 'of' / 'in'."""
    out = [t, *(c for c in t.children if c.dep_ in _ARG_DEPS)]
    out += [p for c in t.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for p in c.children
            if p.dep_ == "pobj"]
    out += [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return out


def _clause_tokens(event: Token | None, noun: Token | None) -> list[Token]:
    """The tokens whose nouns may name the figure's occasion: around the counted noun, the event, and the verb
    an event noun hangs on ("The aftershock had a magnitude of 6.9": the subject of "had")."""
    toks: list[Token] = []
    for t in (noun, event):
        if t is not None:
            toks += _around(t)
    v = event
    for _ in range(3):
        if v is None or v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    if v is not None and v is not event and v.pos_ in ("VERB", "AUX"):
        toks += _around(v)
    return toks


def occasions_of(event: Token | None, noun: Token | None) -> tuple[Occasion, ...]:
    """The occasions a figure's clause names (module docstring)."""
    out: dict[Occasion, None] = {}
    for t in _clause_tokens(event, noun):
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        lem, order = _lemma(t), _ordinal(t)
        kind = OCCASION_KINDS.get(lem, "")
        if kind or order:
            out[(lem, kind, order)] = None
    return tuple(out)


def _kinds(occ: tuple[Occasion, ...]) -> set[str]:
    return {k for _, k, _ in occ if k}


def _ordinals_apart(a: tuple[Occasion, ...], b: tuple[Occasion, ...]) -> bool:
    pairs = [(x, y) for x in a for y in b if x[2] and y[2] and (x[1] and x[1] == y[1] or noun_kin(x[0], y[0]))]
    return bool(pairs) and all(x[2] != y[2] for x, y in pairs)


def _weekdays(times: list[str]) -> set[str]:
    return {w.lower() for t in times for w in t.split() if w.lower() in WEEKDAYS}


def occasions_apart(a: tuple[Occasion, ...], b: tuple[Occasion, ...], times: tuple[list[str], list[str]],
                    running: bool) -> bool:
    """Are two figures of different occasions (module docstring)? ``times``: the dates of each figure's clause;
    ``running``: one is a running count or a revised value, whose weekdays are those of its updates."""
    ka, kb = _kinds(a), _kinds(b)
    if ka and kb and not ka & kb or _ordinals_apart(a, b):
        return True
    days_a, days_b = _weekdays(times[0]), _weekdays(times[1])
    return not running and bool(ka & kb) and bool(days_a) and bool(days_b) and not days_a & days_b
