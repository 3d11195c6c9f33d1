"""A count told "as of" a moment (claims95): "As of Tuesday, the league said it had sold 900 tickets" is a tally at
that moment. A larger count of the same thing in a report dated no earlier, with no second named teller, is that
tally grown (an update: group_verdict.py), not a disagreement between the reports. (Who tells a count: tellers.py.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from .figure_mention import FigureMention

_AS_OF = re.compile(r"\bas of\b", re.I)


def as_of_update(ms: Sequence[FigureMention], docs: Sequence[Document]) -> bool:
    """Is a group that differs one tally told "as of" a moment and then grown in later reports (module docstring)?
    Every other member is of a report dated no earlier and is no smaller, and at most one named teller speaks."""
    texts = {d.id: d.text for d in docs}
    dates = {d.id: d.published for d in docs}
    dated = [m for m in ms if _AS_OF.search(texts.get(m.doc, "")[m.sentence[0] : m.sentence[1]])]
    if not dated or len({m.speaker.head for m in ms if m.speaker is not None and m.speaker.kind == "named"}) > 1:
        return False
    first = min(dated, key=lambda m: m.value)
    others = [m for m in ms if m.doc != first.doc]
    when = dates.get(first.doc)
    return bool(others) and when is not None and all(
        m.value >= first.value and (d := dates.get(m.doc)) is not None and d >= when for m in others)
