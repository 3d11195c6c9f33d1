"""Numbers spelled in words that numbers.py reads only in some places: fractions ("three-and-a-half hours",
"a year and a half", "the year-and-a-half delay") and "one" as the count of people a casualty befell
("one of the kidnappers was wounded"; elsewhere "one" is a determiner far more often than a count).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .exclusions import term_of
from .tokens import low
from .vocab import Unit, by_word, units

HALF_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "decade", "century", "mile", "kilometer",
                        "kilometre", "metre", "meter", "foot", "inch"))
HARM_CLASSES = by_word("events")
INTRANSITIVE_HARM = frozenset({"die", "perish", "drown", "disappear"})


def and_a_half(doc: Doc, j: int) -> int | None:
    """The end of "and a half" at token ``j``, spaced or hyphenated ("three-and-a-half"), or None."""
    for word in ("and", "a", "half"):
        if low(doc, j) in ("-", "–") and not doc[j - 1].whitespace_:
            j += 1
        if low(doc, j) != word:
            return None
        j += 1
    return j


def unit_and_a_half(doc: Doc, i: int) -> tuple[int, int, Unit, bool, str] | None:
    """'a year and a half', 'an hour and a half', 'the year-and-a-half delay': one and a half of a unit written
    first (lexicon units.tsv; words of time and length only): (end, unit token, unit, hyphenated modifier,
    dimension: "date" for a length that only describes, as "a three-day visit", so no figure), or None."""
    k = i + 1 if low(doc, i) in ("a", "an") else i
    if low(doc, k) not in HALF_UNITS or k == i and i > 0 and doc[i - 1].like_num:
        return None
    end = and_a_half(doc, k + 1)
    if end is None:
        return None
    modifier = not doc[k].whitespace_ and low(doc, k + 1) in ("-", "–")
    unit = units()[low(doc, k)]
    describes = modifier and unit.dimension == "duration" and not term_of(doc, end)
    return end, k, unit, modifier, "date" if describes else unit.dimension


def one_harmed(doc: Doc, i: int) -> bool:
    """'one policeman was killed', 'one of the kidnappers was wounded', 'killed one guard': "one" as the count of
    people a casualty befell (the subject of a passive or intransitive verb of harm, or its object)."""
    tok = doc[i]
    noun = tok if low(doc, i + 1) == "of" else tok.head if tok.dep_ == "nummod" else None
    if noun is None or noun.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    verb = noun.head
    cls = HARM_CLASSES.get(verb.lemma_.lower())
    if noun.dep_ == "nsubj" and verb.lemma_.lower() not in INTRANSITIVE_HARM:
        return False  # "one gunman killed ...": the one who did it
    return verb.pos_ == "VERB" and cls in ("killed", "injured", "missing", "abducted")
