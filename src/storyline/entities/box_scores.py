"""A box score's lines, the agate a paper prints under a sports roundup. A result line names two teams and the
result's word between them ("Alder d. Brisco 3-1", "d." for defeated; lexicon/result_words.txt): the run of both is
no name, and each team is an organisation. A team's line opens with the team and its record or rank in brackets
("Alder (4-0): ", "Brisco (NR): ") and lists its players, each written with a figure and a counted noun ("K. Dole 1
goal. Ana Marsh 2 saves."): each player's name, from the item's start to the figure, is a person's, the figure no
part of it (the model may take "Ana Marsh 2" as one name, or cut "Ana| Marsh"), the team is an organisation and
the record or rank in the brackets ("NR", not ranked) no name. A line of two such items or more is a player's list
too, with no head. Outside such lines nothing changes ("Kestrel 3 percent" is no item: a rate is no count)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind, Mention

__all__ = ["box_score_mentions"]

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
_RESULT_WORDS = lexicon.alternation(lexicon.words("result_words"))
_RESULT = re.compile(rf"^({_NAME})[ \t]+(?:{_RESULT_WORDS})[ \t]+({_NAME})(?:[ \t]+\d+-\d+)?[ \t]*$", re.M)
_HEAD = re.compile(rf"^({_NAME})[ \t]+\((\d+(?:-\d+){{1,2}}|[A-Z]{{1,3}})\):[ \t]", re.M)
# a player's item: the name at the line's start or after a head, a stop, a comma or "and"; a figure; a counted noun
_ITEM = re.compile(rf"(?:^|(?<=:[ \t])|(?<=[.,][ \t])|(?<=[ \t]and[ \t]))({_NAME})[ \t]+\d{{1,3}}[ \t]+([a-z]+)"
                   r"(?=[.,;]|[ \t]+and[ \t]|$)", re.M)
_RATES = frozenset({"percent", "per", "pct", "percentage", "points-per"})  # "Kestrel 3 percent": a rate, no item
_MIN_ITEMS = 2


def _spans(text: str) -> tuple[list[tuple[int, int, EntityKind]], list[tuple[int, int]]]:
    """The box score's names, (start, end, kind), and the spans that name nothing (a bracket's record or rank)."""
    names: list[tuple[int, int, EntityKind]] = []
    nothing: list[tuple[int, int]] = []
    for r in _RESULT.finditer(text):
        names += [(r.start(1), r.end(1), "org"), (r.start(2), r.end(2), "org")]
    for line in re.finditer(r"^.+$", text, re.M):
        head = _HEAD.match(text, line.start(), line.end())
        items = [i for i in _ITEM.finditer(text, head.end() if head else line.start(), line.end())
                 if i.group(2) not in _RATES]
        if head is None and len(items) < _MIN_ITEMS or not items:
            continue
        if head is not None:
            names.append((head.start(1), head.end(1), "org"))
            nothing.append((head.start(2), head.end(2)))
        names += [(i.start(1), i.end(1), "person") for i in items]
    return names, nothing


def box_score_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with a box score's names read as the module docstring says: a mention over one player's or
    team's name becomes that name, of its kind (once: the other pieces of a name cut in two are dropped); one over
    two names (a result's run) or inside a bracket's rank is dropped; every other mention is kept as it is."""
    names, nothing = _spans(text)
    if not names:
        return list(mentions)
    out: list[Mention] = []
    taken: set[int] = set()
    for m in mentions:
        over = [n for n in names if n[0] < m.end and m.start < n[1]]
        if len(over) > 1 or any(s <= m.start and m.end <= e for s, e in nothing):
            continue  # "Alder d. Brisco": a result, two teams; "(NR)": a rank
        if not over:
            out.append(m)
        elif (start := over[0][0]) not in taken:
            taken.add(start)
            end, kind = over[0][1], over[0][2]
            out.append(Mention(m.doc, start, end, text[start:end], kind, m.counted))
    return out
