"""One event told by several reports, and one sentence under two dates (issue 12, the tenth read).

The word test that merges a date's entries across reports (``SAME_EVENT``: TF-IDF cosine, or one verb
and two names) misses the same event told in other words: "He died at 62 in 1960 while under house arrest"
and "… Stepinac, who died in 1960 under house arrest", three entries for one death. Where the caller hands
in a judge of "states the same thing" (``SameThing``: the pipeline hands the summary's citation judge,
``support.judge``, so a timeline entry and a summary citation agree on what is one statement), entries of
the same date and relation from different reports that the judge says state the same thing (either way
round) become one entry citing all (``merge_told``).

A sentence that carries two dates ("By 1942 he began denouncing …, and, in 1943, in church homilies …")
was filed under each; it is shown once, under its main date (``once_per_sentence``): the date written first
in the sentence (news puts the sentence's own time first: "In 1994 he made his first visit …, which … broke
away in 1991"). The other entry keeps its other reports' sentences, if it has any. A date that names a thing
or a relative clause's event (``mention``) is shown as such, marked "(mentioned)", and is left alone by the
sentence's main date; a sentence whose dates are mentions only ("Microsoft's goal to have removed enough carbon by
2050 to account for all its emissions since its founding in 1975 encompasses …") is one mention too, under the date
it writes first, not one entry per date (time28).
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from ..unionfind import UnionFind
from .entry import Entry, docs_of

Event = TypeVar("Event", bound=Entry)

SameThing = Callable[[Sequence[tuple[str, str]]], list[bool]]
"""A judge: for each (sentence, passage) pair, does the passage state what the sentence states?"""

MAX_JUDGED_PAIRS = 400
"""Pairs of entries judged for one story at most (each pair both ways): the judge may run a model."""


_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = ("nsubj", "nsubjpass")


def date_verb(sdoc: Any, start: int, end: int, climb: int = 10) -> Any:
    """The verb a date at ``start:end`` (paragraph offsets) hangs from, climbing at most ``climb`` heads; None."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(climb):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def date_claim(sdoc: Any, start: int, end: int) -> str:
    """What the date at ``start:end`` (paragraph offsets) dates, as a claim of its own: the clause of the verb
    it hangs from without the clauses co-ordinated with it, after the verb's subject ("… Cardinal Stepinac,
    who was persecuted by Tito and died under house arrest in 1960" -> "Cardinal Stepinac died under house
    arrest in 1960"); "" when the date hangs from no verb. The judge reads it against another report's
    sentence: a relative clause's event is told there too, in a sentence of its own."""
    verb = date_verb(sdoc, start, end)
    if verb is None:
        return ""
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "parataxis", "cc") for t in c.subtree}
    clause = [t for t in verb.subtree if t.i not in skip]
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return "".join(t.text_with_ws for t in clause).strip()
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "was persecuted … and died": the first verb's subject
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVE and head.dep_ == "relcl":
        noun = head.head  # "Stepinac, who …": the noun the relative clause describes
        subject_text = " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "flat")
                                or t.i == noun.i)
    else:
        subject_text = "" if subject is None else "".join(t.text_with_ws for t in subject.subtree).strip()
    return " ".join(x for x in (subject_text, "".join(t.text_with_ws for t in clause).strip()) if x)


def merge_told(events: list[Event], same: SameThing) -> list[Event]:
    """Entries of one date and relation, from different reports, that state the same thing: one entry,
    the first (in ``events``' order) holding every report's citation."""
    groups: dict[tuple[str, str | None, bool], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[(e.value.iso(), e.relation, e.future)].append(i)
    pairs = list(itertools.islice(
        ((i, j) for members in groups.values() for k, i in enumerate(members) for j in members[k + 1 :]
         if not docs_of(events[i]) & docs_of(events[j]) and not events[i].caption and not events[j].caption),
        MAX_JUDGED_PAIRS))
    if not pairs:
        return events
    verdicts = same([(events[i].claim or events[i].text, events[j].text) for i, j in pairs]
                    + [(events[j].claim or events[j].text, events[i].text) for i, j in pairs])
    uf: UnionFind[int] = UnionFind()
    for k, (i, j) in enumerate(pairs):
        if verdicts[k] or verdicts[len(pairs) + k] or _worded_alike(events[i], events[j]):
            uf.union(i, j)
    heads: dict[int, Event] = {}
    out: list[Event] = []
    for i, e in enumerate(events):
        root = uf.find(i)
        if root not in heads:  # the group's first event (in ``events``' order) heads it
            heads[root] = head = copy.copy(e)
            head.citations = list(e.citations)
            out.append(head)
        else:
            head = heads[root]
            head.citations.extend(c for c in e.citations if c not in head.citations)
    return out


PREDICATE_WORDS = 5
"""Words the date's clause must hold after its subject for two reports' same wording of it to tell one act
(``_worded_alike``): "could be released as early as Monday" (7) is an act; "will meet on Friday" (4) may be anyone's."""


def _predicate(e: Entry) -> str:
    """The date's clause after its subject ("could be released as early as Monday" of "he could …" and of "the
    18-year-old … could …"), lower-cased, its words only; "" when the date hangs from no verb."""
    said = e.bare or (e.claim[len(e.subject) :] if e.subject and e.claim.startswith(e.subject) else "")
    return " ".join(re.findall(r"[\w'’-]+", said.lower()))


def _worded_alike(a: Entry, b: Entry) -> bool:
    """Do two reports' entries of one date (and relation and tense) word the date's clause alike after its subject,
    in ``PREDICATE_WORDS`` words or more, in sentences that share a name ("Mr Yee's lawyer … said he could be
    released as early as Monday." [2]; "…, the 18-year-old was eligible …, and could be released as early as
    Monday." [3])? One act told by two reports in one wording, which the judge, reading a pronoun against a
    description ("he", "the 18-year-old"), does not take for one statement (time49)."""
    p = _predicate(a)
    return len(p.split()) >= PREDICATE_WORDS and p == _predicate(b) and bool(a.names & b.names)


def once_per_sentence(events: list[Event], texts: Mapping[str, str]) -> list[Event]:
    """Each report's sentence under one date only, its main one (module docstring); an entry left with no
    sentence goes, one left with others' sentences shows the first of them."""
    ranked = sorted(range(len(events)), key=lambda i: _rank(events[i]))
    # time51: a past mention whose whole sentence another date hung from the same verb shows goes (one act, dated
    # twice by the parse: "brokered a truce in December and in January sponsored-peace talks"); a plan to come is
    # news of its own, and a date on another verb of the sentence an act of its own ("Detained in 1976, … released
    # in 1983")
    shown = {(c, e.verb) for e in events if not e.mention and e.verb for c in e.citations}
    taken: set[tuple[str, int, int]] = set()
    mentioned: set[tuple[str, int, int]] = set()  # a sentence is one mention, under the date it writes first
    kept: dict[int, Event] = {}
    for i in ranked:
        e = events[i]
        seen = mentioned if e.mention else taken
        cites = [c for c in e.citations if c not in seen and not (e.mention and not e.future and (c, e.verb) in shown)]
        seen.update(e.citations)
        if not cites:
            continue
        if cites != e.citations:
            e = copy.copy(e)
            e.citations = cites
            e.doc, e.start, e.end = cites[0]
            e.text = texts[e.doc][e.start : e.end]
        kept[i] = e
    return [kept[i] for i in range(len(events)) if i in kept]


def _rank(e: Entry) -> tuple[int, int, int]:
    """The date written first in its sentence first, then by report."""
    at = e.text.find(e.phrase)
    return at if at >= 0 else len(e.text), e.doc_rank, e.start
