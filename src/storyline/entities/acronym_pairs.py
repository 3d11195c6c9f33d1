"""Two bodies the model tagged as one: "identified VBC and Tarn Savings Bank as its key beneficiaries" tagged "VBC
and Tarn Savings Bank", an organisation. A span of initials (two to six capitals), "and" or "&", and a name its own
words make an organisation's ("… Bank", "… Securities": ``names.org_by_form``) is two names, each its own mention;
so are initials the model tagged alone before such an "and" (not grown over it: ``paired_initials``).
"AT and T" (no body's word after "and") and "Johnson and Johnson Holdings" (no initials before it) stay whole."""

from __future__ import annotations

import re

from ..model import Mention
from ..names import org_by_form

__all__ = ["acronym_pair", "paired_initials"]

_PAIR = re.compile(r"([A-Z]{2,6})[ \t]+(?:and|&)[ \t]+([A-Z][^\n]*)")


def acronym_pair(m: Mention) -> list[Mention]:
    """The mention, or its two names when it is initials "and" a body's name (module docstring)."""
    pair = _PAIR.fullmatch(m.text)
    if m.kind != "org" or pair is None or not org_by_form(pair.group(2)):
        return [m]
    right = m.start + pair.start(2)
    return [Mention(m.doc, m.start, m.start + pair.end(1), pair.group(1), "org", m.counted),
            Mention(m.doc, right, m.end, pair.group(2), "org", m.counted)]


_AND_BODY = re.compile(r"[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’.-]*)")


def paired_initials(text: str, m: Mention) -> bool:
    """Are the mention's words initials written before "and" a body's name (module docstring), so that it is not
    grown over the "and"?"""
    after = _AND_BODY.match(text, m.end)
    return (m.kind == "org" and re.fullmatch(r"[A-Z]{2,6}", m.text) is not None and after is not None
            and org_by_form(after.group(1)))
