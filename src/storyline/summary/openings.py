"""What the reports open with: the news is what most independent reports put in their title or lede.

A news report puts its news first: in its headline and its first sentence. A summary item that several voices open
with (their title or first ``OPENING_SENTENCES`` sentence reads at least ``OPENING_ALIKE`` alike by MiniLM,
``nlp.embed``) is the story's news, whether or not the citation judge found those openings state the same words; an
item no other report opens with is a detail, background or a set-up ("Polls closed in the ferry-line vote on Sunday."
from the one report filed before the count, beside two reports that open on "The ferry line was sold off …").

The news is the story's latest: an opening votes for an item of a report filed the same day or later, not for one
filed before it. A later report that opens alike to an earlier report's sentence tells what became of it
("Islanders were voting on Sunday on whether to sell the ferry line" the day before "Islanders voted to sell the
ferry line"), and its own sentence, not the earlier one, is what it reports as the news.

``lead.lead_key`` counts these voices with the ones an item cites, so the lead and the telling of one event that stays
(``retold``) are what most reports open with (summ55).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from ..newswriting import dateline_only
from ..sources import voice_groups

__all__ = ["OPENING_ALIKE", "OPENING_SENTENCES", "Openings", "opening_voices"]

OPENING_ALIKE = 0.6
"""The MiniLM cosine at or above which an item reads as a report's title or opening sentence (summ55, chosen on
half A of pool8: at 0.65 almost no item had a vote; at 0.6 an outcome's other ledes vote for it, while a pre-result
line of the one report filed before the count read under 0.55 to every other opening. Two acts of one place's people
may read 0.6–0.7 alike: an inspection's lede and a strike's, 0.67)."""

OPENING_SENTENCES = 1
"""How many of a report's first sentences are its opening, after its title: the lede (summ55, on half A: with the
second sentence too, a markets report's second line on one index voted a labelled markets line ahead of the rate
decision every other report opened with)."""


def _openings(analyses: Sequence[Analysis]) -> list[tuple[str, dt.date | None, str]]:
    """(voice, published, text) of each report's title and first ``OPENING_SENTENCES`` sentences (a line that only
    introduces the report, a dateline set apart, is passed over)."""
    voice = voice_groups([a.doc for a in analyses])
    out: list[tuple[str, dt.date | None, str]] = []
    for a in analyses:
        group, day = voice.get(a.doc.id, a.doc.id), a.doc.published
        if a.doc.title and a.doc.title.strip():
            out.append((group, day, a.doc.title.strip()))
        body = [x for x in a.sentences if not dateline_only(x.text) and not x.text.rstrip().endswith(":")]
        out += [(group, day, x.text) for x in body[:OPENING_SENTENCES]]
    return out


def _not_before(day: dt.date | None, voter: dt.date | None) -> bool:
    """Is an item of a report published on ``day`` no earlier than the opening's report (``voter``; undated: yes)?"""
    return day is None or voter is None or day >= voter


class Openings:
    """A story's titles and openings and the MiniLM vectors of them and of the sentences asked about, each embedded once
    per brief: the lead (``account.arrange``), every fold round's ``lead.lead_key`` and the events (``events``) read
    them from here rather than embedding the openings and sentences again (summ56)."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.analyses = list(analyses)
        self.voice = voice_groups([a.doc for a in analyses])
        self.openings = _openings(analyses) if len(analyses) >= 2 else []
        self._opening_vecs: Any = None
        self._vecs: dict[tuple[str, int, int, str], Any] = {}

    def opening_vecs(self) -> Any:
        """The openings' vectors (rows in ``openings`` order)."""
        if self._opening_vecs is None:
            from ..nlp import embed

            self._opening_vecs = embed([t for _, _, t in self.openings])
        return self._opening_vecs

    def vecs(self, sentences: Sequence[Sentence]) -> Any:
        """The sentences' vectors, each embedded on first asking."""
        import numpy as np

        from ..nlp import EMBED_DIM, embed

        keys = [(s.doc, s.start, s.end, s.text) for s in sentences]
        new = list(dict.fromkeys(k for k in keys if k not in self._vecs))
        if new:
            self._vecs.update(zip(new, embed([k[3] for k in new]), strict=True))
        if not keys:
            return np.zeros((0, EMBED_DIM), dtype=np.float32)
        return np.stack([self._vecs[k] for k in keys])


def opening_voices(sentences: Sequence[Sentence], analyses: Sequence[Analysis],
                   seen: Openings | None = None) -> list[frozenset[str]]:
    """For each of ``sentences``, the voices (``sources.voice_groups``: one newsroom's reports and reprints are one)
    other than its own whose title or opening reads at least ``OPENING_ALIKE`` alike to it, of a report filed no later
    than its own (module docstring). A story of one voice has none. ``seen``: the brief's vectors (``Openings``)."""
    if not sentences or len(analyses) < 2:
        return [frozenset() for _ in sentences]
    seen = seen if seen is not None else Openings(analyses)
    voice = seen.voice
    if len(set(voice.values())) < 2:
        return [frozenset() for _ in sentences]
    openings = seen.openings
    sims = seen.vecs(sentences) @ seen.opening_vecs().T
    days = {a.doc.id: a.doc.published for a in analyses}
    out: list[frozenset[str]] = []
    for k, s in enumerate(sentences):
        own, day = voice.get(s.doc, s.doc), days.get(s.doc)
        out.append(frozenset(g for j, (g, voter, _) in enumerate(openings)
                             if g != own and _not_before(day, voter) and float(sims[k, j]) >= OPENING_ALIKE))
    return out
