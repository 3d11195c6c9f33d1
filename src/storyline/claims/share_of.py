"""What a percentage is a percentage of, and whose it is, by the parse of its own phrase and clause (claims94).

News writes a share as its whole's "of" object ("Germany spent 1.19 percent of its GDP"), as a modifier of the
noun it sizes ("meet the 2 percent threshold", "an 80 percent reversal rate"), or bare as the object of a verb of
holding ("Norland comes second, supplying 14.65 percent"). The row's what is then that whole ("share of GDP"), that
noun ("threshold", "reversal rate") or the verb's participle ("percentage supplied"), with its holder in brackets:
the subject that has, spends, meets or sets it (lexicon ``share_holding_verbs``), climbing from a participle or an
infinitive to the subject it shares ("Norland has promised to meet ..."; "asks its members to spend ...": the members),
or the noun's possessor ("the Norbank's 2 percent target"). A pronoun holds nothing here (its speaker may be shown).

Not here: a share that is its clause's subject ("60 percent of the dead were women": the clause says which ones),
a share of any other verb's object ("gave them 20 percent of the crop": the verb says more than whose), a change
("rose 3 percent", "a 3 percent rise": rises.py, quantity_holder.py), a noun that is a unit or a generic word.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .vocab import word_set
from .wording import participle

PERCENT_WORDS = word_set("share_unit_words")
HOLDING_VERBS = word_set("share_holding_verbs")  # verbs whose subject holds the share of their object
BEING_VERBS = word_set("share_being_verbs")  # verbs whose subject is the share of a whole ("is 11 percent of")
CHANGE_NOUNS = word_set("change_nouns")
MEASURED_NOUNS = word_set("share_measured_nouns")  # a subject that is the measured thing, not its holder
EMPTY_NOUNS = word_set("empty_label_nouns") | word_set("measure_unit_nouns") | word_set("chance_nouns")  # ("an 80%
# chance of rain": what it is a chance of is told by its own words, windows.py)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "appos", "oprd"})
_CLIMB = frozenset({"dobj", "obj", "attr", "appos", "pobj", "prep", "oprd"})
_SHARED_SUBJECT = frozenset({"xcomp", "advcl", "conj"})
_MODIFIER = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
_DROPPED = frozenset({"det", "poss", "predet", "punct", "case"})
_MAX_WHOLE = 6  # words of a whole's phrase; a longer one is a clause, left to the old what
_STEPS = 4
_DASHES = frozenset({"-", "–", "—"})
_LEVEL_PREPS = frozenset({"from", "to", "at", "with"})  # ("won with a 7 percent swing": theirs)


@dataclass(frozen=True, slots=True)
class ShareWhat:
    """A percentage's what ("share of GDP", "threshold", "percentage supplied") and its holder; '' if none."""

    what: str = ""
    holder: str = ""


NO_SHARE = ShareWhat()


def share_what(doc: Doc, start: int, end: int) -> ShareWhat:
    """The what and holder of the percentage at tokens ``start``-``end`` (module docstring); NO_SHARE when its
    parse shows none of the three forms."""
    unit = next((doc[k] for k in range(end - 1, start - 1, -1) if _percent_word(doc, k)), None)
    if unit is not None and unit.dep_ == "conj" and unit.head.i >= start and _percent_word(doc, unit.head.i):
        unit = unit.head  # "between 3 percent and 5 percent of its income": the range's first unit has its role
    if unit is None or unit.dep_ in _SUBJECTS or _paired(doc, start, end):
        return NO_SHARE  # (a side of a pair or a range: "a 52-48% majority")
    whole = next((c for u in (unit, *unit.conjuncts) if u.i < end for p in u.children if p.dep_ == "prep"
                  and p.lower_ == "of" for c in p.children if c.dep_ == "pobj" and c.pos_ not in ("PRON", "DET")),
                 None)  # ("of that $9 million")
    if whole is not None:
        return _of_whole(unit, whole)
    if unit.dep_ in _MODIFIER and unit.head.tag_ == "NN" and unit.head.i > unit.i:  # (a plural's share is of
        # those it counts: "schools with 10% white pupils")
        return _sized_noun(doc, unit, unit.head)
    verb = _verb(unit) if unit.dep_ in _OBJECTS else None
    subject = _subject(verb) if verb is not None and verb.lemma_.lower() in HOLDING_VERBS else None
    if verb is None or subject is None or not (holder := _phrase(subject)):
        return NO_SHARE
    if subject.lemma_.lower() in MEASURED_NOUNS:  # "the final turnout may exceed 80%": the turnout's own level
        return ShareWhat(holder)
    return ShareWhat(f"percentage {participle(verb.lemma_.lower(), None)}", holder)


def _paired(doc: Doc, start: int, end: int) -> bool:
    """Is the figure a side of a pair or a range written with a dash ("a 52-48% majority", "0-10% of pupils")?"""
    return any(doc[k].text in _DASHES and doc[k - 1].like_num and doc[k + 1].like_num
               for k in range(max(start - 2, 1), min(end, len(doc) - 1)))


def _percent_word(doc: Doc, k: int) -> bool:
    """"percent", "%", "pct", or the "cent" of "per cent"."""
    low = doc[k].lower_
    return low in PERCENT_WORDS or low == "cent" and k > 0 and doc[k - 1].lower_ == "per"


def _of_whole(unit: Token, whole: Token) -> ShareWhat:
    """"share of GDP (Germany)" when a verb of holding or being governs the share, else NO_SHARE."""
    verb = _verb(unit)
    if verb is None:
        return NO_SHARE
    lemma = verb.lemma_.lower()
    if lemma not in HOLDING_VERBS and lemma not in BEING_VERBS:
        return NO_SHARE
    words = _phrase(whole)
    if not words:
        return NO_SHARE
    return ShareWhat(f"share of {words}", _holder(verb))


def _sized_noun(doc: Doc, unit: Token, noun: Token) -> ShareWhat:
    """"threshold (Germany)" for "Germany has promised to meet the 2 percent threshold"."""
    if noun.lemma_.lower() in CHANGE_NOUNS | EMPTY_NOUNS or any(t.pos_ in ("NUM", "PROPN") for t in
                                                                 doc[unit.i + 1:noun.i + 1]):
        return NO_SHARE
    words = " ".join(t.text for t in doc[unit.i + 1:noun.i + 1] if not t.is_punct)  # (no stray quote mark: "100
    # percent" support")
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is not None:
        return ShareWhat(words, _phrase(owner))
    verb = _verb(noun)
    moved = any(p.dep_ == "prep" and p.lower_ in _LEVEL_PREPS and (p.lower_ != "with" or _result_with(verb))
                for p in noun.ancestors if verb is None or p.i > verb.i)
    held = verb is not None and (verb.lemma_.lower() in HOLDING_VERBS or moved)  # ("have gone from 3 percent
    return ShareWhat(words, _holder(verb) if held and verb is not None else "")  # support to 11": theirs)


def _result_with(verb: Token | None) -> bool:
    """Does a "with" phrase tell its subject's own result ("the Greens won with a 7 percent swing"), not an instrument
    ("Sample slides were stained with a 0.25% solution", "the lab stained the slides with ...")? Only an active
    verb with no object has one (claims99): a passive subject is acted on, and an object is what the instrument
    acts on."""
    if verb is None or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subject = _subject(verb)
    return subject is not None and subject.dep_ == "nsubj" and \
        not any(c.dep_ == "auxpass" for c in subject.head.children)


def _verb(tok: Token) -> Token | None:
    """The verb whose object (or object's apposition, or preposition's object) the token is; None past a noun."""
    for _ in range(_STEPS):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ == "pobj" or tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in _OBJECTS:
            return None  # ("the defense of 2% of GDP": a noun's, not a verb's)
    return None


def _holder(verb: Token) -> str:
    """The subject's words (``_subject``); '' for none."""
    subject = _subject(verb)
    return _phrase(subject) if subject is not None else ""


def _subject(verb: Token) -> Token | None:
    """The subject the verb's clause shares (module docstring); None for a pronoun or none, and for a participle
    whose main clause has an object (it may be that object's: "has a large community, making up 5%")."""
    for _ in range(_STEPS):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _one_subject(verb, subjects)
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        told = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
        if told is not None and verb.dep_ == "xcomp":
            return None if told.pos_ in ("PRON", "DET") else told  # "asks its members to spend"
        if told is not None:
            return None
        verb = verb.head
    return None


def _one_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The verb's one nominal subject, or for a relative "that"/"which" the noun the clause hangs on; None when the
    parse leaves two candidates (two subjects, a conjunct list, an apposition: no holder rather than the wrong one)
    or gives a pronoun or a number ("Turnout at 18.00")."""
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the valley, which supplies 30 percent of ...": the valley's
        if not _next_to(subject, verb):
            return None
    if subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("conj", "appos") for c in subject.children):
        return None
    own = [t for c in subject.children if c.dep_ not in ("relcl", "acl") for t in c.subtree]
    return None if any(t.like_num for t in own) else subject


def _next_to(noun: Token, clause: Token) -> bool:
    """Does the relative clause open right after its noun (a comma between at most), so that no nearer noun could
    be what it tells of ("the valley in Norland, which ...": the valley's or Norland's)?"""
    return noun.i < clause.left_edge.i and all(t.is_punct for t in noun.doc[noun.i + 1:clause.left_edge.i])


def _phrase(head: Token) -> str:
    """A noun's words: its left modifiers without a determiner or possessive pronoun, and its "of" phrase; '' when
    they hold a verb or are longer than a name's (then they are a clause)."""
    tokens = [t for c in head.lefts if not (c.dep_ in _DROPPED and c.pos_ != "PROPN") for t in c.subtree]
    tokens.append(head)
    tokens += [t for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    tokens.sort(key=lambda t: t.i)
    while tokens[0].i != head.i and (tokens[0].dep_ in ("det", "predet") or tokens[0].pos_ == "PRON"):
        tokens.pop(0)  # ("the" of "the Farmers' League")
    if any(t.pos_ in ("VERB", "AUX") for t in tokens) or len(tokens) > _MAX_WHOLE:
        return ""
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return ""
    return head.doc[tokens[0].i:tokens[-1].i + 1].text


def row_share(shares: list[ShareWhat]) -> str:
    """A row's what from its mentions' (``share_what``): the most common what when more than half of them give one,
    with the holder when those that name one agree; '' otherwise (the row keeps its clause's what)."""
    given = [s for s in shares if s.what]
    if not given or 2 * len(given) <= len(shares):
        return ""
    counts = Counter(s.what for s in given)
    what = max(counts, key=lambda w: (counts[w], -len(w)))
    holders = {s.holder.lower(): s.holder for s in given if s.holder}
    return what + (f" ({next(iter(holders.values()))})" if len(holders) == 1 else "")
