"""Sentences whose written shape a summary cannot show as they stand, whatever they say:

- a line written in capitals ("THE PILOT SAID THE FERRY WAS NOT SAFE."): a broadcast's transcript or a shouted
  headline, which reads as shouting among the other items and whose tease lines ("COMING UP AT SIX, …") and asides
  to the anchor come with it;
- a quotation left open ('She said: "The divers will tell us why …'), or closed with no opening: the rest
  of it is in another sentence or paragraph of its report (a quotation over several paragraphs opens each one and
  closes only the last), so the item is cut;
- a transcript's line, a speaker's label before a colon ("Orla Venn: I would rather have been wrong.", "Q: …"):
  an interview's answer without its question, or a question without its answer;
- a schedule note ("Final results are not expected until Sunday."): when something is expected, no news of the
  story (``schedule.schedule_note``).

Each is ranked and never shown, as a sentence that opens with a connective is (``rank._unshowable``,
``SummaryConfig.hide_unshowable``): the next sentence that stands takes its place, and a unit joined to the sentence
before it gives way to that sentence when it can be shown. The label words are data
(``lexicon/transcript_labels.txt``); a name before a colon counts only when the report names a person there.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Analysis, Sentence
from ..text import in_capitals
from .schedule import schedule_note

_LABEL = re.compile(r"^([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}):[ \t]+\S")
_LABEL_WORDS = frozenset(w.lower() for w in lexicon.words("transcript_labels"))


def open_quotation(text: str) -> bool:
    """Does the sentence leave a quotation open, or close one it does not open: an odd number of double quotation
    marks, or, with curly marks only, unpaired ones? A quotation opened with one kind of mark and closed with the
    other ('"… giants,”', as a page may mix them) is whole."""
    straight, opening, closing = text.count('"'), text.count("“"), text.count("”")
    return (straight + opening + closing) % 2 == 1 or (straight == 0 and opening != closing)


def speaker_label(a: Analysis | None, s: Sentence) -> bool:
    """Does the sentence open with a transcript's speaker label: a word of ``lexicon/transcript_labels.txt``
    ("Q:", "Answer:") or a person the report names ("Orla Venn:", "Venn:"), then a colon?"""
    m = _LABEL.match(s.text.lstrip())
    if m is None:
        return False
    label = m.group(1)
    if label.lower() in _LABEL_WORDS:
        return True
    if a is None:
        return False
    start = s.start + (len(s.text) - len(s.text.lstrip()))
    end = start + len(label)
    return any(x.kind == "person" and x.start >= start and x.end <= end for x in a.mentions)


def unshowable(a: Analysis | None, s: Sentence) -> bool:
    """Is the sentence, as written, one a summary cannot show (see the module's note)?"""
    return in_capitals(s.text) or open_quotation(s.text) or speaker_label(a, s) or schedule_note(a, s)
