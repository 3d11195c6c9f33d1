"""A figure is no speaker (claims66): "the chain has nearly 40 times as many stores — 1,212 all told" parses "1,212"
as the subject of "told", a verb of saying, yet a number says nothing. A speaker whose words open with a number
("1,212", "1,212 all") is dropped, so the figure is told as the writer's; "10 Downing Street said" keeps its
speaker (a number before a capitalised name).
"""

from __future__ import annotations

from .attribution import Speaker


def spoken(sp: Speaker | None) -> Speaker | None:
    """The speaker, or None when its words open with a number that no capitalised word follows."""
    if sp is None:
        return sp
    words = (sp.written or sp.text).split()
    if words and _number(words[0]) and not any(w[:1].isupper() for w in words[1:]):
        return None
    return sp


def _number(word: str) -> bool:
    return any(c.isdigit() for c in word) and all(c.isdigit() or c in ",." for c in word)
