"""Whose figure a count or a measure is, by the clause that holds it (claims66): "The old bridge measures 300 metres
and has 12 arches" tells the old bridge's length and arches, whatever else the story is about. The holder is:

- the subject of a verb of holding (lexicon ``holding_verbs``: "have", "contain", "measure", "weigh", …) whose object
  or measure is the figure, or that of the verb a conjunct verb shares it with ("measures 300 metres and has 12
  arches"); a relative pronoun stands for the noun its clause tells of ("a ferry that carries …");
- the noun a participle of holding follows, after a comma or not ("a crate, containing 40 bottles"), and the common
  noun a "with" phrase of the figure tells of, a clause's subject, object or apposition ("a ferry with 300 seats";
  not a preposition's object or an adverbial: "built through the draft with three players", "opened at 8 p.m. local
  time with 2,000 drums"); "that of X" is X's ("that of the new terminal measures 90 metres");
- an apposition's noun is the noun it renames ("Dunmore, the county's largest town with 9,000 people": Dunmore);
- none for a pronoun ("it has 12 arches": a pronoun's thing is left to the other rules) or for a company's or a
  storm's common noun ("the company has 500 staff"): the story's name of that kind may stand behind it (referents.py).

The holder is its head noun with its own modifiers ("typical flu virus"; "type of giant virus": a kind's "of" phrase
too). Two figures' holders that share no word are two things' figures (``owners.owners_apart``): two rows, never one
that agrees or differs; two that share a word ("the influenza virus" / "a typical flu virus") may be one thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import lexicon
from .figure import Figure
from .vocab import table

if TYPE_CHECKING:
    from .figure_mention import FigureMention

_HOLDING = lexicon.words("holding_verbs")
_MEASURED = frozenset({"dobj", "npadvmod", "attr", "obj"})
_MODIFIERS = frozenset({"compound", "amod", "flat", "nmod"})
_RELATIVE = frozenset({"that", "which", "who", "whose"})
_THAT_OF = frozenset({"that", "those"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})  # (not "at 8 p.m. local time with …")
_CLIMB = 3
_MARKS = "()“”\"'’‘,.:;"


def _kind_nouns() -> frozenset[str]:
    return frozenset(w for words in table("referent_nouns").values() for w in str(words).split())


def clause_holder(noun: Token | None, number: Token) -> Token | None:
    """The holder's head token (module docstring), or None."""
    thing = noun if noun is not None and number in noun.subtree else number
    while thing.dep_ in ("nummod", "quantmod", "compound") and thing.head.i != thing.i and thing.head.i > thing.i:
        thing = thing.head  # "measures 120 metres": the unit the verb measures
    head = thing.head
    if thing.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "NOUN" and _an_argument(head.head):
        return _resolved(head.head)  # "a ferry with 300 seats" (not "through the draft with three players")
    if thing.dep_ not in _MEASURED or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _HOLDING:
        return None
    subj = _subject(head)
    if subj is not None:
        return _resolved(subj)
    if head.tag_ == "VBG" and head.dep_ in ("acl", "advcl"):  # "a crate, containing 40 bottles"
        before = head.doc[head.i - 1] if head.i > 0 and head.doc[head.i - 1].is_punct else head
        near = head.doc[before.i - 1] if before.i > 0 else None
        if head.dep_ == "acl":
            return _resolved(head.head)
        if near is not None and near.pos_ in ("NOUN", "PROPN") and near.dep_ in ("pobj", "dobj"):
            return _resolved(near)
    return None


def _an_argument(noun: Token) -> bool:
    """A clause's subject or object (through its apposition or list), not a preposition's object or a time."""
    top = noun
    for _ in range(_CLIMB):
        if top.dep_ not in ("appos", "conj") or top.head.i == top.i:
            break
        top = top.head
    return top.dep_ in _ARGUMENTS and not {noun.ent_type_, top.ent_type_} & {"TIME", "DATE"}


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb its conjunct or its auxiliary chain hangs on."""
    for _ in range(_CLIMB):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return None


def _resolved(tok: Token) -> Token | None:
    """A relative pronoun's noun; None for a pronoun or a company's or a storm's common noun."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    for _ in range(_CLIMB):
        if tok.dep_ != "appos" or tok.head.i == tok.i:
            break
        tok = tok.head  # "Dunmore, the county's largest town with 9,000 people": Dunmore
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None) if tok.lower_ in _THAT_OF \
        else None
    if of is not None:  # "that of the new terminal": the terminal
        tok = next((c for c in of.children if c.dep_ == "pobj"), tok)
    if tok.pos_ == "PRON" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _kind_nouns() and not _modifiers(tok):
        return None  # "the company": the story's one company, maybe (referents.py)
    return tok


def _modifiers(tok: Token) -> list[Token]:
    """A noun's own modifiers before it, not a size ("35,000 word manifesto": "manifesto")."""
    return [c for c in tok.children if c.dep_ in _MODIFIERS and c.i < tok.i and not c.is_punct and
            not any(x.like_num for x in c.subtree)]


def holder_of(noun: Token | None, number: Token) -> tuple[str, frozenset[str]]:
    """The holder as written ("typical flu virus"; a kind's "of" phrase too: "type of giant virus") and its words'
    lemmas, lower case ("of" aside); ("", empty) when there is none."""
    tok = clause_holder(noun, number)
    if tok is None:
        return "", frozenset()
    words = [*_modifiers(tok), tok]
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is not None and obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        words += [of, *_modifiers(obj), obj]
    words.sort(key=lambda t: t.i)
    return tok.doc[words[0].i : words[-1].i + 1].text, frozenset(t.lemma_.lower() for t in words if t.lower_ != "of")


def told_old(doc: Doc, fig: Figure) -> bool:
    """A span of years told as its holder's age: "55 million years old" (measures.py reads "old" into the figure and
    a span of 100 years or more as "years ago", deep time). Not a hyphenated modifier ("a 17-day-old crackdown"): its
    noun names the what (the crackdown's length so far)."""
    return fig.dimension in ("years ago", "duration") and 0 < fig.end <= len(doc) and \
        doc[fig.end - 1].lower_ == "old" and not (fig.end >= 2 and doc[fig.end - 2].text == "-")


def held_by(ms: Sequence[FigureMention], what: str) -> str:
    """' (influenza virus)': the holder every mention's clause names, told most often (the shortest of a tie), when
    the what does not already hold its words; '' otherwise."""
    if not ms or any(not m.holder for m in ms):
        return ""
    told = Counter(m.holder for m in ms)
    holder = min(told, key=lambda h: (-told[h], len(h)))
    said = {w.lower().strip(_MARKS) for w in what.split()}
    return "" if {w.lower().strip(_MARKS) for w in holder.split()} <= said else f" ({holder})"
