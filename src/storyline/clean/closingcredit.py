"""A credit that closes a record's one-paragraph text ("… by the end of 2017. Source: News agencies"; inputs59).

A JSON record's text keeps the page's closing credit run on after its last sentence, or glued to it with no full
stop between ("… just short of the 65 seat majority Source: News agencies"): a label of
``lexicon/closing_credit_labels.txt`` with its colon, then up to eight words naming agencies or a writer (the first
capitalised, no sentence's end among them) up to the text's end. Left in, the credit is shown at the end of the
report's last sentence in a brief; and a text that ends on it ends in no sentence, so the furniture model's guard for
prose (``linefeatures.prose_rows``) did not hold for a whole report of one paragraph, which was dropped as furniture
(bench/BRIEF_REVIEW.md, "inputs59"). It is cut as a byline (the reason ``clean._credited`` reads a wire from).
A sign-off after it ("… Author: Jane Roe jr/ab (AFP, Reuters)") is cut on its own (``inlineparts``); the credit
before it closes the text all the same (inputs63).

A contributor's credit run into the text (inputs63, ``CONTRIBUTORS``): a passage of its own, short, that the line
rules read as a credit ("Jane Roe in Lagos contributed to this report.", "The Associated Press contributed
reporting.": ``patterns.CONTRIBUTED_RE``), wherever it stands; a record's text is one line, so the line rule never
saw it, and its writers' names and places were read as the story's people and places. Cut as a byline too (the wire
it names is still read from the part cut, ``wires.with_contributing_wire``). A credit whose passage opens in lower
case after a passage ending on a name's abbreviation ("… Tom Lee Jr. and Ann Moss contributed …") was split there
by the stop: the passage before is its start and goes with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import lexicon
from .patterns import CONTRIBUTED_RE

__all__ = ["CONTRIBUTORS", "ENABLED", "INNER", "closing_credit", "contributor_credits", "inner_credits"]

ENABLED = True
"""Switch: cut a closing source or author credit from the end of a record's text (module docstring)."""
CONTRIBUTORS = True
"""Switch (inputs63): a contributor's credit run into a record's text is cut (module docstring)."""
_CREDIT_WORDS = 30
_ABBREVIATION_END = re.compile(r"(?<![\w.])[A-Z][a-z]{0,2}\.$")  # a name's "Jr.", "St." or initial: no sentence's end


@cache
def _pattern() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("closing_credit_labels"), space=r"\s+")
    return re.compile(
        r"(?:^|(?<=\s))(?i:" + labels + r")\s*:\s*[A-Z][\w'’&/-]*(?:,?\s+[\w'’&/-]+){0,7}\s*$"
    )


def closing_credit(text: str) -> tuple[int, int] | None:
    """The span of the credit closing ``text`` (module docstring), or None."""
    if not ENABLED or ":" not in text[-120:]:
        return None
    m = _pattern().search(text, max(0, len(text) - 160))
    return None if m is None else (m.start(), m.end())


def contributor_credits(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The passages of ``text`` (``spans``: its sentences and passages) that are a contributor's credit (module
    docstring)."""
    if not CONTRIBUTORS or "contributed" not in text:
        return []
    out = []
    for k, (a, b) in enumerate(spans):
        piece = text[a:b].strip().lstrip("-—– ")
        if len(piece.split()) <= _CREDIT_WORDS and CONTRIBUTED_RE.search(piece):
            if k and piece[:1].islower() and _ABBREVIATION_END.search(text, spans[k - 1][0], spans[k - 1][1]):
                a = spans[k - 1][0]  # "… Tom Lee Jr." | "and Ann Moss contributed …": one credit the stop split
            out.append((a, b))
    return out


INNER = True
"""Switch (inputs63): a credit label with its names inside a record's text, after a sentence's end ("… their ranks.
Author: Jane Roe Payments to the club …": a gallery's or a box's credit the page set between blocks), is cut."""
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_NAME_WORDS = (2, 3)  # a writer's name: a given name and one or two more


@cache
def _inner_pattern() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("closing_credit_labels"), space=r"\s+")
    return re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”] ))(?:" + labels + r")s?\s*:\s*", re.I)


def _names_end(text: str, at: int) -> int | None:
    """Where the names after a credit's label at ``at`` end: runs of two or three capitalised words joined by a comma
    or "and"; a capitalised word before a lower-case word opens what follows ("Jane Roe Payments to …"); None when
    no name is there."""
    tokens = list(re.finditer(r"\S+", text[at : at + 160]))
    end, count = None, 0
    for k, m in enumerate(tokens):
        word = m.group().rstrip(",")
        if word == "and" and count >= _NAME_WORDS[0]:
            count = 0
            continue
        if not _NAME_WORD.fullmatch(word) or count >= _NAME_WORDS[1]:
            break
        following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if count >= _NAME_WORDS[0] and following[:1].islower() and following != "and":
            break  # this word opens what follows: "… Jane Roe Payments to the club"
        count += 1
        if count >= _NAME_WORDS[0]:
            end = at + m.start() + len(word)
        if m.group().endswith(","):
            if count < _NAME_WORDS[0]:
                break
            count = 0
    return end


def inner_credits(text: str) -> list[tuple[int, int]]:
    """Credits with their label inside ``text`` (``INNER``): the label, its colon and the names after it."""
    if not INNER or ":" not in text:
        return []
    out = []
    for m in _inner_pattern().finditer(text):
        end = _names_end(text, m.end())
        if end is not None:
            out.append((m.start(), end))
    return out
