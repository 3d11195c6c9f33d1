"""The size of a crowd: people counted as present at one gathering, which reports estimate differently.

"More than 350,000 believers crowded the hillside", "More than 400,000 people stood under the trees", "Half a
million people watched": each is the crowd's size, told with another verb and word for the people in it. A count
is a crowd's when it counts people (a word for people, lexicon ``crowd_nouns``) present at something (its verb in
``crowd_verbs``), is told in numbers (not "hundreds of thousands", which says little) and is at least
``CROWD_MIN``. Crowds of one story join whatever verb or word each report uses, their values within
``CROWD_RATIO`` (estimates that differ: police and organisers often lie twofold apart, claims53), places apart
still keep them apart. A gathering's own noun ("The police estimated the crowd at 2,000", lexicon
``gathering_nouns``) is a crowd's size whatever its verb, and so is a count of people under a verb of protest
("At least 3,000 people protested near the square"): two reports' crowds of one protest (claims53).
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .vocab import word_set

CROWD_MIN = 1000
CROWD_RATIO = 2.0  # two estimates of one crowd: within this factor
GATHERING_NOUNS = word_set("gathering_nouns")
CROWD_VERBS = word_set("crowd_verbs")
CROWD_NOUNS = word_set("crowd_nouns")


def crowd(m: FigureMention) -> bool:
    """Is the mention the size of a crowd (module docstring)?"""
    return m.dimension == "count" and m.share is None and not m.vague and m.value >= CROWD_MIN and \
        (m.event in CROWD_VERBS and (m.person_unit or m.head in CROWD_NOUNS) or m.head in GATHERING_NOUNS) and \
        m.event_class is None


def one_crowd(a: FigureMention, b: FigureMention) -> bool:
    """Two counts of the people at one gathering (module docstring)."""
    return crowd(a) and crowd(b)
