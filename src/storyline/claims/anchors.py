"""What ties two counts of one kind of thing to one thing (claims64): kin nouns and near values are not enough.

Grouping joins two different values of a count on the counted noun alone when the nouns are one word or kin and the
values are of a size ("40 firefighters battled" / "45 fought": grouping._strongly_same). Across reports that made
false disagreements wherever a story counts one kind of thing for several holders: "the flu virus has just 13 genes"
/ "a typical flu virus can have as few as 10 genes", "the 2011 megavirus had 1,120 genes" / "P. dulcis contained
about 1,500 genes", "the Yankees had three first-round picks" / "the Marlins' four picks". Measured on every
cross-report pair the clean checks judged (bench/BRIEF_REVIEW.md, "claims64"): every unequal pair joined by that
rule alone was two things; the right differences were joined by other kinds (one firm's result, a casualty class, a
running count).

So two such counts are one count only with an anchor:

- one act: the same verb, kin verbs or one event family ("battled" / "fought"; "sickened" / "sickened"), neither too
  general to say what is told ("have", "be", "include": what a subject has is that subject's, and a story has many
  subjects: ``kin.WEAK_EVENTS``);
- or a name both clauses tie the figure to: its holder (owners.py), a participant (frames.py), a named doer or actor,
  or one named speaker.

Without one, they are two figures, two rows, never a "differ".
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .kin import WEAK_EVENTS, events_kin


def one_act(a: FigureMention, b: FigureMention) -> bool:
    """The same verb, kin verbs or one event family, neither too general to say what is told."""
    if not a.event or not b.event or a.event in WEAK_EVENTS or b.event in WEAK_EVENTS:
        return False
    return events_kin(a.event, b.event)


def shared_name(a: FigureMention, b: FigureMention) -> bool:
    """A name both clauses tie the figure to: its holder, a participant, a named doer or actor, or one named
    speaker."""
    if a.owner & b.owner or a.participants & b.participants or a.actors & b.actors:
        return True
    if {d.lower() for d in a.doers} & {d.lower() for d in b.doers}:
        return True
    sa, sb = a.speaker, b.speaker
    return sa is not None and sb is not None and "named" in (sa.kind, sb.kind) and sa.head == sb.head


def anchored(a: FigureMention, b: FigureMention) -> bool:
    """One act or a shared name ties two counts to one thing (module docstring)."""
    return one_act(a, b) or shared_name(a, b)
