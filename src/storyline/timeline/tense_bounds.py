"""A date with no stated year, held to the tense of its clause.

The resolver puts a month or a day and month with no year at the nearest such date around the report's
publication date (a past one preferred, ``resolution._pick_year``). The tense of the clause the date hangs
from says more than nearness does:

- a clause in the past tense tells of nothing after its report: "a commission he appointed in February",
  in a report of November, is last February, not the coming one; "The next year, the rebels released a
  video" (past) is the year after a year told before, not the report's next year, so no date is invented;
- a timetable's present or an arrangement ("the tour, which kicks off June 9th and concludes October 10th",
  ``expressions.scheduled`` and ``arranged``), in a report of November, is a thing still to come: next June
  and next October, not the past ones, and the entry is a plan (*(expected)*); so is a hope's or an aim's
  infinitive ("hopes to put … into the US market in 2022": ``aims.aimed``, time22) and a stated year's forecast
  under a modal ("could begin in 2022", "should be available … starting in 2023": ``forecasts.forecast``, time24;
  a bare day under a modal is not moved by it: "could not attend the Oct. 3 meeting" is a past ability).

A date whose year is stated, a weekday ("on Tuesday") and an undated report are left as they are.

"Today" (or "now") dating a clause in the present tense of a verb of a state (``lexicon/state_verbs.txt``:
"Today, plague infections are rare, but they do happen") means nowadays: a state that holds, not an event of
the report's day, so it gives no date (``nowadays``). News tells the day's events in the past ("said today"),
the present perfect or a plan's present ("begins today": not a state); those keep the report's day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..newswriting import rules
from .ahead import due_on, due_word, marked_ahead
from .aims import aimed
from .background import future_participle, planned_thing
from .expressions import DateExpression, arranged, calendar_subject, scheduled
from .forecasts import forecast
from .resolution import DateValue
from .spans import open_until
from .told import date_verb
from .vows import failed_vow

# a report's stated date may be a day or two off its writing (a page's metadata): within this many days of it,
# a date is left where the resolver put it
_SLACK_DAYS = 7
_YEARLESS_FORMS = frozenset({"month", "month_day", "day_month"})
_PAST_AUX = lexicon.words("past_auxiliaries")
# verbs of plans: "was scheduled for February", "had set a deadline of Tuesday" tell a past act about a date to come
_PLAN_VERBS = lexicon.words("plan_verbs")


def past_clause(sdoc: Any, start: int, end: int) -> bool:
    """Is the verb the date hangs from a past tense ("appointed", "had set", "was released"), not a plan's verb? A
    plan's verb in the simple past whose date reaches it through a preposition that ties no plan's date
    (``lexicon/plan_date_prepositions.txt``: "voters decided in a June 23 referendum", not "set the vote for June 23")
    tells its own past act (``_acted_on``, time53)."""
    verb = date_verb(sdoc, start, end, climb=8)
    if verb is None or (verb.lemma_.lower() in _PLAN_VERBS and not _acted_on(sdoc, start, end, verb)):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


_PLAN_DATE_PREPOSITIONS = lexicon.words("plan_date_prepositions")


def _acted_on(sdoc: Any, start: int, end: int, verb: Any) -> bool:
    """Does the date at ``start:end`` reach ``verb``, a plan's verb in the simple past, only through prepositions
    that tie no plan's date ("decided the matter in a June 23 referendum", "agreed at a June 2 meeting")?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or verb.tag_ != "VBD":
        return False
    tok, adps = span.root, []
    while tok.i != verb.i and tok.head is not tok:
        tok = tok.head
        if tok.pos_ == "ADP":
            adps.append(tok.lower_)
    return bool(adps) and not any(a in _PLAN_DATE_PREPOSITIONS for a in adps)


_STATE_VERBS = lexicon.words("state_verbs")
_SEQUEL_VERBS = lexicon.words("sequel_verbs")
_PRESENT = frozenset({"VBZ", "VBP"})
_TODAY = frozenset({"today", "now", "nowadays"})
_MODALS = lexicon.words("forecast_modals")


def nowadays(expr: DateExpression, sdoc: Any) -> bool:
    """Is ``expr`` a bare "today" dating a present state ("Today, infections are rare"), not the report's day? A
    simple present in a relative clause is one whatever its verb ("the galaxies we observe today", "the firms that
    make phones today"): it describes its noun as things are now, no event of the report's day; a timetable's verb
    ("the hearing that opens today") keeps the day (time20)."""
    if expr.text.strip().lower() not in _TODAY:
        return False
    verb = date_verb(sdoc, expr.start, expr.end, climb=3)
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if verb is None or span is None or span.root.dep_ not in ("npadvmod", "advmod") or span.root.head.i != verb.i:
        return False  # "The vote is today" (the day is what it states), "today's demarche" (a thing's day)
    if _as_it_is(verb) or _conditional(verb):
        return True
    if span.end <= verb.i and _present_passive_relative(verb):
        return True  # "the herons, which today are seen along the coast": its noun as it is now (time44)
    if verb.tag_ not in _PRESENT and not _modal_state(verb):
        return False
    if _still(verb):
        return True  # "the structures still affect the country today": what holds on from before, a state (time39)
    if verb.lemma_.lower() not in _STATE_VERBS and (verb.dep_ != "relcl" or scheduled(sdoc, expr.start, expr.end)):
        return False  # a relative clause's simple present describes its noun as it is now ("galaxies we observe today")
    return _modal_state(verb) or not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present_passive_relative(verb: Any) -> bool:
    """Is ``verb`` a relative clause's simple present passive ("the herons, which today are seen along the coast",
    the caller: "today" before it)? Like the active's ("the galaxies we observe today"), it describes its noun as it
    is now (time44); a timetable's day after its verb ("the hearing, which is held today") stays the day's."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and verb.lemma_.lower() not in _PLAN_VERBS and any(
        c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children)


def _as_it_is(verb: Any) -> bool:
    """Is ``verb`` the present of an "as" clause whose subject is a pronoun ("the laws as they're stated today", "the
    rules as it reads them today")? It describes the thing named before it as it is now, no event of the report's day
    (time37); "As the summit is opened today" (a named subject) is the day's event."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in verb.children):
        return False
    if verb.tag_ in _PRESENT:
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children)


def _still(verb: Any) -> bool:
    """Is ``verb`` a bare simple present with "still" ("many of the old rules still shape the trade today")? What
    still holds is a state carried on from before, no event of the report's day, whatever the verb (time39)."""
    return verb.tag_ in _PRESENT and any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _conditional(verb: Any) -> bool:
    """Is ``verb`` the main verb of its sentence under "would" ("For many families today, it would be unthinkable to
    …")? A conditional of "today" says how things would be nowadays, no event of the report's day nor one to come
    (time37). Under a verb of saying ("the governor would announce it today, aides said") it is a reported plan."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _modal_state(verb: Any) -> bool:
    """Is ``verb`` a state's bare verb under a modal ("Today, the signals could not differ more.", "Now the two may
    seem alike")? A state said as possible or as unlike what it was is one of now, as a present state's is (time33)."""
    return verb.tag_ == "VB" and verb.lemma_.lower() in _STATE_VERBS and any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _shifted(value: DateValue, years: int) -> DateValue:
    end = value.end
    if end is not None and end.year is not None:
        end = replace(end, year=end.year + years)
    return replace(value, year=(value.year or 0) + years, end=end)


def _the_next(expr: DateExpression, text: str) -> bool:
    """"the next year", "the next month": counted from a time told before, not from the report."""
    return expr.form == "period" and expr.parts.get("which", "").lower() == "next" and (
        text[max(0, expr.start - 4) : expr.start].lower() == "the ")


def _forward(expr: DateExpression, text: str) -> bool:
    """Does ``expr`` count forward from the report's day ("launches tomorrow", "next week": ``lexicon/
    forward_relatives.txt``; not "the next year", counted from a time told before)? It names a time to come by its
    own words, a plan whatever the verb (time26)."""
    word = (expr.parts.get("rel") or expr.parts.get("which") or "").lower()
    return expr.form in ("relative_day", "period") and word in lexicon.words("forward_relatives") \
        and not _the_next(expr, text)


def bounded(expr: DateExpression, value: DateValue | None, published: dt.date | None, sdoc: Any,
            future: bool) -> tuple[DateValue | None, bool]:
    """``value`` (``expr`` resolved against ``published``) held to its clause's tense, and whether it is a
    plan. ``future``: the clause's own future ("will", "is set to"; ``expressions.future_tense``)."""
    if value is None or nowadays(expr, sdoc):
        return None, future
    if _backward(expr):
        return value, False  # "in response to its test last month" under "would": a past by its own words (time39)
    plan = future or arranged(sdoc, expr.start, expr.end) or scheduled(sdoc, expr.start, expr.end) \
        or aimed(sdoc, expr.start, expr.end) or future_participle(sdoc, expr.start, expr.end) \
        or open_until(expr, sdoc) or planned_thing(sdoc, expr.start, expr.end) or due_on(sdoc, expr.start, expr.end)
    if published is None:
        return value, plan
    first, last = value.first_day(), value.last_day()
    if first is None or last is None:
        return value, future
    if _the_next(expr, sdoc.text) and past_clause(sdoc, expr.start, expr.end):
        return None, future
    if expr.form not in _YEARLESS_FORMS or expr.parts.get("y") or expr.parts.get("rely"):
        # a modal's forecast marks a stated year to come; it moves no bare day ("could not attend the Oct. 3
        # meeting": a past ability)
        # "later this year": the rest of a period begun before the report; "could come this month" too
        ahead = _forward(expr, sdoc.text) or _possible_this(expr, value, published, sdoc)
        plan = plan or forecast(sdoc, expr.start, expr.end) or ahead
        return value, future or ahead or (plan and first > published)
    plan = plan or marked_ahead(sdoc, expr.start, expr.end)  # "the upcoming festival August 31" (time44)
    if (first - published).days > _SLACK_DAYS and not plan and past_clause(sdoc, expr.start, expr.end):
        return _shifted(value, -1), False
    if plan and (published - last).days > _SLACK_DAYS:
        if failed_vow(sdoc, expr.start, expr.end):
            return value, False  # "failing to deliver on his vow that … would leave the EU on Oct. 31": the day passed
        return _shifted(value, 1), True
    return value, future or (plan and first > published)


def _backward(expr: DateExpression) -> bool:
    """Does ``expr`` count back from the report's day ("last month", "yesterday", "two weeks ago": ``lexicon/
    backward_relatives.txt``)? It names a time before the report by its own words, never a thing to come."""
    word = "ago" if expr.form == "ago" else (
        expr.parts.get("rel") or expr.parts.get("which") or expr.parts.get("pre") or "").strip().lower()
    return expr.form in ("relative_day", "period", "ago", "weekday") and word in lexicon.words("backward_relatives")


def _possible_this(expr: DateExpression, value: DateValue, published: dt.date, sdoc: Any) -> bool:
    """Is ``expr`` "this month/week/year", the report's own, dating a verb under a modal, not denied ("The first test
    could come as early as this month")? What may still come in the period is the part of it after the report: a
    forecast (*(expected)*), as "later this year" is (time33). "could not pay this month" is no forecast. So is a
    present hope's infinitive (``aims.aimed``: "is hoping to vote … this week", time45)."""
    first, last = value.first_day(), value.last_day()
    if expr.form != "period" or expr.parts.get("which", "").lower() != "this" or first is None or last is None:
        return False
    if not first <= published <= last:
        return False
    if not (forecast(sdoc, expr.start, expr.end) or aimed(sdoc, expr.start, expr.end)):
        return False
    verb = date_verb(sdoc, expr.start, expr.end)
    return verb is not None and not any(c.dep_ == "neg" for c in verb.children)


def coming_weekday(sdoc: Any, expr: DateExpression) -> bool:
    """Is ``expr`` a bare weekday after the simple present of a timetable's verb or a present progressive ("the show
    opens to the public on Friday", "they are flying home Sunday")? The present tells a schedule, a thing still to
    come: the weekday on or after the report's day, not the one before ("last Friday" keeps its own word). So does
    a weekday that is the subject of a bare present ("Saturday is the 75th anniversary": ``calendar_subject``)."""
    return expr.form == "weekday" and expr.lead in ("", "on") and (
        scheduled(sdoc, expr.start, expr.end) or arranged(sdoc, expr.start, expr.end)
        or calendar_subject(sdoc, expr.start, expr.end) or _designated(sdoc, expr)
        or _requested(sdoc, expr) or _present_act(sdoc, expr) or _set_for(sdoc, expr)
        or _issue_to_come(sdoc, expr) or _earliest_under_a_modal(sdoc, expr) or _due_untensed(sdoc, expr)
        or _present_under_a_future(sdoc, expr))


_WILL = lexicon.words("future_auxiliaries")


def _present_under_a_future(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday in a present clause that gives the time of a future one ("Crews will have to work fast as more
    snow is in the forecast for Thursday")? The present states what is expected when the future act comes: the
    weekday is the coming one, not the one before (time52). Climbs from the clause through infinitives and adverbial
    clauses (at most three heads) to a verb with "will"."""
    verb = date_verb(sdoc, expr.start, expr.end, climb=4)
    if verb is None or verb.tag_ not in _PRESENT or verb.dep_ != "advcl" \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    tok = verb.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "advcl") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _due_untensed(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday set by a "due" with no tense of its own ("ordered a report, due on Friday, listing …")? What is
    due is still to come when the report was written: the coming day, not the one before (time49), as a plan's
    participle after a noun is (``_set_for``). A "due" a past "be" tells ("The report was due on Friday"), or one in
    a sentence told in the simple past ("The report, due on Friday, was handed in late"), is a day that has passed,
    the one before."""
    due = due_word(sdoc, expr.start, expr.end)
    if due is None:
        return False
    root = due.sent.root
    if root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return False
    told = [due.head] if due.dep_ in ("acomp", "attr") else []
    return not any(t.lemma_ == "be" and t.tag_ in ("VBD", "VBN") or t.lower_ == "had"
                   for t in [*told, *(c for c in due.children if c.dep_ in ("cop", "aux"))])


_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)


def _earliest_under_a_modal(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday the earliest day a verb under a modal may happen ("could be released as early as Monday",
    "may open as soon as Friday")? An earliest day of what may be is still to come: the coming one, not the one
    before the report's (time47). "could have opened as early as Monday" is no forecast (``forecast``)."""
    return _EARLIEST.search(sdoc.text[max(0, expr.start - 20) : expr.start]) is not None and forecast(
        sdoc, expr.start, expr.end)


_ISSUE_NOUNS = lexicon.words("issue_nouns")


def _issue_to_come(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday the possessive of a publication's issue (``lexicon/issue_nouns.txt``) that a present participle
    or a simple present tells of ("two studies appearing in Friday's issue of the journal", "the paper appears in
    Friday's edition")? What is appearing is not yet out: the coming day, not the one before (time44); "published
    in Tuesday's issue" (a past participle) keeps the day before."""
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss" or span.root.head.lower_ not in _ISSUE_NOUNS:
        return False
    verb = date_verb(sdoc, expr.start, expr.end)
    if verb is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ in ("VBG", "VBZ", "VBP")


def _set_for(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday the object of "for" after a plan's participle that describes a noun, with no auxiliary ("a
    second dive set for Friday", "the vote scheduled for Tuesday")? The noun is a plan: its day is on or after the
    report's, not the one before (time44); "had been set for Friday" (a clause with its own tense) is not one."""
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "for":
        return False
    verb = span.root.head.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _PLAN_VERBS and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present_act(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday after the bare simple present of an action verb ("The players report to camp on Saturday",
    "The choir sings in Leeds on Friday")? News tells what happened in the past tense; a present act set on a bare
    weekday is a timetable, a day still to come, whatever the verb (``scheduled`` knows a list of them). Not a
    state's present ("is", "has", ``lexicon/state_verbs.txt``) nor a saying's, a reporting verb with what it says or
    reports ("says on Tuesday the board was wrong"); a caption's present dates its
    picture by a full date, not a bare weekday (``newswriting.present_dated_past``) (time41)."""
    verb = date_verb(sdoc, expr.start, expr.end, climb=8)
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if verb is None or span is None or verb.i >= span.start or _through_a_noun(span.root, verb):
        return False
    if verb.lemma_.lower() in _SEQUEL_VERBS:  # "follows a leak … on Wednesday": the object's day, gone by
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and subject)):
        return False
    lemma = verb.lemma_.lower()
    saying = lemma in rules().reporting_verbs and any(c.dep_ in ("ccomp", "parataxis", "dobj") for c in verb.children)
    return lemma not in ("be", "have") and lemma not in _STATE_VERBS and not saying  # "report to camp": no saying


def _through_a_noun(token: Any, verb: Any) -> bool:
    """Does the weekday hang on a noun between it and the verb ("follows a leak … on Wednesday")? Then it dates that
    noun's event, not the present act (check29a)."""
    while token.head.i != token.i and token.head.i != verb.i:  # spaCy makes a new Token object per access: compare .i
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _designated(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday the day a verb names as something, before "to be" ("has declared Thursday to be Harbour Day")?
    The day is what is named, no day of the naming: a day on or after the report's, as a weekday subject of a
    present is (``calendar_subject``; time39)."""
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.end >= len(sdoc) - 1:
        return False
    head, after = span.root.head, sdoc[span.end]
    verb = after.head if after.dep_ == "aux" and after.lower_ == "to" else None
    return verb is not None and verb.lemma_ == "be" and verb.dep_ in ("xcomp", "ccomp") and verb.head.i == head.i \
        and span.root.dep_ in ("npadvmod", "dobj", "nsubj")


def _requested(sdoc: Any, expr: DateExpression) -> bool:
    """Is the weekday the day of an act a verb asks someone to do ("asked donors to give an hour Thursday", "urged
    residents to stay home on Friday")? An infinitive under a verb with an object of its own is what that object
    is asked to do: after the asking, so a day on or after the report's, not the one before (time39)."""
    verb = date_verb(sdoc, expr.start, expr.end, climb=3)
    if verb is None or verb.tag_ != "VB" or verb.dep_ != "xcomp" or verb.i > sdoc.char_span(
            expr.start, expr.end, alignment_mode="expand").start:
        return False
    asker = verb.head
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.i < verb.i for c in asker.children) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in asker.children) \
        and not _result_of_a_past(asker)


def _result_of_a_past(verb: Any) -> bool:
    """Is ``verb`` a participle telling the result of a past clause ("The spillway was damaged, forcing engineers to
    use the old channel on Saturday")? The result is told done with its cause: the act it makes someone do is past
    too, the day before the report, not a request for the coming one (time52)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head is verb:
        return False
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX
                                                              for c in head.children))


_CALL_FOR_VERBS = lexicon.words("call_for_verbs")


def called_for(sdoc: Any, expr: DateExpression) -> bool:
    """Is the date the time of an act a verb asks for ("had called for protests across the valley after Friday
    prayers", "appealed for calm on Sunday")? Hung from that verb after its "for" and the act's noun, it dates
    the act asked for, which the sentence does not tell done: a plan, even on the report's own day (time40)."""
    verb = date_verb(sdoc, expr.start, expr.end, climb=4)
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if verb is None or span is None or verb.lemma_.lower() not in _CALL_FOR_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i and any(g.dep_ == "pobj" for g in c.children)
               and c.right_edge.i < span.start for c in verb.children)


def the_reports_own_day(value: DateValue | None, published: dt.date | None) -> bool:
    """Is ``value`` the report's own day? A weekday after a present progressive or a timetable's present
    (``coming_weekday``) is a plan only when it falls after the report's day: "McConnell is wading into the fight
    Friday morning" in a Friday report tells what is happening, the day's news, not a thing to come (time37)."""
    return value is not None and published is not None and value.first_day() == published == value.last_day()


def after_the_report(value: DateValue | None, published: dt.date | None) -> bool:
    """Does ``value`` start after the report's day? Nothing a report tells can have happened after it was written:
    a line dated after it ("Cassini taking images of Saturn on Friday" in a Thursday report, "All entries are due
    Aug. 14" in June) is a thing still to come whatever its verb's tense, a plan (*(expected)*) (time41)."""
    first = None if value is None else value.first_day()
    return first is not None and published is not None and first > published


def done_for_later(sdoc: Any, expr: DateExpression, value: DateValue | None, published: dt.date | None) -> bool:
    """Is the date one after the report's day hung from a past tense that is no plan's verb ("The trust cancelled
    its summer fair in four towns next year", "approved a budget for 2030")? The act is done; the date is the time
    of the thing it acts on: a mention, not *(expected)* (time41). A weekday the act names or asks for ("has declared
    Thursday to be Harbour Day": ``coming_weekday``) is the coming day's own event, still a plan; so is a day a
    "due" sets (``ahead.due_on``: "the run-up to the vote, due on May 20", time46)."""
    return after_the_report(value, published) and past_clause(sdoc, expr.start, expr.end) \
        and not coming_weekday(sdoc, expr) and not due_on(sdoc, expr.start, expr.end)
