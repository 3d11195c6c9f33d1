"""A body's name the model cut at a comma of its own list ("the American Academy of Allergy| , |Asthma and
Immunology", "the Department of Health, Education and Welfare"): a mention typed an organisation whose name holds
"of", then ", " and a second organisation's mention of capitalised words joined by "and" (no "of", the list's last
two items), with no capitalised word right after it, are one name, the first mention grown over the second."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Mention

__all__ = ["comma_joined"]

_OF_NAME = re.compile(r"\b[A-Z][\w'’-]*[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*$")
_TAIL = re.compile(r"^[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def comma_joined(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions with each body's name cut at its list's comma whole (module docstring)."""
    out: list[Mention] = []
    skip = -1
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if i == skip:
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (nxt is not None and m.kind == "org" and nxt.kind == "org" and text[m.end : nxt.start] == ", "
                and _OF_NAME.search(m.text) and _TAIL.match(nxt.text) and " of " not in nxt.text
                and not _CAPITAL_AFTER.match(text, nxt.end)):
            out.append(replace(m, end=nxt.end, text=text[m.start : nxt.end]))
            skip = i + 1
        else:
            out.append(m)
    return out
