"""A dateline written in ordinary case at the head of a report: "Indianapolis – Several thousand teachers …".

Wire datelines are in capitals ("INDIANAPOLIS (AP) —", ``newswriting.dateline_end``), and the summary shows
a sentence from after one. Some sites print the same dateline in ordinary case, a town (and its state) and a
dash before the first word ("Indianapolis – Several …", "Dekalb, Ill. — Mike …"). The rule
(``newswriting.title_dateline_end``, which the timeline shares) takes it only at the very start of a report's
first sentence, and only when the model tags the words before the dash a place: the item is shown from after it,
its citation moved with it. A press release often prints a one-sentence standfirst above its dateline
("Though widgets are the most popular … | New York, NY – The range of native ad units …"): when the report's first
paragraph is one sentence, the second paragraph's first sentence may open on the dateline too.

A dateline may be a date instead of a town ("Feb. 23, 2015 -- Life-threatening peanut allergies …", summ33): a month's
name, a day and a year, then a dash, at the same place (``date_dateline_end``); the item is shown from after it too.

So is a rubric in capitals and a colon at the same place ("NEWS ANALYSIS: Microsoft has …", "EXCLUSIVE: The council
…"; ``rubric_end``): the page's label of the piece's kind, no words of its first sentence (summ44).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..dates import MONTHS, YEAR_PATTERN
from ..model import Analysis, Sentence
from ..newswriting import ordinary_dateline_end

_DATE_DATELINE = re.compile(
    r"^(?i:" + lexicon.alternation(MONTHS) + r")\.?\s+[0-3]?\d,?\s+" + YEAR_PATTERN + r"\s*(?:[–—]|--?)\s+(?=[A-Z])")


def date_dateline_end(text: str) -> int:
    """Where a dateline that is a date ends at the very start of ``text`` ("Feb. 23, 2015 -- Life-threatening …":
    a month's name, a day, a year and a dash before a capital), 0 when it opens with none."""
    m = _DATE_DATELINE.match(text)
    return m.end() if m else 0


_RUBRIC = re.compile(r"^[A-Z][A-Z&'-]+(?:[ \t]+[A-Z][A-Z&'-]+){0,2}:[ \t]+(?=[A-Z\"“])")


def rubric_end(text: str) -> int:
    """Where a rubric ends at the very start of ``text`` (one to three words in capitals and a colon before a
    capital: "NEWS ANALYSIS: Microsoft …"), 0 when it opens with none."""
    m = _RUBRIC.match(text)
    return m.end() if m else 0


def _body_openings(a: Analysis) -> list[Sentence]:
    """The sentences of a report that may open on its dateline: its first; and, after a first paragraph of one
    sentence (a standfirst), the second paragraph's first."""
    if not a.sentences:
        return []
    first = a.sentences[0]
    rest = [s for s in a.sentences if s.paragraph > first.paragraph]
    alone = len(rest) == len(a.sentences) - 1
    return [first, rest[0]] if alone and rest and rest[0].paragraph == first.paragraph + 1 else [first]


def opening_datelines(analyses: Sequence[Analysis]) -> dict[tuple[str, int], int]:
    """(report, start of its opening sentence) → the length of the ordinary-case dateline (a town's, or a date:
    ``date_dateline_end``) or the rubric (``rubric_end``) that opens it."""
    out: dict[tuple[str, int], int] = {}
    for a in analyses:
        for s in _body_openings(a):
            if cut := ordinary_dateline_end(a, s) or date_dateline_end(s.text) or rubric_end(s.text):
                out[(a.doc.id, s.start)] = cut
                break
    return out
