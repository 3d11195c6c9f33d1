"""A past date in a relative clause of a sentence that tells an act to come dates none of it (time50; issue 12).

"Hosni Mubarak, who was overthrown as president of Egypt in an uprising in 2011, will be released from detention …":
the only date, 2011, sits in the relative clause that describes the subject; the sentence's act is the release to
come. The timeline showed the line under "2011 *(mentioned)*", a release to come under a year gone by, beside the
release under its own day. A date of the past that a relative clause holds ("relative", ``date_attachment``) when
the verb of the noun the clause describes takes "will" or "shall" dates no act the line tells: the line files
nothing under it. A date to come there ("who will step down in May, will …") and a verb of the past ("…, who was
overthrown in 2011, was acquitted …", a mention as before) are left as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .date_attachment import Attachment
from .resolution import DateValue

__all__ = ["past_of_a_subject_to_come"]

_WILL = frozenset({"will", "'ll", "shall", "wo"})  # not "would": "would face action if …" is a condition


def past_of_a_subject_to_come(sdoc: Any, start: int, end: int, att: Attachment, value: DateValue,
                              published: dt.date | None) -> bool:
    """Is the date at ``start:end`` (``sdoc`` offsets) a past one in a relative clause while the verb of the noun the
    clause describes is to come ("X, who was overthrown in 2011, will be released …")?"""
    last = value.last_day()
    if att != "relative" or published is None or last is None or last >= published:
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):  # up to the relative clause's verb, then to the noun it describes
        if tok.dep_ in ("relcl", "acl") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ not in ("relcl", "acl"):
        return False
    verb = tok.head.head  # the verb whose subject or object the described noun is
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _WILL
                                                for c in verb.children)
