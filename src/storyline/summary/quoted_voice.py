"""A first-person sentence in a report otherwise in the third person: a quoted writer's "I" (summ33).

A report quotes a blog post or a letter at length, set apart as a block quotation that the text keeps with no quote
marks ("In my case, I chose to create lists within lists …", "These were the fixes that I recommended …"). Shown
alone in the brief, its "I" reads as the brief's own. The writer's own "I" in a first-person essay is its voice and
runs through the whole text; in a report written in the third person such a sentence is someone else's words, and its
speaker is not on its line. So in a story of one report whose sentences are mostly in the third person and that
quotes a writer before it (a verb of writing, ``lexicon/written_statements.txt``: "Askar wrote in a blog post …"), a
sentence in the first person outside quote marks (``standalone.first_person``) is not shown (``rank._voices``). A
column whose writer says "I" now and then, quoting no writer, keeps its writer's sentences (on the ROUGE gate's one
such Multi-News op-ed, hiding them cost R-1 0.05).
"""

from __future__ import annotations

from .. import lexicon
from ..model import Analysis, Sentence
from ..parses import sentence_span
from .standalone import first_person

THIRD_PERSON_SHARE = 0.25
"""A report whose sentences in the first person (outside quote marks) are fewer than this share of all its sentences is
written in the third person: its few first-person sentences are quoted writers' (or an aside of its writer's)."""


def third_person_report(a: Analysis) -> bool:
    """Is report ``a`` written in the third person: its first sentence not in the first person, and fewer than
    ``THIRD_PERSON_SHARE`` of its sentences in the first person outside quote marks?"""
    if not a.sentences or first_person(a.sentences[0].text):
        return False
    mine = sum(1 for s in a.sentences if first_person(s.text))
    return mine < THIRD_PERSON_SHARE * len(a.sentences)


def quotes_a_writer(a: Analysis, before: int) -> bool:
    """Does a sentence of report ``a`` before its sentence ``before`` (an index) write a verb of writing
    ("wrote", "posted": ``lexicon/written_statements.txt``)?"""
    for t in a.sentences[:before]:
        span = sentence_span(a, t)
        if span is not None and any(w.pos_ == "VERB" and w.lower_ in _WRITING for w in span):
            return True
    return False


def speakerless_first_person(a: Analysis, s: Sentence, text: str, alone: bool) -> bool:
    """Is ``text`` (a sentence of report ``a``'s unit ``s``) in the first person outside quote marks, in a story of one
    report (``alone``) written in the third person (``third_person_report``) that quotes a writer before it
    (``quotes_a_writer``): a quoted writer's "I" with no speaker?"""
    return alone and first_person(text) and third_person_report(a) and quotes_a_writer(a, s.index)


_WRITING = lexicon.words("written_statements")
