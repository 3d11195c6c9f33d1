"""A story of one report: its lede is chosen first, so it leads.

With one report (a saved page, one article) no second source shows what the news is, and the writer has
already said it: news puts it in the first sentence (the inverted pyramid). The ranking's coverage term,
with one report, weighs the report's own repeated word pairs; it can prefer a later, shorter sentence that
restates part of the lede ("Nearly 300 school districts closed because of the rally", after "Several
thousand teachers … surrounded the Statehouse … in a protest that closed more than half of the state's
school districts") and then leave the lede out as restating it, or put background with a year before it.
So the lede's prior is raised above every other sentence's (the coverage term is at most 1), when it tells
the news (``lead.tells_news``: not a reaction, a detail, an aside or background). Stories of two or more
reports are ranked as before.

A feature's opening sets a scene instead ("To Ana Roth, ferries are not a job."): it does not tell the news, has
no named subject doing anything and no figure (``scene_opening``). Its report states the news a few sentences on
(the nut paragraph): the first candidate within ``NUT_DEPTH`` sentences after the opening that tells the news and
states an event, a named subject's past deed with a figure or a day ("Orvel won a contract for four ferries on
Monday …", ``states_event``), is raised instead, so the news leads (bench/BRIEF_REVIEW.md, summ26).

A sentence whose subject "also" did something ("The paper also blamed …", "The army has also moved …") adds to a
deed its report told before it: in a story of one report it does not open the account (``also_added``; summ27).
Nor does one that opens on a phrase of addition ("Beyond a fresh coat of paint, …": ``added_opening``; summ32).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS
from ..model import Analysis, Sentence
from ..text import shingles
from .lead import now_turn, report_lede, tells_news
from .standalone import sentence_spans

LEDE_MARGIN = 2.0
"""How far above every other prior the lede's is set: more than the coverage term's range (0 to 1)."""

NUT_DEPTH = 4
"""How many sentences after a scene-setting opening its report's news (the nut paragraph) is looked for in."""

MENTION_DEPTH = 8
"""How many sentences after an anecdotal opening the news it only mentions is looked for in (``mentioned_news``):
the opening's quotation often runs over several sentences first."""

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def lede_index(analyses: Sequence[Analysis], sents: Sequence[Sentence]) -> int | None:
    """The candidate (index into ``sents``) that is the one report's lede and tells the news, or None (two or
    more independent reports, or a lede that is not a candidate or not news). Reports that are all one source (an
    original and copies that add nothing of their own: ``_one_source``) are its original's one report."""
    a = _one_source(analyses)
    if a is None:
        return None
    for i, s in enumerate(sents):
        if s.doc == a.doc.id and report_lede(a, s):
            if not tells_news(a, s, alone=True):
                return _nut(a, sents, s)
            if (told := _nut(a, sents, s)) is not None:  # an anecdote only mentioning the news: ``mentioned_news``
                return told
            now = now_turn(a, s)  # "… warned Congress in 1988." "Today, … he brings a new warning": the news
            return next((k for k, t in enumerate(sents) if now is not None and t.doc == s.doc and t.start == now.start
                         and tells_news(a, t, alone=True)), i)
    return None


ONE_SOURCE = True
"""Switch: an original and its copies alone are a story of one report, the original's (inputs50)."""


HELD_IN_ORIGINAL = 0.8
"""Share of a copy's word 5-grams its original must hold for the two to be one report (an excerpt or a reprint, not
an update that adds its own news: Hindustan Times' later updates of one article hold about a third)."""


def _one_source(analyses: Sequence[Analysis]) -> Analysis | None:
    """The one report of ``analyses``: the only one, or, when all are one source group whose copies add nothing of
    their own (each mostly held in the original: ``HELD_IN_ORIGINAL``), its original."""
    if len(analyses) == 1:
        return analyses[0]
    groups = {a.doc.copy_of or a.doc.id for a in analyses}
    original = next((a for a in analyses if a.doc.id in groups), None) if ONE_SOURCE and len(groups) == 1 else None
    if original is None:
        return None
    held = shingles(original.doc.text)
    for a in analyses:
        own = shingles(a.doc.text)
        if a is not original and (not own or len(own & held) < HELD_IN_ORIGINAL * len(own)):
            return None
    return original


def _nut(a: Analysis, sents: Sequence[Sentence], lede: Sentence) -> int | None:
    """The candidate that opens with the sentence stating the news after a scene-setting ``lede``, or None."""
    nut = nut_sentence(a)
    return next((i for i, s in enumerate(sents) if nut is not None and s.doc == a.doc.id and s.start == nut.start
                 and lede.end <= s.start), None)


def nut_sentence(a: Analysis) -> Sentence | None:
    """The sentence of ``a`` that states its news after a scene-setting opening (``scene_opening``): the first
    within ``NUT_DEPTH`` sentences after it that tells the news and states an event (``states_event``), or None."""
    ledes = [s for s in a.sentences[:NUT_DEPTH] if report_lede(a, s)]  # a wire dateline set apart, then the lede
    opening = ledes[-1] if ledes else None
    if opening is None:
        return None
    if not scene_opening(a, opening):
        told = mentioned_news(a, opening)
        return told[1] if told is not None else None
    return next((s for s in a.sentences[opening.index + 1 : opening.index + 1 + NUT_DEPTH]
                 if tells_news(a, s) and states_event(a, s)), None)


def mentioned_news(a: Analysis, opening: Sentence | None = None) -> tuple[Sentence, Sentence] | None:
    """(the report's opening, the sentence stating its news) when the opening is an anecdote that only mentions the
    news, or None. A feature may open on one person's deed whose clause of purpose or result names the day's event
    ("Ana Roth baked a cake so that the children could celebrate the town's 100th birthday."); a few sentences on
    (after her quotation, ``MENTION_DEPTH``) the report states that event as its main verb, with a named subject and a
    day ("On Sunday, the townspeople celebrated the town's 100th birthday …"): that sentence tells the news, the
    opening only mentions it. The same verb and the same object noun in both (summ38)."""
    if opening is None:
        ledes = [s for s in a.sentences[:NUT_DEPTH] if report_lede(a, s)]
        opening = ledes[-1] if ledes else None
    spans = sentence_spans(a, opening) if opening is not None else []
    if opening is None or not spans:
        return None
    mentioned = _deeds(spans[0], main=False)
    if not mentioned:
        return None
    for s in a.sentences[opening.index + 1 : opening.index + 1 + MENTION_DEPTH]:
        told = sentence_spans(a, s)
        if told and _day(told[0]) and _deeds(told[0], main=True) & mentioned and states_event(a, s) \
                and tells_news(a, s):
            return opening, s
    return None


def _deeds(span: Any, main: bool) -> set[tuple[str, str]]:
    """(verb lemma, its object's lemma) of the main clause's verbs (``main``) or of the verbs under them."""
    root = span.root
    heads = {root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")}
    verbs = heads if main else {t for t in span if t.pos_ == "VERB" and t not in heads}
    return {(v.lemma_.lower(), o.lemma_.lower()) for v in verbs for o in v.children if o.dep_ == "dobj"}


def scene_opening(a: Analysis, s: Sentence) -> bool:
    """Does sentence ``s`` (a report's opening) set a scene rather than tell the news: not news (``tells_news``),
    no named subject's deed and no figure ("To Ana Roth, ferries are not a job.")?"""
    spans = sentence_spans(a, s)
    return bool(spans) and not tells_news(a, s) and not _deed(spans[0]) and not _figure(spans[0])


def states_event(a: Analysis, s: Sentence) -> bool:
    """Does ``s`` state an event: a named subject's past deed as its main verb, with a figure or a day ("Orvel
    won a contract for four ferries on Monday.")?"""
    spans = sentence_spans(a, s)
    return bool(spans) and _deed(spans[0]) and (_figure(spans[0]) or _day(spans[0]))


def _deed(span: Any) -> bool:
    """A main verb in the past tense whose subject is a name."""
    root = span.root
    return root.tag_ == "VBD" and root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED) for c in root.children)


def _figure(span: Any) -> bool:
    """A number in the sentence ("four", "34", "112-107")."""
    return any(t.like_num or t.pos_ == "NUM" for t in span)


def _day(span: Any) -> bool:
    """A weekday's or a month's name in the sentence."""
    return any(t.lower_.rstrip(".") in WEEKDAYS or t.lower_.rstrip(".") in MONTHS for t in span)


ALSO_WITHIN = 6
"""Words before "also" in a main clause's opening ("The country's official newspaper also blamed …")."""


def also_added(span: Any) -> str | None:
    """Does the sentence's main clause add a deed to its subject's told before it: "also" right before the main verb
    (or between its auxiliary and it), the verb's subject before "also", at most ``ALSO_WITHIN`` words in ("The paper
    also blamed …", "The army has also moved …")? Not inside a quotation."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    words = [t for t in span if not t.is_punct and not t.is_space][: ALSO_WITHIN + 1]
    also = next((t for t in words if t.lower_ == "also" and t.head.i == root.i and t.dep_ == "advmod"), None)
    if also is None or also.i > root.i or any(t.is_quote for t in span if t.i < also.i):
        return None
    between = [t for t in span if also.i < t.i < root.i]
    if any(t.dep_ not in ("aux", "auxpass", "neg") for t in between):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < also.i for c in root.children):
        return None
    return f"its subject 'also {root.lower_}' (adds to a deed told before it)"


def added_opening(span: Any) -> str | None:
    """Does the sentence open on a phrase of addition or exception before its main clause
    (``lexicon/additive_openers.txt``: "Beyond a fresh coat of paint (…), the real meat is in the enhanced DVR
    features.", "Besides the fine, the firm must …")? What it adds to or sets aside is a thing its report told
    before it: like "also" (``also_added``), in a story of one report it does not open the account (summ32). The
    phrase ends at a comma before the main verb; not inside a quotation."""
    words = [t for t in span if not t.is_space]
    if not words or words[0].is_quote:
        return None
    text = span.text.lower()
    opener = next((w for w in lexicon.words("additive_openers") if text.startswith(w + " ")), None)
    if opener is None:
        return None
    root = span.root
    comma = next((t for t in words if t.text == "," and t.i < root.i), None)
    if comma is None or root.pos_ not in ("VERB", "AUX"):
        return None
    return f"opens on {opener!r} (adds to or sets aside a thing told before it)"


def lede_first(analyses: Sequence[Analysis], sents: Sequence[Sentence], alone: list[float]) -> list[float]:
    """``alone`` (each candidate's prior as it stands alone) with the one report's lede raised above the rest."""
    i = lede_index(analyses, sents)
    if i is None or not alone:
        return alone
    out = list(alone)
    out[i] = max(alone) + LEDE_MARGIN
    return out
