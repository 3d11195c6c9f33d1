"""An owner's possessive the model took into one person's name with what the owner has ("Jeff Bezos’s Blue Origin",
"Elon Musk’s| SpaceX"): the span is cut at the possessive into the owner, a person, and the owned name, whose kind is
the one the story's other mentions of that name give ("Blue Origin" tagged an organisation elsewhere); an owned name
the story tags nowhere else is left out, not guessed. A person's span that ends on the possessive before a capitalised
word ends before the possessive, so that the word after it is not taken as the owner's surname. A body's name written
with its parent's possessive ("Acme’s Office of Audit") is the body's own and stays whole, and so does a span whose
one-word owner no person of the story bears ("Israel's Knesset"). The same pass cuts a heading's verb off a person's
span (``gerunds``) and an officer's title off a body's (``officers``), and a name run on over a clause's first word
or an outlet's possessive (``run_on_names``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..model import Analysis, EntityKind, Mention
from .gerunds import opens_on_gerund, without_gerund
from .officers import without_officer, without_role_after
from .run_on_names import cut_run_on

__all__ = ["split_owners"]

_OWNED = re.compile(r"^((?:[A-Z][\w.-]*[ \t]+)*[A-Z][\w.-]*)['’]s[ \t]+([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)$")
_ENDS_ON_POSSESSIVE = re.compile(r"['’]s$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def split_owners(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses with every person's span that holds an owner's possessive cut in two (module docstring), and
    a heading's verb cut off a person's span (``gerunds``) and an officer's title off a body's (``officers``)."""
    kinds: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    for a in analyses:
        for m in a.mentions:
            if _OWNED.match(m.text) is None:
                kinds[re.sub(r"^(?:the|The)[ \t]+", "", m.text)][m.kind] += 1
    people = {w for a in analyses for m in a.mentions if m.kind == "person" and not opens_on_gerund(m.text)
              for w in (m.text, m.text.split()[-1])}
    return [replace(a, mentions=_split(a, kinds, people) if any(m.kind == "person" for m in a.mentions)
                    else [c for m in a.mentions for c in (cut_run_on(m, kinds) or [m])]) for a in analyses]


def _split(a: Analysis, kinds: dict[str, Counter[EntityKind]], people: set[str]) -> list[Mention]:
    """One report's mentions, cut (``split_owners``)."""
    out: list[Mention] = []
    for m in a.mentions:
        if (run_on := cut_run_on(m, kinds)) is not None:
            out.extend(run_on)  # "Velbrook Awards| after Tarn …", "The Quill’s| Acme review" (``run_on_names``)
            continue
        if m.kind != "person":
            cut = without_officer(m) or without_role_after(m, a.doc.text)
            out.append(cut or m)  # "Founder of| Acme Inc.", "Acme CIO| Jo Kerr" (``officers``)
            continue
        if (cut := without_gerund(m, people)) is not None:
            m = cut  # "Questioning| Vindman's judgment": a heading's verb (``gerunds``)
        if (owned := _OWNED.match(m.text)) is not None and _owner(owned.group(1), people):
            owner, thing = owned.group(1), owned.group(2)
            out.append(Mention(m.doc, m.start, m.start + len(owner), owner, "person", m.counted))
            if votes := kinds.get(thing):
                at = m.start + owned.start(2)
                out.append(Mention(m.doc, at, at + len(thing), thing, votes.most_common(1)[0][0], m.counted))
        elif (_ENDS_ON_POSSESSIVE.search(m.text) and _CAPITAL_AFTER.match(a.doc.text, m.end)
              and _owner(m.text[:-2], people)):
            bare = m.text[:-2]  # "Elon Musk’s| SpaceX": the owner, not a surname "SpaceX"
            out.append(Mention(m.doc, m.start, m.start + len(bare), bare, m.kind, m.counted))
        else:
            out.append(m)
    return out


def _owner(name: str, people: set[str]) -> bool:
    """Is the name before the possessive a person's: a full name ("Jeff Bezos") or one the story tags a person's
    apart ("Bezos" beside "Jeff Bezos")? "Israel's Knesset" (a one-word owner, no person of the story) stays whole."""
    return " " in name or name in people
