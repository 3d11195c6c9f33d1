"""A person's name the model cut before its surname ("the detained man is Ann Beth| Quarrow, 41"): the
capitalised word right after a person's name of two words or more, on its line and with no punctuation between
(``shapes.name_word_after``), that no other mention holds, that is no word of the sentence model's vocabulary
(so no "Ann Beth| Monday", "| Street"), that the story never writes in lower case and writes alone elsewhere
("Quarrow climbed the fence"), ends the name."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..ingest.glyphs import dictionary_word
from ..model import Mention
from ..names import clean_name
from .cache_tags import ALONE_WORD, LOWER_WORD
from .evidence import _Evidence
from .shapes import name_word_after


def surname_end(text: str, m: Mention, starts: Collection[int], ev: _Evidence) -> int | None:
    """Where the person's name ``m`` ends when the model left its surname out (module docstring); else None."""
    if m.kind != "person" or " " not in clean_name(m.text) or (word := name_word_after(text, m.end)) is None:
        return None
    at = text.index(word, m.end)
    if at in starts or text[m.end : at].strip() or dictionary_word(word) is not False:
        return None
    low, alone = LOWER_WORD + word.lower(), ALONE_WORD + word
    if ev.written.get(low) is None:
        ev.written[low] = sum(len(re.findall(r"\b" + re.escape(word.lower()) + r"\b", t)) for t in ev.texts)
    if ev.written.get(alone) is None:
        ev.written[alone] = sum(len(re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", t)) for t in ev.texts)
    return at + len(word) if not ev.written[low] and ev.written[alone] >= 2 else None
