"""Date expressions found in a text: news dates events relative to a day the reader knows.

"on Wednesday", "yesterday", "last week", "Sept. 28-30", "in September", "three
days ago": ``find_dates`` finds them with its own patterns, plus the model's DATE
entities as a second opinion (form "model"); it never uses dateparser's
``search_dates``, which reads "Sept" in running text as the 7th. "since"/"until"
come from the words before, and "from A to B" becomes one range; "by 2020" is a deadline
("by"), never a period "until 2020".
``resolution.py`` turns each expression into a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .. import lexicon
from ..dates import MONTHS, RECENT_YEAR_PATTERN, YEAR_PATTERN, month_names, weekday_names
from ..model import Relation
from ..text import WORDS
from .surname_months import surname_month

DateForm = Literal[
    "iso", "month_day", "day_month", "month_year", "month", "year", "weekday", "relative_day", "period", "ago",
    "model",
]
"""Which pattern found an expression: "2015-09-30", "Sept. 30", "30 September", "September 2015",
"in September", "in 2015", "on Wednesday", "yesterday", "last week", "three days ago", or a model
DATE entity no pattern covers."""

# Month names are matched case-sensitively (capitalised) so "may" the verb and "march" the noun never count,
# and never as the start of a longer word: "in Marija Bistrica", "in Augusta", "in Decatur" name no month.
_NUMBER_WORDS = lexicon.alternation(WORDS)  # "seventeen" before "seven"
_ONE_TO_TEN = "|".join(w for w, n in WORDS.items() if 1 <= n <= 10)  # "one" … "ten" (durations)
_FULL_MONTHS = "|".join(m.capitalize() for m in month_names(abbreviations=False))
_SHORT_MONTHS = "|".join(m.capitalize() for m in month_names(abbreviations=True))
_MONTH_STEMS = "|".join(m[:3].capitalize() for m in month_names(abbreviations=False))  # "Jan" … "Dec": any form
MONTH = r"(?P<{0}>" + _FULL_MONTHS + r"|(?:" + _SHORT_MONTHS + r")\.?)"
WEEKDAY = r"(?P<{0}>" + "|".join(w.capitalize() for w in weekday_names(abbreviations=False)) + r")"
DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<{0}>" + YEAR_PATTERN + ")"
_PART = r"(?:(?:early|late|mid)[- ]?)?"


_DECADE = r"(?<=0)['’]s\b"
"""What after a year ending in 0 makes it a decade ("the late 1970's", "early 1990's"; "1990s" never
matches a year): a decade names no year, so it is no year's date (the timeline has no decade entries;
"1970" for "the late 1970's" is a wrong year). "1989's" is a possessive ("in 1989's … movement"): a year."""


SEASON_MONTHS: dict[str, tuple[int, ...]] = {
    season: tuple(int(m) for m in months) for season, months in lexicon.aliases("seasons").items()
}
"""A season's months ("autumn" -> 9, 10, 11): a weekday told in a season is a day of one of them (time36)."""
_WITHIN = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?P<within>(?i:"
    + "|".join(sorted(SEASON_MONTHS)) + ")|" + _FULL_MONTHS + r")\b")
"""What after a weekday says which season or month it is in: "a rainy Saturday in early autumn", "on Friday in
June" (time36). Checked against the weekday's resolved day by ``resolution``."""


_ONE_YEAR_SEASONS = "|".join(sorted(s for s, months in SEASON_MONTHS.items() if list(months) == sorted(months)))
"""The seasons within one calendar year (not winter, December to February): "last fall" is one span (time47)."""


def _named(pattern: str, group: str) -> str:
    """``pattern`` (one of the above, with a ``{0}`` slot) capturing as group ``group``."""
    return pattern.format(group)


_WD_PREFIX = rf"(?:{_named(WEEKDAY, 'wd')},?\s+(?:the\s+)?)?"
_MD = (
    rf"{_named(MONTH, 'm')}\s+{_named(DAY, 'd')}(?![\d:])"
    rf"(?:(?:\s*[-–]\s*{_named(DAY, 'd2')}(?![\d:]))|(?:\s*[-–]\s*{_named(MONTH, 'm2')}\s+{_named(DAY, 'd3')}))?"
    rf"(?:,?\s+{_named(YEAR, 'y')}|\s+(?:of\s+)?(?P<rely>last|this|next) year)?"
)
# time48: "1st Julia" is no 1 July (a month's short form never starts a longer word); "5 February of next year" is
# next year's, as "5 February next year" is
_DM = (
    rf"(?:the\s+)?{_named(DAY, 'd')}(?:\s*[-–]\s*{_named(DAY, 'd2')})?(?:\s+of)?\s+{_named(MONTH, 'm')}(?![a-z])"
    rf"(?:,?\s+{_named(YEAR, 'y')}|\s+(?:of\s+)?(?P<rely>last|this|next) year)?"
)
_PATTERNS: list[tuple[DateForm, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{RECENT_YEAR_PATTERN})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_WD_PREFIX}{_MD}(?![\d])")),
    ("day_month", re.compile(rf"\b{_WD_PREFIX}{_DM}(?![\d])")),
    ("month_year", re.compile(rf"\b{_PART}{_named(MONTH, 'm')}(?:\s+of)?,?\s+{_named(YEAR, 'y')}\b")),
    ("month", re.compile(
        rf"\b(?P<pre>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill?|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|"
        rf"[Ll]ate|[Mm]id|[Ee]arlier this|[Ll]ater this|[Bb]efore|[Aa]fter|[Ss]ince early|[Ii]n early|[Ii]n late|"
        rf"[Ii]n mid|[Tt]he (?:first|last|final) (?:week|weekend|days|half) of)[- ])"  # "the last week of March"
        rf"(?:-)?{_named(MONTH, 'm')}(?![a-z])(?![\w.]*\s+\d)"
    )),
    ("year", re.compile(
        rf"\b(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill?|[Bb]y|[Ff]rom|[Bb]etween|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|"
        rf"[Ii]n early|[Ii]n late|[Ee]arly|[Ll]ate)\s+{_named(YEAR, 'y')}\b"
        rf"(?![-–/]\d|{_DECADE}|\s*(?:%|percent|people|troops))"
    )),
    ("weekday", re.compile(
        rf"\b(?P<pre>(?:(?:[Tt]his|[Tt]he)\s+coming|[Cc]oming|[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?"
        rf"{_named(WEEKDAY, 'wd')}(?P<post>\s+(?:morning|afternoon|evening|night))?\b"
        rf"(?!,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b)(?!,?\s+(?:{_MONTH_STEMS}))"
    )),
    ("relative_day", re.compile(
        r"\b(?P<rel>[Tt]he day before yesterday|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
        r"|[Tt]his (?:morning|afternoon|evening))\b"
    )),
    ("period", re.compile(
        r"\b(?P<which>[Tt]he last|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Tt]he past|[Oo]ver the past|"
        r"[Tt]he previous)\s+(?P<unit>week|month|year)\b"
        rf"(?!\s+of\s+(?:{_MONTH_STEMS}|\d{{4}}\b))"  # "the last week of March": a part of that month (time47)
    )),
    ("period", re.compile(  # "last fall", "this summer": a season of the report's year or the one before (time47)
        r"(?<![Tt]he\s)\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>" + _ONE_YEAR_SEASONS + r")\b"
        r"(?!\s+(?:in|of)\b)"
    )),
    ("ago", re.compile(
        r"\b(?P<n>\d{1,2}|(?i:an?|" + _NUMBER_WORDS + r"))\s+"
        r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b"
    )),
]
_NEEDS: dict[DateForm, tuple[str, ...]] = {
    "iso": ("19", "20"),
    "month_day": tuple(_MONTH_STEMS.split("|")),  # every month name and abbreviation starts with its stem
    "day_month": tuple(_MONTH_STEMS.split("|")),
    "month_year": tuple(_MONTH_STEMS.split("|")),
    "month": tuple(_MONTH_STEMS.split("|")),
    "year": ("1", "2"),
    "weekday": tuple(w.capitalize() for w in weekday_names(abbreviations=False)),
    "relative_day": ("esterday", "oday", "onight", "omorrow", "ast night", "his morning", "his afternoon",
                     "his evening"),
    "period": ("week", "month", "year", *SEASON_MONTHS),  # a season: lexicon/seasons.tsv
    "ago": ("ago",),
}
"""Strings one of which every match of a form's pattern contains (a word it cannot do without, less a
letter matched in either case): a pattern is only run over a text that has one. Most paragraphs name no
month or weekday, and ten patterns tried at every word cost about 0.1 ms a paragraph; tests/test_dates
checks that the same dates are found without this filter."""
# A model DATE entity is worth parsing only when it names a month or is a numeric date;
# bare numbers and years ("2004 tax returns", "the 18 year old") are not events' dates.
_MODEL_DATE = re.compile(
    r"\b(?:" + _FULL_MONTHS + "|" + _SHORT_MONTHS + r")\b"
    r"|\b[0-3]?\d[/.][01]?\d[/.](?:" + RECENT_YEAR_PATTERN + r"|\d\d)\b"
)
_NAMED_DAY = re.compile(
    r"(?<![\w-])(?:" + lexicon.alternation(lexicon.words("named_days"), space=r"\s+") + r")$")
# "in today's digital environment", "by today's standards": our times, no day (lexicon/nowadays_nouns.txt; time29);
# its nouns in lower case only: "today's World Cup final" is the day's
_NOWADAYS_NOUN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + lexicon.alternation(lexicon.words("nowadays_nouns")) + r")\b")
_SINCE = re.compile(r"(?:\b(?:[Ss]ince|[Ff]rom)\s+(?:early\s+|late\s+)?)$")
_UNTIL = re.compile(r"(?:\b(?:[Uu]ntil|[Tt]ill?|[Tt]hrough)\s+)$")  # "til 2014", "'til 2014": "until" (time33)
# "It wasn't until 2003 that …", "did not open until March": the act happened then, no span up to it (time44)
# (the date's own lead, "until", may be in the expression or before it)
_NOT_UNTIL = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:until|till|til)\s+)?$", re.I)
# a deadline, not a period; "by" as a word of its own, not the end of "a drive-by", "a stand-by"
_BY = re.compile(r"(?:(?<![\w-])[Bb]y\s+(?:early\s+|late\s+|the\s+end\s+of\s+)?)$")
# "midway through next year": a time inside the period, not "until" its end (lexicon/midpoint_words.txt; time24);
# "through" before the date, or taken into it ("halfway through 2021")
_INSIDE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("midpoint_words"), space=r"\s+") + r")\s+(?:through\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|[-–—])\s*$")
# "between Sept. 11, 1973, the year he seized power, and Dec. 31, 1983": an aside between the two ends
_RANGE_ASIDE = re.compile(r"^,\s*[^,.;:\d]{1,60},\s*(?:and|to|until|through)\s*$")
# "from 1976 to 1983", "between 1976 and 1983": a bare year as the range's end (no word before it)
_YEAR_END = re.compile(rf"\s*(?:to|until|till|through|and|[-–])\s*(?P<y>{YEAR_PATTERN})\b(?![-–/]\d|{_DECADE})")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})  # "would stay closed until Monday"
_FUTURE_VERBS = lexicon.words("future_plan_verbs")
_MEMBER_PARTICIPLES = lexicon.words("member_participles")
_PRESENT_BE = lexicon.words("present_be_no_s")  # not "'s": also "has"
_DURATION = re.compile(
    r"^(?:the\s+)?(?:more than|less than|about|nearly|almost|some|over|at least|up to|for)?\s*"
    r"(?:a|an|" + _ONE_TO_TEN + r"|\d+|several|few|many|the coming|"
    r"the next|the last|the past)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression found in a text: ``text[start:end]``, which pattern found it, its parsed parts."""

    start: int
    end: int
    text: str
    form: DateForm
    parts: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    relation: Relation | None = None
    range_end: DateExpression | None = None
    change: bool = False  # the ends of a quantity's change ("from 10 percent in 1985 to 2 percent in 2007"; time31)

    @property
    def lead(self) -> str:
        """The word the pattern took in front of the date ("in", "last", "since", "this coming"), lower case."""
        return " ".join((self.parts.get("pre") or "").lower().split())

    @property
    def relative(self) -> bool:
        """True when only a publication date can anchor it (weekday, "yesterday", "last week")."""
        return self.form in ("weekday", "relative_day", "period", "ago") or (
            self.form == "month" and self.lead in ("last", "this", "next", "earlier this", "later this")
        )


def find_dates(text: str, model_spans: Iterable[tuple[int, int]] = (),
               persons: frozenset[int] = frozenset()) -> list[DateExpression]:
    """Every date expression in ``text`` (non-overlapping, longest first, in text order).

    ``model_spans`` are the model's DATE entities (character offsets into
    ``text``); those no pattern covers are kept as form "model" for ``resolve``
    to try with dateparser, but for a bare month name ("the scheduled September trip"), which is a "month" as
    the patterns' "in September" is: put by the report's date and its clause's tense, not by dateparser's past
    (parts "bare": in an undated report it dates nothing, as the model's reading did not). ``persons``: the starts of
    month words the parse reads as a person ("where May commands a majority": ``surname_months.person_months``): a
    month alone there is no date.
    """
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for form, pat in _PATTERNS:
        if not any(needed in text for needed in _NEEDS[form]):
            continue
        for m in pat.finditer(text):
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            if form in ("month_day", "day_month") and not (1 <= int(parts["d"]) <= 31):
                continue
            if form == "weekday" and _NAMED_DAY.search(text, max(0, b - 40), m.end("wd")):
                continue  # "Black Friday pricing": a named day, no weekday of the report's week
            if form == "relative_day" and parts.get("rel", "").lower() == "today" and _NOWADAYS_NOUN.match(text, b):
                continue  # "in today's digital world": our times, not the report's day
            if form == "weekday" and parts.get("pre", "").strip().lower() in ("on", "by", "since", "until") and (
                    text.startswith(("'s", "’s"), m.end("wd"))):
                a = m.start("wd")  # "weigh in on Thursday's fight": the "on" is the verb's; the day is the fight's
                del parts["pre"]
            if form == "month" and (m.start("m") in persons
                                    or surname_month(text, m.start("m"), m.end("m"), lead=True)):
                continue  # "after May's speech" where the text names Theresa May: her, no month (ents54)
            if form == "weekday" and (within := _WITHIN.match(text, b)):
                parts["within"] = within["within"].lower()  # "a rainy Saturday in early autumn"
            found.append(DateExpression(a, b, text[a:b], form, parts))
            taken.append((a, b))
    for a, b in model_spans:
        span = text[a:b]
        if free(a, b) and _MODEL_DATE.search(span) and not _DURATION.match(span.strip()):
            if span.strip().lower() in MONTHS and (a in persons or surname_month(text, a, b, lead=False)):
                continue  # "Mrs May's letter", "of May's intention" beside "Theresa May": a person, no month (ents54)
            if span.strip().lower() in MONTHS and span == span.strip():  # "the scheduled September trip" (time38)
                found.append(DateExpression(a, b, span, "month", {"m": span, "bare": "model"}))
            else:
                found.append(DateExpression(a, b, span, "model"))
            taken.append((a, b))
    found.sort(key=lambda e: e.start)
    return _relate(text, found)


def _joined_by_lead(opened: bool, between: str, nxt: DateExpression) -> bool:
    """Is ``nxt`` the end of a range a "from" or "between" opened, its joining word taken into its own
    expression ("From 2000 through 2016": the pattern reads "through 2016" as one date)? One period, not a
    "since" and an "until" of the same sentence."""
    return opened and not between.strip() and nxt.lead in ("to", "until", "till", "through", "and")


# "dropped from about 10 percent of income in 1985 to less than 2 percent in 2007": a quantity's change between
# two dates, each date after its figure (a number within three words of "from" and of "to"; time31)
_CHANGE_FROM = re.compile(r"\b[Ff]rom\s+(?:(?!from\b)[^.;:!?\s]+\s+){0,3}?[$€£]?\d[\d,.]*\s+(?:[^.;:!?\s]+\s+){0,5}?$")
_CHANGE_TO = re.compile(r"^\s+to\s+(?:(?!from\b|to\b)[^.;:!?\s]+\s+){0,3}?[$€£]?\d[\d,.]*\s+(?:[^.;:!?\s]+\s+){0,5}?$")


def _changed_between(text: str, e: DateExpression, nxt: DateExpression) -> bool:
    """Are ``e`` and ``nxt`` the two ends of a quantity's change, "from <figure> in 1985 to <figure> in 2007"? One
    period, 1985 to 2007: the change runs between them, and the start alone is no date of it (time31)."""
    return e.form == nxt.form and e.lead == nxt.lead == "in" and not e.relative and not nxt.relative \
        and _CHANGE_FROM.search(text, max(0, e.start - 90), e.start) is not None \
        and _CHANGE_TO.match(text[e.end : nxt.start]) is not None


def _not_until(text: str, e: DateExpression) -> bool:
    """Is ``e`` the date of a denied "until" ("It wasn't until 2003 that …", "did not open until March")?"""
    before = text[max(0, e.start - 50) : e.start]
    m = _NOT_UNTIL.search(before)
    return m is not None and (e.lead.strip().lower() in ("until", "till", "til") or re.search(
        r"\b(?:until|till|til)\s+$", before, re.I) is not None)


def _relate(text: str, exprs: list[DateExpression]) -> list[DateExpression]:
    """Attach "since"/"until" from the words before, and join "from A to B" / "A - B" into ranges."""
    out: list[DateExpression] = []
    i = 0
    while i < len(exprs):
        e = exprs[i]
        before = text[max(0, e.start - 16) : e.start]
        rel: Relation | None = None
        pre = e.lead
        if _SINCE.search(before) or pre in ("since", "from"):
            rel = "since"
        elif (_UNTIL.search(before) or pre in ("until", "through", "till", "til")) and not _INSIDE.search(
                text[max(0, e.start - 30) : e.start]) and not _not_until(text, e):
            rel = "until"
        elif _BY.search(before) or pre == "by":
            rel = "by"  # "doubling its ranks by 2020": due by then, not a period "until 2020"
        opened = re.search(r"\b(?:[Ff]rom|[Bb]etween)\s+$", before) is not None or pre in ("from", "between")
        if i + 1 < len(exprs):
            nxt = exprs[i + 1]
            between = text[e.end : nxt.start]
            change = _changed_between(text, e, nxt)
            ranged = (_RANGE_JOIN.match(between) and (opened or between.strip() in ("-", "–", "—"))) or (
                opened and _RANGE_ASIDE.match(between)) or _joined_by_lead(opened, between, nxt) or change
            if ranged and not e.relative and not nxt.relative:
                out.append(replace(e, end=nxt.end, text=text[e.start : nxt.end], range_end=nxt, relation=None,
                                   change=change))
                i += 2
                continue
        end = _YEAR_END.match(text, e.end) if opened and e.form == "year" else None
        if end and (i + 1 >= len(exprs) or exprs[i + 1].start >= end.end()):
            last = DateExpression(end.start("y"), end.end(), text[end.start("y") : end.end()], "year",
                                  {"y": end.group("y")})
            out.append(replace(e, end=end.end(), text=text[e.start : end.end()], range_end=last, relation=None))
            i += 1
            continue
        out.append(replace(e, relation=rel) if rel else e)
        i += 1
    return out


def future_tense(sdoc: Any, start: int, end: int) -> bool:
    """Whether the clause a date (char offsets in ``sdoc``) belongs to speaks of the future.

    "will meet on Friday", "is set to travel next week": the verb the date hangs
    from has a "will"/"shall" auxiliary or sits under "set/due/expected/plan to", or is an infinitive
    whose head has one ("will be invited to submit plans this month").
    """
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    via_subject = False
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "prep" and tok.lower_ in _MEMBER_PARTICIPLES):
            break  # time48: "…, including her July visit" has no tense of its own
        if tok.head is tok:
            break
        via_subject = via_subject or tok.dep_ in ("nsubj", "nsubjpass")
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if (tok.lemma_ in _FUTURE_VERBS and not via_subject
            and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in tok.children)):
        return True  # "is scheduled for release in April": a plan; not "his purchase in 2009 is set to …"
    if any(c.lower_ in _FUTURE_AUX and c.dep_ in ("aux", "auxpass") for c in tok.children):
        # "would have been ten times more intense": a past that did not happen, nothing to come
        return not any(c.lower_ == "have" and c.dep_ == "aux" for c in tok.children)
    if tok.tag_ == "VBG" and tok.lemma_ in _FUTURE_VERBS and any(
            c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in tok.children) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return True  # "this year we are going to go …": the date on "going" itself, a plan (time39)
    head = tok.head
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
            (_present_be(head) and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children))
            or (tok.dep_ in ("relcl", "acl") and head.dep_ == "attr" and _present_be(head.head))):
        return True  # "It's time for two firms to report … Thursday": a present "be"'s "(for …) to" clause (time40)
    if tok.dep_ == "xcomp" and _past_expectation(head):
        return False  # "once expected to be completed within weeks of an October news conference": no forecast
    if tok.dep_ == "xcomp" and (head.lemma_ in _FUTURE_VERBS or head.lemma_ == "be"):
        return True  # "is set to travel", "is to arrive"
    if tok.dep_ == "xcomp" and any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in head.children) \
            and not any(c.lower_ == "have" and c.dep_ == "aux" for c in head.children):
        return True  # "will be invited to submit plans this month": the infinitive's time is its head's
    # "is going to submit", "plans to travel": the infinitive's own "to"; not "went to Monday's hearing" (time25)
    return head is not tok and head.lemma_ in _FUTURE_VERBS and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)


def _present_be(tok: Any) -> bool:
    """Is ``tok`` "is"/"are"/"'s" ("It's time for … to report")?"""
    return bool(tok.lemma_ == "be" and tok.tag_ in ("VBZ", "VBP"))


def _past_expectation(tok: Any) -> bool:
    """Is ``tok`` an expectation or a plan the sentence puts in the past by an adverb ("once expected to …",
    "originally scheduled to …": ``lexicon/past_expectation_adverbs.txt``) or by the past perfect ("had been expected
    to provide a response by Monday", time49: an expectation held before a past time, the Monday gone by)? The
    plan's date is then no forecast."""
    return tok.lemma_ in _FUTURE_VERBS and any(
        (c.dep_ == "advmod" and c.lower_ in lexicon.words("past_expectation_adverbs"))
        or (c.dep_ == "aux" and c.lower_ in ("had", "'d")) for c in tok.children)


def _verb_before_date(sdoc: Any, start: int, end: int) -> Any | None:
    """The verb the date at ``start:end`` hangs from, when it comes before the date and the date names
    a day or a month (not a bare year); None otherwise. Shared by ``arranged`` and ``scheduled``."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or re.fullmatch(r"(?:in\s+)?\d{4}", span.text.strip()):
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return None if tok.i >= span.start else tok


def arranged(sdoc: Any, start: int, end: int) -> bool:
    """Whether the verb a date hangs from is a present progressive, the form English gives an
    arrangement ("I am coming south Monday, December 18", "… & going home Jan. 12", a verb joined to
    it): a plan when the date is not before the report's own day (the caller checks that; "are
    marching Saturday" on the Saturday is the day's news). The date comes after the verb (a dateline's
    date before a narrative present, "Nov. 8, 1994, Vancouver _ Dr. X is eating breakfast …", is not
    a plan) and names a day or a month, not a bare year ("is marching … in 1965": a history told in
    the present)."""
    tok = _verb_before_date(sdoc, start, end)
    if tok is None:
        return False
    for _ in range(3):  # "coming … & going home Jan. 12": the first verb of the pair carries the aux
        if tok.tag_ != "VBG":
            return False
        if any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.head is tok:
            return False
        tok = tok.head
    return False


def scheduled(sdoc: Any, start: int, end: int) -> bool:
    """Whether the verb a date hangs from is the simple present of a timetable's verb
    (``lexicon/schedule_verbs.txt``: "the auction ends June 2", "the French Open, which begins May 22",
    "when the case goes to trial in March"): a schedule, a thing still to come when the date is not
    before the report's own day (the caller checks that, as for ``arranged``). News tells what happened
    in the past tense; the present of these verbs with a date is a timetable. As for ``arranged``, the
    date comes after the verb and names a day or a month, not a bare year."""
    tok = _verb_before_date(sdoc, start, end)
    if tok is None or not (tok.tag_ in ("VBZ", "VBP") or _present_as_base(tok)):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "has ended", "is closed": not a bare present
    return tok.lemma_.lower() in lexicon.words("schedule_verbs")


def calendar_subject(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` the subject of a bare present ("Saturday is the 75th anniversary of the Act",
    "Friday marks a year since the flood")? The present with the day as its subject tells the calendar: a day on
    or after the report's own, not the one before; "Saturday was …" (a past) is not one."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    head = tok.head
    if head is tok or head.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    others = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c is not tok]
    return tok.dep_ in ("nsubj", "npadvmod") and not others  # the parse may call the day an adverb of "is"


def _present_as_base(verb: Any) -> bool:
    """Is ``verb`` tagged a base form (VB) though it has a subject of its own and no auxiliary or "to" ("Tickets …
    go on sale Friday, Dec. 6", the parse's tag)? A base form with its own subject and no modal is a present."""
    return verb.tag_ == "VB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


_ISSUE_AFTER = re.compile(
    r"^,?\s+(?:" + lexicon.alternation(lexicon.words("issue_nouns"))
    + r")\b", re.I)


def names_an_issue(expr: DateExpression, text: str) -> bool:
    """Is the date ``expr`` (found in ``text``) the date of a publication's issue ("the review that ran in the Dec. 7
    issue of the magazine", "the March 3 edition", lexicon/issue_nouns.txt)? It names where a text was printed,
    not an event of the story: no timeline entry. Asked of a day's date only: "the 2016 edition of the race"
    is the race."""
    after = text[expr.end : expr.end + 25]
    return expr.form in ("iso", "month_day", "day_month") and _ISSUE_AFTER.match(after) is not None


_LATEST_BEFORE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("latest_markers"), space=r"\s+")
    + r"),?\s+(?:in|on|during|this|last)?\s*$", re.I)


def after_the_latest(text: str, expr: DateExpression, other: DateExpression) -> bool:
    """Is the month ``expr`` told as the latest of its sentence's events ("a history of assaults, most recently in
    February, pleading no contest … for assaulting his girlfriend in July 2016": lexicon/latest_markers.txt) while
    ``other`` falls later in its year? Then ``other``'s year would put the latest event before it: ``other`` is no
    anchor of the month's year (February is 2017 there, or unknown; never 2016)."""
    if expr.parts.get("y") or not _LATEST_BEFORE.search(text[max(0, expr.start - 25) : expr.start]):
        return False
    mine, theirs = MONTHS.get(expr.parts.get("m", "").lower().rstrip(".")), MONTHS.get(
        other.parts.get("m", "").lower().rstrip("."))
    return mine is not None and theirs is not None and theirs > mine

