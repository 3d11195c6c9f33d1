"""Items that are no news: a feature's scene or a columnist's voice, read from the sentence's structure.

A report tells its news as acts: past or present-perfect verbs ("The court ruled …", "The toll has risen to 113"),
dated, counted or attributed ("…, the ministry said"). A feature sets its scene in the narrative present ("Orla looks
at the crowd, lifts her cup and smiles."), and a column speaks in the writer's voice: an evaluative copula ("The
capital is a long way off."), a verb of seeming ("The mayor seems to hit a nerve."), a question put to the reader
("Will the harbour ever recover?"). Such a sentence reads as the story's news once it stands alone in a brief, and
what it narrates leans on the scene around it.

So a sentence with no quotation mark whose main verb is in the simple present (not "has …"/"is …ing", nor a verb of
saying, nor "is to …", a plan) and that carries nothing a report's fact carries (no date or figure, no verb of saying,
no "according to"), or that asks a question outside quotation marks, reads as scene or voice. In a story of several
independent reports such an item is shown only when another source tells the same (a sentence of its that shares
``SHARED_WORDS`` content words reads ``SUPPORTED`` alike: MiniLM cosine, ``nlp.embed``): what several reports tell is
the story's news, in whatever tense one of them tells it ("Fillon denies any wrongdoing"). Otherwise it is not
shown, and its words go to the next ranked sentences (``unnamed.fit_named``; summ54). A story of one report is left
alone: there is no other report to tell its news by.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Sentence
from ..newswriting import rules
from ..sources import voice_groups
from ..text import content_terms
from .standalone import sentence_spans

__all__ = ["SUPPORTED", "narrated_now", "scene_or_voice", "unsupported_scenes"]

SUPPORTED = 0.6
"""MiniLM cosine at which another source's sentence tells what a scene-like item tells (``retold.FILLER_ALIKE``'s
bar: a filler that reads this alike to a kept item retells it)."""
SHARED_WORDS = 2
"""Content words another source's sentence shares with the item before it is read for support (fewer never read as
alike: the embeddings are spared)."""

_PRESENT = frozenset({"VBZ", "VBP"})
_FACT_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_QUOTES = frozenset('"“”')


def _saying(t: Any) -> bool:
    return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in rules().reporting_verbs


def narrated_now(span: Any) -> str | None:
    """Why the sentence (a parse) reads as scene or voice rather than a report of an act (module docstring), or
    None."""
    text = span.text.strip()
    if any(q in text for q in _QUOTES):
        return None  # a quotation: its speaker's words and tag are other rules' business
    if text.endswith("?"):
        return "asks a question in the writer's own voice"
    root = span.root
    if root.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    if root.lemma_ == "be" and any(c.dep_ == "xcomp" for c in root.children) or any(
            c.dep_ == "acomp" and any(d.dep_ == "xcomp" for d in c.children) for c in root.children):
        return None  # "is to become", "is due to sign": a plan, told as news is
    low = text.lower()
    if any(_saying(t) for t in span) or any(p in low for p in rules().attribution):
        return None  # attributed: someone's account, as news is told
    if any(e.label_ in _FACT_ENTITIES for e in span.ents):
        return None  # dated or counted: a report's fact
    return f"narrates in the present ({root.text!r}) with no date, figure or source"


def scene_or_voice(a: Analysis, s: Sentence) -> bool:
    """Does every sentence of ``s`` (one, or each of a joined unit's) read as scene or voice (``narrated_now``)? Such
    an item does not lead a story of several reports even when another source tells it (``lead.lead_key``): the
    news the reports tell as an act leads."""
    spans = sentence_spans(a, s)
    return bool(spans) and all(narrated_now(p) is not None for p in spans)


def unsupported_scenes(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences that read as scene or voice (``narrated_now``, every sentence of a joined unit) and that
    no sentence of another independent source (another voice: one newsroom's reports are one, ``sources.voice_groups``)
    tells alike (``SUPPORTED``), in a story of two or more voices."""
    groups = voice_groups([a.doc for a in analyses])
    if len(set(groups.values())) < 2:
        return []
    by_doc = {a.doc.id: a for a in analyses}
    flagged = [s for s in chosen if s.doc in by_doc and scene_or_voice(by_doc[s.doc], s)]
    if not flagged:
        return []
    out = []
    for s in flagged:
        own = groups.get(s.doc, s.doc)
        mine = _content(s.text)
        near = [t.text for a in analyses if groups.get(a.doc.id, a.doc.id) != own for t in a.sentences
                if len(mine & _content(t.text)) >= SHARED_WORDS]
        if not near:
            out.append(s)
            continue
        from ..nlp import embed

        vecs = embed([s.text, *near])
        if not any(float(vecs[0] @ v) >= SUPPORTED for v in vecs[1:]):
            out.append(s)
    return out


def _content(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))
