"""A person's name with middle initials the model left untagged inside a list of people ("Ana Ruiz, Cal TJ Morrow,
and Bo Lund of Velbrook Hospital"): a given name, one to three capitals (initials, with or without stops) and a
surname, written between a list's commas or its "and", right after a person's mention and right before another, is
a person's name too, added as a mention. Not read alone: "Velbrook, Ana TJ Ruiz" (no person before it) and runs
without initials (a list's untagged item is not guessed, as ``list_items`` leaves a list of people)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention

__all__ = ["initialled_mentions"]

_NAME = re.compile(r"(?<=[,;][ \t])(?:and[ \t]+)?([A-Z][a-z]+[ \t]+(?:[A-Z]\.?[ \t]*){1,3}[ \t]*[A-Z][a-z][\w'’-]+)"
                   r"(?=,?[ \t]+(?:and[ \t]+)?[A-Z]|,)")
_GAP = re.compile(r",?[ \t]+(?:and[ \t]+)?")


def initialled_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged names with middle initials between two people's mentions in a list (module docstring)."""
    people = [m for m in mentions if m.kind == "person"]
    found = []
    for run in _NAME.finditer(text):
        start, end = run.start(1), run.end(1)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = any(_GAP.fullmatch(text[m.end : start]) for m in people if m.end <= start and start - m.end <= 7)
        after = any(_GAP.fullmatch(text[end : m.start]) for m in people if end <= m.start and m.start - end <= 7)
        if before and after:
            found.append(Mention(doc, start, end, run.group(1), "person"))
    return found
