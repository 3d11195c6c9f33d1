"""A birth or baptismal name written out in full ("She was christened Clarissa Theresa Philomena Aileen Mary
Josephine Agnes …", "Baptised Clarissa Theresa …, she grew up …"): a run of given names after a verb of naming.
The model cuts such a run into pieces it reads as several people or organisations ("Aileen Mary Josephine
Agnes", "Clarissa Theresa Philomena Aileen"); each piece is one person's names, told once, and no entity of its
own. The verbs are general English (``_NAMING``), not taken from any benchmark text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention

__all__ = ["MIN_RUN", "given_name_runs", "inside_given_names", "names_at_birth", "only_in_given_names"]

MIN_RUN = 4  # capitalised words at least: "born John Smith" is a name, not a run of given names to cut up
_NAMING = r"(?:born|baptised|baptized|christened|named)"
_RUN = re.compile(
    r"\b(?i:" + _NAMING + r")[ \t]+((?:[A-Z][\w'’-]*[ \t]+){" + str(MIN_RUN - 1) + r",}[A-Z][\w'’-]*)")


def given_name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of given names after a verb of naming in ``text``, the verb included (the model
    may take "Baptised" into its span)."""
    return [(m.start(), m.end(1)) for m in _RUN.finditer(text)]


def inside_given_names(m: Mention, runs: Sequence[tuple[int, int]]) -> bool:
    """Does mention ``m`` lie inside one of ``runs`` (``given_name_runs``)?"""
    return any(a <= m.start and m.end <= b for a, b in runs)


def only_in_given_names(name: str, texts: Sequence[str]) -> bool:
    """Does the story write ``name`` (as the brief shows it, perhaps grown from a cut mention: "Trilby Louise Jane
    Dickson") only inside runs of given names, at least once?"""
    seen = False
    for text in texts:
        if name not in text:
            continue
        runs = given_name_runs(text)
        at = text.find(name)
        while at >= 0:
            if not any(a <= at and at + len(name) <= b for a, b in runs):
                return False
            seen = True
            at = text.find(name, at + 1)
    return seen


_AT_BIRTH = re.compile(
    r"\b(?i:" + lexicon.alternation(lexicon.entries("maiden_name_cues"))
    + r")[ \t]+([A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)\b(?![ \t]+[A-Z])")


def names_at_birth(texts: Sequence[str]) -> set[str]:
    """The given name and surname written right after a cue of a name at birth (lexicon/maiden_name_cues.txt:
    "née Eleanor Marsh", "married the former Margaret Tolland"), as written; a third capitalised word after them
    ("born George Herbert Walker") is a longer run, not read here."""
    return {m.group(1) for text in texts for m in _AT_BIRTH.finditer(text)}
