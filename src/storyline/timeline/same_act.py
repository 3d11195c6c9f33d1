"""One act told by two reports on one day, on days a day apart, or under a day and its month or year, is one entry
(issue 12; time56, time57).

The merging rules before this one read the verb a date hangs from (``told.date_verb``), and leave a reporting verb
out: "An explosion hit the plant, the paper reported on Thursday" and "A blast at the plant is under control, the
company said on Thursday" date a saying each, and two sayings of one day are no act in common. News writes the act
inside the saying, so this layer reads an entry's **act** where English puts it: the date's verb, or, when that verb
reports, the clause it reports (its complement, or the main clause a trailing "…, X said" hangs from), with the verbs
co-ordinated with it ("deployed air defences and fired missiles"), and the event a report's sentence introduces as its
subject with "a" or "an" ("An explosion rocked …", "An explosion … is under control": news brings a new event in
with an indefinite noun, and two reports' sentences of one day that bring in the same one tell it); and the act's
**parties**, the head nouns of its subject, object and agent ("refugees were attacked by a helicopter": refugee,
helicopter), lemmatised, a proper name lower-cased whole, a count the thing it counts ("a number of missiles":
missile), and the noun a past participle describes ("the report released on Monday": report, the thing the act
was done to). A pronoun is no party. Two acts whose subjects are both named, with no name in common ("The Justice
Department has scheduled a press conference", "The FBI office has scheduled a news conference"), are two actors'.

Two entries are one act (``one_act``) when they come from different reports, their dates fit (days no more than
``DAYS_APART`` apart: a report's "late on Thursday" is another's "early Friday"; one month or year twice; a day, week
or month inside the other's month or year: news tells an act under its day where it is the news and under "last
December" or "in 2016" where it is background), they are in one relation and tense, share an act verb and a party, and
read alike as wholes at ``ACT_ALIKE`` (MiniLM). They become one entry under the finest date, the day most of their
reports give (on a tie, a day an entry tells, not only mentions, then the earlier), citing every report; when some
report gives another day, the entry says so in ``other_reading`` ("one report: 10 Feb 2017"), the field the contract
keeps for a second reading of a day, so the disagreement is shown, not hidden. A coarser date holding the day is no
second reading.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Token

from .. import lexicon
from ..dates import YEAR_PATTERN
from ..newswriting import rules
from ..unionfind import UnionFind
from .entry import Entry, docs_of
from .resolution import DateValue
from .told import date_verb

__all__ = ["ACT_ALIKE", "DAYS_APART", "act_of", "one_act_once"]

ACT_ALIKE = 0.5
"""The MiniLM cosine of two entries' texts at or above which two entries that share an act verb and a party tell one
act (chosen on the pool's half A, time56)."""

DAYS_APART = 1
"""The most days two reports' days of one act lie apart: one report's night is another's early morning."""

_LIGHT = lexicon.words("light_verbs")
_PARTITIVE = lexicon.words("partitive_nouns")
_INDEFINITE = frozenset({"a", "an"})
_NAMED = "by "  # a party that is the act's named subject
_NUMBER_WORDS = lexicon.numbers("number_words")
_COUNT = re.compile(r"\b(?:\d[\d,]*(?:\.\d+)?|[a-z]+)\b", re.I)
_YEAR = re.compile(YEAR_PATTERN)
ROUNDING = 0.1
"""Two counts apart by at most this share of the larger (or by one) are one count told at two times."""
_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")

E = TypeVar("E", bound=Entry)


def _reported(verb: Token) -> Token | None:
    """The clause a reporting verb reports: its complement ("said [that] an explosion hit …"), or the clause a
    trailing "…, the company said" is set beside ("An explosion hit the plant, the paper reported")."""
    comp = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
    if comp is not None:
        return comp
    root = verb.sent.root
    if root is not verb and root.i < verb.i and root.pos_ in ("VERB", "AUX"):
        return root  # the parser may hang a trailing "…, the local paper reported" from a noun before it
    return None


def _act_verb(verb: Token) -> Token | None:
    """The verb that tells the act: ``verb``, or through a reporting verb the clause it reports."""
    reporting = rules().reporting_verbs
    for _ in range(2):
        if verb.lemma_.lower() not in reporting:
            return verb
        nxt = _reported(verb)
        if nxt is None:
            return None
        verb = nxt
    return None if verb.lemma_.lower() in reporting else verb


def _party(tok: Token) -> str:
    """A party's head as compared: a proper name whole and lower-cased ("east timor"), a noun's lemma, the thing a
    count of it names ("a number of missiles": missile, ``lexicon/partitive_nouns.txt``); "" for a pronoun or
    anything else."""
    if tok.lemma_.lower() in _PARTITIVE:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        tok = tok if counted is None else counted
    if tok.pos_ == "PROPN":
        names = [t.lower_ for t in tok.subtree if t.pos_ == "PROPN" and t.is_alpha]
        return " ".join(names)
    return str(tok.lemma_.lower()) if tok.pos_ == "NOUN" else ""


def _named_actor(tok: Token) -> str:
    """A subject's name, lower-cased: a proper name ("justice department"), or a noun named by the proper names
    before it ("the San Francisco FBI office": "san francisco fbi office"); "" for an unnamed one ("the government")."""
    if tok.pos_ == "PROPN":
        return _party(tok)
    names = [t.lower_ for t in tok.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i]
    return " ".join([*names, tok.lower_]) if tok.pos_ == "NOUN" and names else ""


def act_of(sdoc: Doc, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The act the date at ``start:end`` (paragraph offsets) dates: its verbs' lemmas (no light verb, none that
    reports) and its parties (module docstring); two empty sets when the date hangs from no verb."""
    verb = date_verb(sdoc, start, end)
    verb = None if verb is None else _act_verb(verb)
    if verb is None:
        return frozenset(), frozenset()
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    reporting = rules().reporting_verbs
    acts = {str(v.lemma_.lower()) for v in verbs} - _LIGHT - reporting
    acts.update(f"a {c.lemma_.lower()}" for c in verb.children if c.dep_ in _PARTY_DEPS[:2] and c.pos_ == "NOUN"
                and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in c.children))
    parties: set[str] = set()
    for v in verbs:
        for c in v.children:
            if c.dep_ in _PARTY_DEPS[:3]:
                parties.add(_party(c))
            if c.dep_ in _PARTY_DEPS[:2] and _named_actor(c):
                parties.add(_NAMED + _named_actor(c))  # the named actor ("by justice department")
            elif c.dep_ == "agent":
                parties.update(_party(g) for g in c.children if g.dep_ == "pobj")
    if not any(c.dep_ in _PARTY_DEPS[:2] for c in verb.children) and verb.dep_ == "conj":
        parties.update(_party(c) for c in verb.head.children if c.dep_ in _PARTY_DEPS[:2])
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        parties.add(_party(verb.head))  # "the report released on Monday": the thing the participle's act was done to
    return frozenset(acts), frozenset(parties - {""})


def _days_apart(a: Entry, b: Entry) -> int | None:
    if a.value.precision != "day" or b.value.precision != "day" or a.value.end is not None \
            or b.value.end is not None:
        return None
    da, db = a.value.first_day(), b.value.first_day()
    return None if da is None or db is None else abs((da - db).days)


_FINE = {"year": 0, "month": 1, "week": 2, "day": 3}


def _inside(coarse: DateValue, fine: DateValue) -> bool:
    """Is ``fine`` (a day, a week, a month) inside ``coarse`` (a coarser date: "December" holds "11 December")?"""
    if coarse.end is not None or fine.end is not None or _FINE[coarse.precision] >= _FINE[fine.precision]:
        return False
    c0, c1, f0, f1 = coarse.first_day(), coarse.last_day(), fine.first_day(), fine.last_day()
    if c0 is None or c1 is None or f0 is None or f1 is None:
        return False
    return c0 <= f0 and f1 <= c1


def _dates_fit(a: Entry, b: Entry) -> bool:
    """Can two entries' dates be one act's: days ``DAYS_APART`` apart at most, one coarser date ("December", "2016")
    twice, or a day, week or month inside the other's coarser date ("December" and "11 December")?"""
    apart = _days_apart(a, b)
    if apart is not None:
        return apart <= DAYS_APART
    va, vb = a.value, b.value
    if va.end is not None or vb.end is not None or va.first_day() is None or vb.first_day() is None:
        return False
    return va.iso() == vb.iso() or _inside(va, vb) or _inside(vb, va)


def one_act(a: Entry, b: Entry, cos: float) -> bool:
    """Do two entries tell one act (module docstring)?"""
    if not _dates_fit(a, b) or cos < ACT_ALIKE or docs_of(a) & docs_of(b):
        return False
    if a.caption or b.caption or a.relation != b.relation or a.future != b.future:
        return False
    named_a, named_b = _named(a.parties), _named(b.parties)
    if named_a and named_b and not named_a & named_b:
        return False  # two named actors: "the Justice Department has scheduled …", "the FBI office has scheduled …"
    return bool(a.acts & b.acts) and bool(a.parties & b.parties) and _counts_agree(a.text, b.text)


def _named(parties: frozenset[str]) -> frozenset[str]:
    """The act's named subjects among its parties."""
    return frozenset(p[len(_NAMED):] for p in parties if p.startswith(_NAMED))


def _counts(text: str) -> set[float]:
    """The counts a text writes, in figures or words ("75", "four"), no year, and no "one" (a word of many uses)."""
    out: set[float] = set()
    for w in _COUNT.findall(text):
        if w[0].isdigit():
            if not _YEAR.fullmatch(w):
                out.add(float(w.replace(",", "")))
        elif _NUMBER_WORDS.get(w.lower(), 0) > 1:
            out.add(float(_NUMBER_WORDS[w.lower()]))
    return out


def _counts_agree(x: str, y: str) -> bool:
    """Does no count of one text contradict the other's: both write counts and none is one within rounding? "Four
    suicide bombers struck …, killing six people" is not the attack that killed "at least 75"."""
    cx, cy = _counts(x), _counts(y)
    return not cx or not cy or any(abs(p - q) <= max(1.0, ROUNDING * max(p, q)) for p in cx for q in cy)


def _label(v: DateValue) -> str:
    day = v.first_day()
    return "" if day is None else f"{day.day} {day:%b %Y}"


def one_act_once(events: list[E]) -> list[E]:
    """``events`` with each act two reports tell (``one_act``) shown once, under the finest date, the day most reports
    give."""
    from ..nlp import embed

    idx = [i for i, e in enumerate(events) if e.acts and e.parties and e.value.first_day() is not None
           and e.value.end is None]
    if len(idx) < 2:
        return events
    vecs = embed([events[i].text for i in idx])
    by_day: dict[int, list[int]] = {}
    coarse: list[int] = []
    for p, i in enumerate(idx):
        day = events[i].value.first_day()
        if events[i].value.precision != "day":
            coarse.append(p)
        elif day is not None:
            by_day.setdefault(day.toordinal(), []).append(p)
    uf: UnionFind[int] = UnionFind()
    joined = False
    for p, i in enumerate(idx):  # days only ``DAYS_APART`` apart are compared: a story of many reports has many days
        day = events[i].value.first_day()
        near = [q for d in range(DAYS_APART + 1) if day is not None and events[i].value.precision == "day"
                for q in by_day.get(day.toordinal() + d, []) if q > p or d > 0]
        near += [q for q in coarse if q != p and (q > p or events[i].value.precision == "day")]
        for q in near:
            j = idx[q]
            if uf.find(i) != uf.find(j) and one_act(events[i], events[j], float(vecs[p] @ vecs[q])):
                uf.union(i, j)
                joined = True
    if not joined:
        return events
    groups: dict[int, list[int]] = {}
    for i in idx:
        groups.setdefault(uf.find(i), []).append(i)
    out: dict[int, E] = {}
    gone: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        out.update(_one_entry(events, members))
        gone.update(members)
    return [out[i] if i in out else e for i, e in enumerate(events) if i not in gone or i in out]


def _one_entry(events: list[E], members: list[int]) -> dict[int, E]:
    """The group's entry: its head the first member (in ``events``' order) that is no mention on the finest date, the
    one most of its reports give, citing every member's reports; another day named in ``other_reading`` (a coarser
    date holding it is no other reading)."""
    finest = max(_FINE[events[i].value.precision] for i in members)
    fine = [i for i in members if _FINE[events[i].value.precision] == finest]
    votes: Counter[str] = Counter()
    for i in fine:
        votes[events[i].value.iso()] += len(docs_of(events[i]))
    told = {events[i].value.iso() for i in fine if not events[i].mention}  # a tie goes to a day an act is told on
    day = min(votes, key=lambda iso: (-votes[iso], iso not in told, iso))
    on_day = [i for i in fine if events[i].value.iso() == day]
    first = min(on_day, key=lambda i: (events[i].mention, i))
    head = copy.copy(events[first])
    head.citations = list(dict.fromkeys(c for i in [first, *members] for c in events[i].citations))
    others = sorted({events[i].value.iso() for i in fine} - {day})
    if others and finest == _FINE["day"]:
        other = next(events[i].value for i in fine if events[i].value.iso() == others[0])
        n = len({d for i in fine if events[i].value.iso() in others for d in docs_of(events[i])})
        said = f"{'one report' if n == 1 else f'{n} reports'}: {_label(other)}"
        head = _with_value(head, replace(head.value, other_reading=said))
    return {first: head}


def _with_value(e: E, value: DateValue) -> E:
    """``e`` with its date ``value`` (events are dataclasses; ``value`` is a read-only property of ``Entry``)."""
    out = copy.copy(e)
    object.__setattr__(out, "value", value)
    return out
