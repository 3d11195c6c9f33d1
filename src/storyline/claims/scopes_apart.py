"""Two figures whose scopes the words set apart: an earlier or a forecast value, a narrower whole, an increment,
a comparison or a count's progress, "others" besides a named one, a total and one year's, two sums of two sets
of places, two years.

Moved out of grouping.py (claims77) so that the grouping rules can grow; grouping.compatible, could_be_same and
the pair model's signals read ``scope_apart``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .besides import besides_apart
from .figure_mention import FigureMention
from .increments import INCREMENT
from .kin import custody_kin
from .place_relation import place_eq
from .running import running_apart
from .tallies import tallies_apart
from .vocab import word_set

MOVING_MEASURES = frozenset({"speed", "category", "magnitude"})
# scope words that set a figure apart from one without them: a comparison, a count's progress, and the rest
# of a whole ("69 remaining seats", "16 more provinces" are not sides of "86 seats"; lexicon rest_words)
APART_SCOPE = frozenset({"than", "counted"}) | word_set("rest_words")


def scope_apart(a: FigureMention, b: FigureMention) -> bool:
    """Different scopes said in words: 'younger' vs 'older' patients, 2014 vs 2015, earlier vs current value."""
    if a.previous != b.previous or a.projected != b.projected:
        return True  # an earlier value, or a forecast, is not the count itself
    if (a.hedge == "expected") != (b.hedge == "expected") and (a.doc == b.doc or a.forecast or b.forecast):
        return True  # an estimate is not the actual figure ("19% growth" / "estimated 19.52% growth"), in one report;
        # nor someone's forecast in another ("revenue rose to $5.2bn" / "analysts expect revenue of just over $5bn":
        # claims56; a storm "expected to be 300 km" off a town and one "centered 300 km" off it are one point)
    if a.plural_cause is not None and b.plural_cause is not None and a.plural_cause != b.plural_cause and \
            (a.value, a.high) != (b.value, b.high):
        return True  # "the storms left 370 dead" (all of them) is not "the storm killed 156"; an equal toll is
        # one told two ways ("the blasts killed two" / "the bombing killed two")
    if a.share_word != b.share_word and (a.scope - b.scope if a.share_word else b.scope - a.scope):
        return True  # "two-thirds of the obese population" is not a side of "30% of the world's population"
        # (a share word of a narrower whole; "most of the strikes" is still a side of "two of 57 Russian strikes")
    if (INCREMENT in a.scope) != (INCREMENT in b.scope) and not one_increment(a, b):
        return True  # "an additional 300 were ordered to evacuate" is no side of "thousands evacuated" (increments.py)
    if a.scope & APART_SCOPE != b.scope & APART_SCOPE:
        return True  # a difference ("20 more than"), a comparison's reference ("higher than the 24 percent"),
        # a count's progress ("with 22 percent of the vote counted"): none is a side of the figure itself
    if besides_apart(a, b):
        return True  # "Berg was rescued alongside five others" is no side of "five of the climbers" (besides.py)
    if running_apart(a, b) or tallies_apart(a, b):
        return True  # "has conducted five tests" / "conducted two tests last year": a total and one year's;
        # a committee's "12-11" and a chamber's "52-47": two votes of two bodies (tallies.py)
    if a.scope and b.scope and not a.scope & b.scope and not custody_kin(a, b):
        return True  # (a prison term's kind, "federal" / "custodial", makes no other term)
    if (a.joint or b.joint) and a.places_direct and b.places_direct and a.dimension not in MOVING_MEASURES:
        if not same_places(a.places, b.places):
            return True  # "24 deaths in Romania and Bulgaria" is a sum: not "30 in Romania", nor one in Europe, nor
            # "24 deaths in Romania and Serbia" (two sums of two pairs of places: claims52)
    return bool(a.years and b.years and not a.years & b.years)


def one_increment(a: FigureMention, b: FigureMention) -> bool:
    """One increment told with its word in one report and without in the next ("another 102 families" / "102
    families"): the same value, the same qualifier and the same counted noun; "more than 300 rescue workers" is no
    side of "an additional 300 people" (claims71)."""
    return (a.value, a.high) == (b.value, b.high) and a.qualifier == b.qualifier and a.head == b.head


def same_places(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Two lists of places that name the same places, each written either way ('the Philippines' / 'Philippines')."""
    return all(any(place_eq(x, y) for y in ys) for x in xs) and all(any(place_eq(x, y) for x in xs) for y in ys)
