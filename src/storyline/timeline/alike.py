"""One event told once: entries that tell one act in other words (summ45; issue 12).

The word test (``SAME_EVENT``) and the citation judge (``told.merge_told``) join entries of one date whose words or
claims match; outlets tell one act in their own words ("… has been approached to fly two private citizens on a trip
around the Moon late next year" [2]; "… plans to fly a pair of civilians around the moon … in 2018" [3]; "… plans to
launch two paying passengers on a tourist trip around the moon next year" [4]), which the judge rightly does not take
for one statement, and the timeline showed the act once per outlet. Here two entries of one date, relation and
tense (a plan and its outcome stay two) that read alike as wholes (MiniLM cosine at least ``ALIKE``,
the summary's test), name one person, body or place and give no figure of one that the other contradicts, are one
entry: the fullest (a dated event before a mention, then the more reports, then the longer text). The reports of the
entries it replaces are cited on it only where the judge finds their sentence states it (a citation must state the
line: issue 12, session 27).

Two reports also put one act on two days next to each other ("Kim attended Saturday's test …" [1], dated Saturday;
"Kim attended the test …, according to a report on Sunday …" [2], dated by the report's Sunday). Entries of different
reports on days one apart that read all but alike (cosine at least ``NEAR``, and the rest as above) are one entry,
under the earlier day: a report tells an act on its day or after it, so the later day is the telling's.

Reports also tell one act in words that read less alike (cosine under ``ALIKE``) but name its place, body or people
and give its own figure: "The White House said Tuesday night that Donald Trump paid $38 million … on income of more
than $150 million in 2005 …" [1] and "President Trump's income in 2005 totaled more than $150 million, the White
House said in a statement on Tuesday evening." [5]; "In the paper published in … GSA Today, the scientists wrote
that 94 percent …" [2] (dated "by" its publishing) and "In a paper published in … GSA Today, they said Zealandia …
was 94% underwater." [3]; one report's "last year" and another's "In October" for one newspaper's $916 million
story. Entries of different reports that share a name and a figure that is no year (a year names a time, not the
act: many acts of one story share it), read alike at ``LOOSE`` or more, and otherwise agree, are one entry too, when
they are of one date, or one date inside the other's period (under the more precise), or days one apart at
``LOOSE_NEAR`` (under the earlier). An act "by" a day and the act on it agree (summ47).

Two reports' entries of one day tell one act when they read alike at ``ONE_DAY_ACT`` and either their dates hang
from one verb or the clauses they date read alike (``CLAIMS_ALIKE``), with no name in common asked for ("The
guitarist and songwriter died Saturday …" [5]; "…, Chuck Berry, died at the age of 90 on Saturday" [6]). Figures
agree within rounding ("at least 13" and "at least 14" dead: ``ROUNDING``), and a year is no figure of the act
(time52).

Two reports' entries that read alike at ``TOLD_TWICE`` and name one participant tell one act, too, when one gives a
day and the other the short period holding it (``SHORT_PERIOD``: "in late January" beside "on January 24", a week
beside its day; kept under the day), or one tells the act expected on a day and the other the act done on it (kept as
the done one: the timeline tells what happened). The first merge (``timeline._merge``) lets a done act head its group
before an expected one for the same reason (time54).
"""

from __future__ import annotations

import copy
import re
from typing import TypeVar

from ..dates import MONTHS, WEEKDAYS, YEAR_PATTERN
from .entry import Entry, docs_of
from .told import SameThing

__all__ = ["ALIKE", "NEAR", "told_once"]

ALIKE = 0.7
"""The MiniLM cosine at or above which two entries of one date that agree (``_agree``) tell one act: the summary's
(``summary.retold.ALIKE``, which this layer does not import; the same act told in other words read 0.71–0.79 on the
tuning folders)."""

NEAR = 0.85
"""The cosine at or above which two entries of days one apart tell one act (the same act re-dated by a report's day
read 0.98–0.99 on the tuning folders; two acts of one story on two days 0.60–0.70)."""

LOOSE = 0.5
"""The cosine at or above which two entries that share a name and a figure that is no year tell one act (the WH's
statement told two ways read 0.70, the paper's 94 percent 0.54 on the tuning folders; summ47)."""

LOOSE_NEAR = 0.6
"""… and the cosine for two such entries of days one apart."""

TOLD_TWICE = 0.7
"""The MiniLM cosine at or above which two entries that share a participant tell one act at two precisions (a day and
the short period holding it) or in two tenses (expected on a day, done on it): time54, chosen on the pool's half A."""

SHORT_PERIOD = 31
"""The longest period, in days, an entry of one act may give beside another report's day inside it ("late January",
a week); a year or a season holds many acts of one story."""

ROUNDING = 0.1
"""Two figures apart by at most this share of the larger (or by one) are one figure told at two times or roundings."""

ONE_DAY_ACT = 0.55
"""The cosine at or above which two reports' entries of one day tell one act when their dates hang from one verb or
their claims (the dated clauses) read alike at ``CLAIMS_ALIKE`` (time52): "The guitarist and songwriter died Saturday
…" and "…, Chuck Berry, died at the age of 90 on Saturday" read 0.59, "A massive air and land search was launched on
Wednesday …" and "An extensive search … was launched at around 4.15pm yesterday …" 0.58 on the tuning half; two acts
of one day 0.45–0.56."""

CLAIMS_ALIKE = 0.68
"""… and the cosine their claims must reach when their verbs differ: one act told with other verbs read 0.61–0.70 on
the tuning half ("Flynn resigned on Monday" beside "Trump asked for his resignation" on Monday 0.70), two acts of one
search 0.65–0.67 ("a second helicopter joined the search on Wednesday evening" beside "a search was launched"), so only
the closest are one."""

_FIGURES_ALONE = 2
"""Figures of two or more digits, no year, two entries must share to tell one act with no name in common (time48)."""

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(YEAR_PATTERN)
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS])  # "tuesday", "january": a date, no participant


E = TypeVar("E", bound=Entry)


def _figures(e: Entry) -> set[str]:
    """The figures the entry's text writes, its date's own aside ("in 2018")."""
    own = set(_NUMBER.findall(e.phrase))
    return {n.replace(",", "") for n in _NUMBER.findall(e.text) if n not in own}


def _near(x: str, y: str) -> bool:
    """Are two figures one within rounding: equal, or apart by at most one or a tenth of the larger ("at least 13" and
    "at least 14" dead, told by two outlets at two hours; time52)?"""
    a, b = float(x), float(y)
    return abs(a - b) <= max(1.0, ROUNDING * max(a, b))


def _counted(e: Entry) -> set[str]:
    """The entry's figures that are no year: a year names a time, not the act's count."""
    return {n for n in _figures(e) if not _YEAR.fullmatch(n)}


def _figures_agree(a: Entry, b: Entry) -> bool:
    """Does no figure of one contradict the other's: figures (no year) on both sides, none of them one within
    rounding (``_near``)?"""
    fa, fb = _counted(a), _counted(b)
    return not fa or not fb or any(_near(x, y) for x in fa for y in fb)


def _agree(a: Entry, b: Entry) -> bool:
    """One relation and tense, a name in common, and no figure of one the other contradicts."""
    if a.caption or b.caption or a.relation != b.relation or a.future != b.future or not a.names & b.names:
        return False
    return _figures_agree(a, b)


def _relations_agree(a: Entry, b: Entry) -> bool:
    """One relation, or an act "by" a day beside the act on it."""
    return a.relation == b.relation or {a.relation, b.relation} <= {None, "by"}


def _shares_the_act(a: Entry, b: Entry) -> bool:
    """Do two entries name one participant (no date word: "Tuesday") and give one figure that is no year, in one
    tense, with no figure of one the other contradicts (``LOOSE``)? Two such figures in common (a vote's "90 votes
    to 34" told by two outlets, one naming the government that moved it, the other the parliament: time48) tell the
    act without a name in common."""
    if a.caption or b.caption or a.future != b.future or not _relations_agree(a, b):
        return False
    fa, fb = _counted(a), _counted(b)
    shared = [n for n in fa if len(n) > 1 and any(_near(n, m) for m in fb)]
    return bool(shared) and (bool((a.names & b.names) - _DATE_WORDS) or len(shared) >= _FIGURES_ALONE)


def _nested(a: Entry, b: Entry) -> bool:
    """Is one entry's date inside the other's period, at another precision ("October 2016" in "2016")?"""
    if a.value.precision == b.value.precision:
        return False
    fa, la, fb, lb = a.value.first_day(), a.value.last_day(), b.value.first_day(), b.value.last_day()
    if fa is None or la is None or fb is None or lb is None:
        return False
    return (fa <= fb and lb <= la) or (fb <= fa and la <= lb)


def _days_apart(a: Entry, b: Entry) -> int | None:
    """How many days apart two day entries are (None unless both are days of a known year)."""
    if a.value.precision != "day" or b.value.precision != "day":
        return None
    da, db = a.value.first_day(), b.value.first_day()
    return None if da is None or db is None else abs((da - db).days)


_PRECISE = {"day": 0, "week": 2, "month": 3}


def _fuller(e: Entry) -> tuple[int, int, int, int, int, int, int]:
    """The order entries are kept in: the more precise date (of one inside the other's period), the earlier day (of
    two days one apart: a report tells an act on its day or after it; "Saturday's test" dates the act), the act done
    before the act expected (time54), a dated event before a mention, more reports, the longer text, then the
    report's order. A day range counts as less precise than a day it holds."""
    day = e.value.first_day()
    exact = _PRECISE.get(e.value.precision, 4) + int(e.value.precision == "day" and e.value.end is not None)
    return (exact, day.toordinal() if day is not None else 0, int(e.future),
            int(e.mention), -len(docs_of(e)), -len(e.text), e.doc_rank)


def told_once(events: list[E], same: SameThing) -> list[E]:
    """``events`` with each act told in other words by several entries shown once (module docstring)."""
    from ..nlp import embed

    idx = [i for i, e in enumerate(events) if not e.caption]
    if len(idx) < 2:
        return events
    vecs = embed([events[i].text for i in idx])
    sims = vecs @ vecs.T
    claims = embed([events[i].claim or events[i].text for i in idx])
    claim_sims = claims @ claims.T
    alike: dict[int, set[int]] = {i: set() for i in idx}
    for p, i in enumerate(idx):
        for q in range(p + 1, len(idx)):
            j = idx[q]
            a, b, cos = events[i], events[j], float(sims[p, q])
            if (a.names and b.names and _one_act(a, b, cos)) or _one_days_act(a, b, cos, float(claim_sims[p, q])):
                alike[i].add(j)
                alike[j].add(i)
    return _kept(events, alike, same)


def _one_act(a: Entry, b: Entry, cos: float) -> bool:
    """Do two entries tell one act: alike (``ALIKE``) and agreeing on one date, or all but alike (``NEAR``) on days
    one apart; or sharing the act's participant and figure (``_shares_the_act``) at ``LOOSE`` on one date or one
    inside the other's period, at ``LOOSE_NEAR`` on days one apart (module docstring)?"""
    apart = _days_apart(a, b)
    other = not docs_of(a) & docs_of(b)
    if cos >= ALIKE and _agree(a, b) and (a.value.iso() == b.value.iso() or (apart == 1 and cos >= NEAR and other)):
        return True
    if cos >= TOLD_TWICE and other and _told_twice(a, b):
        return True
    if cos < LOOSE or not other or not _shares_the_act(a, b):
        return False
    return a.value.iso() == b.value.iso() or _nested(a, b) or (apart == 1 and cos >= LOOSE_NEAR)


def _told_twice(a: Entry, b: Entry) -> bool:
    """Do two reports' entries that read alike (``TOLD_TWICE``) tell one act at two precisions or in two tenses: one
    day and the short period that holds it ("on January 24" inside "in late January", a week holding the day), or an
    act expected on a day and the act done on it? They name one participant (no date word), in one relation, with no
    figure of one the other contradicts (time54)."""
    if a.caption or b.caption or a.relation != b.relation or not (a.names & b.names) - _DATE_WORDS:
        return False
    if not _figures_agree(a, b):
        return False
    if a.future != b.future:
        return a.value.precision == "day" and a.value.iso() == b.value.iso()
    return _held_in_short_period(a, b)


def _held_in_short_period(a: Entry, b: Entry) -> bool:
    """Is one entry's day inside the other's period of at most ``SHORT_PERIOD`` days (a week, "late January")?"""
    day, period = (a, b) if a.value.precision == "day" else (b, a)
    if day.value.precision != "day" or period.value.precision == "day" and period.value.end is None:
        return False
    first, last = period.value.first_day(), period.value.last_day()
    if first is None or last is None or (last - first).days >= SHORT_PERIOD:
        return False
    return _nested(a, b) or (period.value.end is not None and first <= (day.value.first_day() or first) <= last)


def _one_days_act(a: Entry, b: Entry, cos: float, claims: float) -> bool:
    """Do two reports' entries of one day tell one act in their own words: alike at ``ONE_DAY_ACT`` as wholes, their
    dates on one verb ("died Saturday", "died at the age of 90 on Saturday") or their claims alike at
    ``CLAIMS_ALIKE``, one relation and tense, and no figure of one the other contradicts (``_figures_agree``)? No name
    in common is asked for: a weekday is one, and the outlets name the act's people in their own ways ("the guitarist
    and songwriter", "Chuck Berry"). Captions and entries of one report are left alone (time52)."""
    if cos < ONE_DAY_ACT or a.value.precision != "day" or a.value.iso() != b.value.iso() or docs_of(a) & docs_of(b):
        return False
    if a.caption or b.caption or a.relation != b.relation or a.future != b.future:
        return False
    return (bool(a.verb) and a.verb == b.verb or claims >= CLAIMS_ALIKE) and _figures_agree(a, b)


def _kept(events: list[E], alike: dict[int, set[int]], same: SameThing) -> list[E]:
    """Each group's fullest entry (``_fuller``), citing the dropped entries' reports the judge finds state it."""
    kept: list[int] = []
    gone: dict[int, int] = {}
    for i in sorted(alike, key=lambda i: _fuller(events[i])):
        by = next((k for k in kept if k in alike[i]), None)
        if by is None:
            kept.append(i)
        else:
            gone[i] = by
    if not gone:
        return events
    pairs = sorted(gone.items())
    verdicts = same([(events[k].claim or events[k].text, events[i].text) for i, k in pairs])
    out = {k: copy.copy(events[k]) for k in {k for _, k in pairs}}
    for (i, k), ok in zip(pairs, verdicts, strict=True):
        if ok:
            out[k].citations = [*out[k].citations, *(c for c in events[i].citations if c not in out[k].citations)]
    return [out.get(k, e) for k, e in enumerate(events) if k not in gone]
