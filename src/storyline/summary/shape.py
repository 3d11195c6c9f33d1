"""Sentences whose written shape a summary cannot show as they stand, whatever they say:

- a line written in capitals ("THE PILOT SAID THE FERRY WAS NOT SAFE."): a broadcast's transcript or a shouted
  headline, which reads as shouting among the other items and whose tease lines ("COMING UP AT SIX, …") and asides
  to the anchor come with it;
- a quotation left open ('She said: "The divers will tell us why …'), or closed with no opening: the rest
  of it is in another sentence or paragraph of its report (a quotation over several paragraphs opens each one and
  closes only the last), so the item is cut;
- a transcript's line, a speaker's label before a colon ("Orla Venn: I would rather have been wrong.", "Q: …"):
  an interview's answer without its question, or a question without its answer; and, in a broadcast's transcript
  (labels in capitals, "JON SIEBEN: I don't think it should."), a later sentence of a speaker's turn that speaks
  in the first or second person ("You know, if you want to …"): the speaker's words with the speaker cut off;
- a schedule note ("Final results are not expected until Sunday."): when something is expected, no news of the
  story (``schedule.schedule_note``).

Each is ranked and never shown, as a sentence that opens with a connective is (``rank._unshowable``,
``SummaryConfig.hide_unshowable``): the next sentence that stands takes its place, and a unit joined to the sentence
before it gives way to that sentence when it can be shown. The label words are data
(``lexicon/transcript_labels.txt``); a name before a colon counts only when the report names a person there, or,
written in capitals, names a person the report names in any case ("Jon Sieben") or opens two paragraphs or more.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Analysis, Sentence
from ..text import in_capitals
from .schedule import schedule_note
from .standalone import first_person

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
    ("Q:", "Answer:"), a person the report names ("Orla Venn:", "Venn:") or a broadcast transcript's label in
    capitals (``_capital_labels``: "JON SIEBEN:"), then a colon?"""
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
    return any(x.kind == "person" and x.start >= start and x.end <= end for x in a.mentions) or (
        label.isupper() and label in _capital_labels(a))


_LAST: tuple[Analysis | None, frozenset[str]] = (None, frozenset())  # the last report's labels: asked per sentence


def _capital_labels(a: Analysis) -> frozenset[str]:
    """The labels in capitals before a colon that open a paragraph of the report ("JON SIEBEN: …") and name a
    person the report names in any case ("Jon Sieben says …") or open two paragraphs or more: a broadcast
    transcript's speakers. None unless two paragraphs of the report open on such labels. Kept for the last report
    asked (by identity: stages make new analyses, never change one), so a report's sentences scan it once."""
    global _LAST
    last = _LAST
    if last[0] is a:
        return last[1]
    labels = _scan_labels(a)
    _LAST = (a, labels)
    return labels


def _scan_labels(a: Analysis) -> frozenset[str]:
    found: dict[str, int] = {}
    for s in a.sentences:
        m = _CAPITAL_LABEL.match(s.text.lstrip())
        if m and (s.index == 0 or a.sentences[s.index - 1].paragraph != s.paragraph):
            found[m.group(1)] = found.get(m.group(1), 0) + 1
    if sum(found.values()) < 2:
        return frozenset()
    people = {a.doc.text[x.start : x.end].casefold() for x in a.mentions if x.kind == "person"}
    return frozenset(k for k, n in found.items() if n > 1 or k.casefold() in people)


_CAPITAL_LABEL = re.compile(r"^([A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}):(?:[ \t]|$)")
_SECOND_PERSON = frozenset(lexicon.words("second_person"))


def turn_line(a: Analysis | None, s: Sentence) -> bool:
    """Is ``s`` a later sentence of a broadcast transcript's speaker turn (after "JON SIEBEN: …", before the next
    label) that speaks in the first or second person ("You know, if you want to …")? Its speaker is on no line."""
    if a is None or not 0 < s.index < len(a.sentences) or a.sentences[s.index].start != s.start:
        return False
    labels = _capital_labels(a)
    if not labels or _CAPITAL_LABEL.match(s.text.lstrip()):
        return False
    for before in reversed(a.sentences[: s.index]):
        m = _CAPITAL_LABEL.match(before.text.lstrip())
        if m and (before.index == 0 or a.sentences[before.index - 1].paragraph != before.paragraph):
            return m.group(1) in labels and _speaks(s.text)
    return False


def _speaks(text: str) -> bool:
    """Does the text speak in the first or second person, outside quotation marks?"""
    return first_person(text) or any(w.lower() in _SECOND_PERSON for w in re.findall(r"[A-Za-z]+", text))


def unshowable(a: Analysis | None, s: Sentence) -> bool:
    """Is the sentence, as written, one a summary cannot show (see the module's note)?"""
    return (in_capitals(s.text) or open_quotation(s.text) or speaker_label(a, s) or turn_line(a, s)
            or schedule_note(a, s))
