"""A name's uses, each judged alone: is the name written only in one way across the story's texts?

Several checks drop a name the model tags when every time the story writes it, it is something no list holds: a craft's
name before "lander" (``craft_uses``), a portfolio before an office's title (``portfolios``), a material after "more"
(``mass_names``), an owner's thing after "its" and an adjective (``owned_things``). Each judges one use; this walks the
uses and remembers the answer per name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text import word_spans

__all__ = ["Judge", "only_written_so"]

Judge = Callable[[str, int, int], bool | None]
"""One use of the name at ``text[start:end]``: True (written so), False (written otherwise), None (says nothing)."""


def only_written_so(name: str, texts: Sequence[str], cache: dict[str, int], tag: str, judge: Judge) -> bool:
    """Is ``name`` written so (``judge`` True) at least once and never otherwise (``judge`` False)? ``tag`` keeps
    each check's answers apart in the shared ``cache``."""
    key = tag + name
    if key not in cache:
        so = otherwise = False
        for t in texts:
            for start, end in word_spans(t, name, ".-", "-"):  # (?<![\w.-])name(?![\w-])
                verdict = judge(t, start, end)
                so |= verdict is True
                otherwise |= verdict is False
        cache[key] = int(so and not otherwise)
    return bool(cache[key])
