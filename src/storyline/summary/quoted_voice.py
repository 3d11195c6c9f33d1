"""A first-person sentence in a report otherwise in the third person: a quoted writer's "I" (summ33).

A report quotes a blog post or a letter at length, set apart as a block quotation that the text keeps with no quote
marks ("In my case, I chose to create lists within lists …", "These were the fixes that I recommended …"). Shown
alone in the brief, its "I" reads as the brief's own. The writer's own "I" in a first-person essay is its voice and
runs through the whole text; in a report written in the third person such a sentence is someone else's words, and its
speaker is not on its line. So in a story of one report whose sentences are mostly in the third person, a sentence in
the first person outside quote marks (``standalone.first_person``) is not shown (``rank._voices``).
"""

from __future__ import annotations

from ..model import Analysis
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


def speakerless_first_person(a: Analysis, text: str, alone: bool) -> bool:
    """Is ``text`` (a sentence of report ``a``) in the first person outside quote marks, in a story of one report
    (``alone``) written in the third person (``third_person_report``): a quoted writer's "I" with no speaker?"""
    return alone and first_person(text) and third_person_report(a)
