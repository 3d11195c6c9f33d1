"""The currency of a sign a record lost (lost_signs.py), from the story's other reports: "?7bn" beside another
report's "6.95 billion pounds" is sterling. The lost sign is never "$" (plain ASCII survives), so when the other
reports write their money in exactly one currency besides the dollar, it is that one; otherwise it stays unknown."""

from __future__ import annotations

from collections.abc import Sequence

from .figure_mention import FigureMention
from .lost_signs import LOST


def resolve_lost_signs(mentions: Sequence[FigureMention]) -> None:
    """Give a lost sign the one currency besides the dollar the story's other reports write their money in."""
    lost = [m for m in mentions if m.unit_code == LOST]
    if not lost:
        return
    for m in lost:
        codes = {o.unit_code for o in mentions if o.doc != m.doc and o.dimension == "money"
                 and o.unit_code not in (None, LOST, "USD")}
        if len(codes) == 1:
            code = codes.pop()
            m.unit = code if m.unit == LOST else m.unit
            m.unit_code = code
