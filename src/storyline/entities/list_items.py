"""The items of a list of names, read from the list's own commas: "… selected: Astrobotic, Deep Space Systems,
Draper, Firefly Aerospace, Intuitive Machines, Lockheed Martin, Masten Space Systems, Moon Express and OrbitBeyond."
A list is three items or more, each a run of capitalised words (an ampersand allowed), set apart by commas and
closed by "and" or "or". Each item is one name: a span the model ran over an item's comma ("Draper, Firefly
Aerospace") is cut into its items, and the pieces the model cut one item into ("Lockheed" / "Martin") are one
mention of the whole item. In a list of bodies (three or more of its items tagged organisations, at least three
times as many as people), the items are bodies: an item typed a person ("Masten Space Systems") or a place the places
stage did not place ("Astrobotic") is an organisation, and an item the model left untagged ("Deep Space Systems") is
one too. The last two items the model tagged as one name ("…, Pell and Gamber") stay one. An item that opens on a
function word ("In May, …") or that is a legal ending ("Acme, Inc.") is no item. A person's full name the model tagged
at the end of an item whose words before it hold an office's or a title's word ("… and Deputy Permanent Representative
Jo Kerr": lexicon/office_nouns.txt, job_titles.txt, the honorifics) is read as the model read it: the post is no part
of the name."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from .. import lexicon
from ..model import Analysis, EntityKind, Mention
from ..names import HONORIFICS, JOB_TITLES
from .shapes import LEGAL_SUFFIXES

__all__ = ["read_list_items"]

_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:\.(?![ \t]+[A-Z]))?"  # "U.S.", "Corp.", not "OrbitBeyond.| In May"
_ITEM = rf"{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD})*"
_LIST = re.compile(rf"(?<![\w.'’-])({_ITEM}(?:,[ \t]+{_ITEM})+),?[ \t]+(?:and|or)[ \t]+({_ITEM})(?![\w'’-])")
_ITEM_RE = re.compile(_ITEM)
_FUNCTION_WORDS = lexicon.words("stopwords")
_OFFICE_WORDS = frozenset(lexicon.entries("office_nouns")) | JOB_TITLES
BODY_ITEMS = 3
"""A list is a list of bodies when at least this many of its items are tagged organisations (and three times as
many as people)."""


def read_list_items(analyses: Sequence[Analysis], placed: Collection[tuple[str, int, int]]) -> list[Analysis]:
    """The analyses with their lists' items read as whole names (module docstring); ``placed``: the spans the
    places stage placed, (doc, start, end)."""
    return [replace(a, mentions=_read(a, placed)) for a in analyses]


def _items(text: str) -> list[list[tuple[int, int]]]:
    """The spans of each list's items."""
    out = []
    for m in _LIST.finditer(text):
        spans = [(i.start(), i.end()) for i in _ITEM_RE.finditer(text, m.start(1), m.end(1))]
        spans.append((m.start(2), m.end(2)))
        words = [text[s:e].split()[0].lower() for s, e in spans]
        if len(spans) < 3 or any(w in _FUNCTION_WORDS for w in words) or any(
                text[s:e].lower().strip(".") in LEGAL_SUFFIXES for s, e in spans):
            continue
        out.append(spans)
    return out


def _read(a: Analysis, placed: Collection[tuple[str, int, int]]) -> list[Mention]:
    text = a.doc.text
    mentions = list(a.mentions)
    for spans in _items(text):
        lo, hi = spans[0][0], spans[-1][1]
        inside = [m for m in mentions if lo <= m.start and m.end <= hi and (
            m.kind != "place" or (a.doc.id, m.start, m.end) not in placed)]
        if any((m.start, m.end) == (spans[-2][0], spans[-1][1]) for m in inside):
            spans = [*spans[:-2], (spans[-2][0], spans[-1][1])]  # "…, Pell and Gamber": the model's one name
        rest = [m for m in mentions if m not in inside]
        if not inside or any(m.start < hi and lo < m.end and not (lo <= m.start and m.end <= hi) for m in rest):
            continue  # no name of the list the model tagged, or a name that runs past the list
        tagged = {(s, e): [m for m in inside if m.start < e and s < m.end] for s, e in spans}
        kinds: dict[tuple[int, int], EntityKind] = {span: next((m.kind for m in over if m.kind != "place"), "place")
                 for span, over in tagged.items() if over}
        orgs = sum(k == "org" for k in kinds.values())
        bodies = orgs >= BODY_ITEMS and orgs >= 3 * sum(k == "person" for k in kinds.values())
        new = [m for m in inside if not any(s <= m.start and m.end <= e for s, e in spans)
               and not any(m.start < e and s < m.end for s, e in spans)]
        for (s, e), over in tagged.items():
            if any(m.start < e and s < m.end for m in rest):
                continue  # a place the places stage placed
            whole = len(over) == 1 and (over[0].start, over[0].end) == (s, e)
            if len(over) == 1 and over[0].kind == "person" and over[0].end == e and " " in over[0].text.strip() and (
                    _titled(text[s : over[0].start])):
                new.extend(over)  # "Deputy Permanent Representative| Jo Kerr": the post is no part of the name
                continue
            kind: EntityKind = "org" if bodies else kinds.get((s, e), "place")
            if whole and over[0].kind == kind or not bodies and (not over or kind == "place"):
                new.extend(over)  # read as the model read it
                continue
            new.append(Mention(a.doc.id, s, e, text[s:e], kind, any(m.counted for m in over)))
        mentions = sorted({id(m): m for m in [*rest, *new]}.values(), key=lambda m: (m.start, m.end))
    return mentions


def _titled(words: str) -> bool:
    """Do the item's words before a person's name hold an office's or a title's word (module docstring)?"""
    return any(w.lower() in _OFFICE_WORDS or w.rstrip(".") in HONORIFICS for w in words.split())
