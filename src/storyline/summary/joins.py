"""Joins: ranked sentences shown only joined to the sentence before them in their report (a plural or singular
back-reference, "The second X" after its first, a continued quotation, a delayed lede's "But …" news), or never
shown when they cannot be. Read by ``rank._ranked``; split from ``rank`` (summ34)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Analysis, Sentence
from ..newswriting import contrast_opener
from ..text import word_count
from .antecedents import (
    bare_count,
    both_back,
    carries_its_pronoun,
    definite_echo,
    demonstrative_unanchored,
    introduced_just_before,
    leans_on_one_before,
    named_farther_back,
    names_a_person,
    names_a_place,
    place_echo,
    role_description,
    stranded_pronoun,
)
from .config import SummaryConfig
from .lead import now_turn
from .ordinals import first_before, ordinal_subject
from .standalone import back_reference, plural_demonstratives, points_back, sentence_spans, why_not_alone
from .voice import continued_quotation


def now_turns(analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int]) -> frozenset[int]:
    """In a story of one report, the ranked sentences that set a delayed lede's news against the past the sentence
    before tells (``lead.now_turn``), opening on a word of turning ("But Netanyahu's triumph in Tuesday's elections
    keeps …" after "Obama told the Assembly 18 months ago …"): hidden as connectives are unless ``back_joins`` joins
    them to that past (summ33)."""
    if len(analyses) != 1:
        return frozenset()
    a = analyses[0]
    return frozenset(i for i in order if 0 < sents[i].index < len(a.sentences) and points_back(sents[i].text)
                     and a.sentences[sents[i].index].start == sents[i].start
                     and getattr(now_turn(a, a.sentences[sents[i].index - 1]), "start", None) == sents[i].start)


def back_joins(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], hidden: frozenset[int],
    cfg: SummaryConfig,
) -> dict[int, Sentence | None]:
    """Ranked sentences that refer back with a plural demonstrative to what they do not name ("Durst served
    about three years in connection with those charges.": ``standalone.back_reference`` with
    ``standalone.plural_demonstratives``), each with the unit it may be shown as: itself joined to the
    sentence before it in its report, when that one stands alone (``standalone.why_not_alone``) and names
    several things (``_names_several``: "those charges" after "previous convictions"); None (never shown)
    when it does not. With ``cfg.join_singular_back_references`` also one whose first sentence points back at one
    thing named before ("leverage that experience", '"It has …," said …', "the singer and guitarist told …":
    ``antecedents.leans_on_one_before``), in a
    story of one report, joined the same way (a quotation's pronoun only to a sentence naming what it fits:
    ``antecedents.carries_its_pronoun``); when it cannot be, it is left as it is ("… to land that cargo" may
    stand for "instruments and experiments" named before it in the sentence; a patient's "It doesn't affect me"
    for the illness items before it name), but left out when its demonstrative's noun is written two or more
    sentences back ("said of that on-ramp": ``antecedents.named_farther_back``), or it is an echo
    (``antecedents.definite_echo``) or a role whose person the sentence before names
    (``antecedents.role_description``; a role with no one named before, "The doctor prescribed …", is left as it
    is) or a place's kind whose place the sentence before names (``antecedents.place_echo``, summ34), or its
    quotation's pronoun stands for a thing only the sentence before names, which cannot stand alone
    (``antecedents.stranded_pronoun``: '"It was a small fortune," …' after "But …, they booked a flight …").
    A thing "the" names that the sentence before introduced with "a" ("… wrote in the blog post." after "According to a
    blog post for …": ``antecedents.introduced_just_before``) is joined the same way, in a story of one report.
    In a story of one report a sentence set against the time the sentence before tells ("Previously, the shots were
    recommended for everyone …" after "In October, the agency narrowed …": ``newswriting.contrast_opener``) is
    joined the same way, and left out when it cannot be (summ36). In a story of one report the news set against a
    delayed lede's past ("Today, … he brings a new warning" after
    "… first warned Congress … in 1988.": ``lead.now_turn``) is joined the same way. Only single sentences: a
    joined unit already carries its context."""
    kinds = plural_demonstratives()
    out: dict[int, Sentence | None] = {}
    for i, s, a in _after_a_sentence(analyses, sents, order, hidden):
        spans = sentence_spans(a, s)
        several = any(back_reference(span, kinds) or (len(analyses) == 1 and (bare_count(span) or both_back(span)))
                      for span in spans)
        prev = a.sentences[s.index - 1]
        contrast = (cfg.join_singular_back_references and len(analyses) == 1 and bool(spans)
                    and contrast_opener(s.text) is not None)  # "Previously, …" (summ36)
        one = contrast or cfg.join_singular_back_references and len(analyses) == 1 and bool(spans) and (
            leans_on_one_before(spans[0]) is not None
            or any(introduced_just_before(b, spans[0]) for b in sentence_spans(a, prev)))  # "in the blog post"
        turn = len(analyses) == 1 and getattr(now_turn(a, prev), "start", None) == s.start  # "Today, … he …"
        if not several and not one and not turn:
            continue
        if prev.end > s.start or why_not_alone(a, prev) is not None or (several and not _names_several(a, prev)) \
                or (one and not carries_its_pronoun(a, prev, spans[0])):
            if several or contrast or (one and prev.end <= s.start and (
                    named_farther_back(a, s, spans[0]) or definite_echo(spans[0]) is not None
                    or demonstrative_unanchored(spans[0]) is not None
                    or (role_description(spans[0]) is not None and names_a_person(a, prev))
                    or (place_echo(spans[0]) is not None and names_a_place(a, prev))
                    or stranded_pronoun(a, prev, spans[0]))):
                out[i] = None  # what it points at is farther back, or outside the text (a photo's "these pictures")
            continue
        out[i] = _joined_to_previous(a, s, cfg)
    return out


def ordinal_joins(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], hidden: frozenset[int],
    cfg: SummaryConfig,
) -> dict[int, Sentence | None]:
    """Ranked sentences whose subject continues a series whose first the report named before ("The second test …"
    after "The first substantive test …": ``ordinals.ordinal_subject``), each with the unit it may be shown as: joined
    to the sentence before when that one names the first and stands alone; else None (never shown). A report that
    names no first leaves the sentence as it is (summ33)."""
    out: dict[int, Sentence | None] = {}
    for i, s, a in _after_a_sentence(analyses, sents, order, hidden):
        spans = sentence_spans(a, s)
        noun = ordinal_subject(spans[0]) if len(spans) == 1 else None
        first = first_before(a, s, noun) if noun is not None else None
        if first is None:
            continue
        prev = a.sentences[s.index - 1]
        near = first.index == prev.index and prev.end <= s.start and why_not_alone(a, prev) is None
        out[i] = _joined_to_previous(a, s, cfg) if near else None
    return out


def _after_a_sentence(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], hidden: frozenset[int],
) -> Iterator[tuple[int, Sentence, Analysis]]:
    """The ranked single sentences, not hidden, that have a sentence before them in their report: what a
    join to the sentence before (``back_joins``, ``quote_joins``) may take."""
    by_doc = {a.doc.id: a for a in analyses}
    for i in order:
        s = sents[i]
        a = by_doc.get(s.doc)
        if i in hidden or a is None or not 0 < s.index < len(a.sentences) or a.sentences[s.index].start != s.start:
            continue
        yield i, s, a


def _joined_to_previous(a: Analysis, s: Sentence, cfg: SummaryConfig) -> Sentence | None:
    """``s`` with the sentence before it in its report as one unit; None when the two pass ``cfg.max_words``."""
    prev = a.sentences[s.index - 1]
    text = a.doc.text[prev.start : s.end]
    return None if word_count(text) > cfg.max_words else Sentence(
        s.doc, prev.index, prev.start, s.end, text, prev.paragraph)


def quote_joins(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], hidden: frozenset[int],
    cfg: SummaryConfig,
) -> dict[int, Sentence | None]:
    """Ranked sentences that are one quotation continuing the one before them, whose speaker is there
    ('"…," said Karges. "Bekah had told her …"': ``voice.continued_quotation``), each with the unit it may be
    shown as: joined to that sentence when it stands alone and the two fit ``cfg.max_words``; else never shown."""
    out: dict[int, Sentence | None] = {}
    for i, s, a in _after_a_sentence(analyses, sents, order, hidden):
        prev = a.sentences[s.index - 1]
        spans, before = sentence_spans(a, s), sentence_spans(a, prev)
        if len(spans) != 1 or len(before) != 1 or not continued_quotation(a, s, spans[0], before[0]):
            continue
        out[i] = None if why_not_alone(a, prev) is not None else _joined_to_previous(a, s, cfg)
    return out


def _names_several(a: Analysis, s: Sentence) -> bool:
    """Does the sentence name several things a plural demonstrative after it can point at: a plural noun
    ("previous convictions", "millions of children") or a quotation (a speaker's "words")?"""
    if any(c in s.text for c in "\"“”"):
        return True
    return any(t.tag_ in ("NNS", "NNPS") for span in sentence_spans(a, s) for t in span)
