"""A place's name as a word of an organisation's name the story tags elsewhere: "Real Madrid", "Inter Milan".

A club or a company named after its town ("Real Madrid", "Manchester United") is tagged an organisation
in one sentence and split in another ("… Chelsea, Real Madrid and Manchester United": "Madrid" tagged a
place, "Real" an untagged run, a Portuguese town). Where the words around a candidate spell, at that
spot, a name of two or more capitalised words that the same report tags an organisation, the candidate
is a word of that name, not a place. A name with a lower-case word ("University of Texas", "Bank of
England") is left out: such a name places its body in the town or state it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .. import lexicon
from ..model import Analysis
from ..names import KNOWN_ORGS
from ..parses import parsed
from .candidates import Candidate

_CAPITALISED = re.compile(r"^[A-Z][\w.'’&-]*$")


def tagged_org_names(analyses: Sequence[Analysis]) -> dict[str, frozenset[str]]:
    """Per report, the names of two or more words, every one capitalised, that its model tags ORG."""
    out: dict[str, frozenset[str]] = {}
    for a in analyses:
        names = set()
        for para in a.paragraphs:
            for ent in parsed(para).ents:
                words = ent.text.split()
                if ent.label_ == "ORG" and len(words) >= 2 and all(_CAPITALISED.match(w) for w in words):
                    names.add(" ".join(words))
        out[a.doc.id] = frozenset(names)
    return out


def in_tagged_org(c: Candidate, texts: Mapping[str, str], orgs: Mapping[str, frozenset[str]]) -> bool:
    """Is the candidate, where it stands, a word or words of an organisation's name its report tags?"""
    text = texts[c.doc]
    for name in orgs.get(c.doc, ()):
        at = name.find(c.text)
        if at < 0 or name == c.text:
            continue
        if (at > 0 and name[at - 1] != " ") or (at + len(c.text) < len(name) and name[at + len(c.text)] != " "):
            continue  # not whole words of the name
        start = c.start - at
        if start >= 0 and text[start : start + len(name)] == name:
            return True
    return False


_KNOWN_LONG = re.compile(r"(?<![\w-])(?:" + lexicon.alternation(
    {a for canon, aliases in KNOWN_ORGS.items() for a in (canon, *aliases) if " " in a}, space=r"\s+")
    + r")(?![\w-])", re.IGNORECASE)


def in_known_org(c: Candidate, texts: Mapping[str, str]) -> bool:
    """Is the candidate a word of a well-known group's name of two words or more written around it ("Islamic State
    of Iraq and the Levant", lexicon/known_orgs.tsv: neither Iraq, as the formal name "… State of Iraq", nor the
    Levant is placed there; ents54)?"""
    text = texts[c.doc]
    for m in _KNOWN_LONG.finditer(text, max(0, c.start - 80), min(len(text), c.end + 80)):
        if m.start() <= c.start and c.end <= m.end():
            return True
    return False
