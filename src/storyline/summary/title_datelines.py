"""A dateline written in ordinary case at the head of a report: "Indianapolis – Several thousand teachers …".

Wire datelines are in capitals ("INDIANAPOLIS (AP) —", ``newswriting.dateline_end``), and the summary shows
a sentence from after one. Some sites print the same dateline in ordinary case, a town (and its state) and a
dash before the first word ("Indianapolis – Several …", "Dekalb, Ill. — Mike …"). Only at the very start of
a report's first sentence, and only when the words before the dash name a town the gazetteer holds (a
sentence that opens "Tue – Sat 4PM" or "Trump – who …" is not cut), is that a dateline: the item is shown
from after it, its citation moved with it.
"""

from __future__ import annotations

import re

_TITLE_DATELINE = re.compile(
    r"^(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][a-z.]+)?)?"
    r"\s+(?:[–—]|--?)\s+(?=[A-Z])")


def title_dateline_end(text: str) -> int:
    """Where an ordinary-case dateline that opens ``text`` ends, 0 when there is none (the caller checks
    that ``text`` opens its report)."""
    m = _TITLE_DATELINE.match(text)
    if m is None:
        return 0
    from ..places.gazetteer import load_gazetteer  # the gazetteer is read only when a sentence opens so

    return m.end() if any(x.place.kind == "city" for x in load_gazetteer().lookup(m.group("town"))) else 0
