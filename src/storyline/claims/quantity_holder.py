"""Whose quantity a percentage is, and whether it is a change or a level, by the parse of its own clause (claims90):
two reports' "rose 0.8 percent" are one figure only when they are of one thing, and "raised the rate by 0.25 percent"
is not "raised the rate to 4 percent".

News tells a market's, a price's or a rate's change with the thing as the subject of a verb of change and the figure
as the verb's measure ("Norland's NX50 index rose 0.8 percent", "the krone slipped 0.8 percent"), and a target or a
share as a possessor's ("the Norbank's 2 percent target"). The holder is then:

- the possessor of the noun the figure measures ("the Norbank's 2 percent target": Norbank);
- else, when the figure is the measure of an intransitive verb (its object, "by"/"to"/"at" phrase, or an adverb's
  measure: "up 1.7 percent", "0.8 percent higher"), the verb's subject, or that of the verb it hangs on ("having
  climbed 1.2 percent"): the subject's head noun with its compounds, its possessor and its "of"/"for" phrase ("that
  for the Norland 100": Norland); a transitive verb's subject acts on its object ("the bank raised rates by 0.25
  percent"), so it holds nothing here; nor does a noun's "of" phrase ("growth of 2.1 percent").

Two holders are one when they share a word, a short form is a long one's start ("Fed" / "Federal Reserve"), or an
acronym is the other's initials ("UN" / "United Nations"). Two mentions whose holders are not one, one of them a name
(a proper noun), are two quantities whatever their values, unless the unnamed one is a body's common noun, which
may stand for the named one ("the central bank's target" / "the Norbank's target"; lexicon generic_body_nouns,
company_nouns). Two holders of common nouns only that are not one are two quantities when their values differ ("wool
prices rose 0.4 percent" / "the krone climbed 1.2 percent"); with one value they may be one thing told in two words
and are left to the other rules, as is a pronoun's or a bare percentage's clause, which names no holder.

The kind: a change when the figure is a "by" phrase's, the object or measure of a verb of change (lexicon
increase_verbs, decrease_verbs, change_verbs, move_verbs), the measure of "up"/"down"/"higher"/"lower", or counts a
noun of change ("a 0.4 percent rise"); a level when it is a verb's "to"/"at"/"from" phrase ("raised its rate to 1.25
percent", "left it unchanged at 0.1 percent"). A change and a level are two quantities (``quantities_apart``): two
rows, never a join, and so never a "differ" between them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from ..names import ACRONYM_SKIP
from .figure_mention import FigureMention, Quantity
from .vocab import word_set

_CLIMB = 4  # steps from the figure up to its verb
_MEASURE = frozenset({"dobj", "npadvmod", "advmod", "acomp", "prep", "pobj", "attr", "nummod", "quantmod", "obj"})
_MEASURE_PREPS = frozenset({"by", "to", "at", "of"})
_LEVEL_PREPS = frozenset({"to", "at", "from"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})
_COMPLEMENTS = frozenset({"of", "for"})
_PARTS = frozenset({"compound", "flat", "amod"})
_BODIES = lexicon.words("generic_body_nouns") | lexicon.words("company_nouns")  # "the central bank" may be a name's
_CHANGE_VERBS = word_set("increase_verbs") | word_set("decrease_verbs") | word_set("change_verbs") | \
    word_set("move_verbs")
_CHANGE_NOUNS = word_set("change_nouns")
_MOVES = frozenset({"up", "down", "higher", "lower"})
_MIN_SHORT = 3  # letters of a short form read as a long name's start ("Fed")
_VERBAL = frozenset({"VERB", "AUX", "ADJ"})


def quantity_of(noun: Token | None, number: Token, start: int | None = None) -> Quantity:
    """The figure's holder and kind (module docstring); ``start`` is the figure's first token, when known."""
    thing = noun if noun is not None and number in noun.subtree else number
    return Quantity(_holder(thing), "level" if _after_level_word(number, start) else _kind(thing))


def _after_level_word(number: Token, start: int | None) -> bool:
    """Does the figure open right after "to"/"at"/"from" with another figure just before it? The parser may read "by
    $40 million to $1.2 billion" as one range under "by"; when the reading made them two figures (no range: that is
    one figure, "rise 15 to 20 percent"), the second is a level, not the change. Only after another figure
    (claims99)."""
    if start is None or start < 2 or number.doc[start - 1].lower_ not in _LEVEL_PREPS:
        return False
    return any(t.like_num for t in number.doc[max(0, start - 6):start - 1])


def _holder(thing: Token) -> tuple[str, ...]:
    poss = next((c for c in thing.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _words(poss)
    t = thing
    for _ in range(_CLIMB):
        head = t.head
        if head.i == t.i or t.dep_ not in _MEASURE or t.dep_ == "pobj" and head.lower_ not in _MEASURE_PREPS:
            return ()
        if head.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            return _words(poss) if poss is not None else ()  # "growth of 2.1 percent": the noun's, not a verb's
        if head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in _OBJECTS and c.i != t.i for c in head.children):
                return ()  # "the bank raised rates by 0.25 percent": the subject acts on its object
            subj = clause_subject(head)
            return _words(subj) if subj is not None else ()
        t = head
    return ()


def _kind(thing: Token) -> str:
    if thing.pos_ == "NOUN" and thing.lemma_.lower() in _CHANGE_NOUNS:
        return "change"  # "a 0.4 percent rise"
    first = min((t.i for t in thing.subtree if t.like_num), default=thing.i)  # (not a range's "15 to 20 percent")
    marks = {t.lower_ for t in thing.subtree if t.dep_ == "quantmod" and t.i < first}  # "fell ... to €5.6m"
    if marks & _LEVEL_PREPS or "by" in marks:
        return "level" if marks & _LEVEL_PREPS else "change"
    t = thing
    for _ in range(_CLIMB):
        head = t.head
        if head.i == t.i:
            return ""
        if t.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ == "by":
                return "change"
            up = head.head if head.head.dep_ == "prep" else head.head.head  # "from 3.75 percent to 4 percent"
            ranged = up.lower_ in _LEVEL_PREPS and up.dep_ == "prep"
            return "level" if head.lower_ in _LEVEL_PREPS and (head.head.pos_ in _VERBAL or ranged) else ""
        if t.dep_ in ("dobj", "obj", "npadvmod") and head.pos_ == "VERB":
            return "change" if head.lemma_.lower() in _CHANGE_VERBS else ""
        if t.dep_ == "npadvmod" and head.lower_ in _MOVES:
            return "change"  # "up 1.7 percent", "0.8 percent higher"
        if t.dep_ not in ("nummod", "quantmod", "compound"):
            return ""
        t = head
    return ""


def clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it completes or is a side clause of ("having climbed 1.2 percent",
    "overcame a slow start to finish with 20 points"); owners.py reads whose a count is with it too."""
    for _ in range(_CLIMB):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return None


def _parts(tok: Token) -> list[Token]:
    """A noun with its compounds, flat parts and adjectives, and theirs ("Hong Kong stocks")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ in _PARTS]
    return out


def _words(tok: Token) -> tuple[str, ...]:
    """A noun phrase's holder words: its head, compounds, possessor and "of"/"for" phrase (module docstring)."""
    if tok.pos_ == "PRON" and tok.lower_ not in ("that", "those"):
        return ()
    toks = _parts(tok)
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            toks += _parts(c)
        if c.dep_ == "prep" and c.lower_ in _COMPLEMENTS:
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None:
                toks += _parts(obj) + [t for x in obj.children if x.dep_ == "poss" for t in _parts(x)]
    out = []
    for t in sorted(toks, key=lambda t: t.i):
        if t.pos_ not in ("NOUN", "PROPN") or t.like_num:
            continue
        for part in t.text.split("-") if t.pos_ == "PROPN" else [t.lemma_.lower()]:
            if part and not part.isdigit():
                out.append(part.strip("'’"))
    return tuple(w for w in out if w)


def _named(words: tuple[str, ...]) -> list[str]:
    return [w for w in words if w[:1].isupper()]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIP).upper()


def _one_name(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Do two holders name one thing: a word in common, a short form's start, an acronym's initials?"""
    lx, ly = {w.lower() for w in x}, {w.lower() for w in y}
    if lx & ly:
        return True
    for a, b in ((x, y), (y, x)):
        for w in _named(a):
            if len(w) >= _MIN_SHORT and any(v.lower().startswith(w.lower()) for v in _named(b)):
                return True  # "Fed" / "Federal Reserve"
            initials = _initials(_named(b))
            if w.isupper() and len(w) >= 2 and len(initials) >= 2 and _in_order(initials, w):
                return True  # "UN" / "United Nations"; "BoN" / "Bank of Norland"
    return False


def _in_order(initials: str, acronym: str) -> bool:
    """Are the initials the acronym's letters, in order, the acronym's first letter the first initial?"""
    it = iter(acronym.upper())
    return acronym[:1].upper() == initials[:1] and all(ch in it for ch in initials)


def quantities_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two percentages or sums of holders not one, one of them named, or a change and a level (module docstring)."""
    if a.dimension != b.dimension or a.dimension not in ("percent", "money"):
        return False
    if {a.quantity.kind, b.quantity.kind} == {"change", "level"}:
        return True  # "raised its rate by 0.25 percent" / "raised its prime rate to 4 percent"
    x, y = a.quantity.holder, b.quantity.holder
    if a.dimension != "percent" or not x or not y or _one_name(x, y):
        return False
    if any(not _named(h) and _BODIES & set(h) for h in (x, y)):
        return False  # ("the central bank" / "the Norbank")
    return bool(_named(x) or _named(y)) or (a.value, a.high) != (b.value, b.high)  # ("wool prices rose 0.4
    # percent" / "the krone climbed 1.2 percent": two things' changes; equal values of two common nouns may be one)
