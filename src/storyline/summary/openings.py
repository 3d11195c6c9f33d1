"""What the reports open with: the news is what most independent reports put in their title or first sentences.

A news report puts its news first: in its headline and its first sentence or two. A summary item that several
voices open with (their title or one of their first ``OPENING_SENTENCES`` sentences reads at least
``OPENING_ALIKE`` alike by MiniLM, ``nlp.embed``) is the story's news, whether or not the citation judge found those
openings state the same words; an item no other report opens with is a detail, background or a set-up ("Polls
closed in the ferry-line vote on Sunday." from the one report filed before the count, beside two reports that open
on "The ferry line was sold off …"). ``lead.lead_key`` counts these voices with the ones an item cites, so the lead
and the telling of one event that stays (``retold``) are what most reports open with (summ55).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Sentence
from ..newswriting import dateline_only
from ..sources import voice_groups

__all__ = ["OPENING_ALIKE", "OPENING_SENTENCES", "opening_voices"]

OPENING_ALIKE = 0.6
"""The MiniLM cosine at or above which an item reads as a report's title or opening sentence (summ55, chosen on
half A of pool8: the outcome's ledes read 0.6–1.0 to the item that tells the outcome; a pre-result line of the
report filed before the count read under 0.5 to every other report's opening)."""

OPENING_SENTENCES = 2
"""How many of a report's first sentences are its opening, after its title (the lede and the sentence that
completes it)."""


def _openings(analyses: Sequence[Analysis]) -> list[tuple[str, str]]:
    """(voice, text) of each report's title and first ``OPENING_SENTENCES`` sentences (a line that only introduces
    the report, a dateline set apart, is passed over)."""
    voice = voice_groups([a.doc for a in analyses])
    out: list[tuple[str, str]] = []
    for a in analyses:
        group = voice.get(a.doc.id, a.doc.id)
        if a.doc.title and a.doc.title.strip():
            out.append((group, a.doc.title.strip()))
        body = [x for x in a.sentences if not dateline_only(x.text) and not x.text.rstrip().endswith(":")]
        out += [(group, x.text) for x in body[:OPENING_SENTENCES]]
    return out


def opening_voices(sentences: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[frozenset[str]]:
    """For each of ``sentences``, the voices (``sources.voice_groups``: one newsroom's reports and reprints are one)
    other than its own whose title or opening reads at least ``OPENING_ALIKE`` alike to it. A story of one voice has
    none."""
    if not sentences or len(analyses) < 2:
        return [frozenset() for _ in sentences]
    voice = voice_groups([a.doc for a in analyses])
    if len(set(voice.values())) < 2:
        return [frozenset() for _ in sentences]
    openings = _openings(analyses)
    from ..nlp import embed

    vecs = embed([s.text for s in sentences] + [t for _, t in openings])
    mine, theirs = vecs[: len(sentences)], vecs[len(sentences):]
    sims = mine @ theirs.T
    out: list[frozenset[str]] = []
    for k, s in enumerate(sentences):
        own = voice.get(s.doc, s.doc)
        out.append(frozenset(g for j, (g, _) in enumerate(openings) if g != own and float(sims[k, j]) >= OPENING_ALIKE))
    return out
