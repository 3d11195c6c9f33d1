"""A name the model ran on past its end: over a lower-case word that opens a clause of time or reason ("the Velbrook
Music Awards| after Tarn scolded them": lexicon/clause_subordinators.txt; no name holds one in lower case), cut
before it; and an outlet named with "The" before its possessive and another name ("The Quill’s| Acme review"): two
names, the outlet's ("The Quill", a body) and the owned one, whose kind the story's other mentions of it give (left
out when the story tags it nowhere else). So is a name run on over "the" into a name the story tags apart ("told
Velbrook| the Tarns have": the Tarns are a name of their own) and one written after a possessive with its own "The"
("Alderton’s| The Quarrow Pavilion": the owner is a town, the owned name a venue's). A body's name its own words
make one's (``names.org_by_form``, before any "of": "Quarrow Academy| of Sciences") run on over its possessive into
what it has ("the Quarrow Academy of Sciences’| TARN committee") is two names too: the body, and the owned name of
the kind the story's other mentions give, a body by its own words ("… University’s| Tarn Business School"), or
left out."""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..model import EntityKind, Mention
from ..names import org_by_form

__all__ = ["cut_run_on"]

_SUBORDINATOR = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.entries("clause_subordinators"),
                                                               space=r"[ \t]+") + r")[ \t]+[A-Z]")
_WORDS = r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*"
_THE_OWNER = re.compile(r"^(The[ \t]+" + _WORDS + r")['’]s[ \t]+(" + _WORDS + r")$")
_OWNER_THE = re.compile(r"^(" + _WORDS + r")['’]s[ \t]+The[ \t]+(" + _WORDS + r")$")
_BODY_WORDS = r"[A-Z][\w.-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-Z][\w.-]*)*"
_BODY_OWNER = re.compile(r"^((?:[Tt]he[ \t]+)?" + _BODY_WORDS + r")(?:['’]s|(?<=s)['’])[ \t]+(" + _WORDS
                         + r")(?:[ \t]+[a-z][\w-]*)*$")  # "the Quarrow Academy of Sciences’ TARN supervisory committee"
_OVER_THE = re.compile(r"^(" + _WORDS + r")[ \t]+the[ \t]+(" + _WORDS + r")$")


def cut_run_on(m: Mention, kinds: dict[str, Counter[EntityKind]]) -> list[Mention] | None:
    """The mention cut (module docstring), or None when it runs over nothing."""
    if (sub := _SUBORDINATOR.search(m.text)) is not None:
        return [Mention(m.doc, m.start, m.start + sub.start(), m.text[: sub.start()], m.kind, m.counted)]
    if m.kind == "place":
        return None
    if (owned := _OWNER_THE.match(m.text)) is not None:
        return _two(m, owned, kinds.get(owned.group(1)), m.kind)  # "Alderton’s The Quarrow Pavilion"
    if (over := _OVER_THE.match(m.text)) is not None and over.group(2) in kinds:
        return _two(m, over, Counter({m.kind: 1}), kinds[over.group(2)].most_common(1)[0][0])  # "Velbrook the Tarns"
    if (owned := _BODY_OWNER.match(m.text)) is not None and org_by_form(
            re.sub(r"^[Tt]he[ \t]+", "", owned.group(1).split(" of ")[0])):
        body_votes: Counter[EntityKind] = Counter({"org": 1})
        votes = body_votes if org_by_form(owned.group(2)) else kinds.get(owned.group(2))
        body, has = _two(m, owned, body_votes, votes.most_common(1)[0][0] if votes else "org")
        return [body, has] if votes else [body]  # "Quarrow Academy of Sciences’| TARN": the body, what it has
    if (owned := _THE_OWNER.match(m.text)) is None:
        return None
    owner, thing = owned.group(1), owned.group(2)
    out = [Mention(m.doc, m.start, m.start + len(owner), owner, "org", m.counted)]
    if votes := kinds.get(thing):
        at = m.start + owned.start(2)
        out.append(Mention(m.doc, at, at + len(thing), thing, votes.most_common(1)[0][0], m.counted))
    return out


def _two(m: Mention, parts: re.Match[str], first: Counter[EntityKind] | None, second: EntityKind) -> list[Mention]:
    """The mention as its two names: the first of the kind its votes give (left out with none), the second of
    ``second``."""
    out = []
    if first:
        out.append(Mention(m.doc, m.start, m.start + parts.end(1), parts.group(1), first.most_common(1)[0][0],
                           m.counted))
    at = m.start + parts.start(2)
    out.append(Mention(m.doc, at, at + len(parts.group(2)), parts.group(2), second, m.counted))
    return out
