"""What a distance measures, read the way English writes it (claims92): a distance is told by the phrase its unit
opens, "150 km west of Skerry Rock", "about 15 km off the harbour pier", "13 km offshore from the cape", "60 km
from the border", so that phrase, not the clause's verb, names the row: "distance (km) west of Skerry Rock", never
"distance carried (km)" of "the search is being carried out 10 km west of X". The place the phrase names is where
the distance is measured from, so the row is not "in" it.

The phrase: right after the unit (and a bracketed conversion, "(37 miles)"), a compass bearing with its "of" or
"from" ("south-east of"), or a word of the lexicon's ``distance_reach_words`` ("off", "from", "offshore from", "away
from", "outside of"), then its object's noun phrase (with a "from"/"of" phrase of its own: "off the coast from
Kilbeg"). A bare "from" after a verb of going is the journey's start, and the verb names the distance ("flew 300
km from Perth": journeys.py). The unit must hang on the phrase's first word, or that word on the unit, in the parse,
so the words are the figure's own, not another clause's. A bare "away" names nothing ("lies 30 km away").

When the figure is an aside set off by a comma after a name ("the town of Ardmore, 20 km north of the dam"), that
named thing is what lies at the distance: the row is "distance of Ardmore (km) north of the dam" and Ardmore is no
"in" place either. A noun the figure is the "of" phrase of names the measure ("a range of 240 km west of X": "range
(km) west of X").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .figure import Figure
from .readings import SENDING_VERBS
from .vocab import word_set
from .wording import noun_phrase, tokens_text

_COMPASS = word_set("compass_points")
_REACH = word_set("distance_reach_words")  # "off", "from", "offshore", "away", "outside"
_SPAN_REACH = word_set("span_reach_words")  # "into": how far into a thing a span is
_REACH_PREPS = word_set("distance_reach_preps")  # "of", "from": what a bearing or an adverb takes its place by
_BRACKET = 8  # tokens of a bracketed conversion skipped ("(37 miles)")
_CLIMB = 2  # parse steps from the unit up to the phrase's first word ("around six miles off": miles → around → off)
_OBJECT = 7  # words of the object's noun phrase kept as written; a longer one is shortened (wording.noun_phrase)


@dataclass(frozen=True, slots=True)
class Reach:
    """A distance's own phrase ("west of Skerry Rock") and the named thing an aside says lies there ('' if none)."""

    phrase: str = ""
    holder: str = ""
    measure: str = ""  # the noun whose "of" phrase the figure is ("range" of "a range of 240 km west of X")


NO_REACH = Reach()


def reach_of(doc: Doc, fig: Figure) -> Reach:
    """The phrase a distance's unit opens and the aside's holder (module docstring); ``NO_REACH`` for any other."""
    if fig.end < 1 or fig.end >= len(doc):
        return NO_REACH
    if fig.dimension == "duration":
        return _span_into(doc, fig)
    if fig.dimension != "length":
        return NO_REACH
    unit, k = _unit(doc, fig), _past_bracket(doc, fig.end)
    if k >= len(doc) or not _hangs(unit, doc[k]):
        return NO_REACH
    bearing, p = _bearing(doc, k)
    if bearing:
        prep = doc[p] if p < len(doc) and doc[p].lower_ in _REACH_PREPS else None
    elif doc[k].lower_ in _REACH and not (doc[k].lower_ == "from" and _journey(unit)):
        prep = doc[k] if _object(doc[k]) is not None else \
            doc[k + 1] if k + 1 < len(doc) and doc[k + 1].lower_ in _REACH_PREPS else None
    else:
        prep = None
    obj = _object(prep) if prep is not None else None
    if prep is None or obj is None:
        return NO_REACH
    words = tokens_text(list(doc[k : prep.i + 1])) + " " + _phrase(obj)
    further = next((c for c in (*obj.children, *prep.children) if c.dep_ == "prep" and c.lower_ in _REACH_PREPS
                    and c.i > obj.i), None)  # (on the object or, as parsed, on the first preposition)
    fobj = _object(further) if further is not None else None
    if further is not None and fobj is not None:
        words += f" {further.text} {_phrase(fobj)}"  # "off the coast from Kilbeg"
    of = doc[fig.start - 1] if fig.start >= 2 and doc[fig.start - 1].lower_ == "of" else None
    measure = of.head.lemma_.lower() if of is not None and of.head.i == of.i - 1 and of.head.pos_ == "NOUN" else ""
    return Reach(words, _aside_holder(doc, fig), measure)


def _span_into(doc: Doc, fig: Figure) -> Reach:
    """A span told by how far into a thing it is ("two years into a 10-year plan", "40 minutes into the flight"):
    that phrase is the span's own (lexicon ``span_reach_words``, claims94); NO_REACH for any other span."""
    word = doc[fig.end]
    obj = _object(word) if word.lower_ in _SPAN_REACH and _hangs(_unit(doc, fig), word) else None
    return Reach(f"{word.lower_} {_phrase(obj)}") if obj is not None and obj.pos_ == "NOUN" else NO_REACH


def _unit(doc: Doc, fig: Figure) -> Token:
    """The unit's word: the figure's last before a bracketed conversion ("kilometers" of "60 kilometers (37 miles)")."""
    own = [t for t in doc[fig.num : fig.end]]
    cut = next((j for j, t in enumerate(own) if t.text == "("), len(own))
    return own[max(0, cut - 1)]


def _journey(unit: Token) -> bool:
    """Is the unit the measure of a verb of going ("flew 300 km from Perth": a distance flown, the verb its name)?"""
    t = unit
    for _ in range(_CLIMB + 1):
        if t.pos_ == "VERB" or t.head.i == t.i:
            break
        t = t.head
    return t.pos_ == "VERB" and t.lemma_.lower() in SENDING_VERBS


def _past_bracket(doc: Doc, k: int) -> int:
    """The index after a bracketed conversion right at ``k`` ("(37 miles)"), else ``k``."""
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + _BRACKET)) if doc[j].text == ")"), None)
        return close + 1 if close is not None else k
    return k


def _hangs(unit: Token, word: Token) -> bool:
    """Is ``word`` the unit's own: the unit hangs on it within two steps, or it on the unit, or both on one verb
    ("lies 30 km south of X" as parsed)?"""
    sibling = word.head.i == unit.head.i and word.i != unit.head.i and word.dep_ in ("prep", "advmod")
    if word.head.i == unit.i or sibling:
        return True
    t = unit
    for _ in range(_CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == word.i:
            return True
    return False


def _bearing(doc: Doc, k: int) -> tuple[str, int]:
    """(the compass bearing written from ``k``, hyphens dropped, and the index after it) or ('', k)."""
    words, j = "", k
    while j < len(doc) and j < k + 5 and (doc[j].text in ("-", "–") or doc[j].lower_.replace("-", "").isalpha()):
        nxt = words + doc[j].lower_.replace("-", "").replace("–", "")
        if not any(c.startswith(nxt) for c in _COMPASS):
            break
        words, j = nxt, j + 1
    return (words, j) if words in _COMPASS else ("", k)


def _object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _phrase(obj: Token) -> str:
    """The object as written with its left words ("the rebel-held Tor Hills"), no clause after it."""
    left = [t for t in obj.subtree if t.i <= obj.i]
    run = [t for t in left if t.i >= obj.i - _OBJECT]
    if len(run) != len(left) or any(t.text in (",", ";", "(") for t in run):
        return noun_phrase(obj)
    return tokens_text(run)


def _aside_holder(doc: Doc, fig: Figure) -> str:
    """The name an aside distance describes ("Ardmore" in "the town of Ardmore, 20 km north of the dam"): the noun
    right before the comma that opens the figure, when it is a name or has one ("the North Sea's waters"); ''
    otherwise."""
    if fig.start < 2 or doc[fig.start - 1].text != ",":
        return ""
    noun = doc[fig.start - 2]
    named = noun.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in noun.children)
    if not (noun.pos_ in ("NOUN", "PROPN") and named):
        return ""
    left = noun.left_edge.i
    if noun.pos_ == "PROPN" and left >= 2 and doc[left - 1].text == "," and doc[left - 2].pos_ == "PROPN":
        # "Harbor Point, Oregon, 40 miles from …": the second name only glosses where the first is; the first is
        # what lies at the distance.
        return noun_phrase(doc[left - 2])
    return noun_phrase(noun)
