"""Entities stage: people, organisations and places merged across documents.

A first version: names are merged when they are equal after dropping honorifics
("Mr. Putin" → "Putin"), and a one-word person name joins the longer name whose
last word it is ("Putin" → "Vladimir Putin"). The longest form names the entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Analysis, Entity, EntityKind

_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Sir|President|Prime Minister|Minister|Secretary|Chancellor)\.?\s+"
)
_POSSESSIVE = re.compile(r"['’]s$")


def _norm(name: str) -> str:
    name = " ".join(name.split())
    name = _POSSESSIVE.sub("", name)
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return _HONORIFIC.sub("", name).strip(" .,;:\"“”'’")


def merge_entities(analyses: Sequence[Analysis]) -> list[Entity]:
    """Entities ordered by how many documents mention them, then by name."""
    forms: dict[tuple[EntityKind, str], set[str]] = {}
    docs: dict[tuple[EntityKind, str], list[str]] = {}
    for a in analyses:
        for m in a.mentions:
            key_name = _norm(m.text)
            if len(key_name) < 2 or not any(ch.isupper() for ch in key_name):
                continue
            key = (m.kind, key_name)
            forms.setdefault(key, set()).add(" ".join(m.text.split()))
            if m.doc not in docs.setdefault(key, []):
                docs[key].append(m.doc)
    # attach one-word person names to the single longer name they end
    canon: dict[tuple[EntityKind, str], tuple[EntityKind, str]] = {k: k for k in forms}
    people = [k for k in forms if k[0] == "person" and " " in k[1]]
    for k in forms:
        if k[0] == "person" and " " not in k[1]:
            longer = [p for p in people if p[1].split()[-1] == k[1]]
            if len(longer) == 1:
                canon[k] = longer[0]
    merged: dict[tuple[EntityKind, str], Entity] = {}
    for k, target in canon.items():
        ent = merged.setdefault(target, Entity(name=target[1], kind=target[0], aliases=[], docs=[]))
        for f in sorted(forms[k] | {k[1]}):
            if f != ent.name and f not in ent.aliases:
                ent.aliases.append(f)
        for d in docs[k]:
            if d not in ent.docs:
                ent.docs.append(d)
    return sorted(merged.values(), key=lambda e: (-len(e.docs), e.kind, e.name))
