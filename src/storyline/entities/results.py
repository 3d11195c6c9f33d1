"""A match's result in prose: "Ana Marsh beat Lou Vantz 6-2, 6-3", "Tia Renn and Dana Morrow defeated Ivo Brandt and
Lou Vantz 6-4, 7-6". The winner and the loser, written either side of a result's verb (lexicon/result_verbs.txt) and
before the score, are of one kind: players, or teams. So a side the model tagged an organisation is a person's when a
name of the other side, or its partner's, is a person's ("Diego Schwartzman defeating Cristian Garin 6-2": both
players), and a side's name the model missed, written beside a person's, is a person's too ("Granollers and Lopez
defeated …"). A set's score the model ran into a name ("Uchiyama 6-2") is no part of it. Teams stay teams: "Alder
beat Brisco 3-1" names no person, and nothing changes. A box score's lines are read first (``box_scores``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..text import STOPWORDS, fold
from .box_scores import box_score_mentions

__all__ = ["result_mentions"]

_VERB = lexicon.alternation(lexicon.entries("result_verbs"), space=r"[ \t]+")
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|van|von|de|der|den|da|di|du|le|la|del|dos)){0,3}"
_SIDE = rf"({_NAME})(?:[ \t]+and[ \t]+({_NAME}))?"
_RESULT = re.compile(rf"\b{_SIDE}[ \t]+(?:(?:had|has|have)[ \t]+)?(?:{_VERB})[ \t]+{_SIDE}[ \t]+\d{{1,2}}-\d{{1,2}}\b")
_SCORE_END = re.compile(r"[ \t]+\d{1,2}-\d{1,2}$")  # "Uchiyama 6-2": a set's score run into the name


def result_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with a box score's names read (``box_scores``), a score cut from a name's end, and the sides of
    a result in prose read as the module docstring says."""
    out = [_without_score(m) for m in box_score_mentions(text, mentions)]
    for hit in _RESULT.finditer(text):
        sides = [(hit.start(g), hit.end(g)) for g in range(1, 5) if hit.group(g) is not None]
        over = {s: [i for i, m in enumerate(out) if m.start < s[1] and s[0] < m.end] for s in sides}
        if not any(out[i].kind == "person" for ids in over.values() for i in ids):
            continue  # "Alder beat Brisco 3-1": teams, or names the model did not read as people
        for (s, e), ids in over.items():
            while s < e and fold(text[s:e].split()[0]) in STOPWORDS:  # "Then Granollers": a sentence's word
                s = e if " " not in text[s:e] else s + text[s:e].index(" ") + 1
            if not ids and s < e:
                out.append(Mention(out[0].doc, s, e, text[s:e], "person"))  # "Granollers and Lopez defeated …"
            for i in ids:
                if out[i].kind == "org" and (out[i].start, out[i].end) == (s, e):
                    out[i] = Mention(out[i].doc, s, e, out[i].text, "person", out[i].counted)
    return sorted(out, key=lambda m: m.start)


def _without_score(m: Mention) -> Mention:
    """A mention without the set's score the model ran into its end ("Botic Vance 6-2": "Botic Vance")."""
    cut = _SCORE_END.search(m.text)
    if cut is None or m.kind == "place":
        return m
    return Mention(m.doc, m.start, m.start + cut.start(), m.text[: cut.start()], m.kind, m.counted)
