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
- **A pair of figures told together again** (``told_with_its_pair``, claims53): the same distinctive value and unit
  in two reports whose sentences each also state a second equal figure with the same word after it ("dedicate 67
  minutes … in honor of the 67 years Mandela spent fighting" / "volunteering for 67 minutes to mark Mandela's 67
  years of public service"): two reports telling one pair of figures tell one thing, whatever verb each hangs on.
- **A figure someone takes as their own** (``owned_retellings``, claims53): "for my 67 minutes", "spending his 67
  minutes cleaning his school": a possessive before a distinctive value the story states elsewhere without one is
  that figure taken up by one person, not a claim of its own; the table leaves it out (table.build_claims).
- **A share and its count** (``second_units``, claims53): "Unemployment is at 25%, or 4.6 million people": a
  count set after a percentage or a share by ", or" is the share's size, the same figure; the share's row tells it,
  the count is not a row of its own (table.build_claims). A count before its share ("65 million people, or about
  one in five Americans") keeps both rows: the share names its whole, the count often only its place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .. import lexicon
from ..dates import YEAR_PATTERN
from .figure_mention import FigureMention
from .verdicts import distinctive
from .vocab import word_set

RESTATED = 0.5  # sentences sharing this share of their content words are one sentence rewritten
LENGTH_RATIO = 1.5  # two lengths of one process within this factor are one running length
PROCESS_NOUNS = word_set("process_nouns")
POSSESSIVES = lexicon.words("possessive_determiners") - word_set("object_pronouns")  # not "places her 1.7 miles"
PLAIN_PEOPLE = word_set("person_nouns") | word_set("male_people") | word_set("female_people")
_PHRASE_END = re.compile(r"[,;:.()]|\s(?:and|or|but|while)\s")
_WORD = re.compile(r"[a-z]{4,}")
_NUMBER_AT = re.compile(r"\d[\d,.]*")
_OR_AGAIN = re.compile(r"\s*,\s*or\s*$")
_DIGIT_FIGURE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s+([A-Za-z]{3,})")


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


def _other_figures(text: str, m: FigureMention) -> set[tuple[str, str]]:
    """The digit figures of a mention's sentence other than its own, as (number, the word after it, a plural's
    "s" dropped): distinctive values only, no year."""
    lo, hi = m.sentence
    out: set[tuple[str, str]] = set()
    for f in _DIGIT_FIGURE.finditer(text, lo, hi):
        if f.start() < m.end and m.start < f.end():
            continue
        number = f.group(1).replace(",", "")
        value = float(number)
        if re.fullmatch(YEAR_PATTERN, number) or not distinctive(value, False):
            continue
        word = f.group(2).lower()
        out.add((number, word[:-1] if word.endswith("s") and not word.endswith("ss") else word))
    return out


def told_with_its_pair(a: FigureMention, b: FigureMention, texts: Mapping[str, str]) -> bool:
    """The same distinctive value and unit in two reports, each sentence stating one more equal figure with the same
    word after it (module docstring)."""
    if a.doc == b.doc or a.dimension != b.dimension or a.unit_code != b.unit_code or not _same_value(a, b) or \
            a.share is not None or b.share is not None or not distinctive(a.value, a.percent):
        return False
    return bool(_other_figures(texts.get(a.doc, ""), a) & _other_figures(texts.get(b.doc, ""), b))


def _owned(text: str, m: FigureMention) -> bool:
    """A possessive right before the figure and its unit ("his 67 minutes"; not a compound before its noun, "his
    17-year rule": the ruler's, told of the rule)."""
    words = text[max(0, m.start - 12) : m.start].split()
    number = _NUMBER_AT.match(text, m.start)
    return bool(words) and number is not None and text[number.end() : number.end() + 1] != "-" and \
        words[-1].lower() in POSSESSIVES


def owned_retellings(ms: Sequence[FigureMention], texts: dict[str, str]) -> set[int]:
    """Indexes of the figures someone takes as their own, whose value the story states elsewhere (module docstring)."""
    owned = {i for i, m in enumerate(ms) if distinctive(m.value, m.percent) and _owned(texts.get(m.doc, ""), m)}
    stated = {(m.dimension, m.unit_code, m.value, m.low, m.high) for i, m in enumerate(ms) if i not in owned}
    return {i for i in owned if (ms[i].dimension, ms[i].unit_code, ms[i].value, ms[i].low, ms[i].high) in stated}


def second_units(ms: Sequence[FigureMention], texts: dict[str, str]) -> set[int]:
    """Indexes of the counts that restate the share before them ("25%, or 4.6 million people"; module docstring)."""
    out: set[int] = set()
    for i, m in enumerate(ms):
        for n in ms:
            share = n.dimension == "percent" or n.share is not None
            if n.doc == m.doc and n.sentence == m.sentence and n.end <= m.start and share and \
                    m.dimension == "count" and m.share is None and \
                    _OR_AGAIN.fullmatch(texts.get(m.doc, "")[n.end : m.start]):
                out.add(i)
    return out
