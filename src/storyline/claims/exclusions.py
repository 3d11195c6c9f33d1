"""Numbers that are not figures: dates, years, times of day, ordinals, numbers in names, street
numbers, and durations that say when rather than how long (numbers.py lists the conventions)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import lexicon
from ..dates import MONTHS, YEARS_IN_TEXT, month_names, weekday_names
from ..text import WORDS
from .clocks import time_left
from .formats import format_name
from .grammar import compound_count, plural_count
from .headings import named_measure, own_furniture
from .intervals import recurring, span_up_to
from .labels import emergency_number, parent_of, quoted_term
from .levels import kind_level
from .moments import fronted_by
from .offsets import dated_offset
from .readings import clause_offset, occurrence_offset
from .tokens import DIGIT_SCALE, DIGITS, number_value
from .tokens import low as _low
from .vocab import by_word, qualifier_kinds, units, word_set
from .yardsticks import yardstick_figure

_TIME_AFTER = word_set("time_after")
_MONTHS = frozenset(MONTHS) | {f"{m}." for m in month_names(abbreviations=True)}  # "sept", "Sept." as written
_WEEKDAYS = frozenset(weekday_names(abbreviations=False))
_NAME_BEFORE = word_set("name_before")
_LABELLED_BEFORE = word_set("labelled_before")
_CHANGE_VERBS = word_set("change_verbs")
TERM_NOUNS = word_set("term_nouns")
GROUP_SIZE = word_set("group_size")
_CASUALTY_VERBS = frozenset(by_word("events"))
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "—", "–", "-", "(", "[", "|"})
_QUOTES = frozenset({'"', "“", "‘", "'"})
_POINT_IN_TIME_BEFORE = lexicon.words("point_in_time_before")
_SPAN_OPENERS = word_set("span_openers")
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*[a-z]$")
_POINT_IN_TIME_AFTER = lexicon.words("point_in_time_after")
_LIST_LINKS = frozenset({"or", "and", ","})  # words that join the spans of a list ("in two weeks or five weeks")
_STREET_NOUNS = lexicon.words("address_street_nouns")


def point_in_time(doc: Doc, start: int, end: int, value: float, unit: str, ranged: bool) -> bool:
    """A duration that says when, not how long: 'two days ago', 'in three weeks', '10 years later'
    (tokens ``start``-``end``, its ``unit`` code; ``ranged`` for a range, which after 'after' or
    'within' says how long: 'expire after 30-40 days')."""
    before, after = _low(doc, start - 1), _low(doc, end)
    if fronted_by(doc, start):
        return True  # "by six months he felt well again": a point reached (moments.py, claims35)
    if before in _LIST_LINKS and _listed_point(doc, start, end, value, unit):
        return True  # "in two weeks or five weeks or nine weeks": each says when, as the first does (claims43)
    if recurring(doc, start, value) or span_up_to(doc, start, end):
        return False  # "every 33 years", "over the next two years": how often, how long (intervals.py)
    short = unit in ("s", "min", "h")  # "14 minutes later": a gap, not a date
    if after in _POINT_IN_TIME_AFTER and not (after == "after" and value > 1) and not (
            short and after in ("later", "earlier", "after")):
        return True
    if after in ("after", "before") and (_fronted(doc, start) and not short or _named_event(doc[end]) or
                                         _aside_offset(doc, start, end) or
                                         not short and (occurrence_offset(doc, start, end) or
                                                        clause_offset(doc, start, end)) or
                                         dated_offset(doc, start, end, short)):
        return True  # "Two days after clinching the title, the pair secured a win", "13.8 billion years after the
        # Big Bang": an offset that dates the clause, X plus N units, measuring nothing of it (claims32); "Four
        # minutes after the problems began, ..." stays a gap (short units, as "14 minutes later"); "That came seven
        # years after he fled" dates what came (readings.occurrence_offset, claims34), as "stayed empty four months
        # after it opened" does the main clause (readings.clause_offset, claims51); set before its verb after a
        # colon or a quote, or before a named event ("the Iowa caucuses"): offsets.dated_offset, claims37
    if before in _POINT_IN_TIME_BEFORE and doc[start - 1].pos_ == "VERB":
        return False  # "announced to last 30 days"
    if before in ("after", "within") and ranged:
        return False
    if before == "within" and after == "of":
        return False  # "on the scene within five minutes of the alarm": how long it took
    if before in ("past", "last") and _low(doc, start - 2) == "the" and _low(doc, start - 3) in _SPAN_OPENERS:
        return False  # "searching for the missing men for the past two months": how long, up to now
    if before in ("past", "last") and _low(doc, start - 2) == "the" and _low(doc, start - 3) == "in":
        sent = doc[start].sent
        return not any(t.like_num for t in sent if not start <= t.i < end)  # "in the past four years, three
        # shops were robbed": the span a count covers; "rents rose in the past two months" still says when
    if before == "within" and short:
        return False  # "he died within two hours": how long it took (not "within three weeks", a deadline)
    if after == "of" and end + 1 < len(doc) and doc[end + 1].pos_ == "NOUN" and before != "every":
        return False  # "after 13 days of captivity", "in seven months of fighting": how long the thing lasted
    if before == "after" and after == "in" and end + 1 < len(doc) and doc[end + 1].tag_ == "NN":
        return False  # "After 27 years in prison, she walked free", "after a decade in office": how long a stay in a
        # state told by a bare noun lasted (claims58; "after two days in the city" keeps its article, and stays out)
    if before in _POINT_IN_TIME_BEFORE and _low(doc, start - 2) != "first":
        return before not in ("in",) or _low(doc, start - 2) not in ("time",)
    hyphen = _low(doc, end) == "-" and not doc[end - 1].whitespace_
    return hyphen or doc[start].ent_type_ == "DATE" and before in ("the", "this", "that")


def _listed_point(doc: Doc, start: int, end: int, value: float, unit: str) -> bool:
    """Is the span (tokens ``start``-``end``) listed after a span of the same unit word that says when ("in two
    weeks or five weeks or nine weeks": "five weeks" and "nine weeks" are more such dates, not how long)?"""
    k = start - 1
    while k > 0 and _low(doc, k) in _LIST_LINKS:
        k -= 1
    if k < 1 or end - start != 2 or doc[k].lemma_.lower() != doc[end - 1].lemma_.lower() or not doc[k - 1].like_num:
        return False
    return point_in_time(doc, k - 1, k + 1, number_value(doc[k - 1]) or value, unit, False)


def _fronted(doc: Doc, start: int) -> bool:
    """Does the span at ``start`` open its sentence (after adverbs only: "Just two days after ...")? A fronted
    "N units after X" frames the clause that follows with a time, X plus N units; it measures nothing of it."""
    sent = doc[start].sent
    return all(t.pos_ == "ADV" or t.is_punct for t in doc[sent.start : start])


def _aside_offset(doc: Doc, start: int, end: int) -> bool:
    """'The incident, just six weeks before a presidential election, comes as …': a span before "before"/"after" and
    its noun, set off by commas as an aside (its qualifier aside, no verb inside) right after the clause's subject,
    dates what it stands beside; it measures nothing (claims80)."""
    k = start - 1
    while k >= 0 and doc[k].dep_ in ("advmod", "quantmod") and doc[k].is_alpha:
        k -= 1  # ("just", "only", "some")
    if k < 1 or doc[k].text != "," or doc[k - 1].dep_ not in ("nsubj", "nsubjpass"):
        return False  # (after a verb's clause, "released Liu on parole, exactly five months before the end of his
        # term, …": how early the act was, a figure)
    for j in range(end + 1, min(end + 9, len(doc))):
        if doc[j].text in (",", ";", "—", "–") or doc[j].is_sent_end:
            return j > end + 1 and doc[j].text == ","
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].tag_ in ("WDT", "WP", "WRB"):
            return False
    return False


def _named_event(prep: Token) -> bool:
    """Is the object of "after"/"before" a named event or day ("the Big Bang", "Hurricane Katrina", "Christmas")?"""
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _name_number(doc: Doc, i: int) -> bool:
    """Digits after a capitalised name that are part of it ("Quay 4", "Flight 17"); a number with a thousands
    separator is never a name's ("swung by Earth 26,500 km": a distance). The same digits joined to a name's
    ("the iPhone 11 and 11 Pro models", before a capitalised word) name its sibling: a name again, shortened, not a
    count (claims27). A name may open in lower case ("iPhone", "eBay") but has a capital in it."""
    first = doc[i]
    if 3 <= i < len(doc) - 1 and doc[i - 1].lower_ in ("and", "or", ",", "/") and doc[i - 2].text == first.text and \
            doc[i + 1].text[:1].isupper() and _name_number(doc, i - 2):
        return True
    if i == 0 or doc[i - 1].pos_ != "PROPN" or not any(ch.isupper() for ch in doc[i - 1].text) or \
            not first.text[:1].isdigit() or \
            re.match(r"^\d{1,3}(,\d{3})+$", first.text):
        return False
    return first.head.i < i or first.ent_iob_ == "I" and doc[i - 1].ent_iob_ in ("B", "I")


def _glued(doc: Doc, k: int) -> bool:
    """A hyphen at ``k`` with no space on either side ("787-9")."""
    return 0 < k < len(doc) - 1 and doc[k].text in ("-", "–") and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_


def _model_digits(doc: Doc, a: int, b: int) -> bool:
    """Two plain numbers a hyphen joins, with no unit after them: a range of a measure may run downwards
    ("49,000-46,000 years ago", "40-38 years ago"), a model's number has no thousands separator and no unit."""
    return bool(re.match(r"^\d+$", doc[a].text) and re.match(r"^\d+$", doc[b].text)) and _low(doc, b + 1) not in units()


def model_number(doc: Doc, i: int, j: int) -> bool:
    """A model's number, not a count (claims29): digits joined by a hyphen to a smaller number after them, and
    that smaller number ("a 787-9 jet": a range runs upwards, "242-330 seats"); digits right after a count and
    before a capitalised name ("five 380 Zephyr sales": the count is the first number)."""
    first = doc[i]
    value = number_value(first)
    if value is None or not DIGITS.match(first.text) or j != i + 1:
        return False
    if _glued(doc, j) and j + 1 < len(doc) and _model_digits(doc, i, j + 1):
        return (number_value(doc[j + 1]) or 0) < value
    if i >= 2 and _glued(doc, i - 1) and _model_digits(doc, i - 2, i):
        return (number_value(doc[i - 2]) or 0) > value
    if j >= len(doc) or not doc[j].is_alpha or not doc[j].text[:1].isupper() or value <= 1:
        return False  # (a capitalised word after digits is a name's, whatever the tagger calls it)
    return i > 0 and doc[i - 1].like_num and doc[i - 1].pos_ == "NUM"


def stat_line(doc: Doc, num: int) -> bool:
    """A box score's line ("Ortiz 21 points. Kell 9 rebounds and 3 steals."): a sentence with no verb whose
    figures follow a name; the table under a result, not a figure a report states (claims29)."""
    sent = doc[num].sent
    if any(t.pos_ in ("VERB", "AUX") and not (t.text[:1].isupper() and doc[t.i + 1 : t.i + 2].text[:1].isdigit())
           for t in sent):
        return False  # (a name before its figure is no verb, whatever the tagger says: "Bean-Laing 5 points")
    return any(t.like_num and t.i > sent.start and _NAME_WORD.match(doc[t.i - 1].text) for t in sent)
    # (a name the tagger calls a noun: "Oyelaran 14 points"; a joined name: "Bean-Ortiz", "O'Kell")


def _quoted_title(doc: Doc, j: int, before: str) -> bool:
    """A capitalised number word after an opening quote and before another capitalised word: a title."""
    return before in _QUOTES and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].text != "I"


def _hyphened_to(doc: Doc, j: int) -> int:
    """2 when "-to-" starts at token ``j`` ("three-to-five hours", read as "three to five hours"; claims31), else 0."""
    return 2 if _low(doc, j) in ("-", "–") and _low(doc, j + 1) == "to" and _low(doc, j + 2) in ("-", "–") else 0


def _unit_range(doc: Doc, i: int, j: int, sep: str) -> bool:
    """'three to 10 years in prison', 'two to three hours': a range of a unit from token ``i``, its separator at
    ``j``; or 'Between 10 and 15 people', which the tagger may call a date: a range of a count (claims31)."""
    if not (sep in ("to", "-", "–", "or") or sep == "and" and _low(doc, i - 1) == "between") or j + 2 >= len(doc) \
            or number_value(doc[j + 1]) is None:
        return False
    return _low(doc, j + 2) in units() or sep == "and" and plural_count(doc, j + 2)


def _labelled(doc: Doc, before: str, i: int, j: int) -> bool:
    """A number after a noun it labels (lexicon ``labelled_before``) with no plural noun after it: "in game four of
    the semifinals" says which game, no count; "lost the game 4 times" counts (claims42); "a mother of four"
    describes her (labels.parent_of, claims43)."""
    return before in _LABELLED_BEFORE and (j >= len(doc) or doc[j].tag_ != "NNS") or parent_of(doc, i, j)


def _dash(doc: Doc, j: int) -> bool:
    """A dash glued to the number before it at ``j``: a unit after it makes a length ("a 6.5-hour spacewalk"), not
    the time of day the tagger may call it (claims68); "flight hours" is the compound case beside it."""
    return doc[j].text in ("-", "–") and not doc[j - 1].whitespace_


def is_excluded(doc: Doc, i: int, j: int, sent_start: int) -> bool:
    """Dates, years, times, ages, ordinals, numbers in names: never figures."""
    first, last = doc[i], doc[j - 1]
    if any(doc[k].ent_type_ == "ORDINAL" and not DIGIT_SCALE.match(doc[k].text) for k in range(i, j)):
        return True  # (not "£3bn", which the tagger sometimes calls an ordinal: a scale is never one)
    nl, nl2 = _low(doc, j), _low(doc, j + 1)
    unit_after = nl in units() or nl2 in units() and j < len(doc) and (doc[j].dep_ == "compound" or _dash(doc, j))
    h = _hyphened_to(doc, j)
    unit_range = _unit_range(doc, i, j + h, "to" if h else nl)
    if any(doc[k].ent_type_ == "TIME" for k in range(i, j)) and not unit_after and not unit_range:
        return True  # a time of day; "16 minutes before the crash" is a duration
    pl = _low(doc, i - 1)
    big = (number_value(last) or 0) > 31
    count_before_day = nl in _WEEKDAYS and big  # "rose to 156 Sunday"
    range_of_durations = big and nl in ("to", "-", "–", "and") and any(
        _low(doc, k) in units() for k in range(j + 2, min(j + 5, len(doc))))  # "from 700,000 to 450,000 years ago"
    range_of_durations = range_of_durations or unit_range
    casualty_object = last.dep_ == "dobj" and last.head.lemma_.lower() in _CASUALTY_VERBS  # "injuring 85," as DATE
    casualty_object = casualty_object or last.dep_ == "nsubj" and last.head.lemma_.lower() in ("remain", "stay") and \
        len(last.text) < 4  # "76 remain hospitalized" tagged as a date
    if any(doc[k].ent_type_ == "DATE" for k in range(i, j)) and nl not in units() and nl not in ("-", "–") and \
            not count_before_day and not range_of_durations and not casualty_object and not change_end(doc, i, j) \
            and not plural_count(doc, j):  # ("Forty fishermen were at sea": a count, the tagger's DATE aside)
        return True  # a date; a duration ("16 minutes", "two years") is read with its unit
    if nl in _TIME_AFTER or nl in _MONTHS or nl in ("st", "nd", "rd", "th") or format_name(doc, i, j):
        return True  # "the 1st"; "streaming at 4K": a format's name, no count of "K"s (formats.py, claims39)
    if nl in ("years", "year") and nl2 == "of" and _low(doc, j + 2) == "age" or time_left(doc, i, j):
        return True  # "45 years of age"; "with 55 seconds left": a clock's reading (clocks.py, claims40)
    if j < len(doc) and doc[j].text in (":", ".") and not doc[j - 1].whitespace_ and DIGITS.match(_low(doc, j + 1)):
        return True  # "10:40" split into tokens
    if pl in _MONTHS or pl in ("aged", "age", "ages") or pl in _NAME_BEFORE or _labelled(doc, pl, i, j):
        return True
    if _name_number(doc, i) or model_number(doc, i, j) or emergency_number(doc, i, j) or quoted_term(doc, i) or \
            kind_level(doc, i) or own_furniture(doc, i) or named_measure(doc, j) or yardstick_figure(doc, i):
        return True  # "Quay 4"; "911 calls" (labels); "Level 2" (levels); headings.py, yardsticks.py (claims38)
    if pl in ("-", "–") and i >= 2 and doc[i - 2].text[:1].isupper() and not doc[i - 1].whitespace_:
        return True  # "Su-34" split into tokens
    if pl == "," and i >= 2 and doc[i - 2].ent_type_ == "PERSON" and nl == ",":
        return True  # "John Smith, 45, said"
    if "-" in first.text and any(c.isalpha() for c in first.text.split("-")[0]) and first.text[:1].isupper():
        return True
    if first.i != sent_start and first.text[:1].isupper() and first.text.lower() in WORDS:
        if pl not in _OPENERS or _quoted_title(doc, j, pl):  # "the Two-Way", "the Big Four"; not a number
            return True  # opening a quote ("Six people died"), but one opening a title ("Six Degrees of Separation")
    if re.match(r"^\d{4}$", last.text) and int(last.text) in YEARS_IN_TEXT:
        return True  # a bare four-digit number in this range is a year ("the 2005 bombings"); counts take commas
    if first.text[:1].isdigit() and doc[j - 1].i == first.i and nl[:1].isupper() and \
            doc[j].pos_ == "PROPN" and _low(doc, j + 1) in _STREET_NOUNS:
        return True  # "10 Downing Street"
    if nl in ("-", "–") and not doc[j - 1].whitespace_ and re.match(r"^to[-–]\d", nl2) and not (
            _low(doc, j + 2) in ("-", "–") and _low(doc, j + 3) in units()):  # (not "a three-to-10-year sentence")
        return True  # "a 38-to-31 percent win", "voted 7-to-2" (split "38", "-", "to-31"): a tally, no range
    if nl in ("-", "–") and not doc[j - 1].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha:
        rate = nl2 in ("a", "an", "per") and _low(doc, j + 2) == "-" and _low(doc, j + 3) in (
            "year", "month", "week", "day", "hour")  # "a $15-an-hour wage"
        unit_or_size = nl2 in units() or nl2.rstrip("s") in GROUP_SIZE or nl2 in ("year", "years", "percent") or \
            rate or compound_count(doc, j) or "-" + nl2 in qualifier_kinds() or h > 0  # "a 48-page indictment", "a
        # three-party coalition" (grammar.py); "600-odd", "600-plus" (hedges); h: "one-to-seven"; "51.9-percent"
        return not unit_or_size  # "15-page draft", "three-day visit" stay out; "115-mph winds" is read
    return False


def change_end(doc: Doc, i: int, j: int) -> bool:
    """A bare number that is one end of a change ('cut its routes to 17 from 36', 'from 12,986 employees to
    8,589', 'down from 54'): the object of 'to' or 'from' on a verb of change (lexicon change_verbs), or
    after 'down from' / 'up from'; not a year (four digits), which the tagger rightly calls a date."""
    last = doc[j - 1]
    if j - i != 1 or not last.text.replace(",", "").isdigit() or len(last.text) == 4 or last.dep_ != "pobj":
        return False
    return change_verb(last) is not None or last.head.lower_ == "from" and _low(doc, last.head.i - 1) in ("down", "up")


def change_verb(num: Token) -> Token | None:
    """The verb of change a number after 'to' or 'from' hangs on ('cut ... to 17', 'trimmed ... from 12,986
    employees to 8,589'), or None."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in ("to", "from"):
        return None
    head = prep.head
    for _ in range(2):  # "from 12,986 employees to 8,589": to -> from (or its noun) -> the verb
        if head.lower_ in ("to", "from") and head.dep_ == "prep" or head.dep_ == "pobj" and head.head.lower_ in (
                "to", "from"):
            head = head.head if head.dep_ == "prep" else head.head.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _CHANGE_VERBS else None


def term_of(doc: Doc, j: int) -> bool:
    """A hyphenated duration before a noun whose length is a figure ("30-month prison term", "five-year
    sentence", "three-month search", "a three-week pilots' strike", "a 10-year no-strike deal"; lexicon
    term_nouns): at most one other noun between, or the noun the unit word modifies, a few words on."""
    near = [k for k in range(j, min(j + 2, len(doc))) if doc[k].pos_ in ("NOUN", "PROPN")]
    held = doc[j - 1] if j > 0 else None
    for _ in range(3):  # "three-week pilots' strike": week -> pilots -> strike
        if held is None or held.head.i == held.i or not j <= held.head.i < j + 5:
            break
        held = held.head
        if held.pos_ == "NOUN":
            near.append(held.i)
        if held.dep_ not in ("compound", "poss", "nmod"):
            break
    return any(doc[k].lemma_.lower() in TERM_NOUNS or _low(doc, k) in TERM_NOUNS for k in near)


PHONE = re.compile(
    r"\+\d[\d ()-]{7,}\d|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b0\d{3,4} ?\d{6,7}\b|\b\d{3}[ -]\d{4}\b"
)


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of phone-number-like digit runs in ``text``."""
    return [m.span() for m in PHONE.finditer(text)]
