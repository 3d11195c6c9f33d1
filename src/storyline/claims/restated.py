"""One figure restated across reports in other words, at another grain of place, or as a process's running length.

Three general ways news reports restate one figure that the grouping's word and event keys miss (claims28):

- **Told again in other words** (``told_again``): the same value, in two reports, in sentences that share most of
  their content words ("two girls buried by landslides in central Iloilo province" / "two children killed by a
  landslide in central Iloilo province"): a rewrite of one sentence, whatever head noun or verb each picked. Only
  when the value is the only one of its kind in each sentence, or when the phrases the two figures open (up to the
  next comma or "and") share most of their words too, so that a reprinted "four bridges and four schools" never
  pairs a bridge count with a school one, while a rewritten list line ("two girls buried by landslides in central
  Iloilo province" / "two children killed by a landslide in central Iloilo province") still joins. And only when
  the counted things may be one: one head noun, kin words, or two plain words for people ("girls" / "children");
  never two sides or kinds ("12 soldiers" / "12 rebels", "three Britons" / "three Brazilian engineers"), however alike
  the sentences.
- **One value at two grains of place** (``one_value_nested``): "two vehicles were used in the bombing" in Nairobi
  and "using two vehicles" in Kenya: the same value told of a place and of the place containing it is one figure
  (README-claims-dev.md: near-equal scopes are kept together); different values keep the scopes apart ("180,000
  in Dare County" / "up to 200,000 in North Carolina").
- **A process's running length** (``one_running_length``): "a seven-month crackdown" / "a nearly eight-month
  crackdown": the length of one named process (lexicon ``process_nouns``) told at different moments, values of a
  size, is one figure whose reports differ (an update), as a running count is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figure_mention import FigureMention
from .vocab import word_set

RESTATED = 0.5  # sentences sharing this share of their content words are one sentence rewritten
LENGTH_RATIO = 1.5  # two lengths of one process within this factor are one running length
PROCESS_NOUNS = word_set("process_nouns")
PLAIN_PEOPLE = word_set("person_nouns") | word_set("male_people") | word_set("female_people")
_PHRASE_END = re.compile(r"[,;:.()]|\s(?:and|or|but|while)\s")
_WORD = re.compile(r"[a-z]{4,}")


def phrase_words(text: str, m: FigureMention) -> frozenset[str]:
    """The words of the phrase a figure opens, up to the next comma or conjunction ("two girls buried by landslides
    in central Iloilo province"), a plural's "s" dropped; words of four letters or more."""
    first = text.find(" ", m.start, m.end)
    rest = text[(first if first > 0 else m.end) : m.start + 160]
    cut = _PHRASE_END.search(rest)
    phrase = text[m.start : (first if first > 0 else m.end)] + (rest[: cut.start()] if cut else rest)
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in _WORD.findall(phrase.lower()))


def same_phrase(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two phrases that share most of their words (at least two, half of all)."""
    shared = len(a & b)
    return shared >= 2 and shared >= RESTATED * len(a | b)


def _same_value(a: FigureMention, b: FigureMention) -> bool:
    return (a.value, a.low, a.high) == (b.value, b.low, b.high) and not a.vague and not b.vague


def lone_values(ms: Sequence[FigureMention]) -> set[int]:
    """Indexes of the mentions whose value is told once in their sentence (none other of that value beside it)."""
    seen: dict[tuple[str, tuple[int, int], float], int] = {}
    for m in ms:
        key = (m.doc, m.sentence, m.value)
        seen[key] = seen.get(key, 0) + 1
    return {i for i, m in enumerate(ms) if seen[(m.doc, m.sentence, m.value)] == 1}


def told_again(a: FigureMention, b: FigureMention, overlap: float) -> bool:
    """One sentence rewritten in another report, with the same value in one dimension and unit (module docstring)."""
    return a.doc != b.doc and a.dimension == b.dimension and a.unit_code == b.unit_code and \
        (a.share is None) == (b.share is None) and a.per == b.per and _same_value(a, b) and overlap >= RESTATED and \
        a.previous == b.previous and a.projected == b.projected


def plain_people(a: FigureMention, b: FigureMention) -> bool:
    """Two plain words for people ("girls" / "children"), neither a role, a side or a nationality."""
    return a.head in PLAIN_PEOPLE and b.head in PLAIN_PEOPLE and not a.nationality and not b.nationality


def one_value_nested(a: FigureMention, b: FigureMention) -> bool:
    """The same value told of a place and of a place containing it: one figure at two grains (module docstring)."""
    return a.doc != b.doc and _same_value(a, b) and a.qualifier == b.qualifier and not a.joint and not b.joint


def one_running_length(a: FigureMention, b: FigureMention) -> bool:
    """Two lengths of one named process ("a seven-month crackdown" / "a nearly eight-month crackdown"), of a size."""
    if a.dimension != "duration" or b.dimension != "duration" or a.doc == b.doc:
        return False
    if not a.head or a.head != b.head or a.head not in PROCESS_NOUNS:
        return False
    lo, hi = sorted((max(a.value * a.factor, 1e-9), max(b.value * b.factor, 1e-9)))
    return hi / lo <= LENGTH_RATIO
