"""Timeline stage: dated events, merged across reports and put in order.

An event is the sentence a date expression anchors, or, when one sentence carries several different dates, the clause
each date hangs from (the dependency subtree of its verb: ``date_clause.py``). Its text is always a verbatim span of a
source, cited; entries from different reports with the same date that say the same thing (TF-IDF cosine over content
words, or the same verb dating both and two proper names their sentences share) become one entry citing all, and so do
those of one day that retell one event in other words (the summary's test, ``retold.py``), entries of one date that
read alike as wholes (``alike.py``), and those that tell one act of one party a day apart at most (``same_act.py``).

Date expressions are found by ``expressions.py`` and resolved by ``resolution.py``
against each report's publication date; for an undated report the year comes
only from strong evidence (another report's publication date, a date with a year
in the same or the previous sentence) and the entry says so with ``year_inferred``
and ``year_basis``, or the year stays unknown ("--09-30"). Relative expressions in
undated reports ("on Wednesday") are left out: the day cannot be known.

An entry's text never cuts a quotation (``quotes.py``): a clause that would is
replaced by its sentence, a sentence that holds half a quotation grows over
its neighbours in the paragraph, and one in the middle of a quotation starts where
the quotation does. An entry that opens on a connective, a pronoun or a quotation
with no speaker starts at the sentence before it that names what it leans on
(``shape.lead_in_start``), unless that sentence is an entry of its own naming the one the entry's opening pronoun
stands for: then the entry keeps its own sentence and a who's-who gloss names them (``referents``, time35).
A bare year an age scale counts from ("years before 1950 AD") is no entry.
A running total ("112 attacks since Sept. 30")
keeps its relation ("since"): it is a period from that day, not an event of it,
and never merges with that day's events. A date the report gives for something still to come ("will
meet on Friday", or a present progressive, English's arrangement, "I am coming south Monday,
December 18 [to] Friday, January 12", when the day is not before the report's own) is ``future``,
shown "(expected)"; a date joined to such a date by "to" or a dash ends the same plan. Year-unknown
months that fit in ``SHORT_SPAN`` months round a year's end are ordered from the first of that stretch
(Oct, Dec, Jan).

What an entry shows is shaped by ``shape.py``: a caption is marked as one (``caption``), a
dangling opening connective or a list marker is left out of the span, a list fragment with no
finite verb is no event, nor is a line that dates a quotation ("August 1974, speaking to …":
``newswriting.dating_line``), and a period that only describes a noun, a relative clause or a gerund
object ("who ruled from 1973 to 1990") does not file its sentence; a date that names a thing ("the
June 1995 meeting"), sits in a relative clause or dates a gerund the verb takes as its object
("ruled out running for president in 2012") is kept but marked ``mention`` (the summary never
labels a sentence with it). "by 2020" is a deadline (relation "by"), never a period. "from 1976
to 1983", "From 2000 through 2016" and "between A, …, and B" are one range (``expressions.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from .. import lexicon
from ..model import Analysis, Citation, Gloss, Relation, Sentence, TimelineEntry
from ..newswriting import dating_line, heading_end, page_note, pointer, rules, signed_post, title_dateline_end
from ..parses import parsed
from ..tfidf import SparseRows
from .alike import told_once
from .asides import in_an_aside
from .asked import asked, not_known
from .clause_in_whole import without_clauses_shown_whole
from .date_attachment import Attachment
from .date_clause import clause_span, too_short
from .dated_things import one_entry_per_dated_thing
from .expressions import DateExpression, find_dates, future_tense, names_an_issue
from .figure_periods import listed_figure_period
from .fold import compared_at, date_subject, fold_same_event, in_subordinate_clause, mentions_once
from .historical_present import month_of_a_told_present
from .introduced import introduced_first
from .lead_ins import entry_start, paragraph_of
from .loose_weeks import week_told_on_its_day
from .main_date import MENTIONED, attachments, dated_elsewhere, one_weekday
from .narrative_frame import weekday_of_a_story_elsewhere
from .present_clause import state_of_now
from .quoted_fragment import quoted_fragment
from .quoted_statement import statement_once
from .quotes import inside_quote_start, quotation_after_colon, widen
from .reader_note import writer_to_reader
from .reference_day import read_from_their_days
from .republished import counted_from_a_republication
from .resolution import DateValue, resolve
from .restated import once_per_report
from .retold import Retells, merge_retold
from .said import said_on, speech_day, survey_span
from .same_act import act_of, one_act_once
from .shape import (
    cut_end,
    ends_cut,
    entry_end,
    fragment,
    is_caption,
    trim_opening,
)
from .side_clause import side_clause_span
from .side_dated import side_dated
from .stamps import page_stamp
from .statement_day import statement_dated
from .statement_told import statement_told_once
from .story_year import day_in_told_year, month_beside_a_told_day, month_in_told_year, month_of_that_year
from .subject_to_come import past_of_a_subject_to_come
from .surname_months import person_months
from .tense_bounds import after_the_report, bounded, called_for, coming_weekday, done_for_later, the_reports_own_day
from .things_from import things_of_a_year
from .titles import weekday_in_a_title
from .todays_news import news_of_the_day, todays_news
from .told import SameThing, date_claim, date_verb, merge_told, once_per_sentence
from .weekday_tense import dates_the_saying, possible_day
from .year_evidence import nearby, report_days, window_of, year_hint

__all__ = ["Retells", "SameThing", "build_timeline"]

SAME_EVENT = 0.35  # TF-IDF cosine above which two same-date entries from different reports merge


@dataclass(slots=True)
class Event:
    """One dated event in one document (before merging)."""

    doc: str
    doc_rank: int
    start: int  # span of the event text in the document
    end: int
    text: str
    value: DateValue
    phrase: str
    relation: Relation | None = None
    future: bool = False
    citations: list[tuple[str, int, int]] = field(default_factory=list)
    caption: bool = False  # the text is a photo caption (``shape.is_caption``)
    mention: bool = False  # the date stands before its noun or sits in a relative clause (``date_attachment``)
    verb: str = ""  # the lemma of the verb the date hangs from ("invade"), "" when none
    names: frozenset[str] = frozenset()  # the proper names of its sentence, lower-cased ("east timor")
    claim: str = ""  # what the date dates, as a claim of its own (``told.date_claim``)
    subject: str = ""  # the named subject of the date's verb, "" for a pronoun or none (``fold.date_subject``)
    bare: str = ""  # the claim without its pronoun subject, "" when the subject is named (``fold.date_subject``)
    subordinate: bool = False  # the date sits in a subordinate clause (``fold.in_subordinate_clause``)
    acts: frozenset[str] = frozenset()  # the act's verbs, through a reporting verb (``same_act.act_of``)
    parties: frozenset[str] = frozenset()  # the act's subject, object and agent heads (``same_act.act_of``)
    own_day: bool = False  # a mention of the report's own day: the day's news, shown unlabelled (``todays_news``)
    who: list[Gloss] = field(default_factory=list)  # the opening pronoun's one, named in the entry above (time35)


def _named_in(a: Analysis) -> str:
    """Where a report names its people: its title and its text ("Theresa May …" in a title over a text that says
    only "May, addressing the conference, insisted …", time53)."""
    return f"{a.doc.title}\n{a.doc.text}"


def _sentence_at(sentences: Sequence[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _events(analyses: Sequence[Analysis]) -> list[Event]:
    found: dict[str, list[tuple[DateExpression, int]]] = {}
    for a in analyses:
        rows: list[tuple[DateExpression, int]] = []
        for pi, para in enumerate(a.paragraphs):
            spans = [(e.start_char, e.end_char) for e in parsed(para).ents if e.label_ == "DATE"]
            rows.extend((e, pi) for e in find_dates(para.text, spans, person_months(parsed(para), _named_in(a))))
        found[a.doc.id] = rows
    hint = year_hint(analyses, found)
    events: list[Event] = []
    for rank, a in enumerate(analyses):
        rows_at: list[int] = []  # each dated item's sentence
        dated_items: list[tuple[DateExpression, int, DateValue, bool]] = []
        days = report_days(found[a.doc.id])
        for expr, pi in found[a.doc.id]:
            para = a.paragraphs[pi]
            sent = _sentence_at(a.sentences, para.offset + expr.start)
            if sent is None or survey_span(expr, sent.text) or counted_from_a_republication(expr, a.doc) \
                    or weekday_of_a_story_elsewhere(expr, pi, found[a.doc.id], a.doc.published) \
                    or weekday_in_a_title(parsed(para), expr):  # "told the Sunday Times" (time52)
                continue
            said = dates_the_saying(parsed(para), expr)  # "said on Monday she would …" (summ47)
            told = not said and (future_tense(parsed(para), expr.start, expr.end) or called_for(parsed(para), expr)
                                 or possible_day(parsed(para), expr))
            future = told or (not said and coming_weekday(parsed(para), expr))
            window = window_of(a.sentences, sent)
            local = replace(hint, nearby=nearby(found[a.doc.id], expr, pi, window, para.offset, parsed(para)),
                            report_days=days)
            value, future = bounded(expr, resolve(expr, a.doc.published, local, future), a.doc.published,
                                    parsed(para), future)
            future = future and (told or not the_reports_own_day(value, a.doc.published))
            value = month_in_told_year(value, future, expr, pi, found[a.doc.id], a, sent)
            value = day_in_told_year(value, future, expr, pi, found[a.doc.id], a, sent)
            value, future = month_of_that_year(value, future, expr, pi, found[a.doc.id], a, sent)
            value, future = month_of_a_told_present(value, future, expr, pi, found[a.doc.id], a, sent)
            value = said_on(value, speech_day(found[a.doc.id], a.paragraphs, a.doc.published, pi, expr.start), expr,
                            para.text)
            value, bound = statement_dated(value, expr, para.text, (sent.start - para.offset, sent.end - para.offset),
                                           [e for e, p in found[a.doc.id] if p == pi and e != expr],
                                           partial(resolve, published=a.doc.published, hint=local), a.doc.published)
            if value is None:
                continue
            expr = replace(expr, relation="by") if bound else expr
            expr = replace(expr, relation=None) if things_of_a_year(parsed(para), expr) else expr  # "filings from 1995"
            rows_at.append(sent.index)
            dated_items.append((expr, pi, value, future))
        per_sentence: dict[int, list[tuple[DateExpression, int, DateValue, bool]]] = {}
        for si, (e, pi, v, future) in zip(rows_at, one_weekday(dated_items, a.doc.published), strict=True):
            per_sentence.setdefault(si, []).append((e, pi, v, future or after_the_report(v, a.doc.published)))
        dated = frozenset(a.sentences[si].start for si in per_sentence)
        for si, items in per_sentence.items():
            items = month_beside_a_told_day(items, a.doc.published)
            events.extend(_sentence_events(a, rank, a.sentences[si], _plan_ends(a, items), dated))
    return events


_JOINED = re.compile(r"^\s*\[?(?:to|until|till|through|[-–—])\]?\s*$", re.I)


def _plan_ends(a: Analysis, items: list[tuple[DateExpression, int, DateValue, bool]]
               ) -> list[tuple[DateExpression, int, DateValue, bool]]:
    """A date joined to a planned one by "to", "until" or a dash ("coming south Monday, December 18
    [to] Friday, January 12") ends the same plan, whatever verb the parser hangs it from."""
    items = sorted(items, key=lambda it: (it[1], it[0].start))
    out = list(items[:1])
    for expr, pi, value, future in items[1:]:
        prev = out[-1]
        joined = prev[3] and prev[1] == pi and _JOINED.match(a.paragraphs[pi].text[prev[0].end : expr.start])
        out.append((expr, pi, value, future or bool(joined)))
    return out


def _sentence_events(
    a: Analysis, rank: int, sent: Sentence, items: list[tuple[DateExpression, int, DateValue, bool]],
    dated: frozenset[int] = frozenset(),
) -> list[Event]:
    """The events one sentence dates: one per distinct date, its clause or the whole sentence. A period that only
    describes a noun or a relative clause ("who ruled … from 1973 to 1990") files nothing (``date_attachment``).
    ``dated``: the starts of the report's sentences that state a date; a lead-in among them is not carried."""
    out: list[Event] = []
    para = a.paragraphs[items[0][1]]
    sdoc = parsed(para)
    s0, s1 = sent.start - para.offset, sent.end - para.offset
    sspan = sdoc.char_span(s0, s1, alignment_mode="expand")
    cap = is_caption(sent.text, sspan, a.doc.published)
    if _no_account(sent.text, sspan, cap) or page_stamp(para.text, s0, s1):
        return out  # … or a page's time stamp ("April 21, 2013 -- Updated 1511 GMT", time41)
    atts, distinct = attachments(sdoc, items, a.doc.published)
    cutting = _cutting_dates(sdoc, items, atts, distinct)
    aside = side_dated(sdoc, items, [att in MENTIONED for att in atts])  # "Before the storm hit … in 2009, …" (time55)
    seen: set[tuple[int, int, str]] = set()
    for (expr, _pi, value, future), att, side in zip(items, atts, aside, strict=True):
        reference = _REFERENCE_BEFORE.search(para.text[max(0, expr.start - 30) : expr.end]) is not None
        if reference and expr.form == "year" and _ERA.match(para.text, expr.end):
            continue  # "60 kyr before 1950 AD": the zero of an age scale, no event of the story
        if side or _skipped(expr, att, para.text, sent.text, sdoc, [it[0] for it in items]) \
                or _no_act_dated(sdoc, expr, att, value, len(distinct), a.doc.published):
            continue  # a habit, a period describing a noun or a listed figure; "ran in the Dec. 7 issue …"
        c0, c1 = side_clause_span(sdoc, expr.start, expr.end, (s0, s1), att, atts) \
            or (clause_span(sdoc, expr.start, expr.end, s0, s1) if len(cutting) > 1 else (s0, s1))
        opened = inside_quote_start(a.doc.text, para.offset + c0, paragraph_of(a.sentences, sent))
        if opened is None:
            continue  # deep inside a long quotation
        whole = widen(a.doc.text, opened, para.offset + c1, paragraph_of(a.sentences, sent))
        if whole is None:
            continue  # half a quotation that cannot be made whole
        start, end = whole[0] + title_dateline_end(a, whole[0]), whole[1]  # "Indianapolis – Several …"
        if end == sent.end:
            end = cut_end(a.doc.text, start, end, [(t.start, t.end) for t in paragraph_of(a.sentences, sent)
                                                   if t.start >= end])
            end = quotation_after_colon(a.doc.text, a.sentences, sent, start, end)
        start, end = _past_heading(sspan, para.offset, sent, trim_opening(a.doc.text, start, end), end), \
            entry_end(a.doc.text, start, end)
        lead_in, who = entry_start(a, sent, start, end, dated, value)
        if lead_in is None:
            continue  # "But it is based on …", a quotation with no speaker, and nothing before it to carry it
        start, text = lead_in, a.doc.text[lead_in:end]
        if too_short(sdoc, text, expr, start - para.offset, end - para.offset) or (start, end, value.iso()) in seen:
            continue
        seen.add((start, end, value.iso()))
        kept = reference or (not expr.change and compared_at(para.text, expr.start)) \
            or asked(sdoc, expr.start, expr.end, value, a.doc.published) \
            or (att in ("noun", "clause") and _a_things_date(sdoc, expr))
        done = done_for_later(sdoc, expr, value, a.doc.published)
        mention = kept or done or att in MENTIONED or in_an_aside(para.text, expr.start, expr.end, s0, s1)
        out.append(Event(a.doc.id, rank, start, end, text, value, expr.text, expr.relation,
                         future and not done and not _before_the_report(expr, value, a.doc.published),
                         [(a.doc.id, start, end)], cap, mention,
                         _verb_of(sdoc, expr.start, expr.end), _names(sspan), *_claims(sdoc, expr.start, expr.end),
                         own_day=not kept and todays_news(att, value, a.doc.published, expr.relation, len(items)),
                         who=who))
    return without_clauses_shown_whole(_without_things_dates_shown(out, cutting, distinct - cutting))


def _without_things_dates_shown(out: list[Event], cutting: set[str], things: set[str]) -> list[Event]:
    """``out`` (one sentence's events) without a past mention of a thing's date (``things``: ``_cutting_dates`` took
    it off the dates that cut the sentence) whose whole sentence another date's event shows: one sentence, one entry
    (time52)."""
    shown = {(e.start, e.end) for e in out if not e.mention and e.value.iso() in cutting}
    return [e for e in out
            if not (e.mention and not e.future and e.value.iso() in things and (e.start, e.end) in shown)]


_A_THINGS = ("premodifier",)  # a date written before its noun ("the June 1995 meeting")


def _cutting_dates(sdoc: Any, items: list[tuple[DateExpression, int, DateValue, bool]], atts: list[Attachment],
                   distinct: set[str]) -> set[str]:
    """The dates of ``distinct`` that cut the sentence into clauses: not one that dates a thing, a landmark the
    clause is set against or a noun it is written before ("the spillway was used for the first time since the dam's
    completion in 1968": ``_a_things_date``; ``_A_THINGS``), while another date dates an act. A relative clause's or a
    participle's date still cuts: its clause may tell an event of its own. Such a date is a mention: the
    sentence's act is the other date's, and the sentence shows whole under it, once, not as a clause there and whole
    under the thing's year (time52)."""
    things = {v.iso() for (expr, _, v, _), att in zip(items, atts, strict=True)
              if att in _A_THINGS or _a_things_date(sdoc, expr)}
    return distinct - things if distinct - things else distinct


def _past_heading(sspan: Any, offset: int, sent: Sentence, start: int, end: int) -> int:
    """Where an entry ``start:end`` of ``sent`` (``sspan`` parsed, its paragraph at ``offset``) that starts the
    sentence starts past a crosshead glued to it (``newswriting.heading_end``, time51)."""
    head = heading_end(sspan, "heading_zipf") if sspan is not None and start == sent.start else 0
    at = offset + sspan.start_char + head if head else start
    return at if start < at < end else start


def _before_the_report(expr: DateExpression, value: DateValue, published: dt.date | None) -> bool:
    """Does ``value`` (``expr``, with its year written) end before the report's date? A thing's date then is its
    past, whatever a clause describing the thing plans ("Texas, a solid Republican state in 2008 that is expected to
    add four votes": 2008 is a mention, not *(expected)*, time32), and so is a baseline a forecast counts from
    ("it would be the worst flood since Storm Ada in 2009", time46): a written year past is no plan. A month
    with no year ("within weeks of a December meeting") is the resolver's guess, which the plan may correct: not
    here."""
    last = value.last_day()
    return bool(expr.parts.get("y")) and published is not None and last is not None and last < published


def _skipped(expr: DateExpression, att: Attachment, text: str, sentence: str, sdoc: Any,
             dates: list[DateExpression]) -> bool:
    """Does the date ``expr`` of paragraph ``text`` date nothing of the story: a habit ("the rainy season, which
    generally starts in May"), a period describing a noun ("who ruled from 1973 to 1990") or one of a list of dated
    figures (``listed_figure_period``, ``dates``: the sentence's), an issue of a paper ("ran in the Dec. 7 issue"), a
    date the sentence gives another's time (``dated_elsewhere``) or one a speaker says they do not know ("I don't
    know last week, but …")?"""
    if not expr.parts.get("y") and _habitual(text, expr.start, expr.end):
        return True
    return (att != "clause" and _period(expr, text)) or names_an_issue(expr, text) \
        or dated_elsewhere(att, sentence) or not_known(sdoc, expr.start, expr.end) \
        or listed_figure_period(expr, dates, text)


def _no_act_dated(sdoc: Any, expr: DateExpression, att: Attachment, value: DateValue, dates: int,
                  published: dt.date | None) -> bool:
    """Is ``expr`` the report's year on a present "be", made a mention (``present_clause.dated_by_its_state``), in a
    sentence of ``dates`` distinct dates ("the chain in 2011 is a big business, so today, …")? What the thing is now
    files no entry: the line is the other date's (time44). Nor does a past date in a relative clause of a noun whose
    verb is to come ("X, who was overthrown in 2011, will be released …", ``subject_to_come``, time50)."""
    return (att == "complement" and dates > 1 and state_of_now(sdoc, expr.start, expr.end, value, published)) \
        or past_of_a_subject_to_come(sdoc, expr.start, expr.end, att, value, published)


def _no_account(text: str, sspan: Any, cap: bool) -> bool:
    """Does the sentence tell no event at all: a list item or label with no finite verb ("* Sept. 4: semi-final"),
    a line dating a quotation ("August 1974, speaking to …"), a note on the page ("Update …: Added a chart."), a
    pointer at a page the brief does not show ("Take a look here at the Fed's statement …", time30), or the writer's
    remark to the reader ("We realize talking about your weekend forecast …", ``reader_note``, time34), or a verbless
    quotation with its speaker's tag ("“Maybe that night,” he said Thursday.", ``quoted_fragment``, time43), or an
    embedded post with its signature glued on (``newswriting.signed_post``, summ45)? A sentence a crosshead is glued to
    (``newswriting.glued_heading``, summ45) does tell one: its entry starts after the heading
    (``newswriting.heading_end``, time51)."""
    if not cap and ((fragment(sspan) and not ends_cut(text)) or quoted_fragment(sspan)):
        return True
    return (dating_line(text, sspan) or page_note(text) or pointer(text) or writer_to_reader(sspan)
            or signed_post(text))


def _claims(sdoc: Any, start: int, end: int) -> tuple[str, str, str, bool, frozenset[str], frozenset[str]]:
    """An event's ``claim``, ``subject``, ``bare``, ``subordinate``, ``acts``, ``parties`` (``told``, ``same_act``)."""
    return (date_claim(sdoc, start, end), *date_subject(sdoc, start, end), in_subordinate_clause(sdoc, start, end),
            *act_of(sdoc, start, end))


_LANDMARK_PREPOSITIONS = frozenset({"before", "after", "since", "until", "following"})
# "before her partner's death in", "after the war in", "since the dam's completion in" (time52): the preposition, at
# most three words with no conjunction, a
# landmark's noun (lexicon/landmark_nouns.txt) and the date's own preposition
_LANDMARKS = lexicon.words("landmark_nouns")
_LANDMARK_BEFORE = re.compile(
    r"\b(?:before|after|following|since)\s+(?:(?!and\b|but\b|or\b)[\w'’-]+\s+){0,3}?(?:"
    + lexicon.alternation(_LANDMARKS) + r")\s+(?:(?:in|on)\s+)?$", re.I)


def _a_things_date(sdoc: Any, expr: DateExpression) -> bool:
    """Does ``expr`` date a thing, not the clause: a landmark's (``_dates_a_landmark``) or things' made then
    (``things_from.things_of_a_year``: "leaked filings from 1995")? The entry is kept as a mention."""
    return _dates_a_landmark(sdoc, expr.start, expr.end) or things_of_a_year(sdoc, expr)


def _dates_a_landmark(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` date a noun that a "before", "after", "since" or "until" sets the clause
    against ("filmed four series … before Paterson's death in 1999", "returned home after the war in 1945")? It is
    the landmark's date, not the clause's: the filming came before 1999. The entry is kept as a mention."""
    if _LANDMARK_BEFORE.search(sdoc.text[max(0, start - 60) : start]):
        return True  # the parser may hang "in 1999" from the verb; the words say whose date it is
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(span.start, span.end):
            return (tok.dep_ == "pobj" and tok.head.lower_ in _LANDMARK_PREPOSITIONS
                    and tok.lemma_.lower() in _LANDMARKS)  # not "shortly before 6 a.m. on Friday": a time of day
    return False


def _verb_of(sdoc: Any, start: int, end: int) -> str:
    """The lemma of the content verb a date hangs from ("invaded … in 1975" → "invade"); "" for none,
    or for a verb that carries no event of its own (be, have, a reporting verb)."""
    tok = date_verb(sdoc, start, end)
    lemma = "" if tok is None else str(tok.lemma_.lower())
    return "" if lemma in _LIGHT_VERBS or lemma in rules().reporting_verbs else lemma


def _names(span: Any) -> frozenset[str]:
    """The proper names in a sentence, each a run of proper nouns, lower-cased ("East Timor" →
    "east timor")."""
    if span is None:
        return frozenset()
    out, run = set(), []
    for t in span:
        if t.pos_ == "PROPN" and t.is_alpha:
            run.append(t.lower_)
            continue
        if run:
            out.add(" ".join(run))
        run = []
    if run:
        out.add(" ".join(run))
    return frozenset(out)


_LIGHT_VERBS = lexicon.words("light_verbs")
SHARED_NAMES = 2
"""Entries of different reports on the same date whose dates hang from the same verb and whose
sentences share this many proper names ("Indonesia invaded East Timor in 1975, …" and "East Timor
was invaded by Indonesia in 1975 and …") tell one event however differently they go on."""


_HABITUAL = re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("habitual_words")) + r")\b", re.I)
# "60 kyr before 1950 AD", "two weeks after June 1": the date is a reference point a duration counts from
# an era marker after a year a duration counts from ("60 kyr before 1950 AD", "years before 1950 BP"): a dating
# convention's zero (radiocarbon's 1950, a sample's collection year), no event of the story
_ERA = re.compile(r"\s*(?:a\.?d\.?|b\.?c\.?(?:e\.?)?|c\.?e\.?|b\.?p\.?)(?![\w])", re.I)
_REFERENCE_BEFORE = re.compile(r"\b(?:years?|yrs?|kyr|ka|days?|weeks?|months?|decades?|centuries|century|millennia)"
                               r"\s+(?:before|after|prior\s+to)\s+\S.{0,24}$", re.I)  # the window ends with the date


def _habitual(text: str, start: int, end: int) -> bool:
    """Is the date at ``start:end`` written as a habit ("which generally starts in May", "in June every year")?"""
    return _HABITUAL.search(text[max(0, start - 50) : end + 15]) is not None


def _period(expr: DateExpression, text: str) -> bool:
    """A span of time rather than a day: a range, "since …", "until …" (not a deadline, "by Friday")."""
    if expr.range_end is not None or expr.relation == "since":
        return True
    return expr.relation == "until"


def _certainty(v: DateValue) -> int:
    return 0 if v.year is None else 1 if v.year_inferred else 2


def _merge(events: list[Event]) -> list[Event]:
    """Same date (or same day and month where a year is missing), same words, different reports: one entry."""
    if not events:
        return []
    # sparse rows, compared pair by pair: the dense events x words and events x events matrices of a
    # story of 1,000+ reports took hundreds of megabytes (issue 16), and most pairs are never compared
    vecs = SparseRows([e.text for e in events])
    # an act done heads its group before the same act expected on its day (time54): the entry tells what happened; a
    # month's or a year's present ("face elections this year") is no act done, so only a day's tense counts
    order = sorted(range(len(events)), key=lambda i: (-_certainty(events[i].value), events[i].caption,
                                                      events[i].future and events[i].value.precision == "day",
                                                      events[i].mention, events[i].doc_rank, events[i].start))
    merged: list[tuple[Event, set[str], list[int]]] = []
    for i in order:
        e = events[i]
        fits = [g for g in merged
                if e.doc not in g[1] and e.relation == g[0].relation and _compatible(g[0].value, e.value)]
        sims = vecs.dots(i, [j for _, _, members in fits for j in members])  # one call per event
        at = 0
        for head, docs, members in fits:  # the first group (in order) with a member close enough
            if float(sims[at : at + len(members)].max()) >= SAME_EVENT or any(
                    _same_event(events[j], e) for j in members):
                head.citations.extend(e.citations)
                docs.add(e.doc)
                members.append(i)
                break
            at += len(members)
        else:
            merged.append((replace(e, citations=list(e.citations)), {e.doc}, [i]))
    return [head for head, _, _ in merged]


def _same_event(a: Event, b: Event) -> bool:
    """The same verb (a content verb) dates both, and their sentences share ``SHARED_NAMES`` names."""
    return bool(a.verb) and a.verb == b.verb and len(a.names & b.names) >= SHARED_NAMES


def _compatible(a: DateValue, b: DateValue) -> bool:
    if a.iso() == b.iso():
        return True
    if a.precision == b.precision == "day" and (a.year is None or b.year is None or b.year_inferred):
        return (a.month, a.day) == (b.month, b.day)
    return False


def _entry(e: Event) -> TimelineEntry:
    v = e.value
    return TimelineEntry(
        date=v.iso(),
        text=e.text,
        citations=[Citation(d, s, t) for d, s, t in e.citations],
        precision=v.precision,
        phrase=e.phrase,
        end=v.end.iso() if v.end is not None else None,
        relation=e.relation,
        year_known=v.year is not None,
        year_inferred=v.year is not None and v.year_inferred,
        year_basis=v.basis if v.year is not None and v.year_inferred else None,
        other_reading=v.other_reading,
        future=e.future,
        caption=e.caption,
        mention=e.mention,
        who=list(e.who),
    )


def build_timeline(analyses: Sequence[Analysis], same: SameThing | None = None,
                   retold: Retells | None = None) -> list[TimelineEntry]:
    """The brief's ``timeline``: dated events, merged across reports, in date order. With ``same`` (a judge
    of "states the same thing"), one event told in other words by several reports is one entry, and a
    sentence shows under its main date only (``told.py``); with ``retold`` (a judge of one event retold), so is
    one day's event retold by several reports (``retold.py``)."""
    events = _without_repeats(_merge(once_per_report(read_from_their_days(analyses, _events))))
    if same is not None:
        events = once_per_sentence(merge_told(events, same), {a.doc.id: a.doc.text for a in analyses})
        events = merge_retold(events, analyses, retold) if retold is not None else events
        events = fold_same_event(one_entry_per_dated_thing(mentions_once(events)), same)
        events = told_once(week_told_on_its_day(events, same, lambda e, d: replace(e, value=d.value)), same)
        events = one_act_once(events)
    events = news_of_the_day(statement_told_once(statement_once(events)))
    first = _first_month([e.value for e in events])
    events.sort(key=lambda e: (_over_year_end(e.value.sort_key(), first), e.doc_rank, e.start))
    return [_entry(e) for e in introduced_first(events)]


SHORT_SPAN = 5
"""Year-unknown months that all fit in this many months once the calendar wraps at a year's end (Oct,
Dec, Jan: three months from October) are one stretch of time, so they run Oct, Dec, Jan, not Jan,
Oct, Dec; months spread wider keep the calendar's order."""


def _first_month(values: Sequence[DateValue]) -> int:
    """The month year-unknown dates start from: the one after the widest gap between the months
    they name, taken round the calendar, when the rest fit in ``SHORT_SPAN`` months; else January."""
    months = sorted({v.month for v in values if v.year is None and v.month})
    if len(months) < 2:
        return 1
    gaps = [((months[(i + 1) % len(months)] - m) % 12 or 12, months[(i + 1) % len(months)])
            for i, m in enumerate(months)]
    widest, start = max(gaps)
    return start if 12 - widest <= SHORT_SPAN else 1


def _over_year_end(key: tuple[int, int, int, int], first: int) -> tuple[int, int, int, int]:
    """``DateValue.sort_key`` with year-unknown months counted from ``first`` (``_first_month``)."""
    year, month, day, rank = key
    if year != 9999 or not month or first == 1:
        return key
    return year, (month - first) % 12 + 1, day, rank


_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def _without_repeats(events: list[Event]) -> list[Event]:
    """One entry per text and date: a caption a page prints twice, or again cut short with "..."
    ("… approved a plea..." beside "… approved a plea agreement for Durst …"), is one entry."""
    def norm(e: Event) -> str:
        return " ".join(_ELLIPSIS.sub("", e.text).split()).lower()

    out: list[Event] = []
    for e in sorted(events, key=lambda e: -len(e.text)):
        n, iso = norm(e), e.value.iso()
        if any(o.value.iso() == iso and o.relation == e.relation and norm(o).startswith(n) for o in out):
            continue
        out.append(e)
    return out
