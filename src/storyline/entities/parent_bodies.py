"""A body written as the owner of another body of the story ("ESA's Concurrent Design Facility", "ESA's Basic
Activities"): a parent, named alone in its own right, so a one-word parent does not join the one longer name it
opens ("ESA Topical Team": a unit of ESA, not ESA itself) as a one-word body otherwise does ("Brannock" →
"Brannock Freight", ``organisations``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..model import EntityKind
from ..names import clean_name, name_key

__all__ = ["parent_keys"]

Key = tuple[EntityKind, str]
_OWNED_RUN = r"['’]s[ \t]+((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)"


def parent_keys(orgs: Sequence[Key], forms: dict[Key, Counter[str]], texts: Sequence[str]) -> frozenset[str]:
    """Keys of one-word bodies written with a possessive right before another body's name (module docstring)."""
    bodies = {k[1] for k in orgs}
    out = set()
    for k in orgs:
        if " " in k[1]:
            continue
        for form in {clean_name(f) for f in forms[k]}:
            held = [t for t in texts if form in t]  # a text without the form has no match: no pattern compiled
            if not held:
                continue
            owned = re.compile(r"(?<![\w-])" + re.escape(form) + _OWNED_RUN)
            if any(name_key(m.group(1)) in bodies - {k[1]} for t in held for m in owned.finditer(t)):
                out.add(k[1])
                break
    return frozenset(out)
