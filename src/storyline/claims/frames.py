"""Who or what a figure's clause is about: the named participants of its event (the subject or agent of the
governing verb, reached through "was unable to make", "appeared to have won" and a relative clause's antecedent;
the possessor of the counted thing or of the event noun; the passive "by" agent; the verb's object when it is not
the counted thing: "agreed to acquire Beta Inc for $2.1 billion"), and apart from them, the names a pronoun of the
clause stands for (the named subject before it in its paragraph: "Acme ... It has been unable to pay"), which
are evidence to join but never to keep apart. Whether two clauses tell one event is ``kin.events_kin`` (one
verb lemma, kin words, or one event family).

grouping.py reads the frame three ways: two figures of one measure, one unit and one counted thing whose clauses
name the same participant in one kind of event are one figure whatever their values or nouns (kin.one_frame:
"Freedonia asked for $14 billion in aid" / "Freedonia requested $18 billion": differ); two different values
whose clauses name only different participants are two figures ("Freedonia asked ..." / "Sylvania asked ...");
and two counts of one word that are each the subject or object of events of different kinds are two referents
("four suicide bombers blew themselves up" / "images showed three bombers"; kin.events_apart). The speaker of a
reported clause is no participant ("police said 12 died": no climbing through ``ccomp``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .vocab import table

NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "EVENT", "LOC"})
CLIMB = frozenset({"xcomp", "acomp", "advcl", "conj", "pcomp", "prep", "pobj"})  # ("unable to make")
_HOLDER_DEPS = frozenset({"poss", "compound", "nmod"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
THING_PRONOUNS = frozenset({"it", "its", "they", "their"})
LEGAL_SUFFIXES = frozenset(w.lower().rstrip(".") for w in lexicon.words("legal_suffixes"))
STORM_CUES = frozenset(str(table("referent_cues").get("storm", "")).split())


def name_key(x: Token) -> str:
    """A name as one key: a person by the last word of the name ("Cardoso" for "Fernando Henrique Cardoso"),
    anything else by its whole name without a legal ending or "the" ("beta" for "Beta Inc", "white house")."""
    doc, lo, hi = x.doc, x.i, x.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == x.ent_type_:
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    words = [t.lower_.rstrip(".") for t in doc[lo:hi] if t.lower_ != "the" and t.pos_ != "PUNCT"]
    words = [w for w in words if w not in LEGAL_SUFFIXES] or words
    while len(words) > 1 and words[0] in STORM_CUES:
        words = words[1:]  # "Typhoon Xan", "Tropical Storm Xan": one storm, "xan" (claims25, referents.py)
    if x.ent_type_ == "PERSON":
        return words[-1] if words else x.lower_
    return " ".join(words)


def _names(tok: Token) -> set[str]:
    """Names on a noun phrase's head: the head itself, its compound, possessive and appositive parts, and the
    name it is "of" ("the government of Freedonia")."""
    out: set[str] = set()
    of = (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    for t in (tok, *of, *(c for c in tok.children if c.dep_ in (*_HOLDER_DEPS, "appos", "flat"))):
        for x in (t, *(c for c in t.children if c.dep_ in ("compound", "flat"))):
            if x.pos_ == "PROPN" and x.ent_type_ in NAME_TYPES:
                out.add(name_key(x))
    return out


def _antecedent(pron: Token) -> Token | None:
    """The named subject a pronoun stands for: the last subject before it in its paragraph that names a person
    ("he", "his") or anything else ("it", "its", "they": "PAL ... It has been unable to pay"), else None."""
    person = pron.lower_ in PERSON_PRONOUNS
    if not person and pron.lower_ not in THING_PRONOUNS:
        return None
    for t in reversed(pron.doc[: pron.i]):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        kinds = {x.ent_type_ for x in (t, *t.children) if x.pos_ == "PROPN" and x.ent_type_ in NAME_TYPES}
        if kinds and (person == ("PERSON" in kinds)):
            return t
    return None


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject (or passive agent) of a verb, climbing to the verb it depends on ("appeared to have won"), and
    whether it was found through a pronoun (``_antecedent``)."""
    v: Token | None = verb
    for _ in range(4):
        if v is None:
            break
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj, False
        agent = next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return agent, False
        if v.dep_ in ("relcl", "acl"):
            return v.head, False  # "PAL, which has been unable to make payments": PAL
        if subj is not None:
            return _antecedent(subj), True
        if v.dep_ not in CLIMB or v.head is v:
            break
        v = v.head
    return None, False


def participants(event: Token | None, noun: Token | None,
                 number: Token | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """Names of who or what the figure's clause is about (module docstring), as keys (``name_key``): those the
    clause names, and those it refers to by a pronoun (weaker: evidence to join, never to keep apart). A figure
    with no counted noun (a storm's "Category 3") is read from its ``number`` for the name it stands beside."""
    named: set[str] = set()
    referred: set[str] = set()
    if noun is not None:
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                owner = _antecedent(c)  # ("its $2.4 billion takeover": the company named before)
                referred.update(_names(owner) if owner is not None else ())
            elif c.dep_ in _HOLDER_DEPS:
                named.update(_names(c))
    held = _appositive_of(noun if noun is not None else number)
    if held is not None:
        named.update(_names(held))  # "As Irene -- a Category 3 hurricane -- blasted …": Irene's (claims72)
    if event is not None:
        if event.pos_ in ("NOUN", "PROPN"):
            named.update(n for c in event.children if c.dep_ in _HOLDER_DEPS for n in _names(c))
        subj, pronoun = _subject(event)
        if subj is not None:
            (referred if pronoun else named).update(_names(subj))
        named.update(n for c in event.children if c.dep_ == "dobj" and c is not noun for n in _names(c))
    return frozenset(named), frozenset(referred - named)


def _appositive_of(noun: Token | None) -> Token | None:
    """The name a figure's noun phrase is set beside ("Irene -- a Category 3 hurricane", "Acme, a 300-person
    firm"): the figure is that name's, whatever verb the parse hangs the clause on."""
    t = noun
    for _ in range(3):
        if t is None:
            return None
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            return t.head
        if t.dep_ not in ("nmod", "compound", "amod", "nummod") or t.head.i == t.i:
            return None
        t = t.head
    return None


def direct_argument(event: Token | None, noun: Token | None, number: Token) -> bool:
    """Is the counted thing itself the subject, object or passive agent of its event ("four bombers blew
    themselves up", "images showed three bombers"), or its number when it counts a part ("three of the bombers
    were shown"), not a word on another ("delegates from 190 nations met", "met with two of the bombers")?"""
    if event is None or noun is None:
        return False
    for t in (noun, number) if noun.head.lower_ == "of" else (noun,):
        if t.head.i == event.i and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == event.i


def _prefix(x: str, y: str) -> bool:
    short, long_ = sorted((x.split(), y.split()), key=len)
    return long_[: len(short)] == short


def share_participant(x: frozenset[str], y: frozenset[str]) -> bool:
    """Do two clauses name one participant: one name, or one the start of the other ("Sao Paulo" / "Sao Paulo
    Bovespa", "Acme" / "Acme Motors"; not "House" / "White House")?"""
    return bool(x & y) or any(_prefix(a, b) for a in x for b in y)
