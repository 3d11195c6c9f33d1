"""One figure, one row, whatever its wording: a count of people's identity is what befell them, not its words.

Reports tell one casualty count with other nouns and other verbs: "three crew members are missing" / "while three are
still missing" / "the search to locate three missing crew". The word rules (grouping.py) join counts by their head
noun and verb, and grouping by meaning (meaning.py) by the words around them, so the three stay in three rows. Here a
count of people's identity is

- the act that befell them: the casualty class of its verb (``event_class``: killed, injured, missing ...) or of an
  adjective on its counted noun ("three *missing* crew", "five *injured* workers", "two *dead* climbers":
  claims.toml ``[act_adjectives]``);
- that it counts people: a word for people (``person_nouns``, a role or a nationality, ``people_word``) or for the
  members of a crew or party (claims.toml ``crew_nouns``);
- its value, and nothing that sets two figures apart (``grouping.could_be_same`` with any words for people: places,
  dates, scope words, names, the background; holders and owners, subjects.py and owners.py).

Two counts under two acts are two figures, whatever else they share (``acts_apart``: "four missing climbers" /
"four injured climbers"). Two rows whose members count people under one act, and no other, with one value, are one
figure: merged. A row
with no act among its members, or acts that differ, or counts of things, is left as it is; a difference of value
never joins here, so a merge never makes a ``differ``.

A distance's identity is the place it is told from and its bearing ("150 km west of Eagle Island"). Two reports that
tell one such distance with one number in two units ("about 150km" / "150 nautical miles west of Eagle Island") tell
one figure and disagree on its unit: one row, whose values (converted to one base unit) differ.

One quantity, one row; two quantities, two rows (claims98): a figure's identity is what it counts and whose, not its
value. Two figures of one sentence in one unit are two quantities, the items of a list or of a coordination
("peacekeeping (about $3 billion); disaster relief (nearly $3 billion)"), however near their values: they never join
each other, and complete linkage keeps another report's mention from joining both (``items_apart``). One figure told
twice in a sentence names the same counted noun, not a unit ("three men were held and the three men were charged");
the two ends of a change ("rose from six to nine"), a running count, a vote's sides and two speakers' values stay to
their rules. One change told by its noun in one report and its verb in another ("a 10 percent increase in fares" /
"boost fares by about 10 percent") is one quantity when the two clauses name one changed thing ("fares") and no two
participants: hedges aside, one row (``one_change``), whose verdict reads the hedges' ranges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .figure_mention import FigureMention
from .kin import GENERIC_PEOPLE, same_direction
from .place_relation import place_eq
from .unmet import unmet_apart
from .vocab import by_word, word_set

CREW_NOUNS = word_set("crew_nouns")  # ("crew", "crewman", "member")
CHANGE_UP, CHANGE_DOWN = word_set("change_up"), word_set("change_down")
UNIT_HEADS = frozenset({"percent", "%"})  # a share's head is its unit, not what it counts: no counted noun
Pair = Callable[[FigureMention, FigureMention], bool]
ACT_ADJECTIVES = by_word("act_adjectives")  # ("missing" -> "missing", "dead" -> "killed")
_WORD = re.compile(r"[a-z]+")


def act_of(m: FigureMention) -> str | None:
    """What befell the people a count counts: its verb's casualty class, else an adjective's on its counted noun
    ("three missing crew" -> "missing")."""
    if m.event_class:
        return m.event_class
    words = _WORD.findall(m.text.lower())
    head = m.head.lower()
    before = words[: words.index(head)] if head in words else words[:-1]
    return next((ACT_ADJECTIVES[w] for w in before if w in ACT_ADJECTIVES), None)


def acts_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two counts of what befell two sets of people ("four missing climbers" / "four injured climbers"): never one.
    Only counts: an age or a sum is no count of what befell people ("the 72-year-old could not be rescued" / "the
    72-year-old drowned" tell one man's age)."""
    if unmet_apart(a, b):
        return True  # "hasn't been spending 3 percent" / "spent 2.1 percent": a level not met is no level (unmet.py)
    if a.dimension != "count" or b.dimension != "count":
        return False
    x, y = act_of(a), act_of(b)
    return bool(x and y) and x != y


def items_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two figures of one sentence in one unit, of no one counted noun: two items of a list (module docstring)."""
    if a.doc != b.doc or a.sentence != b.sentence or a.start == b.start or a.dimension != b.dimension or \
            a.unit_code != b.unit_code or a.dimension == "age" or a.share is not None or b.share is not None:
        return False
    if a.head and a.head == b.head and a.head not in UNIT_HEADS or \
            any(m.previous or m.update or m.revised or m.sides for m in (a, b)):
        return False  # one figure told twice; a change's two ends, a running count, a vote's sides
    if act_of(a) and act_of(a) == act_of(b) and generic_or_crew(a, b):
        return False  # "three people were killed, among them the three ... victims": maybe one toll told twice
    sa, sb = a.speaker, b.speaker
    return not (sa and sb and sa.head != sb.head)  # (two speakers' values set side by side: rivals.py)


def _direction(m: FigureMention) -> tuple[str, bool] | None:
    """The direction of the change a percentage tells, and whether a noun tells it ("a 10 percent increase"), else
    its verb ("boosted ... by 10 percent"); None for no change."""
    word, noun = (m.head, True) if m.counted else (m.event or "", False)
    return next(((d, noun) for d, words in (("up", CHANGE_UP), ("down", CHANGE_DOWN)) if word in words), None)


def one_change(a: FigureMention, b: FigureMention) -> bool:
    """One change told with two verbs of one direction ("soared 47 percent" / "rising nearly 50 percent"), or of one
    thing told by its noun in one report and by its verb in another (module docstring)."""
    if a.dimension == "percent" and not a.counted and not b.counted and same_direction(a.event, b.event):
        return True
    x, y = _direction(a), _direction(b)
    if a.dimension != "percent" or b.dimension != "percent" or a.doc == b.doc or x is None or y is None or \
            x[0] != y[0] or x[1] == y[1]:
        return False
    x_names, y_names = (m.actors | m.owner | {w for p in m.participants for w in p.split()} for m in (a, b))
    if x_names and y_names and not x_names & y_names:
        return False  # two named things' changes ("Acme's shares rose 3 percent" / "a 3 percent rise in Zeno's")
    told = {m.head for m in (a, b)} | {m.event for m in (a, b) if m.event} | UNIT_HEADS
    return bool(a.context & b.context - told)


def counts_people(m: FigureMention) -> bool:
    """A count of people: a word for people, a role or a nationality, or the members of a crew."""
    return m.dimension == "count" and m.share is None and (m.person_unit or m.people_word or m.head in CREW_NOUNS)


def generic_or_crew(a: FigureMention, b: FigureMention) -> bool:
    """One of two counts of people names them generically ("four are still missing": people) or as a crew's members:
    it may count the other's people ("four missing climbers"). Two specific words ("three Britons" / "three
    Brazilian engineers") are two sets of people, whatever befell them."""
    return any(m.head in GENERIC_PEOPLE or m.head in CREW_NOUNS for m in (a, b))


def _identity(group: Sequence[FigureMention]) -> str | None:
    """The one act of a row of counts of people, or None (a count of things, no act, two acts)."""
    if not group or not all(counts_people(m) for m in group):
        return None
    acts = {a for a in map(act_of, group) if a}
    return next(iter(acts)) if len(acts) == 1 else None


def one_distance(a: FigureMention, b: FigureMention) -> bool:
    """One distance told in two reports with one number in two units, from one place on one bearing."""
    return a.dimension == b.dimension == "length" and a.doc != b.doc and a.value == b.value and \
        a.unit_code != b.unit_code and bool(a.bearing) and a.bearing == b.bearing and bool(a.origin and b.origin) and \
        place_eq(a.origin, b.origin)


def _mergeable(x: list[FigureMention], y: list[FigureMention], could_be_same: Pair, apart: Pair) -> bool:
    """One count of people under one act with one value, or one distance in two units (module docstring)."""
    if not x or not y:
        return False
    act = _identity(x)
    if act is not None and _identity(y) == act and {m.doc for m in y} - {m.doc for m in x}:
        return all(could_be_same(a, b) for a in x for b in y)
    return all(one_distance(a, b) and not apart(a, b) for a in x for b in y)


def merge_identities(
    groups: Sequence[list[FigureMention]],
    could_be_same: Pair,
    apart: Pair,
) -> list[list[FigureMention]]:
    """Merge rows of one figure told in other words or units (module docstring); order kept. ``could_be_same`` says
    nothing sets two counts apart, whatever word each counts people by; ``apart``, that two holders or owners do."""
    out = [list(g) for g in groups]
    for i in range(len(out)):
        for j in range(i + 1, len(out)):
            if _mergeable(out[i], out[j], could_be_same, apart):
                out[i].extend(out[j])
                out[j] = []
    return [g for g in out if g]
