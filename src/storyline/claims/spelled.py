"""Numbers spelled in words that numbers.py reads only in some places: fractions ("three-and-a-half hours",
"a year and a half", "the year-and-a-half delay") and "one" as the count of people a casualty befell
("one of the kidnappers was wounded"; elsewhere "one" is a determiner far more often than a count).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicon
from .exclusions import term_of
from .tokens import low
from .vocab import Unit, by_word, units, word_set

HALF_UNITS = word_set("half_units")
HARM_CLASSES = by_word("events")
SPAN_VERBS = word_set("span_verbs")
QUALIFIER_WORDS = word_set("qualifier_words")
INTRANSITIVE_HARM = word_set("intransitive_harm")
DISTANCE_AFTER = word_set("distance_after")
COMPASS = word_set("compass_points")
_NOT_SPAN_AFTER = lexicon.words("not_span_after")


def and_a_half(doc: Doc, j: int) -> int | None:
    """The end of "and a half" at token ``j``, spaced or hyphenated ("three-and-a-half"), or None."""
    for word in ("and", "a", "half"):
        if low(doc, j) in ("-", "–") and not doc[j - 1].whitespace_:
            j += 1
        if low(doc, j) != word:
            return None
        j += 1
    return j


def unit_and_a_half(doc: Doc, i: int) -> tuple[int, int, Unit, bool, str, float] | None:
    """'a year and a half', 'an hour and a half', 'the year-and-a-half delay': one and a half of a unit written
    first (lexicon units.tsv; words of time and length only): (end, unit token, unit, hyphenated modifier,
    dimension: "date" for a length that only describes, as "a three-day visit", so no figure, value), or None.
    Also one unit of time said as "a"/"an" where a length is asked for ('lasted an hour', 'for more than a
    year'; ``a_unit``), value 1."""
    long_one = a_unit_long(doc, i)
    if long_one is not None:
        return long_one[0], long_one[2], units()[long_one[1]], True, "duration", 1.0
    if low(doc, i) == "half" and a_distance(doc, i + 1):
        return i + 3, i + 2, units()[low(doc, i + 2)], False, "length", 0.5  # "half a mile from the school"
    k = i + 1 if low(doc, i) in ("a", "an") else i
    if low(doc, k) not in HALF_UNITS or k == i and i > 0 and doc[i - 1].like_num:
        return None
    end = and_a_half(doc, k + 1)
    if end is None:
        if a_distance(doc, i):
            return k + 1, k, units()[low(doc, k)], False, "length", 1.0
        return (k + 1, k, units()[low(doc, k)], False, "duration", 1.0) if a_unit(doc, i) else None
    modifier = not doc[k].whitespace_ and low(doc, k + 1) in ("-", "–")
    unit = units()[low(doc, k)]
    describes = modifier and unit.dimension == "duration" and not term_of(doc, end)
    return end, k, unit, modifier, "date" if describes else unit.dimension, 1.5


def a_unit_long(doc: Doc, i: int) -> tuple[int, str, int] | None:
    """'a week-long mission', 'a weeklong strike', 'an hour-long debate', 'his hourlong speech': "-long" says how
    long, where a bare 'a three-day visit' only describes: (end, unit word, unit token), or None. Read at "a"/"an"
    or, after any other word ("his", "the"), at the unit itself."""
    k = i + 1 if low(doc, i) in ("a", "an") else i
    if k == i and low(doc, i - 1) in ("a", "an"):
        return None  # (read at the article)
    word = low(doc, k)
    glued = word.endswith("long") and word[:-4] in HALF_UNITS  # "weeklong"
    spaced = word in HALF_UNITS and low(doc, k + 1) in ("-", "–") and low(doc, k + 2) == "long"
    unit = word[:-4] if glued else word
    if not (glued or spaced) or units()[unit].dimension != "duration":
        return None  # (not "a mile-long strip": a length in space)
    return (k + 1 if glued else k + 3), unit, k


def a_unit(doc: Doc, i: int) -> bool:
    """'lasted an hour', 'took a week', 'for more than a year', 'for about a month': "a"/"an" and a unit of time
    right after a verb of lasting (lexicon span_verbs) or after "for" and any qualifier, not followed by a word
    that makes it a point in time ('a year ago') or a rate ('once a day')."""
    unit = units().get(low(doc, i + 1))
    if low(doc, i) not in ("a", "an") or unit is None or unit.dimension != "duration":
        return False
    if low(doc, i + 2) in _NOT_SPAN_AFTER:
        return False
    j = i - 1
    while j >= 0 and low(doc, j) in QUALIFIER_WORDS:
        j -= 1
    return j >= 0 and (low(doc, j) == "for" or doc[j].pos_ == "VERB" and doc[j].lemma_.lower() in SPAN_VERBS)


def a_distance(doc: Doc, i: int) -> bool:
    """'about a mile from downtown', 'a kilometre away', 'a mile north of the town': "a"/"an" and a unit of length
    as one, told as a distance from a place (lexicon distance_after, compass points + "of"); not 'a mile-long
    strip', 'walked a mile' or 'a mile of forest'."""
    unit = units().get(low(doc, i + 1))
    if low(doc, i) not in ("a", "an") or unit is None or unit.dimension != "length":
        return False
    k = i + 2
    if low(doc, k) == "(":  # "a kilometer (half-mile) from the altar": past the unit converted in brackets
        k = next((j + 1 for j in range(k + 1, min(k + 8, len(doc))) if low(doc, j) == ")"), k)
    after = low(doc, k)
    return after in DISTANCE_AFTER or after in COMPASS and low(doc, k + 1) == "of"


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
