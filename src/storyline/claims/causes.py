"""What caused a casualty, as a word ("killed in strikes": strike; "Super Typhoon Zeb killed": typhoon), whether
the cause is named in the plural ("the storms left 370 dead"), and how far two causes are apart (one word, one
family, two kinds). Moved from counted.py (claims69, no behaviour change)."""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import by_word, word_set

CAUSE_FAMILIES: dict[str, str] = by_word("causes")
CAUSE_SYNONYMS: dict[str, str] = by_word("cause_synonyms")
SHOOTING_FIRE = word_set("shooting_fire_words")  # "friendly fire", "sniper fire": shooting (claims72)


def _lemma(tok: Token) -> str:
    """Lower-case lemma (the text where spaCy gives none), as counted.lemma."""
    return (tok.lemma_ or tok.text).lower()


def cause_of(event: Token | None, noun: Token) -> str | None:
    """What caused a casualty, as a lemma: the event's subject, agent, or 'in/by X' ('killed in strikes')."""
    tok = _cause_token(event, noun)
    if tok is None:
        return None
    if _lemma(tok) == "fire" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in SHOOTING_FIRE:
        return "gunfire"  # "the so-called friendly fire incident", "killed by sniper fire": shooting, not a blaze
    return _lemma(tok)


def causes_plural(event: Token | None, noun: Token) -> bool | None:
    """Is the cause named in the plural ('the storms left 370 dead': a total over several storms), in the
    singular ('the storm killed 156'), or not named (None)?"""
    tok = _cause_token(event, noun)
    return None if tok is None else tok.tag_ in ("NNS", "NNPS")


def _cause_token(event: Token | None, noun: Token) -> Token | None:
    cands: list[Token] = []
    if event is not None:
        for c in event.children:
            if c.dep_ in ("nsubj",) and c.pos_ in ("NOUN", "PROPN") and c.i != noun.i:
                cands.append(c)
            if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in", "from", "after", "during"):
                cands.extend(t for t in c.subtree if t.pos_ == "NOUN")
        if event.dep_ in ("relcl", "acl") and event.head.i != noun.i:
            cands.append(event.head)  # "strikes that killed 24 people"
        if event.dep_ in ("advcl", "xcomp", "conj") and event.head.pos_ == "VERB":
            head = event.head  # "two airstrikes hit ..., killing about 20 people"
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "NOUN":
                cands.append(subj)
            cands.append(head)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "from"):
            cands.extend(t for t in c.subtree if t.pos_ == "NOUN")
    for c in cands:
        if _lemma(c) in CAUSE_FAMILIES:
            return c
        if c.pos_ == "PROPN":  # "Super Typhoon Zeb killed ...": a named storm, by the word before its name
            named = next((t for t in c.children if t.dep_ == "compound" and _lemma(t) in CAUSE_FAMILIES), None)
            if named is not None:
                return named
    return None


def cause_distance(a: str | None, b: str | None) -> int:
    """0: same or unknown cause; 1: different words of one family; 2: different kinds of cause."""
    if a is None or b is None or a == b or a.endswith(b) or b.endswith(a):
        return 0
    if CAUSE_SYNONYMS.get(a) is not None and CAUSE_SYNONYMS.get(a) == CAUSE_SYNONYMS.get(b):
        return 0  # "fire" / "blaze": one incident, two words
    return 1 if CAUSE_FAMILIES.get(a) == CAUSE_FAMILIES.get(b) else 2
