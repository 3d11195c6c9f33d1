"""A yes-no question's verb taken into a name: "Will Ana Ruiz win the seat?" tagged "Will Ana Ruiz", a person. A
name whose first word is an auxiliary or a modal (lexicon/question_auxiliaries.txt), written only at a sentence's
start, before a word in lower case, in a sentence that ends with "?", is the question's verb and a name, not a person
of its own, when the story also writes the rest of it ("Ruiz", "Ana Ruiz") without the auxiliary; the rest stays
listed. "Will Tarn said so." (no question) and a name the story writes nowhere else stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import QUESTION_OPENER
from .uses import only_written_so

__all__ = ["question_opener"]

_AUX = re.compile(r"(?:" + lexicon.alternation(lexicon.words("question_auxiliaries")) + r")[ \t]+(?=[A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’]?[ \t]+|\n[ \t]*)$")
_LOWER_THEN_QUESTION = re.compile(r"[ \t]+[a-z][^.!?\n]*\?")


def question_opener(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a question's auxiliary before a name the story writes without it (module docstring)?"""
    aux = _AUX.match(name)
    if aux is None:
        return False
    rest = re.compile(r"(?<![\w.-])" + re.escape(name[aux.end():]) + r"(?![\w-])")
    alone = any(m.start() < len(aux.group()) or not t[: m.start()].endswith(aux.group())
                for t in texts for m in rest.finditer(t))
    return alone and only_written_so(name, texts, cache, QUESTION_OPENER, _question_start)


def _question_start(text: str, start: int, end: int) -> bool:
    return (_SENTENCE_START.search(text, max(0, start - 4), start) is not None
            and _LOWER_THEN_QUESTION.match(text, end) is not None)
