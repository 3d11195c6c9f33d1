"""The story's events, each told once: what several reports tell, ordered by how many reports open with it.

A story's reports tell its events in their own words, and each puts its news first: in its title and its first
sentences. So the sentences that several independent reports tell alike (MiniLM cosine at least ``EVENT_ALIKE``,
``nlp.embed``, naming one person, body or place or giving one figure) are one event, and an event that more reports
tell in their title or first ``EVENT_OPENING`` sentences is more the story's news ("Two bridges on the coast road
were closed after the storm." beside "Storm closes two coast-road bridges" and "The storm forced the closure of two
bridges on the coast road on Monday." lead; one report's later "The bridges were built in 1931." comes after).

The ranking's order (``rank``) becomes an order of events: the events that at least ``NEWS_OPENERS`` voices
(``sources.voice_groups``) tell in a title or opening first, by how many, then every other event in the ranking's
order; one sentence per event, a report's opening if one tells it (a report's news is its lede, not a list of its
details: "MARKET WATCH: The port index rose 2 percent and the tin index 1 percent." names more than "Markets rose
after the port reopened."), then its best-supported (the one whose names and figures the most other voices of its
event give), then the latest report's (the story's news is its latest: "The bridge has reopened" the day after "The
bridge is to reopen"), then the ranking's first; and no second sentence of an event already told (``fit_budget``
skips it: ``Ranked.events``), while one the summary leaves out (``unnamed.fit_named``'s tests, a fold) gives its
place to its event's next telling. The citation judge
and ``retold`` still run on the choice. It orders the brief's summary only (``summarise``), not the eval's ranking:
there, on tac2011, it cost ROUGE-1/2 52.57 / 25.11 -> 50.68 / 21.44 (one telling per event alone: 51.42 / 23.94;
summ56).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Analysis, Sentence
from ..newswriting import dateline_only
from .openings import Openings
from .rank import Ranked
from .retold import event_of

__all__ = ["EVENT_ALIKE", "EVENT_OPENING", "by_events", "story_events"]

EVENT_ALIKE = 0.6
"""The MiniLM cosine at or above which two sentences of different voices that share a name or a figure tell one
event (summ56, chosen on half A of pool8)."""

NEWS_OPENERS = 2
"""How many voices must tell an event in their title or opening for it to go before the ranking's order."""

EVENT_OPENING = 1
"""How many of a report's first sentences, after its title, are its opening: where a report tells its news (summ56, on
half A: with its first three, a markets report's labelled second and third lines made an event other reports' market
ledes open with, ahead of the decision every report opened with; as summ55 found)."""


def _opening_keys(analyses: Sequence[Analysis]) -> set[tuple[str, int]]:
    """(doc, index) of each report's first ``EVENT_OPENING`` sentences (a dateline set apart passed over)."""
    out: set[tuple[str, int]] = set()
    for a in analyses:
        body = [x for x in a.sentences if not dateline_only(x.text) and not x.text.rstrip().endswith(":")]
        out |= {(a.doc.id, x.index) for x in body[:EVENT_OPENING]}
    return out


def _marks(a: Analysis | None, s: Sentence) -> frozenset[str]:
    """The sentence's names and figures (a figure of one digit links nothing)."""
    if a is None:
        return frozenset()
    e = event_of(a, s)
    return e[1] | frozenset(x for x in e[2] if len(x) > 1)


def story_events(sentences: Sequence[Sentence], analyses: Sequence[Analysis], seen: Openings,
                 marks: Sequence[frozenset[str]] | None = None,
                 opening: set[tuple[str, int]] | None = None) -> tuple[list[int], list[frozenset[str]],
                                                                        list[frozenset[str]]]:
    """Each sentence's event (an index into the two lists that follow: the voices that tell each event, and those
    that tell it in a title or opening). A sentence joins the first event (by ``sentences``' order) whose first
    sentence is of another report (one newsroom's two reports of one event tell it twice too) and reads at least
    ``EVENT_ALIKE`` alike to it, sharing a name or figure; else it opens an event. A title counts for an event when
    it reads ``EVENT_ALIKE`` alike to the event's first sentence. ``marks`` and ``opening``, when the caller has them
    (``by_events``), are not read again."""
    by_doc = {a.doc.id: a for a in analyses}
    voice = seen.voice
    vecs = seen.vecs(sentences)
    sims = vecs @ vecs.T
    marks = marks if marks is not None else [_marks(by_doc.get(s.doc), s) for s in sentences]
    opening = opening if opening is not None else _opening_keys(analyses)
    event: list[int] = []
    seeds: list[int] = []
    tellers: list[set[str]] = []
    openers: list[set[str]] = []
    for k, s in enumerate(sentences):
        own = voice.get(s.doc, s.doc)
        e = next((n for n, j in enumerate(seeds) if sentences[j].doc != s.doc
                  and float(sims[k, j]) >= EVENT_ALIKE and marks[k] & marks[j]), None)
        if e is None:
            e = len(seeds)
            seeds.append(k)
            tellers.append(set())
            openers.append(set())
        event.append(e)
        tellers[e].add(own)
        if (s.doc, s.index) in opening:
            openers[e].add(own)
    titles = [(voice.get(a.doc.id, a.doc.id), a.doc.title.strip()) for a in analyses if a.doc.title
              and a.doc.title.strip()]
    if titles and seeds:
        from ..nlp import embed

        heads = embed([t for _, t in titles]) @ vecs[seeds].T
        for n, (v, _) in enumerate(titles):
            for e in range(len(seeds)):
                if float(heads[n, e]) >= EVENT_ALIKE:
                    openers[e].add(v)
    return event, [frozenset(t) for t in tellers], [frozenset(o) for o in openers]


def by_events(ranked: Ranked, analyses: Sequence[Analysis], seen: Openings | None = None) -> Ranked:
    """``ranked`` with its order as the story's events' (module docstring): one sentence per event, events that more
    voices open with first. A story of one voice keeps the ranking's order."""
    seen = seen if seen is not None else Openings(analyses)
    if len(set(seen.voice.values())) < 2 or not ranked.order:
        return ranked
    pool = [i for i in ranked.order if i not in ranked.hidden]
    sentences = [ranked.joins.get(i, ranked.sentences[i]) for i in pool]
    by_doc = {a.doc.id: a for a in analyses}
    marks = [_marks(by_doc.get(s.doc), s) for s in sentences]
    opening = _opening_keys(analyses)
    event, tellers, openers = story_events(sentences, analyses, seen, marks, opening)
    voice = seen.voice
    members: dict[int, list[int]] = {}
    for k, e in enumerate(event):
        members.setdefault(e, []).append(k)

    def backed(k: int) -> int:
        """How many other voices of its event give one of the sentence's names or figures."""
        own = voice.get(sentences[k].doc, sentences[k].doc)
        return len({voice.get(sentences[j].doc, sentences[j].doc) for j in members[event[k]]
                    if marks[j] & marks[k]} - {own})

    def order_key(e: int) -> tuple[int, int]:
        news = len(openers[e]) if len(openers[e]) >= NEWS_OPENERS else 0
        return (-news, members[e][0])

    order: list[int] = []
    day = {a.doc.id: a.doc.published.toordinal() if a.doc.published else 0 for a in analyses}
    for e in sorted(members, key=order_key):
        told = sorted(members[e], key=lambda k: ((sentences[k].doc, sentences[k].index) not in opening, -backed(k),
                                                 -day.get(sentences[k].doc, 0), k))
        order += [pool[k] for k in told]  # the best first; the next takes its place only when it is left out
    order += [i for i in ranked.order if i in ranked.hidden]  # never shown (``Ranked.hidden``)
    return replace(ranked, order=order, events={pool[k]: e for k, e in enumerate(event)})
