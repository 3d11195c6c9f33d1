"""What ties two counts of one kind of thing to one thing (claims64): kin nouns and near values are not enough.

Grouping joins two different values of a count on the counted noun alone when the nouns are one word or kin and the
values are of a size ("40 firefighters battled" / "45 fought": grouping._strongly_same). Across reports that made
false disagreements wherever a story counts one kind of thing for several holders: "the flu virus has just 13 genes"
/ "a typical flu virus can have as few as 10 genes", "the Yankees had three first-round picks" / "the Marlins' four
picks". Measured on every cross-report pair the clean checks judged (bench/BRIEF_REVIEW.md, "claims64"): every
unequal pair joined by that rule alone was two things; the right differences were joined by other kinds (one firm's
result, a casualty class, a running count, one act told by kin verbs).

A count told under a verb too general to say what is done ("have", "be", "include": ``kin.WEAK_EVENTS``), or under
no verb a word can name, is what its holder has, and a story has many holders. So two such counts are one count
only when a name ties both clauses: the figure's holder (owners.py), a participant (frames.py), a named doer or
actor, or one named speaker. Counts that two acts tell ("190 nations negotiate" / "180 countries meet", "40
firefighters battled" / "45 fought") keep the grouping's rule. (Requiring one act, kin verbs, of those too split
the claims gate's real differences of one conference's nations and one shower's meteors: heldout13 below its floor.)
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .kin import WEAK_EVENTS


def shared_name(a: FigureMention, b: FigureMention) -> bool:
    """A name both clauses tie the figure to: its holder, a participant, a named doer or actor, or one named
    speaker."""
    if a.owner & b.owner or a.participants & b.participants or a.actors & b.actors:
        return True
    if {d.lower() for d in a.doers} & {d.lower() for d in b.doers}:
        return True
    sa, sb = a.speaker, b.speaker
    return sa is not None and sb is not None and "named" in (sa.kind, sb.kind) and sa.head == sb.head


def held(m: FigureMention) -> bool:
    """A count told under a verb too general to say what is done, or under none a word can name ("2 standards"
    under "’s"), unless the counted things are that verb's own subject and nothing holds them (claims69: "more than
    4,000 farms were without water" / "2,500 farms are without water" is one state of one set of things, no
    holder's count; "the pier has 120 moorings", "there are 150 moorings", "the Hawks' four picks were" are)."""
    weak = not m.event or not m.event.isalpha() or m.event in WEAK_EVENTS
    return weak and not (m.role == "subject" and m.argument and not (m.owner or m.actors or m.holder))


def anchored(a: FigureMention, b: FigureMention) -> bool:
    """Two acts tell the counts, or a name ties both clauses (module docstring)."""
    return not held(a) and not held(b) or shared_name(a, b)
