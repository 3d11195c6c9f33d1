"""A body's name the model cut at a comma of its own list ("the American Academy of Allergy| , |Asthma and
Immunology", "the Department of Health, Education and Welfare"): a mention typed an organisation whose name holds
"of", then ", " and a second organisation's mention of capitalised words joined by "and" (no "of", the list's last
two items), with no capitalised word right after it, are one name, the first mention grown over the second. So is
such a name cut before "and" and one capitalised word no mention takes ("the Office of Student Aid| and
Scholarships") when the document writes the longer run at least ``AND_WHOLE_USES`` times."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Mention

__all__ = ["comma_joined"]

_OF_NAME = re.compile(r"\b[A-Z][\w'’-]*[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*$")
_TAIL = re.compile(r"^[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_AND_WORD = re.compile(r"[ \t]+and[ \t]+[A-Z][\w'’-]*(?![\w&-])")
AND_WHOLE_USES = 2


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
            out.append(_and_grown(m, text, {o.start for o in ordered}))
    return out


def _and_grown(m: Mention, text: str, starts: set[int]) -> Mention:
    """The mention grown over "and" and one capitalised word when the longer run is the body's (module docstring)."""
    more = _AND_WORD.match(text, m.end) if m.kind == "org" and _OF_NAME.search(m.text) else None
    if more is None or (m.end + more.group(0).rindex(" ") + 1) in starts:
        return m
    longer = text[m.start : more.end()]
    if len(re.findall(re.escape(longer) + r"(?![\w-])", text)) < AND_WHOLE_USES:
        return m
    return replace(m, end=more.end(), text=longer)
