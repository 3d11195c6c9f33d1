"""One figure that one report dates by its years and another tells undated: not an earlier event's figure.

Moved out of grouping.py (claims72), which reads ``one_figure_dated_once`` where a figure's background years (an
earlier event's) would set it apart from the same figure told without them: a sum of money, a count with a rare
end, a toll of one event its sentences name by one word, a length of one thing named by one word (claims78).
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .frames import share_participant
from .kin import GENERIC_PEOPLE, WEAK_EVENTS, words_kin
from .verdicts import Rates, rare, values_agree
from .vocab import units, word_set

DIMENSION_NOUNS = word_set("dimension_nouns")
TOLL_FLOOR = 20  # a smaller toll recurs by chance in one story ("two killed" in 2015 and today)


def one_figure_dated_once(a: FigureMention, b: FigureMention, rates: Rates) -> bool:
    """One sum of money in two reports, one giving the year of what it was paid or taken for and the other no year
    ("convicted of stealing 3.4m euros … in 2011" / "embezzled 3.4m euros"): the year dates the deed, not another
    figure (claims52); so does one count with a rare end in common (``rare_end``, claims72). In one report, only a
    sum that hardly recurs by chance ("paid $38m … in 2005" / "the $38m figure": ``verdicts.rare``, claims74)."""
    if a.dimension != b.dimension or a.years and b.years or not values_agree([a, b], rates):
        return False
    if a.dimension == "money":
        return a.value == b.value and (a.doc != b.doc or a.high == b.high and rare(a.value))
    if a.dimension == "duration":
        return one_length_of_one_thing(a, b)
    return a.doc != b.doc and a.dimension == "count" and (rare_end(a, b) or one_toll_of_one_event(a, b) or
                                                          one_named_count(a, b))


def named_count_dated_once(a: FigureMention, b: FigureMention) -> bool:
    """``one_named_count`` of two reports, only one giving a year: what grouping asks of two equal distinctive values
    a background year would split (claims82; not the other readings of ``one_figure_dated_once``, which would let a
    dated "26 years and three months" pull a length away from its other reports' row)."""
    return a.doc != b.doc and a.dimension == b.dimension == "count" and not (a.years and b.years) and \
        one_named_count(a, b)


def one_named_count(a: FigureMention, b: FigureMention) -> bool:
    """One named participant's count of one thing, the same to the unit, that one report tells beside a year and the
    other without ("Rutte's party had 33 seats, eight fewer than in 2012" / "Rutte's party was set to win 33 seats"):
    the year dates the value it is compared with, not an earlier count (claims82). Not a small count, which recurs by
    chance, nor counts of people (one body's 30 and 30 people are often two groups: kin.one_frame)."""
    if (a.value, a.low, a.high) != (b.value, b.low, b.high) or a.value < TOLL_FLOOR or a.vague or b.vague:
        return False
    if a.person_unit or b.person_unit or not a.head or not words_kin(a.head, b.head):
        return False
    return share_participant(a.participants, b.participants)


def one_toll_of_one_event(a: FigureMention, b: FigureMention) -> bool:
    """One toll, the same to the unit, that two reports tell of one event their sentences name with the same word,
    one giving its year ("An estimated 850 people died during the 2011 revolt" / "the 18-day revolt, in which about
    850 people were killed"): the year dates that event, not an earlier one (claims78). Not a small toll, which
    recurs by chance, nor one whose sentences share only the counted people, the verb, or a unit of time."""
    if a.event_class is None or a.event_class != b.event_class or (a.value, a.low, a.high) != (b.value, b.low, b.high):
        return False
    if a.value < TOLL_FLOOR or a.vague or b.vague:
        return False
    said = {a.head, b.head, a.event, b.event, a.counted, b.counted} | GENERIC_PEOPLE | set(units())
    return bool((a.context & b.context) - said)


def rare_end(a: FigureMention, b: FigureMention) -> bool:
    """Two counts that share a rare end ("as many as 13,000 people" / "between 5,000 and 13,000 people were executed
    … between 2011 and 2015"): one report's span of years dates the deed the other tells undated, not an earlier
    event's figure (claims72; ``verdicts.rare``: such a value hardly recurs by chance)."""
    ends = {a.low, a.high} & {b.low, b.high}
    return any(rare(x) for x in ends)


def one_length_of_one_thing(a: FigureMention, b: FigureMention) -> bool:
    """One length of one thing, the same to the unit, named by the same word (as its noun or its verb), one telling
    giving a year ("ruled for 30 years" / "a 2011 revolt that ended his 30-year rule"): the year dates something
    else in the clause, not another length (claims78). Not a length of no named thing ("for two years")."""
    same = (a.value, a.low, a.high, a.unit_code, a.qualifier) == (b.value, b.low, b.high, b.unit_code, b.qualifier)
    x, y = a.head or a.event, b.head or b.event
    return same and bool(x) and x == y and x not in DIMENSION_NOUNS and x not in WEAK_EVENTS
