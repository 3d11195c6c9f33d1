"""Two holders' values of one figure in one report (claims24): "the US Geological Survey put the magnitude at 8.8,
while the national agency said 8.5"; "police said 2,000 people marched, but organisers said 10,000 took part".

The claims gold makes such a pair one row, carried by both holders, whose verdict is differ (or contested:
grouping.verdict decides), not two figures of one report. Two mentions of one report are rivals when

- each has its own holder (a speaker; two different ones), neither is a running count, an earlier or a
  projected value, a part or a share of another figure, and they are of one casualty class (or none);
- they measure one thing: one dimension and unit; for counts one counted thing (kin heads, people and a word
  for people, or people and a gathering's size, lexicon ``gathering_nouns``); for measures one thing or none
  named ("magnitude", "speed": the kind of measure); in events of one kind, or one told by a verb that says
  nothing of it ("took part", "estimated", "put ... at");
- they stand side by side: in one sentence with a word that sets two clauses against each other between
  them (lexicon ``rival_cues``: "while", "but", "whereas", ";"), or in two sentences in a row of which the
  second opens with such a word ("But organisers said ..."), or tells an event of the same kind (one verb or
  kin words, not "be" / "have"), or both give a measure an event has one value of (a magnitude, a category);
  not when the second sentence names a place the first does not ("1,000 marched in Nice, where police said 40
  were detained" is Nice's count, no rival of the 50 the sentence before gives; claims52).

Different occasions (occasions.py) are never rivals; grouping.compatible asks that first.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .figure_mention import FigureMention
from .kin import WEAK_EVENTS, events_kin, people_kin, words_kin
from .place_relation import place_eq
from .vocab import word_set

RIVAL_CUES = word_set("rival_cues")
_CUE = re.compile(r"(?i)" + "|".join(rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w)
                                     for w in sorted(RIVAL_CUES)))
MEASURE_NOUNS = word_set("dimension_nouns")
GATHERING_NOUNS = word_set("gathering_nouns")
ONE_PER_OCCASION = frozenset({"magnitude", "category"})  # measures an event has one value of (its strength)
STAND_INS = word_set("number_nouns") | word_set("tally_nouns") | {"it", "that"}  # "it was", "the number had reached"
REPORT_VERBS = word_set("report_verbs")
NEXT_SENTENCE_GAP = 2  # characters between two sentences in a row (a space, a line break)
LOOSE_EVENTS = WEAK_EVENTS | word_set("report_verbs") | word_set("estimate_at_verbs")  # "is", "took part", "put"


def _one_event(a: FigureMention, b: FigureMention) -> bool:
    """Events of one kind, or one told by a verb that says nothing of it ("took part", "estimated the crowd")."""
    loose = a.event is None or b.event is None or a.event in LOOSE_EVENTS or b.event in LOOSE_EVENTS
    return loose or events_kin(a.event, b.event)


def _one_thing(a: FigureMention, b: FigureMention) -> bool:
    if a.dimension != b.dimension or a.unit_code != b.unit_code or a.share is not None or b.share is not None:
        return False
    if a.dimension == "count":
        gathering = {a.head, b.head} & GATHERING_NOUNS and all(m.person_unit or m.head in GATHERING_NOUNS
                                                                for m in (a, b))
        return people_kin(a, b) or bool(gathering)  # ("police put the crowd at 1,500" / "5,000 people rallied")
    if a.dimension == "percent":
        return bool(a.counted and b.counted) and people_kin(a, b) or not a.counted and not b.counted
    heads = {h for h in (a.head, b.head) if h and h not in MEASURE_NOUNS}
    return len(heads) < 2 or words_kin(a.head, b.head)


def _held_apart(a: FigureMention, b: FigureMention) -> bool:
    """Each value its own holder, and neither a running count, an earlier, projected or partial value."""
    if a.speaker is None or b.speaker is None or a.speaker.head == b.speaker.head:
        return False
    if a.event_class != b.event_class or a.scope != b.scope and a.scope and b.scope:
        return False
    flags = (a.update, b.update, a.previous, b.previous, a.revised, b.revised, a.part, b.part, a.included,
             b.included, a.projected, b.projected)
    return not any(flags)


def _side_by_side(a: FigureMention, b: FigureMention, text: str) -> bool:
    first, second = sorted((a, b), key=lambda m: m.start)
    if first.sentence == second.sentence:
        return bool(_CUE.search(text[first.end : second.start]))
    if text[first.sentence[1] : second.sentence[0]].strip():
        return False  # not two sentences in a row
    if another_place(first, second):
        return False  # the second names a place the first does not: another place's figure, not a rival (claims52)
    opening = text[second.sentence[0] : second.sentence[1]].split(maxsplit=1)
    if opening and opening[0].strip(",").lower() in RIVAL_CUES:
        return True
    if first.dimension in ONE_PER_OCCASION:
        return True  # "The survey said the quake had a magnitude of 7.6. The agency put the magnitude at 7.9."
    told = first.event is not None and first.event not in WEAK_EVENTS and second.event not in WEAK_EVENTS
    return told and events_kin(first.event, second.event)


def another_place(a: FigureMention, b: FigureMention) -> bool:
    """Two figures of one report in two sentences in a row, the later naming a place the earlier does not ("A police
    official said about 50 were detained. … in Nice, where police said about 40 were detained"): the later is
    that place's figure, not another holder's value of the earlier; or one a sum over places the report names
    ("more than 200 were detained in Lyon and Nice") and the other not (claims52)."""
    first, second = sorted((a, b), key=lambda m: m.start)
    if a.doc != b.doc or first.sentence == second.sentence:
        return False
    in_a_row = second.sentence[0] - first.sentence[1] <= NEXT_SENTENCE_GAP  # (not a sentence further on, whose
    # place may be its speaker's: "the National Council of Resistance in Iran claimed that only about 10 percent")
    new = in_a_row and any(not any(place_eq(p, q) for q in first.places) for p in second.places)
    return a.joint != b.joint or new


def rival_holders(a: FigureMention, b: FigureMention, text: str) -> bool:
    """Are two mentions of one report two holders' values of one figure (module docstring)? ``text``: the
    report's text, for the words between them."""
    if a.doc != b.doc or a.start == b.start or a.value == b.value and a.high == b.high:
        return False
    return _held_apart(a, b) and _one_thing(a, b) and _one_event(a, b) and _side_by_side(a, b, text)


def set_against(a: FigureMention, b: FigureMention, text: str) -> bool:
    """Two holders' different values of one figure in one sentence, a rival cue between them, neither an earlier,
    a projected or a partial value; a count one holder says "had reached" is still its side (grouping.verdict:
    contested, claims52)."""
    if a.doc != b.doc or a.sentence != b.sentence or a.value == b.value and a.high == b.high:
        return False
    if a.speaker is None or b.speaker is None or a.speaker.head == b.speaker.head:
        return False
    flags = (a.previous, b.previous, a.projected, b.projected, a.part, b.part, a.included, b.included)
    return not any(flags) and _side_by_side(a, b, text)


def rival_bare(doc: Doc, num: int, before: FigureMention, offset: int) -> bool:
    """A bare number that is a second holder's value of the figure before it in its sentence: "The police estimated
    the crowd at 2,000, while protesters said it was upward of 5,000"; "about 50 were detained, but activists said
    the number had reached 169". A rival cue stands between the two, and the number's clause, reported by a
    verb of saying, has for subject "it" or a word for the number itself (lexicon ``number_nouns``,
    ``tally_nouns``): it counts what the figure before counts (claims52)."""
    tok = doc[num]
    if before.dimension != "count" or before.end - offset > tok.idx or \
            not _CUE.search(doc.text[max(before.end - offset, 0) : tok.idx]):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(a.lemma_.lower() in REPORT_VERBS for a in verb.ancestors):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in STAND_INS | {subj.lemma_.lower()} & STAND_INS
