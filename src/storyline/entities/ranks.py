"""A rank in capital letters before a surname ("DC Fenwick" said …): the model reads the rank into the person's
name; the person is the surname's bearer (one entry with "Tom Fenwick"). Only a person's mention is read: the same
letters begin bodies' names ("DC Comics"). The ranks are data (lexicon/rank_abbreviations.txt). So is a player's
position (lexicon/position_abbreviations.txt), after the team's name or not: "Browns DL Sheldon Richardson" is
Sheldon Richardson."""

from __future__ import annotations

from .. import lexicon

RANK_ABBREVIATIONS = lexicon.words("rank_abbreviations")
POSITION_ABBREVIATIONS = lexicon.words("position_abbreviations")
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
