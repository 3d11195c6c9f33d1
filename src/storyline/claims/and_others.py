"""A count of others told beside the one named before it: "Norland and 13 other nations", "the mayor and four
other councillors" (claims79).

Such a count is the rest of a whole that holds the named one too, so the whole is one more: another report's
"fourteen nations" tells the same set with the named one in it. The verdict reads the count as either value (N, or
N + 1 with the named one), so the two tellings agree; "13 other nations" against "12 nations" still differ. Grouping
is not changed: only whether the row's values disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .figure_mention import FigureMention

# a name (a capitalised word) and a conjunction just before the figure, a few small words between ("the United
# States and a group of 13 other nations"; "Smith, along with three other officers")
_NAMED_AND = re.compile(r"\b[A-Z][\w.'’-]*,?\s+(?:and|along with|together with)\s+"
                        r"(?:(?:a|an|the|its|their|group|groups|team|of)\s+){0,3}$")
_BEFORE = 60  # characters before the figure read for the name and its conjunction


def named_and_others(m: FigureMention, text: str) -> bool:
    """A plain count of "N other" things joined by "and" to a name before it (module docstring)."""
    if m.dimension != "count" or m.vague or m.low != m.high or m.share is not None:
        return False
    if not m.unit.lower().startswith("other "):
        return False
    return bool(_NAMED_AND.search(text[max(0, m.start - _BEFORE) : m.start]))


def with_the_named_one(ms: Sequence[FigureMention], texts: Mapping[str, str]) -> list[FigureMention]:
    """The mentions as the verdict reads them: a count of others beside a name as N or N + 1 (module docstring)."""
    return [replace(m, low=m.value, high=m.value + 1) if named_and_others(m, texts.get(m.doc, "")) else m
            for m in ms]
