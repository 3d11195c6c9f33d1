"""A sentence told of a month before its report's, below the report's lede: background, not the day's news.

``lead.history_lead`` passes over a sentence dated years back; a report's background is often closer: "The Supreme
Court ruled last month that …", "In June 2016, Scotland voted …" under a lede about Tuesday's vote. Several reports
repeat such a line, so more sources state it than the day's lede, and it led the account (summ48). A sentence that
is not its report's lede, whose main clause is told in the past and whose every date is "last month"/"last year" or a
month before its report's month (a day at least ``PRIOR_DAYS`` before), is background: the lead passes it while a
sentence that tells the news is at hand (``lead.lead_key``'s ``HISTORY``); it keeps its place in the account.

A clause of the same time ("… was captured when they overran the city in June 2014":
``lexicon/same_time_subordinators.txt``) dates its main clause, so its dates count as the main clause's
(``main_tokens``); so does a clause that bounds it from after ("… only served for a year before the military ousted
him in 2013", ``lexicon/bounding_subordinators.txt``: what ended before 2013 is as far back; summ49).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from .. import lexicon
from ..dates import MONTHS, read_stated_date
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["PRIOR_DAYS", "main_tokens", "prior_month"]

PRIOR_DAYS = 7
"""A day named in full ("January 24") is background when at least this many days before its report: a week's news
is told by its weekday."""

SUBORDINATE = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})
_LAST = re.compile(r"^last (?:month|year)$", re.I)


def _same_time(clause: Any) -> bool:
    """Does the adverbial clause open on a subordinator of the same time ("when they overran Mosul in 2014") or one that
    bounds the main clause from after ("before the board removed him in 2013")?"""
    first = min(clause.subtree, key=lambda t: t.i)
    return bool(clause.dep_ == "advcl" and (first.lower_ in lexicon.words("same_time_subordinators")
                                            or first.lower_ in lexicon.words("bounding_subordinators")))


def main_tokens(span: Any) -> list[Any]:
    """The words of the main clause: not those of a relative, adverbial or appositive clause ("…, which was banned
    two years ago, …" glosses the news), except a clause of the same time, which dates the main clause."""
    inner = {t.i for c in span if c.dep_ in SUBORDINATE and not _same_time(c) for t in c.subtree}
    return [t for t in span if t.i not in inner]


def _past(root: Any) -> bool:
    """Is the main verb told in the past: a simple past, or a passive past ("was captured")?"""
    return root.tag_ == "VBD" or (root.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in root.children))


def _dates(tokens: Iterable[Any]) -> list[str]:
    """The texts of the date entities wholly inside ``tokens``."""
    ids = {t.i for t in tokens}
    seen: dict[int, Any] = {}
    for t in tokens:
        if t.ent_type_ == "DATE" and t.ent_iob_ in ("B", "I"):
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            if ent is not None and all(k in ids for k in range(ent.start, ent.end)):
                seen[ent.start] = ent
    return [e.text for e in seen.values()]


def _before(text: str, published: dt.date) -> bool:
    """Is the date written ``text`` of a month before the report's ("last month", "June 2016", "January"), or a day
    at least ``PRIOR_DAYS`` before it?"""
    words = text.strip()
    if _LAST.match(words):
        return True
    if not any(w.lower().strip(".,") in MONTHS for w in words.split()):
        return False
    stated = read_stated_date(words, base=published)
    if stated is None:
        return False
    if stated.precision == "day":
        return (published - stated.date).days >= PRIOR_DAYS
    return (stated.date.year, stated.date.month) < (published.year, published.month)


def prior_month(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` (not its report's lede: the caller checks) tells background of a month before its report, or None:
    its main clause is in the past and every date it writes is before its report's month (module docstring)."""
    published = a.doc.published
    spans = sentence_spans(a, s)
    if published is None or not spans:
        return None
    span = spans[0]
    if not _past(span.root):
        return None
    dates = _dates(main_tokens(span))
    if not dates or not all(_before(d, published) for d in dates):
        return None
    return f"told of {dates[0]!r}, a month before its report: background, not the day's news"
