"""Figures: numbers as news writes them, read from spaCy tokens.

A *figure* is a number with its qualifier, range, unit or currency, before anything is known
about what it counts. Conventions (the claims table and its verdicts rest on them):

- Digits ("26", "1,500", "2.5"), words ("four", "twenty-five"), scales ("20 million",
  "two hundred", "two dozen", "$5.2bn"), and number words glued to the next word by bad
  scraping ("fourRussian" is "four" + "Russian").
- Ranges: "20 to 24", "20-24", "between 20 and 24", "20 or 30", "from 615,000 to 499,000
  years ago": ``low``/``high``; ``value`` is the low end (the conservative count).
- Shares: "90 percent (of X)", "90%", "two out of 57 (X)", "two of the 57 X", "one in seven X":
  ``share`` is the fraction (0.9, 2/57), ``base`` the whole where given.
- Money: a currency sign or code before ("$5.2 billion", "dlrs 137,000", "US$ 5m") or a
  currency word after ("24.2 million euros", "350 million USD", "15 billion lei"); the ISO
  code is kept (lexicon/currencies.tsv). "pounds" after a number is sterling with a scale word
  ("14 million pounds") and weight otherwise.
- Measures: a unit after the number ("130 kph", "180 feet", "500 millimeters", "16 minutes")
  or glued to it by a hyphen ("115-mph winds"), from lexicon/units.tsv. A figure in a second
  unit in brackets right after ("130 kph (81 mph)", "24.2 million euros ($27.2 million)") is
  the same figure converted: it belongs to the first and is not a figure of its own.
- Sizes of groups: "a 550-member delegation", "a 150-strong delegation", "a 140-piece
  orchestra": the number counts what the noun after it is made of (``modifier``).
- Temperatures: "minus 26 Celsius (minus 15 Fahrenheit)" is -26 degC; a value after "minus" is negative.
- Scales: "Category 3", "magnitude 9.0" (``dimension`` "category" / "magnitude").
- Ages of things and spans of deep time: "320,000 years old", "1.2 million years ago"
  (``dimension`` "years ago"; 100 years or more, so a person's age or a date is not one).
- Vague words, ACLED-style: ``value`` is the conventional count, ``low``/``high`` the range
  the word allows, and the figure is ``vague``: "a dozen" = 12, "half a dozen" = 6,
  "dozens" = 12 (12-99), "scores" = 20 (20-99), "hundreds" = 100 (100-999), "thousands" =
  1,000 (1,000-9,999), "tens of thousands" = 10,000, "hundreds of thousands" = 100,000,
  "millions" = 1,000,000; "several" = 3 (3-9) and "a few" = 3 (2-5), which count only for
  casualties (killed, injured, missing ...), where they still say something.
- Qualifiers: the words as written (lower case) before the number ("about", "more than",
  "passed", "nearing") or after it ("or so", "-odd", "+"); what each allows is read in
  verdicts.py, the one place for it.
- Ages of people: "a 45-year-old man", "Smith, 45,", "aged 45", "a 10-year girl" (``dimension``
  "age"); the claims table keeps an age only where several reports give it (grouping.py).
- Not figures: dates, years, times of day, phone numbers, ordinals ("first", "13th"), numbers in
  names ("Quay 4", "Su-34", "the Two-Way"), street numbers, and "one" (a determiner far more often than a count).
  Durations ("16 minutes before the crash", "more than two years") are figures, except a
  point in time said as one ("two days ago", "in three weeks", "10 years later").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import lexicon
from ..parses import text_of
from ..text import WORDS
from .ages import person_age
from .exclusions import is_excluded as _is_excluded
from .exclusions import phone_spans as phone_spans
from .exclusions import point_in_time as _point_in_time
from .figure import Figure as Figure
from .grammar import couple_of, couple_value, half_unit, percent_pair, tally_at, time_unit, voting_context
from .half_ranges import half_low
from .hyphen_names import kind_of_one, list_title, named_number, of_name_number, titled_number
from .levels import kind_level
from .magnitudes import compound_magnitude, glued_magnitude, measured_magnitude
from .measures import DEEP_TIME as DEEP_TIME
from .measures import conversion as _conversion
from .measures import currency_before as _currency_before
from .measures import share_of_whole as _share
from .measures import unit_after as _unit_after
from .multiples import glued_multiple
from .number_words import GLUED as _GLUED
from .number_words import number_word as _number_word
from .number_words import plain_at as _plain_at
from .number_words import scaled as _scaled
from .readings import ceiling, from_rest
from .spans import cross_unit_range
from .spelled import HALF_UNITS, unit_and_a_half
from .tokens import SCALES as SCALES
from .tokens import low as _low
from .tokens import lows as _lows
from .tokens import number_value as number_value
from .vague import VAGUE_PLURALS, vague_at
from .verdicts import interval as interval  # re-exported: storyline.support reads figures as the claims table does
from .vocab import Unit, currencies, qualifier_kinds, table, units, word_set

# Share words (percent, low, high): kept only beside a numeric share of the same thing ("most of the
# strikes" next to "90 percent of the strikes"), where they say which side a source takes. Fractions
# ("a third", "two-thirds", "one-fifth") are shares too: lexicon claims.toml [numbers].
_FRACTIONS: dict[str, int] = {k: int(v) for k, v in table("numbers")["fractions"].items()}
SHARE_WORDS: dict[str, tuple[float, float, float]] = {
    **{k: (float(v[0]), float(v[1]), float(v[2])) for k, v in table("numbers")["share_words"].items()},
    **{k: (round(100 / d, 1),) * 3 for k, d in _FRACTIONS.items()},
    **{k + "s": (round(100 / d, 1),) * 3 for k, d in _FRACTIONS.items()},  # one part: the numerator is read after
}
_NUMERATORS = frozenset(w for w, v in WORDS.items() if 2 <= v <= 9)
_PRE_QUALIFIERS = sorted((q for q in qualifier_kinds() if q[0].isalpha() and not q.startswith("or ")),
                         key=lambda q: -len(q.split()))
_PREP_QUALIFIERS = word_set("prepositional_qualifiers")
_QUALIFIER_LAST = frozenset(q.split()[-1] for q in _PRE_QUALIFIERS)
_MAX_QUALIFIERS = [q for q in _PRE_QUALIFIERS if qualifier_kinds()[q] == "max"]
_RANGE_HEDGES = word_set("range_hedges")
_PERCENT_WORDS = frozenset({"percent", "%", "pc", "pct"})

_SCALE_WORDS = word_set("scale_words")
_LOWER_SCALE = word_set("lower_scale_words")
_CHANGE_VERBS = word_set("change_verbs")
_ASKED_WHOLE_FILLERS = lexicon.words("asked_whole_fillers")
_CANDIDATE = re.compile(r"\d")
_GLUED_TO = re.compile(r"^to[-–](\d+(?:\.\d+)?)$")  # "a three-to-10-year sentence": the tokenizer's "to-10"
_CANDIDATE_WORDS = frozenset([*WORDS, *VAGUE_PLURALS, *SHARE_WORDS, "a", "half", "tens", "several"])


def find_figures(doc: Doc) -> list[Figure]:
    """Every figure in a parsed paragraph, left to right; a token belongs to one figure at most."""
    phones = phone_spans(text_of(doc))
    out: list[Figure] = []
    lows = _lows(doc)
    i = 0
    while i < len(lows):
        low = lows[i]
        if not (_CANDIDATE.search(low) or low.partition("-")[0] in _CANDIDATE_WORDS or low in _SCALE_WORDS
                or len(low) > 4 and (_GLUED.match(doc[i].text) or low.endswith("long")) or low in HALF_UNITS
                or low == "an"):  # ("his hourlong speech": spelled.a_unit_long)
            i += 1  # cheap test first: most tokens are not numbers
            continue
        pair = percent_pair(doc, i) if doc[i].like_num else None
        if pair is not None:  # "a 52-48% majority": two shares (grammar.percent_pair, claims68)
            out.extend(_pair_share(doc, k, end, v) for v, k, end in ((pair[0], i, i + 1), (pair[1], pair[2], pair[3])))
            i = pair[3]
            continue
        tally = tally_at(doc, i) if doc[i].like_num else None
        if tally is not None and not voting_context(doc, i):
            i = tally[2]  # "won 3-1", "beat Smith 6-4": a score, no count of anything (grammar.voting_context)
            continue
        if tally is not None:  # "voted 314-214", "a 5-4 ruling": two sides, each a count of its own
            out.extend(_tally_side(doc, i, end, v, side, tally[:2]) for v, side, end in (
                (tally[0], "for", i + 1), (tally[1], "against", tally[2])))
            i = tally[2]
            continue
        fig = _scale_at(doc, i) or glued_magnitude(doc, i) or _multiple_at(doc, i) or _figure_at(doc, i)
        if fig is None:
            i += 1
            continue
        if fig.dimension == "date":
            i = max(fig.end, i + 1)  # "in 3-4 weeks": its tokens are no figure either (not "4 weeks")
            continue
        if not any(a <= fig.char_start < b for a, b in phones):
            fig.whole = fig.whole or _asked_whole(doc, fig.start)  # "how many of an estimated 185,000 have fled"
            half_low(doc, fig)  # "half a cent to two cents" (half_ranges.py, claims50)
            out.append(fig)
            whole = _figure_at(doc, fig.base_token) if fig.base_token is not None else None
            if whole is not None and whole.dimension == "count" and whole.base is None:
                whole.whole = True
                out.append(whole)  # "winners for 17 of the 86 seats": the whole is a figure of its own too
        i = max(fig.end, i + 1)
    return out


def _multiple_at(doc: Doc, i: int) -> Figure | None:
    """'more than 155×': a multiple glued to its sign, with the qualifier before it (multiples.py, claims51)."""
    fig = glued_multiple(doc, i)
    if fig is not None:
        _qualifier(doc, fig, doc[i].sent.start)
    return fig


def _asked_whole(doc: Doc, start: int) -> bool:
    """Is the figure at ``start`` the whole a question asks a part of ("how many of an estimated 185,000 Hispanic
    people have fled", "how much of the $2 billion was spent")? It takes no verb of the unknown part (claims43)."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].lower_ in _ASKED_WHOLE_FILLERS:
        k -= 1
    return k >= 2 and _low(doc, k) == "of" and _low(doc, k - 1) in ("many", "much") and _low(doc, k - 2) == "how"


def _pair_share(doc: Doc, k: int, end: int, value: float) -> Figure:
    """One share of a pair written as a tally ("52" or "48%" of "a 52-48% majority"): a percentage."""
    return Figure(start=k, end=end, num=k, value=value, low=value, high=value, percent=True, dimension="percent",
                  written=doc[k].text, char_start=doc[k].idx, char_end=doc[end - 1].idx + len(doc[end - 1].text))


def _tally_side(doc: Doc, i: int, end: int, value: float, side: str, sides: tuple[float, float]) -> Figure:
    """One side of a tally read at token ``i`` (grammar.tally_at): its number, ``end`` the token after it."""
    k = end - 1 if number_value(doc[end - 1]) is not None else end - 2  # ("30 votes to 12")
    k = i if side == "for" else k
    return Figure(start=k, end=k + 1, num=k, value=value, low=value, high=value, tally=side, written=doc[k].text,
                  char_start=doc[k].idx, char_end=doc[k].idx + len(doc[k].text), sides=sides)


def _scale_at(doc: Doc, i: int) -> Figure | None:
    """'Category 3', 'magnitude 9.0', 'a 9.0-magnitude quake' read at the scale word."""
    low = _low(doc, i)
    lower = low in _LOWER_SCALE and _number_next(doc, i)
    if low not in _SCALE_WORDS or not (doc[i].text[:1].isupper() or low == "magnitude" or lower):
        return None  # (a lower-case scale word only right before its number: "a category four storm", claims68)
    k = i + 1 + (_low(doc, i + 1) == "of")
    if k < len(doc) and doc[k].lower_ in ("the", "quake", "earthquake") and low == "magnitude":
        return None  # "the magnitude of the quake from 9.0": the number is read on its own
    v = number_value(doc[k]) if k < len(doc) else None
    if v is None or v > 12 or kind_level(doc, k):
        return None  # ("For Level 2 stations": a kind of station, levels.py, claims36)
    dim = "magnitude" if low == "magnitude" else "category"
    return Figure(start=i, end=k + 1, num=k, value=v, low=v, high=v, dimension=dim, written=doc[k].text,
                  char_start=doc[i].idx, char_end=doc[k].idx + len(doc[k].text))


def _number_next(doc: Doc, i: int) -> bool:
    """A number right after the token at ``i``, spelled or in digits ("category four", "category 3")."""
    return i + 1 < len(doc) and doc[i + 1].like_num and number_value(doc[i + 1]) is not None


def _share_word_figure(doc: Doc, i: int, sent_start: int) -> Figure:
    low = _low(doc, i)
    value, low_v, high_v = SHARE_WORDS[low]
    start = i
    hyphen = _low(doc, i - 1) in ("-", "–")
    before = _low(doc, i - 1 - hyphen)
    if low[:-1] in _FRACTIONS and before in _NUMERATORS:
        start = i - 1 - hyphen  # "two-thirds", "three quarters", "three-fifths"
        value = low_v = high_v = round(WORDS[before] * 100 / _FRACTIONS[low[:-1]], 1)
    elif low in _FRACTIONS and before == "one":
        start = i - 1 - hyphen  # "one-fifth", "one third"
    elif _low(doc, i - 1) in ("a", "the"):
        start = i - 1
    qualifier, qstart = _pre_qualifier(doc, start, sent_start)
    return Figure(
        start=qstart, end=i + 1, num=i, value=value, low=low_v, high=high_v, qualifier=qualifier,
        vague=low_v != high_v, percent=True, share_word=True, dimension="percent", char_start=doc[qstart].idx,
        char_end=doc[i].idx + len(doc[i].text),
    )


def _figure_at(doc: Doc, i: int) -> Figure | None:
    """The figure that starts at token ``i`` (qualifier aside), or None."""
    low = _low(doc, i)
    sent_start = doc[i].sent.start
    halves = unit_and_a_half(doc, i) or half_unit(doc, i)  # (and "half an hour", "a half-hour debate": grammar.py)
    couple = couple_of(doc, i) if halves is None else None
    if low in SHARE_WORDS and vague_at(doc, i) is None and _share_word_at(doc, i):
        return _share_word_figure(doc, i, sent_start)
    k = i + 1 + (_low(doc, i + 1) in ("-", "–"))
    if (low in _NUMERATORS or low == "one") and _low(doc, k) in SHARE_WORDS and _share_word_at(doc, k):
        return _share_word_figure(doc, k, sent_start)  # "three quarters of": the numerator is no count of its own
    fig = _first_read(doc, i, halves, couple)
    if fig is None or named_number(doc, i) or titled_number(doc, i) or list_title(doc, i) or of_name_number(doc, i):
        return None  # ("the 3-Day walk", "Plan B One-Step", "the 100 Greatest …": a name's part, hyphen_names.py)
    glued = fig.glued
    fig.written = doc[i : fig.end].text
    if person_age(doc, fig.start, fig.end, fig.value) and not fig.vague and fig.low == fig.high:
        fig.dimension = "age"
    elif halves is None and _is_excluded(doc, fig.start, fig.end, sent_start):
        return None  # (the unit of "a year and a half" is inside it: the tagger's DATE is a duration)
    if not fig.vague and glued is None:
        _range(doc, fig, sent_start)
    if _ages_of_crowd(doc, fig):
        return fig  # read to its end and dropped, as a date is
    _unit_after(doc, fig)
    cross_unit_range(doc, fig)  # "from three weeks to five years": one range (spans.py, claims38)
    if from_rest(fig):
        fig.dimension = "date"  # "0-60 mph": a test's range, read to its end and dropped (readings.py, claims34)
        return fig
    if couple is not None and fig.dimension != "count":
        fig.of_token = None  # "a couple of days": a length, not a count of days
    if _piece_of_time(doc, fig) or kind_of_one(doc, fig):
        return None  # ("a one-pill version": its kind, not a count: hyphen_names.py)
    if fig.dimension == "temperature" and fig.start > 0 and (_low(doc, fig.start - 1) == "minus" or doc[
            fig.start - 1].text in ("-", "−") and not doc[fig.start - 1].whitespace_):
        fig.value, fig.low, fig.high, fig.start = -fig.value, -fig.high, -fig.low, fig.start - 1  # "minus 26 Celsius"
    if fig.dimension == "count" and not fig.vague and (doc[fig.num].lower_ != "one" or _low(doc, fig.end) != "of"):
        _share(doc, fig)  # ("one of the three guards was killed": one killed, not a third of the guards)
    _currency_before(doc, fig)
    if fig.dimension == "duration" and not fig.modifier and _point_in_time(
            doc, fig.start, fig.end, fig.value, fig.unit.name if fig.unit else "", fig.low != fig.high):
        fig.dimension = "date"
    if fig.dimension == "date":
        return fig  # read to its end, so that no part of it is read as a figure
    _qualifier(doc, fig, sent_start)
    _conversion(doc, fig)
    if fig.dimension == "count" and not fig.vague and fig.value <= 10 and (
            _magnitude_near(doc, fig, sent_start) or compound_magnitude(doc, fig) or measured_magnitude(doc, fig)):
        fig.dimension, fig.modifier = "magnitude", False  # "the magnitude of the quake from 9.0 to around 9.1-9.3",
        # "a 9.0-magnitude quake", "the quake measured 8.8" (magnitudes.py)
    if fig.vague and fig.of_token is None and _low(doc, fig.end) == "of":
        fig.of_token = fig.end + 1
    if fig.of_token is not None and fig.of_token >= len(doc):
        fig.of_token = None
    if not fig.vague:
        fig.num = _num_token(doc, fig)
    first, last = doc[fig.start], doc[fig.end - 1]
    fig.char_start = first.idx
    fig.char_end = last.idx + len(last.text) - (len(glued) if glued else 0) - _stop_after_unit(fig, last.lower_)
    return fig


def _stop_after_unit(fig: Figure, last: str) -> int:
    """1 when the figure's last token is its unit with the sentence's full stop ("20-30 g."), else 0."""
    return int(fig.unit is not None and last.endswith(".") and last[:-1] in units())


def _first_read(doc: Doc, i: int, halves: tuple[int, int, Unit, bool, str, float] | None,
                couple: int | None) -> Figure | None:
    """The number at token ``i`` before its range, unit and qualifier: a vague word, "a couple of", a fraction of a
    unit ("a year and a half", "half an hour"), or a plain number; None when there is none."""
    vague_read = vague_at(doc, i)
    if vague_read is not None:
        value, low_v, high_v, j, weak, of_token = vague_read
        return Figure(start=i, end=j, num=j - 1 if _low(doc, i) in ("a", "half") else i, value=value, low=low_v,
                      high=high_v, vague=True, weak=weak, of_token=of_token)
    if couple is not None:  # "a couple of days", "a couple of boats" (grammar.py)
        v = couple_value()
        return Figure(start=i, end=couple, num=i + 1, value=v, low=v, high=v, of_token=couple)
    if halves is not None:  # "a year and a half", "the year-and-a-half delay" (spelled.py)
        return Figure(start=i, end=halves[0], num=halves[1], value=halves[5], low=halves[5], high=halves[5],
                      unit=halves[2], modifier=halves[3], dimension=halves[4])
    plain = _plain_at(doc, i)
    if plain is None:
        return None
    value, low_v, high_v, j, glued = plain
    return Figure(start=i, end=j, num=i, value=value, low=low_v, high=high_v, glued=glued)


def _ages_of_crowd(doc: Doc, fig: Figure) -> bool:
    """'Most aged 13 to 18': the ages of a crowd, no one's age (the figure becomes a 'date': read to its
    end and dropped); the range's end may be tagged as a date and left out of the range."""
    if fig.dimension != "age":
        return False
    ages = fig.low == fig.high and _low(doc, fig.end) in ("to", "-", "–") and fig.end + 1 < len(doc) and \
        number_value(doc[fig.end + 1]) is not None
    if fig.low != fig.high or ages:
        fig.dimension, fig.end = "date", fig.end + 2 if ages else fig.end
        return True
    return False


def _piece_of_time(doc: Doc, fig: Figure) -> bool:
    """'45 seconds' of '13 minutes 45 seconds', '1 month' of '7 years, 1 month', '2 years and 6 months' or
    'a 7-year-and-one-month sentence':
    a piece of one time, not a figure of its own (after a comma or 'and' only a smaller unit is a piece:
    '5 years, 3 years and 2 years' are three terms)."""
    dashes = ("-", "–")
    glued = _low(doc, fig.start - 2) == "and" and {_low(doc, fig.start - 1), _low(doc, fig.start - 3)} <= set(dashes)
    joined = glued or _low(doc, fig.start - 1) in (",", "and")  # glued: "a 7-year-and-one-month sentence"
    k = fig.start - (4 if glued else 1 + joined)
    before = _low(doc, k)
    n = k - 2 if _low(doc, k - 1) in dashes else k - 1  # ("-and-", and "a 6-hour, 15-minute spacewalk": claims68)
    if fig.dimension != "duration" or n < 0 or before not in units() or units()[before].dimension != "duration" or \
            number_value(doc[n]) is None:
        return False
    mine = units().get(_low(doc, fig.end - 1))
    return not joined or mine is not None and mine.factor < units()[before].factor


def _magnitude_near(doc: Doc, fig: Figure, sent_start: int) -> bool:
    """'magnitude' just before the number in its sentence, or glued after it ('a 9.0-magnitude quake')."""
    if _low(doc, fig.end) == "magnitude" or _low(doc, fig.end) == "-" and _low(doc, fig.end + 1) == "magnitude":
        return True
    return any(_low(doc, k) == "magnitude" for k in range(max(sent_start, fig.start - 8), fig.start))


def _range(doc: Doc, fig: Figure, sent_start: int) -> None:
    """'20 to 24', '20-24', 'between 20 and 24', '20 or 30', 'from 615,000 to 499,000'."""
    j = fig.end
    if _low(doc, j) in ("years", "year") and _low(doc, j + 1) == "ago" and _low(doc, j + 2) == "to":
        j += 2  # "from 1.2 million years ago to 500,000 years ago"
    if _repeated_unit(doc, j, _low(doc, fig.start - 1) == "between"):
        j += 1  # "25 percent to 40 percent", "5 miles to 8 miles": one range, its unit told at both ends
    sep = _low(doc, j)
    if sep in ("-", "–") and _low(doc, j + 1) == "to" and _low(doc, j + 2) in ("-", "–"):
        j, sep = j + 2, "to"  # "one-to-seven days": a range written with hyphens (claims31)
    if fig.low != fig.high or sep not in ("to", "-", "–", "or", "and"):
        return
    before = fig.start - 1 if _low(doc, fig.start - 1) not in _QUALIFIER_LAST else fig.start - 2
    between = _low(doc, before) == "between"
    came_from = _low(doc, before) == "from"  # "from around 1.2 million to 499,000 years ago"
    if came_from and doc[before].head.pos_ == "VERB" and doc[before].head.lemma_.lower() in _CHANGE_VERBS:
        return  # "the toll rose from 20 to 30": an earlier value and a new one, not a range
    k = j + 1
    if _low(doc, k) in ("years", "year") and _low(doc, k + 1) == "ago" and sep == "to":
        k += 2  # "from 1.2 million years ago to 500,000 years ago"
    hedged = sep in ("and", "or") and _hedged_high(doc, k)
    if hedged:
        k = hedged  # "at least 250 and perhaps as many as 400": a range told in words
    glued_to = _GLUED_TO.match(doc[k].text) if sep in ("-", "–") and k < len(doc) else None
    second = (float(glued_to.group(1)), k + 1, None) if glued_to else _number_word(doc, k) if k < len(doc) else None
    if second is None or second[2] is not None:
        return
    v2, end, _ = second
    v2, end = _scaled(doc, end, v2)
    backwards = (between or came_from) and v2 < fig.value and sep in ("to", "and")  # "from 615,000 to 499,000"
    ok = (v2 > fig.value or backwards) and (sep != "and" or between or bool(hedged)) and (
        sep != "or" or v2 <= fig.value * 3 or bool(hedged))
    if ok and not _is_excluded(doc, k, end, sent_start):
        lo, hi = sorted((fig.value, v2))
        fig.value, fig.low, fig.high, fig.end = lo, lo, hi, end
        if between:
            fig.start -= 1


def _repeated_unit(doc: Doc, j: int, between: bool) -> bool:
    """A unit word or percent sign at token ``j``, then "to" or a dash, a number and the same word again; after
    "between", a percentage's "and" too ("between 3 percent and 5 percent of its income": one range, claims96)."""
    word = _low(doc, j)
    seps = ("to", "-", "–", "and") if between and word in _PERCENT_WORDS else ("to", "-", "–")
    if not (word in units() or word in _PERCENT_WORDS) or _low(doc, j + 1) not in seps:
        return False
    return j + 3 < len(doc) and number_value(doc[j + 2]) is not None and _low(doc, j + 3) == word


def _hedged_high(doc: Doc, k: int) -> int:
    """After 'and' or 'or': hedge words (lexicon range_hedges: 'perhaps', 'possibly') and an upper-bound
    qualifier ('as many as', 'up to'), then the high end of a range ('at least 250 and perhaps as many as
    400'); the token of that number, or 0 when the words are not there."""
    start = k
    while _low(doc, k) in _RANGE_HEDGES:
        k += 1
    for words in _MAX_QUALIFIERS:
        n = len(words.split())
        if " ".join(_low(doc, x) for x in range(k, k + n)) == words:
            k += n
            break
    return k if k > start and _low(doc, start) in _RANGE_HEDGES and k < len(doc) else 0


def _qualifier(doc: Doc, fig: Figure, sent_start: int) -> None:
    """Qualifiers before ('about 20', 'passed 121,000') or after ('20 or so', '20-odd', '20+')."""
    qualifier, qstart = _pre_qualifier(doc, fig.start, sent_start)
    if qualifier is None:
        j = fig.end
        pair = f"{_low(doc, j)} {_low(doc, j + 1)}"
        if pair in ("or so", "or more"):
            qualifier, fig.end = pair, j + 2
        elif _low(doc, j) in ("-", "–") and _low(doc, j + 1) in ("odd", "plus"):
            qualifier, fig.end = "-" + _low(doc, j + 1), j + 2
        elif _low(doc, j) == "+" and not doc[j - 1].whitespace_:
            qualifier, fig.end = "+", j + 1
        elif _low(doc, j) == "plus" and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "ADJ") and \
                number_value(doc[j + 1]) is None:
            qualifier, fig.end = "-plus", j + 1  # "the 180 plus riders": a little over 180 (not "20 plus 30")
        elif ceiling(doc, fig):
            qualifier = "up to"  # "a maximum sentence of 175 years": at most (readings.py, claims34)
    fig.qualifier, fig.start = qualifier, qstart


def _num_token(doc: Doc, fig: Figure) -> int:
    """The number token whose syntactic head is the counted thing (the last scale word, or the number)."""
    num = fig.start
    for k in range(fig.start, fig.end):
        if doc[k].text in ("(", "["):
            break
        if _low(doc, k) in SCALES or number_value(doc[k]) is not None:
            if k > fig.start and doc[k].dep_ == "conj" and doc[k].head.pos_ == "VERB":
                break  # "held at least 250 and perhaps as many as 400": the first number is the object
            num = k
            if fig.base is not None or fig.percent or fig.unit is not None:
                break
    return num


def _share_word_at(doc: Doc, i: int) -> bool:
    """'most of the X', 'half (of) the X', 'a third of X', 'two-thirds of X', 'one-fifth of X': a share in words."""
    low = _low(doc, i)
    nxt = _low(doc, i + 1)
    hyphen = _low(doc, i - 1) in ("-", "–")
    if low[:-1] in _FRACTIONS and low.endswith("s"):
        return nxt == "of" and _low(doc, i - 1 - hyphen) in _NUMERATORS
    if low in _FRACTIONS:
        return nxt == "of" and (_low(doc, i - 1) == "a" or _low(doc, i - 1 - hyphen) == "one")
    if low == "majority":
        return nxt == "of" and _low(doc, i - 1) == "the"
    if low == "half":
        return nxt in ("of", "the", "those", "these") or _low(doc, i + 2) == "of"
    return nxt == "of" and doc[i].pos_ in ("ADJ", "NOUN", "PRON")


def _span_after_object(q: Token) -> bool:
    """A preposition after its verb's object, before a plural noun that is no unit ("won three titles over two
    spells", "rose 5 percent over two seasons"): the stretch the deed took, not a bound on the number after it."""
    verb, spans = q.head, [c for c in q.children if c.dep_ == "pobj"]  # (not "rates over 40 percent": a bound)
    if not spans or spans[0].tag_ != "NNS" or spans[0].lower_ in units() or spans[0].lower_ in currencies():
        return False
    return q.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and verb.i < q.i and any(
        c.dep_ in ("dobj", "attr", "npadvmod") and verb.i < c.i < q.i for c in verb.children)


def _span_after_participle(q: Token) -> bool:
    """A preposition right after a passive participle, before a length of time ("was held over three days", "were
    spread over two years"): the stretch the act took, not a bound on it ("lasted over three hours" stays one)."""
    spans = [c for c in q.children if c.dep_ == "pobj"]
    return bool(spans) and q.dep_ == "prep" and q.head.i == q.i - 1 and q.head.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in q.head.children) and time_unit(spans[0].lower_) is not None


def _pre_qualifier(doc: Doc, i: int, lo: int) -> tuple[str | None, int]:
    """The qualifier words just before token ``i`` (within its sentence): (words, first token)."""
    if i <= lo or _low(doc, i - 1) not in _QUALIFIER_LAST:
        return None, i
    for words in _PRE_QUALIFIERS:
        n = len(words.split())
        if i - n < lo:
            continue
        if " ".join(t.text.lower() for t in doc[i - n : i]) == words:
            if words == "over" and i - n > lo and _low(doc, i - n - 1) in ("the", "from", "to"):
                continue  # (not after "of": "a country of over five million people": more than five; claims79, 80)
            q = doc[i - n]
            if n == 1 and words in _PREP_QUALIFIERS and q.dep_ == "prep" and q.head.i < q.i and \
                    q.head.pos_ in ("NOUN", "PROPN"):
                return None, i  # "concern over two points": what the concern is about, not "more than two"
            if n == 1 and words in _PREP_QUALIFIERS and _span_after_object(q):
                return None, i  # "won three titles over two spells": across them, not "more than two"
            if n == 1 and words in _PREP_QUALIFIERS and _span_after_participle(q):
                return None, i  # "was held over three days": across them (claims63)
            return words, i - n
    return None, i
