"""An account, not a heap: the cited sentences dated, led by what most sources say, then in time order.

- Date.  A sentence that states an event the timeline stage dated (its resolved date, with
  a known year, not a future plan, a running total "since …", a period "between A and B", a
  caption's nor one that only dates a thing, "the June 1995 meeting", nor one written only in a
  gloss of a noun or an aside, "The embassy - whose envoy was recalled in January - said …":
  ``glossed``) shows that date ("event"); else the date its report was published ("reported", which is always true).
  For the order, such a sentence narrated in the past tense ("Lopez said 45 engines were
  sent") takes the last event date its report stated a few sentences before it (news
  anchors a passage's time once); one in the present or future ("The cause is still under
  investigation", "could cost insurers …") tells the state at its report's time and sorts
  at its report's date, as it is shown, after that day's events. A sentence of an undated report with none of these
  sorts with the sentence before it in its own report, and shows no date.
- Lead.  Among the best-ranked few, the sentence the most independent sources state (its
  confirmed citations, reprints counted once), never one of an opinion piece (an editorial, a
  column: ``opinion``), nor one that states a figure the sources dispute (a differ or contested
  claim row), nor one that leans on a sentence before it (``standalone.not_a_lead``: '"This attempt
  is …," said …', "Johnson also says …") while another is available, nor a reaction or a definition
  (``lead.reaction_lead``: a quotation, "… acknowledged that …", "Beatification is the final
  step …"), nor what someone said deep inside a report (``lead.detail_lead``: "The Sheriff's Office
  said in a statement that her mother called deputies …") while a sentence that tells the event is in
  the pool; ties go to the ranking.
- Order. The rest by event time, then report time (an earlier report first), then discourse:
  within one report by its own order; sentences of different reports on the same day and of
  the same report date by how early they come in their articles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from ..model import Analysis, ClaimGroup, Sentence, SummarySentence, TimelineEntry
from ..newswriting import rules
from ..parses import sentence_span
from ..sources import source_groups
from .lead import choose_lead, intro_line, now_turn
from .openings import Openings
from .opinion import opinion_piece
from .referents import described_again
from .sequel import tells_a_sequel
from .single_report import added_opening, also_added, nut_sentence
from .standalone import introduced_before, not_a_lead

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_YEAR = re.compile(r"^(\d{4})$")


def first_day(iso: str) -> dt.date | None:
    """The first day an ISO date of any precision covers ("2015-W40" → its Monday); None
    without a year ("--09-30")."""
    try:
        if m := _ISO_DAY.match(iso):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _ISO_WEEK.match(iso):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _ISO_MONTH.match(iso):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _ISO_YEAR.match(iso):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


@dataclass(slots=True)
class _Dated:
    sentence: Sentence
    cited: SummarySentence
    rank: int  # selection order (0 = ranked best)
    day: dt.date | None
    date: str | None
    basis: Literal["event", "reported"] | None
    published: dt.date | None = None  # its report's date: the order's key after the event time
    at_report: bool = False  # ordered at its report's date (no event time): after that day's events


CONTEXT_SENTENCES = 3
"""A sentence with no date of its own takes the last date its report stated at most this many
sentences before it (news anchors a passage's time once, then narrates)."""


_Span = tuple[str, int, int, str, dt.date, str]


def _dated_spans(timeline: Sequence[TimelineEntry]) -> list[_Span]:
    """(doc, start, end, ISO date, first day, the date as written) of every past event the timeline dated
    with a year."""
    out: list[_Span] = []
    for e in timeline:
        day = first_day(e.date)
        if e.future or e.relation is not None or e.end is not None or e.caption or e.mention or not e.year_known \
                or day is None:
            continue  # a plan, a running total, a period, a picture's date, a thing's date ("the June 1995
            # meeting", "…, which crashed on June 1"), or no year
        out.extend((c.doc, c.start, c.end, e.date, day, e.phrase) for c in e.citations)
    return out


def _states(s: Sentence, a: int, b: int, phrase: str) -> bool:
    """Does the sentence state the date of an entry cited at [a, b)? An entry carried over several sentences
    ("Durst's family runs … . He was tracked to New Orleans in March 2015") dates only the one that writes
    its date, not the sentence that leads in to it."""
    return (s.start <= a and b <= s.end) or not phrase or phrase in s.text


def _led_in(s: Sentence, a: int, b: int, sentences: Sequence[Sentence]) -> bool:
    """Does an entry cited at [a, b) cover ``s`` whole and, before it, only lines that introduce its report (a
    dateline set apart, "THURSDAY, June 6 (Acme News) --", ``lead.intro_line``)? The date the dateline writes is
    the date of the lede it leads into."""
    if not (a < s.start and s.end <= b):
        return False
    before = [t for t in sentences if a <= t.start and t.end <= s.start]
    return bool(before) and all(intro_line(t.text) for t in before)


_GLOSSES = frozenset({"relcl", "acl", "appos"})
_ASIDE = re.compile(r"\s[-–—]\s[^-–—]+\s[-–—]\s|\([^()]+\)")


def glossed(a: Analysis, s: Sentence, phrase: str) -> bool:
    """Is the date ``phrase`` written only inside a clause or phrase that glosses a noun of ``s`` (a relative clause,
    an appositive, "The envoy, who was recalled in January, …"), or inside an aside set off by dashes or brackets
    ("The embassy - which has had no ambassador since its envoy was recalled in January - said it would not
    comment")? It dates the gloss, not the sentence's act (summ48). A clause on the verb ("…, speaking on Monday")
    times the act and is not a gloss."""
    span = sentence_span(a, s)
    at = span.text.find(phrase) if span is not None and phrase else -1
    if span is None or at < 0:
        return False
    if any(m.start() < at and at + len(phrase) <= m.end() for m in _ASIDE.finditer(span.text)):
        return True
    lo, hi = span.start_char + at, span.start_char + at + len(phrase)
    inner = {t.i for c in span if c.dep_ in _GLOSSES for t in c.subtree}
    words = [t for t in span if t.idx < hi and lo < t.idx + len(t)]
    return bool(words) and all(t.i in inner for t in words)


def _event_date(
    s: Sentence, spans: Sequence[_Span], sentences: Sequence[Sentence], now: int | None = None,
    gloss: Callable[[str], bool] | None = None,
) -> tuple[str, dt.date, Literal["event", "context"]] | None:
    """The earliest date stated inside the sentence (with ``now``, where a delayed lede's news starts in a unit that
    joins it to its past, ``lead.now_turn``: the latest the news states, else none, so the unit is dated by its
    report), not one written only in a gloss of a noun (``gloss``: ``glossed``); else the last one stated in the few
    sentences before it in its report."""
    inside = [(day, iso) for doc, a, b, iso, day, phrase in spans
              if doc == s.doc and a < s.end and s.start < b and (now is None or a >= now)
              and (_states(s, a, b, phrase) or _led_in(s, a, b, sentences))
              and not (gloss is not None and s.start <= a and b <= s.end and gloss(phrase))]
    if inside:
        day, iso = max(inside) if now is not None else min(inside)
        return iso, day, "event"
    if now is not None:
        return None  # the news's now: its report's date, not its past's
    floor = sentences[max(s.index - CONTEXT_SENTENCES, 0)].start if s.index < len(sentences) else s.start
    before = [(a, iso, day) for doc, a, b, iso, day, _ in spans if doc == s.doc and floor <= a and b <= s.start]
    if before:
        _, iso, day = max(before)
        return iso, day, "context"
    return None


def date_sentences(
    chosen: Sequence[Sentence], cited: Sequence[SummarySentence], analyses: Sequence[Analysis],
    timeline: Sequence[TimelineEntry],
) -> list[_Dated]:
    by_doc = {a.doc.id: a for a in analyses}
    spans = _dated_spans(timeline)
    out = []
    for rank, (s, c) in enumerate(zip(chosen, cited, strict=True)):
        a = by_doc.get(s.doc)
        turn = now_turn(a, a.sentences[s.index]) if a is not None and s.index < len(a.sentences) else None
        now = turn.start if turn is not None and turn.end == s.end else None  # "… in 1988. Today, …": dated by its now
        event = _event_date(s, spans, a.sentences if a else [], now, partial(glossed, a, s) if a is not None else None)
        published = a.doc.published if a else None
        if event is not None and event[2] == "event":
            out.append(_Dated(s, c, rank, event[1], event[0], "event", published))
        elif published is not None:  # shown: the report's date (true); a past narration is ordered by its context's
            past = event is not None and a is not None and not told_now(a, s)
            day = event[1] if event is not None and past else published
            out.append(_Dated(s, c, rank, day, published.isoformat(), "reported", published, not past))
        else:
            out.append(_Dated(s, c, rank, event[1] if event else None, None, None))
    return out


_PAST = ("VBD",)
_NOW = ("VBZ", "VBP", "MD")


def told_now(a: Analysis, s: Sentence) -> bool:
    """Is the sentence's main clause in the present or future ("The cause is still under
    investigation", "has left", "could cost")? Then it tells the state at its report's time, not an
    event of the passage before it. A reporting verb's own tense does not count when it reports a
    clause: "Lopez says 45 engines were sent" narrates the past, "Officials said the cause is still
    unknown" tells the present. Without a parse, False (the passage's time orders it)."""
    span = sentence_span(a, s)
    if span is None:
        return False
    verb = span.root
    if verb.lemma_.lower() in rules().reporting_verbs:
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        verb = said if said is not None else verb
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in _NOW for c in auxes):
        return True
    return verb.tag_ in _NOW and not any(c.tag_ in _PAST for c in auxes)


def _disputed(claims: Sequence[ClaimGroup]) -> list[tuple[str, int, int]]:
    return [(m.doc, m.start, m.end) for g in claims if g.verdict in ("differ", "contested") for m in g.mentions]


def _states_disputed(s: Sentence, disputed: Sequence[tuple[str, int, int]]) -> bool:
    return any(doc == s.doc and a < s.end and s.start < b for doc, a, b in disputed)


LEAD_FROM = 3
"""The lead is chosen among the best-ranked few sentences (at least this many, or the top
third): what most sources state among what the story is mainly about."""


def arrange(
    chosen: Sequence[Sentence], cited: Sequence[SummarySentence], analyses: Sequence[Analysis],
    timeline: Sequence[TimelineEntry] = (), claims: Sequence[ClaimGroup] = (), seen: Openings | None = None,
) -> list[SummarySentence]:
    """The cited sentences (``cited[i]`` cites ``chosen[i]``, both in selection order) as an
    account: dated, the lead first, the rest in time order. ``seen``: the brief's vectors (``openings.Openings``)."""
    if not chosen:
        return []
    dated = date_sentences(chosen, cited, analyses, timeline)
    group = source_groups([a.doc for a in analyses])
    disputed = _disputed(claims)
    opinion = {a.doc.id for a in analyses if opinion_piece(a)}

    by_doc = {a.doc.id: a for a in analyses}

    def first(k: int) -> tuple[int, int]:
        s = dated[k].sentence
        return (0 if s.doc in opinion else 1, 0 if _states_disputed(s, disputed) else 1)

    lead = dated[choose_lead(
        [d.sentence for d in dated], [len({group.get(c.doc, c.doc) for c in d.cited.citations}) for d in dated],
        analyses, first, lambda s: s.doc not in by_doc or _fits_lead(analyses, by_doc[s.doc], s), LEAD_FROM,
        [[c.doc for c in d.cited.citations] for d in dated], seen)]
    rest = [d for d in dated if d is not lead]
    _fill_undated(rest)
    lengths = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
    rest.sort(key=lambda d: (
        d.day or dt.date.max, d.at_report, d.published or dt.date.max,
        d.sentence.index / lengths.get(d.sentence.doc, 1), doc_pos.get(d.sentence.doc, 0), d.sentence.index,
    ))
    rest = _discourse(rest)
    ordered = _run_on([lead, *rest], {a.doc.id: a for a in analyses})
    return [replace(d.cited, date=d.date, date_basis=d.basis) for d in ordered]


def _fits_lead(analyses: Sequence[Analysis], a: Analysis, s: Sentence) -> bool:
    """May ``s`` open the account: nothing before it that it leans on (``standalone.not_a_lead``) and no adverb of
    sequence (``sequel.tells_a_sequel``)? A one report's news after a scene-setting opening
    (``single_report.nut_sentence``) may lead naming by surname a person the opening named in full ("James
    became …" after "To LeBron James, …"): the opening only set the scene, the who's-who gloss gives the name."""
    why = not_a_lead(a, s)
    if why is not None and not (len(analyses) == 1 and why == introduced_before(a, s)
                                and (nut := nut_sentence(a)) is not None and nut.start == s.start):
        return False
    if len(analyses) == 1 and (span := sentence_span(a, s)) is not None and (also_added(span) or added_opening(span)):
        return False  # "The paper also blamed …", "Beyond …, …": one report's addition, told after what it adds to
    return not tells_a_sequel(a, s) and described_again(a, s) is None


def _fill_undated(items: list[_Dated]) -> None:
    """An undated sentence sorts with the sentence before it in its own report (its date is not
    shown: only the order borrows it); one that comes before every dated sentence of its report
    sorts with the first of them, before it (its report's order), not after the report's end."""
    dated = [(e.sentence.doc, e.sentence.index, e.day) for e in items if e.day is not None]
    for d in items:
        if d.day is None:
            own = [(i, day) for doc, i, day in dated if doc == d.sentence.doc]
            before = [x for x in own if x[0] < d.sentence.index]
            after = [x for x in own if x[0] > d.sentence.index]
            if before:
                d.day = max(before, key=lambda x: x[0])[1]
            elif after:
                d.day = min(after, key=lambda x: x[0])[1]


def _discourse(items: list[_Dated]) -> list[_Dated]:
    """Within one day (its events, then what was reported that day), one report's sentences keep
    that report's order."""
    out: list[_Dated] = []
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and (items[j].day, items[j].at_report) == (items[k].day, items[k].at_report):
            j += 1
        block = items[k:j]
        slots: dict[str, list[_Dated]] = {}
        for d in block:
            slots.setdefault(d.sentence.doc, []).append(d)
        for v in slots.values():
            v.sort(key=lambda d: d.sentence.index)
        out.extend(slots[d.sentence.doc].pop(0) for d in block)
        k = j
    return out


def _run_on(items: list[_Dated], by_doc: dict[str, Analysis]) -> list[_Dated]:
    """A sentence with no date that comes right after another undated chosen sentence in its report follows
    it in the account too: its report wrote it to be read there ('"…," the Texas congressman said' after
    the sentence that names him), so no other report's sentence goes between. (Dated sentences keep the
    time order; within one day ``_discourse`` keeps each report's order.)"""
    out = list(items)
    for d in items[1:]:
        a = by_doc.get(d.sentence.doc)
        if a is None or d.day is not None:
            continue
        before = [e for e in out if e is not d and e.day is None and _just_before(e, d.sentence, a)]
        if not before:
            continue
        at = out.index(before[0])
        if any(f.sentence.doc == d.sentence.doc and f.sentence.index < d.sentence.index and out.index(f) > at
               for f in out if f is not d):
            continue  # a sentence its report puts before it comes later in the account: keep the report's order
        out.remove(d)
        out.insert(out.index(before[0]) + 1, d)
    return out


def _just_before(e: _Dated, s: Sentence, a: Analysis) -> bool:
    """Does item ``e`` tell the sentence that ``s``'s report ``a`` writes right before ``s``: its own sentence, or
    a passage of ``a`` it cites (another report's copy of that sentence: "PAL closed on Sept. 23 …" [5][8] before
    [8]'s "The union later decided to accept the plan")?"""
    if e.sentence.doc == s.doc:
        return _next_index(a, e.sentence) == s.index
    return any(c.doc == s.doc and _next_index(a, t) == s.index
               for c in e.cited.citations for t in a.sentences if t.start <= c.start < t.end)


def _next_index(a: Analysis, s: Sentence) -> int:
    """The index of the sentence after ``s`` (a unit may span several sentences) in its report."""
    return max((t.index for t in a.sentences if t.start < s.end), default=s.index) + 1
