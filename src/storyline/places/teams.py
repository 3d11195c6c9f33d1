"""A town's name used as its sports team's: "Tottenham beat Chelsea 2-0", "the Porto striker", "away to West Ham".

Clubs are named by their towns, and news about sport writes the town's name bare for the club. In a sentence with a
sports cue (a score, "beat Chelsea", "signed for", "manager", "league", "match": lexicon/sports_cues.txt), in a
report with two such sentences or more, a town's name written with no locative word before it ("in", "near", "at",
"the city of": "a fan in Tottenham, north London") is the team: an organisation, not a place on the map. A name the
story uses so at least once, and never after a locative word, is the team in its other sentences too ("Tottenham
said in a statement"); a name it also writes as a place ("a fan in Tottenham") stays a place in its locative uses.
Only towns: a country's name in a sports sentence ("England beat France") is left to the map, which readers of any
story expect to show it. A town's name written right before a sports role ("Barcelona soccer player Juan Doe", "a
Chelsea striker", "the Dallas quarterback": lexicon/sports_roles.txt) is the team in a report about anything, in
that mention only ("Barcelona police said" elsewhere stays the town, unless a sports sentence makes it the team).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis
from ..text import fold
from .candidates import Candidate
from .namesakes import names_a_facility

_CUES = sorted(lexicon.words("sports_cues"), key=len, reverse=True)


def _cue(phrase: str) -> str:
    """A cue's pattern: its words, and a capitalised word after them where it ends in "<Name>"."""
    words, name = phrase.removesuffix(" <Name>"), phrase.endswith(" <Name>")
    return r"\s+".join(map(re.escape, words.split())) + (r"\s+(?:the\s+)?(?-i:[A-Z])" if name else r"\b")


_SPORTS = re.compile(r"\b(?:" + "|".join(_cue(c) for c in _CUES) + r")"
                     r"|(?<![\d/.,-])\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?![\d/.,-]|\s+(?:vote|votes|majority|ruling|decision))",
                     re.I)
_ROLE_AFTER = re.compile(  # a cue is no literal word: it may end in a name's slot ("manager <Name>")
    r"^\s+(?:" + "|".join(_cue(c) for c in sorted(lexicon.words("sports_roles"), key=len, reverse=True)) + r")", re.I)
SPORTS_SENTENCES = 2
"""A report is about sport when at least this many of its sentences hold a cue: one "manager" or "match" is not."""
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|across|throughout|inside|within|north|south|east|west|"
    r"(?:town|city|village|borough|district|suburb|capital)(?:\s+of)?)\s+(?:the\s+)?$", re.I)

_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)

Span = tuple[str, int, int]


def _sentence_of(bounds: list[tuple[int, int, str]], c: Candidate) -> str:
    return next((t for s, e, t in bounds if s <= c.start and c.end <= e), "")


def written_as_place(c: Candidate, texts: dict[str, str]) -> bool:
    """Is the candidate written as a place: after a locative word ("a fan in Tottenham, north London") or with a
    state's abbreviation ("Raleigh, N.C.")? Not by a qualifier alone: a list of clubs reads as one ("managed Porto,
    Real Madrid and Inter Milan")."""
    text = texts[c.doc]
    return c.abbreviation is not None or _LOCATIVE_BEFORE.search(text[max(0, c.start - 30) : c.start]) is not None


def _sports_sentences(analyses: Sequence[Analysis]) -> dict[str, list[tuple[int, int, str]]]:
    """Each sports report's sentences (``SPORTS_SENTENCES``), as (start, end, text)."""
    return {a.doc.id: [(s.start, s.end, s.text) for s in a.sentences] for a in analyses
            if sum(_SPORTS.search(s.text) is not None for s in a.sentences) >= SPORTS_SENTENCES}


def team_uses(analyses: Sequence[Analysis], cands: Sequence[Candidate], texts: dict[str, str]) -> set[Span]:
    """The spans of candidates that name a sports team, not a place (see the module's docstring). The caller
    drops a town's reading there (a country's stays). In a sports report "at" is a fixture's as often as a town's
    ("a 2-1 defeat at Alder City", "a draw at Tarnby"): a name after it is the team when the story writes it as a
    team elsewhere, else a place (ents63)."""
    bounds = _sports_sentences(analyses)
    as_team: set[Span] = set()
    teams: set[str] = set()  # folded names used as a team somewhere in the story
    placed: set[str] = set()  # folded names written as a place somewhere in the story
    away: list[Candidate] = []  # "at <name>" in a sports sentence: the team's ground or the town, decided below
    for c in cands:
        sports = _SPORTS.search(_sentence_of(bounds.get(c.doc, []), c)) is not None
        if c.doc in bounds and c.abbreviation is None and _AT_BEFORE.search(
                texts[c.doc][max(0, c.start - 30) : c.start]):
            away.append(c)
        elif written_as_place(c, texts):
            placed.add(fold(c.text))
        elif sports:
            as_team.add((c.doc, c.start, c.end))
            teams.add(fold(c.text))
        elif _ROLE_AFTER.match(texts[c.doc][c.end : c.end + 40]):
            as_team.add((c.doc, c.start, c.end))  # "Barcelona soccer player Juan Doe", in a report about anything
    for c in away:
        if fold(c.text) in teams:
            as_team.add((c.doc, c.start, c.end))
        else:
            placed.add(fold(c.text))
    for c in cands:  # a team's name written bare in a sentence with no cue ("Tottenham said in a statement")
        if fold(c.text) in teams - placed and not written_as_place(c, texts):
            as_team.add((c.doc, c.start, c.end))
    return as_team


def venue_uses(analyses: Sequence[Analysis], cands: Sequence[Candidate], texts: dict[str, str]) -> set[Span]:
    """The spans of names the model read as a facility's, ending in a facility's noun ("Velden Park", "Tarn Bridge":
    lexicon/facility_nouns.txt), in a sports sentence of a sports report and written with no region: a ground, not
    a town of that name (the caller drops a town's reading there, as for a brand's; ents63)."""
    bounds = _sports_sentences(analyses)
    return {(c.doc, c.start, c.end) for c in cands
            if c.label == "FAC" and names_a_facility(c.text) and c.qualifier is None and c.within is None
            and c.abbreviation is None and _SPORTS.search(_sentence_of(bounds.get(c.doc, []), c))}
