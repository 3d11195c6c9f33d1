"""Rates: a figure per period or per head, as news states them ("$15 an hour", "300 gallons per minute",
"4,000 tonnes of waste a year", "2 million people annually", "$50 per person"). The rate words follow the
figure, its unit or its counted noun (an "of" phrase included) within the clause; the period is kept on the
mention (``FigureMention.per``), so that a figure per hour and one per year are never one measure (grouping.py).

A duration with a rate ("worked seven days a week") is no figure at all (relations.rate); a point in time
("a day ago", "a year after the flood") is no rate."""

from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicon
from ..text import WORDS
from .figure import Figure
from .tokens import SCALES
from .tokens import low as _low
from .vocab import table, units, word_set

_NUMBERS = table("numbers")
PERIODS = frozenset(_NUMBERS["rate_periods"])
HEADS = frozenset(_NUMBERS["rate_heads"])
OCCASIONS = frozenset(_NUMBERS["rate_occasions"])  # "11.1 assists per game": a count per occasion (claims40)
ADVERBS: dict[str, str] = dict(_NUMBERS["rate_adverbs"])
RATE_WORDS = word_set("rate_words")
PRICED_UNITS = word_set("priced_units")  # "$2.53 per diluted share", "$60 a barrel": a price per unit (claims37)
_NOT_AFTER = lexicon.words("not_rate_after")
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "NUM", "SCONJ", "CCONJ", "PRON"})
_ORDINALS = word_set("occasion_ordinals")
_REACH = 6  # tokens after the figure: its noun and an "of" phrase ("tonnes of hazardous waste a year")
_COMPASS = word_set("compass_points")
_PREFIXES = frozenset(w[:n] for w in _COMPASS for n in range(1, len(w) + 1))
_EACH = word_set("share_out_words")
_FLOATING = frozenset({"advmod", "npadvmod", "dep", "appos", "det", "nsubj"})  # a floating "each" as parsed
EACH = "each"  # the rate's word of a figure per holder ("$400 each"; the table shows it as written)
_NO_RATE = frozenset({"duration", "date", "age", "years ago", "speed", "category", "magnitude", "temperature"})


def rate_of(doc: Doc, fig: Figure, noun_end: int = 0) -> str:
    """The period or head of a rate stated after the figure ('hour', 'year', 'person'); '' when there is none."""
    if fig.dimension in _NO_RATE:
        return ""
    return _rate_after(doc, fig, noun_end) or _verb_rate(doc, fig) or _noun_rate(doc, fig) or _each(doc, fig, noun_end)


def _each(doc: Doc, fig: Figure, noun_end: int) -> str:
    """'each' of a figure given to each of its holders: "each" or "apiece" right after the figure or its noun
    ("received $430 to $650 each", "won five seats apiece"), or floating before the verb whose object it is ("the
    clubs each paid $3 million"; not the verb's subject's own count: "Five clubs each paid"); '' otherwise
    (claims81). A figure per holder is no total: the two are never one measure (grouping.py)."""
    after = max(fig.end, noun_end)
    if after < len(doc) and _low(doc, after) in _EACH and doc[after].head.i not in range(after + 1, len(doc)):
        return EACH  # (not "each" that opens a noun phrase of its own: "$5, each of them")
    t = doc[fig.num]
    while t.head.i != t.i and t.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod"):
        t = t.head
    verb = t.head
    if t.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return ""
    return EACH if any(c.lower_ in _EACH and c.i < verb.i and not list(c.children) and c.dep_ in _FLOATING
                       for c in verb.children) else ""


def _noun_rate(doc: Doc, fig: Figure) -> str:
    """'earnings per share of $9.56', 'revenue per-share of $2': a money figure "of" a noun that is itself per a
    priced unit; the figure is that price per unit, not the whole sum (claims56)."""
    t = doc[fig.num]
    for _ in range(3):
        if t.dep_ not in ("nummod", "quantmod", "compound", "nmod") or t.head.i == t.i:
            break
        t = t.head
    if fig.dimension != "money" or t.dep_ != "pobj" or t.head.lower_ != "of":
        return ""
    noun = t.head.head  # "earnings per-share of $9.56" ("of" on "earnings") or "earnings per share of" (on "share")
    per = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "per" else \
        next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "per"), None)
    unit = next((c for c in per.children if c.dep_ == "pobj"), None) if per is not None else None
    return unit.lemma_.lower() if unit is not None and unit.lemma_.lower() in PRICED_UNITS else ""


def _verb_rate(doc: Doc, fig: Figure) -> str:
    """'doing two "deliveries" of payloads to the lunar surface every year': an "every <period>" on the verb whose
    subject or object the figure counts, after the figure, past the scan's reach (claims36)."""
    t = doc[fig.num]
    for _ in range(3):
        if t.dep_ not in ("nummod", "quantmod", "compound", "amod") or t.head.i == t.i:
            break
        t = t.head
    verb = t.head
    if t.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return ""
    for c in verb.children:
        period = (c.lemma_ or c.text).lower()
        every = any(d.dep_ == "det" and d.lower_ == "every" for d in c.children)
        if c.dep_ == "npadvmod" and c.i >= fig.end and every and period in PERIODS:
            return period
    return ""


def _rate_after(doc: Doc, fig: Figure, noun_end: int) -> str:
    """The rate's words in the scan after the figure (``rate_of``)."""
    k = fig.end
    last = min(len(doc), max(fig.end, noun_end) + _REACH, doc[fig.num].sent.end)
    while k < last:
        w = _low(doc, k)
        if _done_rate(doc, k, max(fig.end, noun_end)):
            return ADVERBS[_low(doc, k + 1)]  # "up to a dozen people diagnosed annually" (claims36)
        if fig.vague and doc[k].pos_ not in _STOP_POS and doc[k].pos_ != "ADP":
            k += 1  # (a vague figure's rate only by its participle's adverb, above)
            continue
        if fig.vague:
            return ""
        two = f"{w} {_low(doc, k + 1)}"
        three = f"{two} {_low(doc, k + 2)}"  # "two stairs at a time": per go (claims35)
        if three in ADVERBS and _low(doc, k + 3) not in _NOT_AFTER | {"when", "where", "that"}:
            return ADVERBS[three]  # (not "at a time of crisis", "at a time when ...")
        if two in ADVERBS:
            return ADVERBS[two]
        if w in ADVERBS:
            return ADVERBS[w]
        p = k + 1 + (_low(doc, k + 1) in ("-", "–"))  # ("$15-an-hour")
        if w in ("a", "an") and fraction_of(doc, k - 1):
            return ""  # "36 trillionths of a second": a length, a part of the period (claims59)
        if w in RATE_WORDS and p < len(doc):
            period = doc[p].lemma_.lower()
            if (period in PERIODS or w == "per" and period in HEADS | OCCASIONS or w in ("a", "per") and period in
                    ("head", "capita", "person")) and _low(doc, p + 1) not in _NOT_AFTER:
                return period
            if w == "per" and _per_unit(doc, fig, p):
                return period  # "52 miles per gallon": a rate of the measure, no distance (claims29)
            if w in ("a", "an", "per") and fig.dimension == "money" and _priced_unit(doc, p):
                return _priced_unit(doc, p)
            if w in ("a", "an", "per") and fig.dimension == "money" and _measure_unit(doc, p):
                return _measure_unit(doc, p)  # "$6 million per mile", "£400 a square metre": a price per unit of a
                # measure, not the whole sum (claims85)
        if w in ("-", "–") and _low(doc, k + 1) in RATE_WORDS:
            k += 1  # "a $15-an-hour wage"
            continue
        if doc[k].pos_ in _STOP_POS or doc[k].pos_ == "ADP" and w != "of":
            return ""
        k += 1
    return ""


def fraction_of(doc: Doc, of: int) -> bool:
    """An "of" at ``of`` after a plural fraction of scale ("trillionths", "thousandths", "tenths") or of a
    spelled ordinal ("fifths"): a part of what follows, not a count per it."""
    if of < 1 or _low(doc, of) != "of":
        return False
    word = _low(doc, of - 1)
    stem = word.removesuffix("ths")
    return word.endswith("ths") and (stem in SCALES or stem in WORDS or stem + "th" in _ORDINALS)


def _done_rate(doc: Doc, k: int, after: int) -> bool:
    """A past participle right after the figure and its noun, then a rate adverb: "a dozen people diagnosed
    annually", "400 tonnes shipped weekly": the figure is a count per period (claims36)."""
    return k == after and doc[k].tag_ == "VBN" and _low(doc, k + 1) in ADVERBS and " " not in _low(doc, k + 1)


def _priced_unit(doc: Doc, p: int) -> str:
    """The unit a money figure prices after "a"/"an"/"per" and adjectives ("per diluted share", "a share", "an
    ounce", "per adjusted share"): its lemma when it is one of the lexicon's priced_units, else ''."""
    while p < len(doc) - 1 and doc[p].dep_ == "amod" and doc[p].head.i > p:
        p += 1
    lemma = doc[p].lemma_.lower() if p < len(doc) else ""
    return lemma if lemma in PRICED_UNITS and _low(doc, p + 1) not in _NOT_AFTER else ""


def _measure_unit(doc: Doc, p: int) -> str:
    """The unit of a measure named at ``p``, adjectives ("square") and all ("mile", "square metre", "kilometre"), as
    the units lexicon writes it; '' when the word there is no unit of a measure, or opens a phrase of its own."""
    table_ = units()
    two = f"{_low(doc, p)} {_low(doc, p + 1)}" if p + 1 < len(doc) else ""
    for written in (two, two + "s"):  # ("a square metre": the lexicon writes "square metres")
        if " " in written and written in table_ and _low(doc, p + 2) not in _NOT_AFTER:
            return two
    one = _low(doc, p)
    return one if one in table_ and table_[one].dimension not in _NO_RATE and _low(doc, p + 1) not in _NOT_AFTER \
        else ""


def _per_unit(doc: Doc, fig: Figure, p: int) -> bool:
    """A unit of another measure after "per" ("miles per gallon", "kilometres per litre"): the figure is the one
    measure per the other."""
    unit = units().get(_low(doc, p))
    return fig.unit is not None and unit is not None and unit.dimension != fig.unit.dimension


def bearing(doc: Doc, fig: Figure) -> str:
    """The compass bearing a distance is told with ('westnorthwest' in "1,020 miles (1,640 kilometers)
    west-northwest of Perth"), hyphens dropped; '' when there is none or the figure is no length."""
    return _bearing_of(doc, fig)[0]


def bearing_origin(doc: Doc, fig: Figure) -> frozenset[int]:
    """The token indices of the place a bearing is told from ("Perth" in "1,020 miles west-northwest of Perth"):
    the distance is from there, not in it (claims27); empty when the figure has no bearing."""
    words, k = _bearing_of(doc, fig)
    if not words:
        return frozenset()
    return frozenset(t.i for c in doc[k].children if c.dep_ == "pobj" for t in c.subtree)


def _bearing_of(doc: Doc, fig: Figure) -> tuple[str, int]:
    """(the bearing, the index of its "of"), or ('', 0)."""
    if fig.dimension != "length":
        return "", 0
    k, words = fig.end, ""
    while k < len(doc) and k < fig.end + 5 and (_low(doc, k) in ("-", "–") or _low(doc, k).replace("-", "").isalpha()
                                                 and (words + _low(doc, k).replace("-", "")) in _PREFIXES):
        words += _low(doc, k).replace("-", "").replace("–", "")
        k += 1
    return (words, k) if words in _COMPASS and _low(doc, k) == "of" else ("", 0)
