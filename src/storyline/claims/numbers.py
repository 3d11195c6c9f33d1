"""Figures: numbers as news writes them, read from spaCy tokens.

A *figure* is a number with its qualifier and range, before anything is known
about what it counts. Conventions (the claims table and its verdicts rest on them):

- Digits ("26", "1,500", "2.5"), words ("four", "twenty-five"), scales ("20 million",
  "two hundred", "two dozen"), and number words glued to the next word by bad
  scraping ("fourRussian" is "four" + "Russian").
- Ranges: "20 to 24", "20-24", "between 20 and 24", "20 or 30": ``low``/``high``;
  ``value`` is the low end (the conservative count, as conflict monitors code it).
- Shares: "90 percent (of X)", "90%", "two out of 57 (X)", "two of the 57 X":
  ``share`` is the fraction (0.9, 2/57), ``base`` the whole where given.
- Vague words, ACLED-style: ``value`` is the conventional count, ``low``/``high``
  the range the word allows, and the figure is marked ``vague``:
  "a dozen" = 12 (read like "about 12"), "half a dozen" = 6, "dozens" = 12 (12-99),
  "scores" = 20 (20-99), "hundreds" = 100 (100-999), "thousands" = 1,000
  (1,000-9,999), "tens of thousands" = 10,000, "hundreds of thousands" = 100,000,
  "millions" = 1,000,000; "several" = 3 (3-9) and "a few" = 3 (2-5), which count
  only for casualties (killed, injured, missing ...), where they still say something.
- Qualifiers (``qualifier`` keeps the words as written, lower-cased) and the
  interval each allows, used to decide whether figures agree:
  exact ("only", "all", "a total of" or none): [n, n];
  about / around / some / roughly / approximately / an estimated / or so / -odd:
  [0.95n, 1.05n] (so "about 20" agrees with 20 but not with 22);
  nearly / almost / close to / just under: [0.95n, n];
  at least / no fewer than / or more / -plus: [n, inf); more than / over /
  greater than / upwards of: (n, inf); up to / as many as / at most: [0, n];
  fewer than / less than / under: [0, n).
- Not figures: dates, years, times, durations, ages ("aged 45", "45-year-old",
  "Smith, 45,"), phone numbers, ordinals ("first", "13th"), numbers in names
  ("Quay 4", "Su-34", "the Two-Way"), and "one" (a determiner far more often than
  a count).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..text import TENS, UNITS, WORDS

SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000,
}
# Vague plurals: (conventional value, low, high).
VAGUE_PLURALS: dict[str, tuple[float, float, float]] = {
    "dozens": (12, 12, 99),
    "scores": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "thousands": (1_000, 1_000, 9_999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
}
# Share words (percent, low, high): kept only beside a numeric share of the same thing ("most of the
# strikes" next to "90 percent of the strikes"), where they say which side a source takes.
SHARE_WORDS: dict[str, tuple[float, float, float]] = {
    "most": (50, 50, 100), "majority": (50, 50, 100), "half": (50, 50, 50), "third": (33.3, 33.3, 33.3),
    "quarter": (25, 25, 25), "thirds": (66.7, 66.7, 66.7), "quarters": (75, 75, 75),
}
# Vague counts that only say something about casualties ("several people were hurt").
WEAK_VAGUE: dict[str, tuple[float, float, float]] = {"several": (3, 3, 9), "few": (3, 2, 5)}

# Qualifiers: words as written -> kind of interval (see the module docstring).
QUALIFIER_KIND: dict[str, str] = {
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
    "approx.": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx", "or so": "approx",
    "-odd": "approx",
    "close to": "near", "nearly": "near", "almost": "near", "just under": "near",
    "at least": "min", "no fewer than": "min", "no less than": "min", "a minimum of": "min", "or more": "min",
    "-plus": "min", "+": "min",
    "more than": "above", "greater than": "above", "over": "above", "upwards of": "above",
    "in excess of": "above", "well over": "above", "just over": "above", "higher than": "above",
    "up to": "max", "as many as": "max", "at most": "max", "no more than": "max", "a maximum of": "max",
    "fewer than": "below", "less than": "below", "under": "below",
    "only": "exact", "just": "exact", "all": "exact", "a total of": "exact", "total of": "exact",
    "all the": "exact", "all of the": "exact", "exactly": "exact", "precisely": "exact",
}
_PRE_QUALIFIERS = sorted((q for q in QUALIFIER_KIND if q[0].isalpha() and not q.startswith("or ")),
                         key=lambda q: -len(q.split()))
_QUALIFIER_LAST = frozenset(q.split()[-1] for q in _PRE_QUALIFIERS)
APPROX_TOLERANCE = 0.05

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGIT_RANGE = re.compile(r"^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$")
_DIGIT_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(k|m|bn|mn)$", re.I)
_GLUED = re.compile(r"^(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")([A-Z][a-z]\w*)$")
_PHONE = re.compile(
    r"\+\d[\d ()-]{7,}\d|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b0\d{3,4} ?\d{6,7}\b|\b\d{3}[ -]\d{4}\b"
)
_TIME_AFTER = frozenset({"am", "a.m.", "a.m", "pm", "p.m.", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst",
                         "hrs", "o'clock", "o’clock"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. "
    "dec.".split()
)
_NAME_BEFORE = frozenset({"no.", "nos.", "#", "number", "page", "chapter", "article", "section", "room", "gate",
                          "platform", "route", "flight", "channel", "level", "grade", "category", "phase",
                          "stage", "act", "resolution", "paragraph", "line", "version", "model", "type"})
CURRENCY_SIGNS = frozenset({"$", "us$", "£", "€", "¥", "₹"})
_CANDIDATE = re.compile(r"\d")
_CANDIDATE_WORDS = frozenset([*WORDS, *VAGUE_PLURALS, *SHARE_WORDS, "a", "half", "tens", "several"])
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "—", "–", "-", "(", "[", "|"})


@dataclass(slots=True)
class Figure:
    """A number as written: tokens, value, range and qualifier (see the module conventions)."""

    start: int  # first token, qualifier included (index into the paragraph Doc)
    end: int  # one past the last token of the figure
    num: int  # the number token whose syntactic head is the counted thing
    value: float
    low: float
    high: float
    qualifier: str | None = None
    vague: bool = False
    weak: bool = False  # "several", "a few": casualty figures only
    percent: bool = False
    base: float | None = None  # "two out of 57": 57
    of_token: int | None = None  # the counted thing after "of" ("hundreds of people")
    glued: str | None = None  # the word glued to the number ("Russian" in "fourRussian")
    currency: int | None = None  # token of the currency sign ("$20 million")
    share_word: bool = False  # "most of", "half of": a share in words (see SHARE_WORDS)
    char_start: int = 0  # character offsets of the figure text in the paragraph
    char_end: int = 0

    @property
    def share(self) -> float | None:
        """The fraction the figure states (0.9 for 90 percent, 2/57 for two out of 57)."""
        if self.percent:
            return self.value / 100
        if self.base:
            return self.value / self.base
        return None


def interval(value: float, low: float, high: float, qualifier: str | None, vague: bool) -> tuple[float, float]:
    """The values a figure allows, by the qualifier conventions at the top of the module."""
    kind = QUALIFIER_KIND.get(qualifier or "", "exact")
    tol = APPROX_TOLERANCE
    if low != high:  # a range or a vague plural: its own bounds, widened by "about"
        return (low * (1 - tol), high * (1 + tol)) if kind == "approx" else (low, high)
    n = value
    step = 1.0 if float(n).is_integer() else 1e-9
    if kind == "approx" or vague:
        return n * (1 - tol), n * (1 + tol)
    if kind == "near":
        return n * (1 - tol), n
    if kind == "min":
        return n, math.inf
    if kind == "above":
        return n + step, math.inf
    if kind == "max":
        return 0.0, n
    if kind == "below":
        return 0.0, n - step
    return n, n


def number_value(tok: Token) -> float | None:
    """The value of one number token (digits, "5k", a number word), or None."""
    text = tok.text
    low = text.lower()
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    if low in WORDS:
        return float(WORDS[low])
    m = _DIGIT_SCALE.match(text)
    if m:
        mult = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}[m.group(2).lower()]
        return float(m.group(1)) * mult
    return None


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of phone-number-like digit runs in ``text``."""
    return [m.span() for m in _PHONE.finditer(text)]


def find_figures(doc: Doc) -> list[Figure]:
    """Every figure in a parsed paragraph, left to right; a token belongs to one figure at most."""
    phones = phone_spans(doc.text)
    out: list[Figure] = []
    i = 0
    while i < len(doc):
        low = doc[i].lower_
        if not (_CANDIDATE.search(low) or low.partition("-")[0] in _CANDIDATE_WORDS or _GLUED.match(doc[i].text)):
            i += 1  # cheap test first: most tokens are not numbers
            continue
        fig = _figure_at(doc, i)
        if fig is None:
            i += 1
            continue
        if not any(a <= fig.char_start < b for a, b in phones):
            out.append(fig)
        i = max(fig.end, i + 1)
    return out


def _low(doc: Doc, k: int) -> str:
    return doc[k].text.lower() if 0 <= k < len(doc) else ""


def _number_word(doc: Doc, i: int) -> tuple[float, int, str | None] | None:
    """A plain number starting at token ``i``: (value, end, glued word)."""
    tok = doc[i]
    low = tok.text.lower()
    if "-" in low:  # "twenty-five" as one token
        a, _, b = low.partition("-")
        if a in TENS and b in UNITS and 0 < UNITS[b] < 10:
            return float(TENS[a] + UNITS[b]), i + 1, None
    if low in TENS and _low(doc, i + 1) == "-" and _low(doc, i + 2) in UNITS and 0 < UNITS[_low(doc, i + 2)] < 10:
        return float(TENS[low] + UNITS[_low(doc, i + 2)]), i + 3, None
    m = _GLUED.match(tok.text)
    if m and m.group(1)[0].islower() and m.group(1) != "one":
        return float(WORDS[m.group(1)]), i + 1, m.group(2)
    v = number_value(tok)
    if v is None or low in ("one", "zero"):
        return None
    return v, i + 1, None


def _figure_at(doc: Doc, i: int) -> Figure | None:
    """The figure that starts at token ``i`` (qualifier aside), or None."""
    low = _low(doc, i)
    sent_start = doc[i].sent.start
    vague = weak = False
    glued: str | None = None
    of_token: int | None = None
    start = i
    half_dozen = low == "half" and _low(doc, i + 1) == "a" and _low(doc, i + 2) == "dozen"
    if low == "a" and _low(doc, i + 1) == "dozen" or half_dozen:
        value = 12.0 if low == "a" else 6.0
        j = i + 2 if low == "a" else i + 3
        low_v = high_v = value
        vague = True
        if _low(doc, j) == "of":
            of_token = j + 1
    elif low == "tens" and _low(doc, i + 1) == "of" and _low(doc, i + 2) in ("thousands", "millions"):
        value = 10_000.0 if _low(doc, i + 2) == "thousands" else 10_000_000.0
        low_v, high_v, j = value, value * 10 - 1, i + 3
        vague = True
    elif low in VAGUE_PLURALS:
        value, low_v, high_v = VAGUE_PLURALS[low]
        j = i + 1
        if _low(doc, j) == "of" and _low(doc, j + 1) in ("thousands", "millions"):
            mult = 1_000 if _low(doc, j + 1) == "thousands" else 1_000_000
            value, low_v, high_v, j = value * mult, low_v * mult, (high_v + 1) * mult - 1, j + 2
        vague = True
    elif low == "several" or (low == "a" and _low(doc, i + 1) == "few"):
        value, low_v, high_v = WEAK_VAGUE["several" if low == "several" else "few"]
        j = i + 1 if low == "several" else i + 2
        vague = weak = True
        if _low(doc, j) in ("hundred", "thousand", "million"):  # "several hundred": a count again
            mult = SCALES[_low(doc, j)]
            value, low_v, high_v, j, weak = value * mult, low_v * mult, high_v * mult, j + 1, False
    elif low in SHARE_WORDS and _share_word_at(doc, i):
        value, low_v, high_v = SHARE_WORDS[low]
        j = i + 1
        if low in ("thirds", "quarters"):
            start = i - 2 if _low(doc, i - 1) == "-" else i - 1  # "two-thirds", "three quarters"
        elif _low(doc, i - 1) in ("a", "the"):
            start = i - 1
        qualifier, qstart = _pre_qualifier(doc, start, sent_start)
        first = doc[qstart]
        return Figure(
            start=qstart, end=j, num=i, value=value, low=low_v, high=high_v, qualifier=qualifier,
            vague=low_v != high_v, percent=True, share_word=True, char_start=first.idx,
            char_end=doc[i].idx + len(doc[i].text),
        )
    else:
        dr = _DIGIT_RANGE.match(doc[i].text)
        if dr and float(dr.group(1)) < float(dr.group(2)) and not re.match(r"^\d{4}[-–]\d{2,4}$", doc[i].text):
            value, low_v, high_v, j = float(dr.group(1)), float(dr.group(1)), float(dr.group(2)), i + 1
        else:
            plain = _number_word(doc, i)
            if plain is None:
                return None
            value, j, glued = plain
            if glued is None:
                while _low(doc, j) in SCALES and not (_low(doc, j) == "m" and doc[j - 1].whitespace_):
                    value *= SCALES[_low(doc, j)]
                    j += 1
            low_v = high_v = value
    if vague and _low(doc, j) == "of" and of_token is None:
        of_token = j + 1
    if _is_excluded(doc, start, j, sent_start):
        return None
    # Ranges: "20 to 24", "20-24", "between 20 and 24", "20 or 30".
    between = _low(doc, start - 1) == "between"
    if not vague and glued is None and low_v == high_v and _low(doc, j) in ("to", "-", "–", "or", "and"):
        sep = _low(doc, j)
        second = _number_word(doc, j + 1) if j + 1 < len(doc) else None
        if second is not None and second[2] is None:
            v2, k, _ = second
            while _low(doc, k) in SCALES:
                v2 *= SCALES[_low(doc, k)]
                k += 1
            ok = v2 > value and (sep != "and" or between) and (sep != "or" or v2 <= value * 3)
            if ok and not _is_excluded(doc, j + 1, k, sent_start):
                low_v, high_v, j = value, v2, k
                if between:
                    start -= 1
    # Shares: "90 percent", "90%", "two out of 57", "two of the 57".
    percent = False
    base: float | None = None
    if _low(doc, j) in ("percent", "%", "pc", "pct") or (_low(doc, j) == "per" and _low(doc, j + 1) == "cent"):
        percent = True
        j += 2 if _low(doc, j) == "per" else 1
    elif _low(doc, j) == "out" and _low(doc, j + 1) == "of" and j + 2 < len(doc):
        b = number_value(doc[j + 2])
        if b is not None and b >= value:
            base, j = b, j + 3
    elif _low(doc, j) == "of" and _low(doc, j + 1) in ("the", "those", "these") and j + 2 < len(doc):
        b = number_value(doc[j + 2])
        if b is not None and b >= value:
            base, j = b, j + 3
    currency: int | None = None
    if _low(doc, start - 1) in CURRENCY_SIGNS and not vague:
        currency = start - 1
        start -= 1
    # Qualifiers before ("about 20") or after ("20 or so", "20-odd", "20+").
    qualifier, qstart = _pre_qualifier(doc, start, sent_start)
    if qualifier is None:
        pair = f"{_low(doc, j)} {_low(doc, j + 1)}"
        if pair in ("or so", "or more"):
            qualifier, j = pair, j + 2
        elif _low(doc, j) in ("-", "–") and _low(doc, j + 1) in ("odd", "plus"):
            qualifier, j = "-" + _low(doc, j + 1), j + 2
        elif _low(doc, j) == "+" and not doc[j - 1].whitespace_:
            qualifier, j = "+", j + 1
    num = start
    for k in range(start, j):
        if _low(doc, k) in SCALES or number_value(doc[k]) is not None or _low(doc, k) in VAGUE_PLURALS:
            num = k
            if base is not None or percent:
                break
    if vague and low in ("a", "half"):
        num = j - 1  # "dozen"
    first, last = doc[qstart], doc[j - 1]
    char_end = last.idx + len(last.text) - (len(glued) if glued else 0)
    return Figure(
        start=qstart, end=j, num=num, value=value, low=low_v, high=high_v, qualifier=qualifier, vague=vague,
        weak=weak, percent=percent, base=base, of_token=of_token if of_token is not None and of_token < len(doc)
        else None, glued=glued, currency=currency, char_start=first.idx, char_end=char_end,
    )


def _share_word_at(doc: Doc, i: int) -> bool:
    """'most of the X', 'half (of) the X', 'a third of X', 'two-thirds of X': a share in words."""
    low = _low(doc, i)
    nxt = _low(doc, i + 1)
    if low in ("thirds", "quarters"):
        return nxt == "of" and (_low(doc, i - 1) in ("two", "three") or _low(doc, i - 2) in ("two", "three"))
    if low in ("third", "quarter"):
        return nxt == "of" and _low(doc, i - 1) in ("a", "one")
    if low == "majority":
        return nxt == "of" and _low(doc, i - 1) == "the"
    if low == "half":
        return nxt in ("of", "the", "those", "these") or _low(doc, i + 2) == "of"
    return nxt == "of" and doc[i].pos_ in ("ADJ", "NOUN", "PRON")


def _pre_qualifier(doc: Doc, i: int, lo: int) -> tuple[str | None, int]:
    """The qualifier words just before token ``i`` (within its sentence): (words, first token)."""
    if i <= lo or _low(doc, i - 1) not in _QUALIFIER_LAST:
        return None, i
    for words in _PRE_QUALIFIERS:
        n = len(words.split())
        if i - n < lo:
            continue
        if " ".join(t.text.lower() for t in doc[i - n : i]) == words:
            if words in ("some", "all", "just", "only", "over", "under") and i - n > lo:
                prev = _low(doc, i - n - 1)
                if words == "over" and prev in ("the", "of", "from", "to"):
                    continue
            return words, i - n
    return None, i


def _is_excluded(doc: Doc, i: int, j: int, sent_start: int) -> bool:
    """Dates, years, times, ages, ordinals, numbers in names: never figures."""
    first, last = doc[i], doc[j - 1]
    if any(doc[k].ent_type_ in ("DATE", "TIME", "ORDINAL") for k in range(i, j)):
        return True  # spaCy's DATE also covers durations ("two days")
    nl, nl2 = _low(doc, j), _low(doc, j + 1)
    pl = _low(doc, i - 1)
    if nl in _TIME_AFTER or nl in _MONTHS or nl in ("st", "nd", "rd", "th"):
        return True
    if nl in ("years", "year") and nl2 in ("old", "of"):
        return True  # "45 years old", "45 years of age"
    if nl in ("-", "–") and nl2 in ("year", "years"):
        return True  # "45-year-old"
    if j < len(doc) and doc[j].text in (":", ".") and not doc[j - 1].whitespace_ and _DIGITS.match(_low(doc, j + 1)):
        return True  # "10:40" split into tokens
    if pl in _MONTHS or pl in ("aged", "age", "ages") or pl in _NAME_BEFORE:
        return True
    if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and first.text[:1].isdigit():
        if first.head.i < i or first.ent_iob_ == "I" and doc[i - 1].ent_iob_ in ("B", "I"):
            return True  # "Quay 4", "Flight 17", "Windows 10" (not "told Putin 23 aircraft ...")
    if pl in ("-", "–") and i >= 2 and doc[i - 2].text[:1].isupper() and not doc[i - 1].whitespace_:
        return True  # "Su-34" split into tokens
    if pl == "," and i >= 2 and doc[i - 2].ent_type_ == "PERSON" and nl == ",":
        return True  # "John Smith, 45, said"
    if "-" in first.text and any(c.isalpha() for c in first.text.split("-")[0]) and first.text[:1].isupper():
        return True
    if first.i != sent_start and first.text[:1].isupper() and first.text.lower() in WORDS:
        if pl not in _OPENERS:  # "the Two-Way", "the Big Four"; not a number opening a quote
            return True
    if re.match(r"^\d{4}$", last.text) and 1800 <= int(last.text) <= 2100:
        return True  # a bare four-digit number in this range is a year ("the 2005 bombings"); counts take commas
    if nl in ("-", "–") and not doc[j - 1].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha:
        return True  # "15-page draft", "8,000-square-metre building", "three-day visit": a modifier, not a count
    return False
