"""A rank in capital letters before a surname ("DC Fenwick" said …): the model reads the rank into the person's
name; the person is the surname's bearer (one entry with "Tom Fenwick"). Only a person's mention is read: the same
letters begin bodies' names ("DC Comics"). The ranks are data (lexicon/rank_abbreviations.txt). So is a player's
position (lexicon/position_abbreviations.txt), after the team's name or not: "Browns DL Sheldon Richardson" is
Sheldon Richardson. One letter (lexicon/position_letters.txt) is a position only in a team's notes, after the team's
label at a line's start ("Hawks: G Ana Ruiz left …"), whatever kind the model gave the span."""

from __future__ import annotations

import re

from .. import lexicon

RANK_ABBREVIATIONS = lexicon.words("rank_abbreviations")
POSITION_ABBREVIATIONS = lexicon.words("position_abbreviations")
POSITION_LETTERS = lexicon.words("position_letters")
_TEAM_LABEL = re.compile(r"(?:^|\n)[A-Z][\w.'’ -]{0,30}:[ \t]*$")
_TEAM_WORDS = 2  # "Browns DL", "Kansas City QB": the team's words a position may follow inside the span


def without_rank(name: str) -> str | None:
    """The name after a rank's letters ("DC Fenwick" -> "Fenwick"), or None when no rank begins it."""
    first, _, rest = name.partition(" ")
    if first.rstrip(".") in RANK_ABBREVIATIONS and rest[:1].isupper():
        return rest
    words = name.split()
    at = next((i for i, w in enumerate(words[: _TEAM_WORDS + 1]) if w in POSITION_ABBREVIATIONS), None)
    if at is not None and len(words) > at + 1 and all(w[:1].isupper() for w in words[: at + 2]):
        return " ".join(words[at + 1 :])  # "Browns DL Sheldon Richardson": the team and the position
    return None


def labelled_player(text: str, start: int, name: str) -> str | None:
    """The player's name after a position's letter or letters in a team's notes ("Hawks: G Ana Ruiz" -> "Ana Ruiz"),
    or None."""
    first, _, rest = name.partition(" ")
    if (first not in POSITION_LETTERS and first not in POSITION_ABBREVIATIONS) or len(rest.split()) < 2 \
            or not all(w[:1].isupper() for w in rest.split()):
        return None
    return rest if _TEAM_LABEL.search(text[max(0, start - 40) : start]) else None
