"""A figure's referent told by a common noun or a pronoun (claims25): "the storm", "the carrier", "the company", "it".

Reports name the referent of a figure far more often by a common noun or a pronoun than by a name (claims23
counted 32 of 58 in-sample split groups whose clauses name no participant), so the frame join (frames.py, kin.one_frame)
could not see that "the storm's winds" in one report and "the storm packed winds" in another are one storm's. Here
such a referent is resolved to the story's name of its kind:

- a common noun of a kind (lexicon referent_nouns: "the storm", "the hurricane" are a storm; "the carrier" an
  airline; "the company", "the firm" a company) with "the" or "this" and no name of its own, or "it" / "its"
  standing for no named subject before it (frames._antecedent found none), as the subject of the figure's verb
  (climbing as frames does), the possessor of the counted thing or of the event noun;
- resolved to the names of that kind (any kind for "it") told before it in its paragraph, else in the report's
  lede (its first paragraph): a storm's name follows a capitalised cue word ("Hurricane Xan", lexicon
  referent_cues), an airline or a company is an organisation whose words include a cue or a legal ending;
- only when exactly one such name is found: two storms or two companies in the paragraph (or in the lede, when the
  paragraph names none) resolve to none, so a pronoun that can stand for two names stands for none.

The name is added to the figure's ``referred`` names, evidence to join (frames.py); a name told by a common noun of
its kind is also the figure's ``referent``, which keeps two figures apart as a named participant does ("the storm"
after "Typhoon Xan" / "the storm" after "Typhoon Yul"), while a pronoun's never does.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .frames import CLIMB, LEGAL_SUFFIXES, name_key
from .vocab import table

Kinds = dict[str, tuple[str, ...]]  # kind -> the distinct names of that kind, as keys, in order

_THING_PRONOUNS = frozenset({"it", "its"})


@cache
def _words(section: str) -> dict[str, frozenset[str]]:
    return {k: frozenset(str(v).split()) for k, v in table(section).items()}


def _noun_kind(word: str) -> str | None:
    return next((k for k, ws in _words("referent_nouns").items() if word in ws), None)


def names_of_kinds(doc: Doc, upto: int | None = None) -> Kinds:
    """The names of each kind (module docstring) in a paragraph, before token ``upto`` if given."""
    found: dict[str, list[str]] = {k: [] for k in _words("referent_nouns")}
    end = len(doc) if upto is None else upto
    cues = _words("referent_cues")
    for t in doc[:end]:
        kind = _name_kind(t, cues)
        if kind is not None and kind in found:
            key = name_key(t) if t.ent_type_ else _untagged_key(t)
            if key not in found[kind]:
                found[kind].append(key)
    return {k: tuple(v) for k, v in found.items()}


def _name_kind(t: Token, cues: dict[str, frozenset[str]]) -> str | None:
    """The kind of name token ``t`` is the last word of: a storm's name after its cue word, an organisation (or a
    name the tagger missed that ends in a cue word: "Beta Holdings") with a cue or a legal ending in its words."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper():
        return None
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.lower_ in cues.get("storm", ()) and \
            t.lower_ not in cues.get("storm", ()):
        return "storm"  # "Hurricane Xan", "Tropical Storm Xan"
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I":
        return None  # (an organisation is read once, at its last word)
    if t.ent_type_ == "ORG":
        lo = t.i
        while lo > 0 and t.doc[lo].ent_iob_ == "I":
            lo -= 1
        words = {w.lower_.rstrip(".") for w in t.doc[lo : t.i + 1]}
    elif not t.ent_type_ and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
        words = {t.lower_.rstrip(".")}
    else:
        return None
    after = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
    if words & cues.get("airline", frozenset()) or after == "flight" and t.ent_type_ == "ORG":
        return "airline"
    if words & (cues.get("company", frozenset()) | LEGAL_SUFFIXES):
        return "company"
    return None


def _untagged_key(t: Token) -> str:
    """The key of a name the tagger missed ("Beta Inc": "beta"), as frames.name_key makes one."""
    words = [c.lower_ for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t.lower_.rstrip(".")]
    return " ".join(w for w in words if w not in LEGAL_SUFFIXES) or " ".join(words)


def _subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ in ("relcl", "acl") or v.dep_ not in CLIMB or v.head is v:
            return None
        v = v.head
    return None


def _candidates(event: Token | None, noun: Token | None) -> list[Token]:
    """The tokens of the clause that may tell its referent (module docstring)."""
    out = [c for c in noun.children if c.dep_ == "poss"] if noun is not None else []
    if event is not None:
        verb = event
        if event.pos_ in ("NOUN", "PROPN"):
            out += [c for c in event.children if c.dep_ == "poss"]
            verb = event.head.head if event.dep_ == "pobj" else event.head  # "the storm packed winds of 150 kph"
            verb = verb if verb.pos_ in ("VERB", "AUX") and event.dep_ in ("dobj", "pobj", "attr") else event
        subj = _subject(verb)
        if subj is not None and subj is not noun:
            out.append(subj)
    return out


def _kinds_told(tok: Token) -> tuple[str, ...]:
    """The kinds of name a common noun or a pronoun may stand for (none for anything else)."""
    if tok.pos_ == "PRON":
        return tuple(_words("referent_nouns")) if tok.lower_ in _THING_PRONOUNS else ()
    kind = _noun_kind(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if kind is None or any(c.pos_ == "PROPN" for c in tok.children):
        return ()
    return (kind,) if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) else ()


def clause_referents(event: Token | None, noun: Token | None, lede: Kinds) -> tuple[frozenset[str], frozenset[str]]:
    """The one name a common noun or a pronoun of the figure's clause stands for, as a key: (names told by a common
    noun, names told by a pronoun); empty when there is none or more than one (module docstring)."""
    by_noun: set[str] = set()
    by_pronoun: set[str] = set()
    for tok in _candidates(event, noun):
        kinds = _kinds_told(tok)
        if not kinds:
            continue
        here = names_of_kinds(tok.doc, tok.i)
        found = {k for kind in kinds for k in here.get(kind, ())}
        if not found:
            found = {k for kind in kinds for k in lede.get(kind, ())}
        if len(found) == 1:
            (by_pronoun if tok.pos_ == "PRON" else by_noun).update(found)
    return frozenset(by_noun), frozenset(by_pronoun - by_noun)
