"""The sentence's main date and the dates that are context of it (issue 12, the twenty-second read; branch time20).

- A date inside a subordinate clause ("A man pleaded guilty Monday to threatening to kill the mayor in March")
  when another date of the sentence dates its main clause is context of that clause's event: a mention, shown
  with the sentence under the main date, not a second entry of the sentence (``attachments``).
- One bare weekday names one day in a report (``one_weekday``): a report that writes "Spain plays again on
  Wednesday" and "a series that ended … on Wednesday" was written on or after that Wednesday, later than its
  metadata's date (an updated wire story): the past "on Wednesday" is that coming day, not the one six days
  before the report's date. When the report's past uses of the weekday outnumber its coming ones, the one day is the
  past one (time52).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .background import order_phrase, since_clause
from .contact_clause import contact_relative
from .date_attachment import Attachment, attachment
from .expressions import DateExpression
from .fold import compared_at, in_subordinate_clause
from .landmark_clause import in_a_landmark_clause
from .own_dates import own_attachment
from .present_clause import dated_by_its_example, dated_by_its_object, dated_by_its_state, dated_in_a_gloss
from .resolution import DateValue
from .told import date_verb

__all__ = ["MENTIONED", "attachments", "dated_elsewhere", "one_weekday"]

MENTIONED = ("premodifier", "relative", "complement")  # a date of a noun or a relative clause: a mention
Item = tuple[DateExpression, int, DateValue, bool]


def attachments(sdoc: Any, items: Sequence[tuple[DateExpression, int, DateValue, bool]],
                published: dt.date | None = None) -> tuple[list[Attachment], set[str]]:
    """Each date's attachment (``date_attachment``, ``own_attachment``) and the distinct dates the sentence is
    cut into clauses by. A date inside a subordinate clause (``in_subordinate_clause``: "pleaded guilty Monday
    to threatening to kill … in March") when another date of the sentence dates its main clause is context of
    that clause's event, a mention ("relative"), and no clause of its own: the sentence shows once, under the
    main clause's date, and the summary item dates by it (time20). A past year on a noun of a present clause
    ("wants … the release … in 2010": ``present_clause.dated_by_its_object``) is that noun's, a mention (time22), as
    is a date in a contact relative clause ("the bill Obama signed into law last month": ``contact_relative``), and a
    year or month in a clause "after" or "before" opens (``landmark_clause``, time53)."""
    one = len({v.iso() for _, _, v, _ in items}) == 1
    parsed_as = [attachment(sdoc, *_anchor(e)) for e, _, _, _ in items]
    atts = [own_attachment(sdoc, e.start, e.end, att, one) for (e, _, _, _), att in zip(items, parsed_as, strict=True)]
    atts = ["complement" if dated_by_its_object(sdoc, e.start, e.end, att, v, published)
            or since_clause(sdoc, e.start, e.end) or order_phrase(sdoc, e.start, e.end, one)
            or dated_in_a_gloss(sdoc, e.start, e.end, v, published)
            or dated_by_its_example(sdoc, e.start, e.end, v, published)
            or dated_by_its_state(sdoc, e.start, e.end, att, v, published, one)
            else "relative" if contact_relative(sdoc, e.start, e.end) or in_a_landmark_clause(sdoc, e.start, e.end, v)
            else att
            for (e, _, v, _), att in zip(items, atts, strict=True)]
    atts = _coordinated(sdoc, items, atts)
    inner = [in_subordinate_clause(sdoc, e.start, e.end) and att == own  # not a shape read as the clause's own
             for (e, _, _, _), att, own in zip(items, parsed_as, atts, strict=True)]
    main = {it[2].iso() for it, att, sub in zip(items, atts, inner, strict=True)
            if att not in MENTIONED and not sub and not (compared_at(sdoc.text, it[0].start) and not it[0].change)}
    out: list[Attachment] = []
    for it, att, sub in zip(items, atts, inner, strict=True):
        out.append("relative" if att not in MENTIONED and sub and main - {it[2].iso()} else att)
    demoted = {it[2].iso() for it, old, new in zip(items, atts, out, strict=True) if old != new}
    return out, {it[2].iso() for it in items} - (demoted - main)


def _coordinated(sdoc: Any, items: Sequence[tuple[DateExpression, int, DateValue, bool]],
                 atts: list[Attachment]) -> list[Attachment]:
    """``atts`` with a date joined by "and"/"or" right after a date of a past participle describing a noun given that
    date's attachment: "the progress made last year and in early 2011" dates the progress twice, though the parser
    may hang the second from the sentence's verb (time45)."""
    out = list(atts)
    for i in range(1, len(items)):
        if out[i - 1] not in MENTIONED or out[i] in MENTIONED:
            continue
        prev = sdoc.char_span(items[i - 1][0].start, items[i - 1][0].end, alignment_mode="expand")
        cur = sdoc.char_span(items[i][0].start, items[i][0].end, alignment_mode="expand")
        verb = date_verb(sdoc, items[i - 1][0].start, items[i - 1][0].end)
        if prev is None or cur is None or verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        k = cur.start - 1
        if k >= 0 and sdoc[k].pos_ == "ADP":
            k -= 1
        if k >= 1 and sdoc[k].pos_ == "CCONJ" and k - 1 == prev.end - 1:
            out[i] = out[i - 1]
    return out


def _anchor(e: DateExpression) -> tuple[int, int]:
    """Where a date's attachment is read: a quantity's change ("grew from 12 members in 2001 to 40 in 2009") at its
    end, which hangs from the verb of the change, not at its start, the parser's modifier of the first figure."""
    return (e.range_end.start, e.range_end.end) if e.change and e.range_end is not None else (e.start, e.end)


_OWN_TIME = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|that|this)\s+(?:week|month|day|year|season)\b", re.I)


def dated_elsewhere(att: Attachment, sentence: str) -> bool:
    """Is a date written before its noun ("France's ticket to next year's tournament") in a sentence that states its
    own time by a phrase relative to the story ("earlier in the week, Turkey drew Iceland …")? The thing's date is
    no date of the sentence's event, which happened at that other time: the sentence is no entry under it (time21).
    """
    return att == "premodifier" and _OWN_TIME.search(sentence) is not None


def _bare_weekday(expr: DateExpression) -> str:
    return expr.parts.get("wd", "").lower() if expr.form == "weekday" and expr.lead in ("", "on") else ""


def one_weekday(items: Sequence[Item], published: dt.date | None) -> list[Item]:
    """``items`` (a report's dated expressions), a past bare weekday set on the coming day of that name when the
    report names that weekday as a coming one too ("will be back in action on Wednesday" beside "a series that
    ended … on Wednesday"): a writer names one day by one bare weekday, so the text was written on that day.

    The report's uses of the weekday vote (time52): when more of them are past than coming ("ordered … to evacuate
    on Sunday" read as an order for the coming Sunday, beside "said on Sunday" three times in a Monday report), the
    one day is the past one, and the coming reading is set on it, no plan."""
    if published is None:
        return list(items)
    coming: dict[str, DateValue] = {}
    past: dict[str, DateValue] = {}
    votes: Counter[tuple[str, bool]] = Counter()
    for e, _, v, future in items:
        day, name = v.first_day(), _bare_weekday(e)
        if not name or day is None or day == published:
            continue
        if future and day > published:
            coming.setdefault(name, v)
            votes[(name, True)] += 1
        elif not future and day < published:
            past.setdefault(name, v)
            votes[(name, False)] += 1
    out = []
    for e, pi, v, future in items:
        name = _bare_weekday(e)
        day, later, earlier = v.first_day(), coming.get(name), past.get(name)
        if later is not None and earlier is not None and votes[(name, False)] > votes[(name, True)]:
            if future and day is not None and day > published:
                v, future = replace(v, year=earlier.year, month=earlier.month, day=earlier.day), False
        elif not future and later is not None and day is not None and day < published:
            v = replace(v, year=later.year, month=later.month, day=later.day)
        out.append((e, pi, v, future))
    return out
