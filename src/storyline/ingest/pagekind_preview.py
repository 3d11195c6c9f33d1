"""An event preview: a page announcing an edition of a recurring event that is still to come.

A festival's, a fair's or a biennial's preview ("'The Medium is the Message': the 7th Amsterdam Light Festival",
its dates, its theme, a catalogue of the works to be shown) reports no event of the day: its dates are those of
the event to come. Two of its signs together make one sign of ``pagekind`` (either alone is common on news pages):

* its headline or description names an edition of an event: an ordinal before the event's name ("the 7th
  Amsterdam Light Festival", "the 75th Venice Film Festival") or "the 7th edition";
* its description or its first paragraph gives the event's span of dates ("From 29 November 2018, to 20
  January 2019", "29 November – 20 January 2019"), and the span begins after the page's own publication date
  (its ``article:published_time`` or JSON-LD ``datePublished``). A date without a year is never read as to come.

The event nouns and the span's words are data (``page_kinds.json`` "preview"). Kept with a note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .. import lexicon
from ..dates import YEAR_PATTERN, month_names, read_stated_date

Sign = tuple[str, str, str]

_MONTH = lexicon.alternation(month_names(abbreviations=False) + month_names(abbreviations=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = rf"(?:\s+{YEAR_PATTERN})?"
_DATE = rf"(?:{_DAY}\s+(?:of\s+)?(?:{_MONTH})\.?,?{_YEAR}|(?:{_MONTH})\.?\s+{_DAY},?{_YEAR})"


@cache
def _patterns(nouns: tuple[str, ...], joiners: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    noun = lexicon.alternation(nouns)
    edition = re.compile(
        rf"\b\d{{1,3}}(?:st|nd|rd|th)\s+(?:edition\b|(?:[A-Z][\w'’&.-]*\s+){{0,4}}(?:{noun})\b)", re.I
    )
    join = "|".join(rf"\s+{re.escape(j)}\s+" if j.isalpha() else rf"\s*{re.escape(j)}\s*" for j in joiners)
    span = re.compile(rf"(?:\bfrom\s+)?(?P<start>{_DATE})\s*,?(?:{join})(?P<end>{_DATE})", re.I)
    return edition, span


def _published(meta: dict[str, list[str]], ld: Iterable[dict[str, Any]]) -> dt.date | None:
    stated = [*meta.get("article:published_time", []), *(o["datePublished"] for o in ld
                                                          if isinstance(o.get("datePublished"), str))]
    for value in stated:
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            continue
    return None


def _coming_span(texts: list[str], span: re.Pattern[str], published: dt.date) -> str | None:
    """The first span of dates in ``texts`` that begins after ``published``, as written."""
    for text in texts:
        for m in span.finditer(text):
            end = read_stated_date(m.group("end"))
            start_text = m.group("start")
            if end is not None and not re.search(YEAR_PATTERN, start_text):
                start_text = f"{start_text} {end.date.year}"
            start = read_stated_date(start_text)
            if start is not None and end is not None and published < start.date <= end.date:
                return " ".join(m.group(0).split())
    return None


def preview_signs(meta: dict[str, list[str]], ld: list[dict[str, Any]], text: str, title: str | None,
                  spec: dict[str, Any]) -> list[Sign]:
    """One sign of an event preview when both its shapes are there (module docstring), else none."""
    edition, span = _patterns(tuple(spec["event_nouns"]), tuple(spec["span_joiners"]))
    described = [*meta.get("og:description", []), *meta.get("description", []),
                 *(o["description"] for o in ld if isinstance(o.get("description"), str))]
    named = next((m.group(0) for t in [title or "", *described] if (m := edition.search(t))), None)
    published = _published(meta, ld)
    if named is None or published is None:
        return []
    first = next((line for line in text.split("\n") if len(line.split()) >= spec["min_lede_words"]), "")
    dates = _coming_span([*described, first], span, published)
    if dates is None:
        return []
    said = f"an edition of an event named ('{' '.join(named.split())}') and its dates after the page's ('{dates}')"
    return [("preview", "span", said)]
