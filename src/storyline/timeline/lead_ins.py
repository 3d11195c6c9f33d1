"""Where a timeline entry starts: the sentence before it that names what it leans on, unless that one's time is
another (``shape.lead_in_start``, ``shape.past_a_dated_lead_in``; time22 moved them here from ``__init__``).

An entry that opens on a pronoun ("He had been facing the charge in Sweden since 2010.") is carried from the
sentence before that names its person. When that sentence tells of now, in the present tense of an action ("Assange
is battling extradition to the United States, …": a present progressive, or a simple present of a verb not of a
state), and the entry's date is of a year before the report's, the two sentences tell of two times: one line under
the old date would date the present one by it. Each sentence is dated by itself: the entry keeps only its own
sentence (its pronoun as ``shape.lead_in_start`` keeps one with nothing to carry it), and the present one, with no
date, files nothing. A present state ("Reed is a former dealer. She was arrested in 2012.") still carries: it
tells who, not what happened when.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import lexicon
from ..model import Analysis, Gloss, Sentence
from ..parses import sentence_span
from .quotes import inside_quote_start
from .referents import beyond_the_name, other_subject, pronoun_after_phrase, quoted_speaker, referent
from .resolution import DateValue
from .shape import lead_in_start, leans, opens_on_pronoun, past_a_dated_lead_in, post_credit

__all__ = ["entry_start", "paragraph_of"]

_STATE_VERBS = lexicon.words("state_verbs")
_PRESENT = frozenset({"VBZ", "VBP"})
_PRESENT_BE = lexicon.words("present_be_forms")


def paragraph_of(sentences: Sequence[Sentence], sent: Sentence) -> list[Sentence]:
    return [s for s in sentences if s.paragraph == sent.paragraph]


def _paragraph_before(sentences: Sequence[Sentence], sent: Sentence) -> list[Sentence]:
    """The sentences of the paragraph before ``sent``'s."""
    earlier = [s for s in sentences if s.paragraph < sent.paragraph]
    return [s for s in earlier if s.paragraph == earlier[-1].paragraph] if earlier else []


def _person_named(a: Analysis) -> Callable[[int, int], bool]:
    """``(start, end) -> bool``: does the report name a person (an entity mention) in that span?"""
    people = [m.start for m in a.mentions if m.kind == "person"]
    return lambda start, end: any(start <= p < end for p in people)


def tells_now(a: Analysis, sent: Sentence) -> bool:
    """Is ``sent``'s main verb a present tense of an action ("is battling", "accuses"), not of a state ("is",
    "has", "remains": ``lexicon/state_verbs.txt``) nor a perfect ("has faced")?"""
    span = sentence_span(a, sent)
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in _STATE_VERBS:
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.tag_ in _PRESENT:
        return not aux
    return root.tag_ == "VBG" and len(aux) == 1 and aux[0].lower_ in _PRESENT_BE


def _another_time(a: Analysis, lead_in: int, start: int, value: DateValue) -> bool:
    """Does a sentence of the lead-in ``lead_in:start`` tell of now (``tells_now``) while ``value`` is of a year
    before the report's?"""
    published, last = a.doc.published, value.last_day()
    if published is None or last is None or last.year >= published.year:
        return False
    return any(tells_now(a, s) for s in a.sentences if lead_in <= s.start < start)


_HE_OR_SHE = frozenset({"he", "she"})


def _names_no_one(a: Analysis, lead_in: int, start: int, end: int) -> bool:
    """Is the entry ``start:end`` one that opens on "he" or "she" (or on a quotation they speak, time41) and is the
    lead-in ``lead_in:start`` (a dated sentence, an entry of its own) one that names no person ("Until being
    terminated in September, he had worked …" before "He did not work for FedEx, the company said Thursday.")?
    Carrying it explains no pronoun and shows the dated sentence twice (time32): the entry keeps its own sentence,
    as one with nothing to carry it does. So is a lead-in whose subject is none of the people it names
    (``referents.other_subject``: "I'd bet … that President Obama was tapping my phones …" before "He presented no
    evidence …", time49)."""
    words = a.doc.text[start:end].split(None, 1)
    opening = quoted_speaker(a.doc.text[start:end]) or (words[0].strip(",.;:") if words else "")
    if opening.lower() not in _HE_OR_SHE:
        after = pronoun_after_phrase(a.doc.text[start:end])  # "In 1997, he also became …" (time49)
        return after is not None and after.lower() in _HE_OR_SHE and other_subject(a, lead_in, start)
    return not _person_named(a)(lead_in, start) or other_subject(a, lead_in, start)  # "I'd bet … Obama …" (time49)


def entry_start(a: Analysis, sent: Sentence, start: int, end: int, dated: frozenset[int],
                value: DateValue) -> tuple[int | None, list[Gloss]]:
    """``_entry_start``, with a lead-in that opens inside a quotation started where the quotation's mark is
    (``quotes.inside_quote_start``): "We are now on the threshold …," Davis said.' carried before a quotation with no
    speaker began in the sentence before it, with no opening mark, cut inside the quote (time48)."""
    lead_in, who = _entry_start(a, sent, start, end, dated, value)
    if lead_in == start and not who:
        return start, _named_the_paragraph_before(a, sent, start, end)
    if lead_in is None or lead_in >= start:
        return lead_in, who
    at = next((s for s in a.sentences if s.start <= lead_in < s.end), None)
    opened = None if at is None else inside_quote_start(a.doc.text, lead_in, paragraph_of(a.sentences, at))
    return (lead_in if opened is None else min(opened, lead_in)), who


def _named_the_paragraph_before(a: Analysis, sent: Sentence, start: int, end: int) -> list[Gloss]:
    """A gloss for the "he" or "she" an entry that opens its paragraph opens on (or speaks its quotation, or follows
    its opening phrase: ``referents.referent``), naming the one person the last sentence of the paragraph before
    names ("The journalist Ann Ruiz said … | She added that Tuesday's revelations …": "*She:* Ann Ruiz"); none when
    that sentence names not just one (time48)."""
    before = _paragraph_before(a.sentences, sent)
    if not before or any(s.paragraph == sent.paragraph and s.start < start for s in a.sentences):
        return []
    gloss = referent(a, before[-1].start, start, end)
    if gloss is None or gloss.name.lower() not in _HE_OR_SHE or not beyond_the_name(gloss.name, gloss.text):
        return []
    return [gloss]


def _entry_start(a: Analysis, sent: Sentence, start: int, end: int, dated: frozenset[int],
                 value: DateValue) -> tuple[int | None, list[Gloss]]:
    """``shape.lead_in_start`` for the entry ``start:end`` of ``sent``, and the entry's glosses; a lead-in that is
    a dated sentence (an entry of its own) is not carried when the entry opens on a pronoun for the one the lead-in
    names (``referents.referent``: a gloss names them instead, time35, unless it says no more than the pronoun:
    ``referents.beyond_the_name``) or by a noun it introduced only
    (``shape.repeated_noun``, time39), stands past its coordinator
    (``shape.past_a_dated_lead_in``) or opens on "he" or "she" the lead-in names no one for (``_names_no_one``), nor
    one that tells of now before an entry of an earlier year that opens on a pronoun (``_another_time``)."""
    lead_in = lead_in_start(a.doc.text, start, end, paragraph_of(a.sentences, sent),
                            _paragraph_before(a.sentences, sent), _person_named(a))
    if lead_in is not None and lead_in < start and post_credit(a.doc.text[lead_in:start]):
        return start, []  # a post's credit line trimmed off the entry (``trim_opening``) is not carried back
    if lead_in is not None and lead_in < start and any(lead_in <= d < start for d in dated):
        if not leans(a.doc.text[start:end]):
            return start, []  # "The report says …" after a dated "According to a report …": that one is right above
        gloss = referent(a, lead_in, start, end)
        if gloss is not None:
            return start, [gloss] if beyond_the_name(gloss.name, gloss.text) else []
        if _names_no_one(a, lead_in, start, end):
            return start, []
        return past_a_dated_lead_in(a.doc.text, start, end) or lead_in, []
    if lead_in is not None and lead_in < start and opens_on_pronoun(a.doc.text[start:end]) \
            and _another_time(a, lead_in, start, value):
        return start, []
    return lead_in, []
