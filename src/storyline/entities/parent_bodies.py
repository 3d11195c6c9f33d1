"""A body written as the owner of another body of the story ("ESA's Concurrent Design Facility", "ESA's Basic
Activities"): a parent, named alone in its own right, so a one-word parent does not join the one longer name it
opens ("ESA Topical Team": a unit of ESA, not ESA itself) as a one-word body otherwise does ("Brannock" →
"Brannock Freight", ``organisations``). So is the one-word name that opens a longer body's name the story describes as
a part of a body ("Tarnwell Velby Networks, its joint venture …", "… , a subsidiary of"; lexicon/subsidiary_nouns.txt):
"Tarnwell" is the parent, no alias of its venture."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..names import clean_name, name_key

__all__ = ["parent_keys"]

Key = tuple[EntityKind, str]
_OWNED_RUN = r"['’]s[ \t]+((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)"
_PART_AFTER = re.compile(r",?[ \t]+(?:its|their|a|an|the)[ \t]+(?:[a-z]+[ \t]+)?(?:"
                         + lexicon.alternation(lexicon.words("subsidiary_nouns"), space=r"[ \t]+") + r")\b")


def parent_keys(orgs: Sequence[Key], forms: dict[Key, Counter[str]], texts: Sequence[str]) -> frozenset[str]:
    """Keys of one-word bodies written with a possessive right before another body's name (module docstring)."""
    bodies = {k[1] for k in orgs}
    out = _parts_openers(orgs, forms, texts)
    for k in orgs:
        if " " in k[1]:
            continue
        for form in {clean_name(f) for f in forms[k]}:
            held = [t for t in texts if form in t]  # a text without the form has no match: no pattern compiled
            if not held:
                continue
            owned = re.compile(r"(?<![\w-])" + re.escape(form) + _OWNED_RUN)
            if any(name_key(m.group(1)) in bodies - {k[1]} for t in held for m in owned.finditer(t)):
                out.add(k[1])
                break
    return frozenset(out)


def _parts_openers(orgs: Sequence[Key], forms: dict[Key, Counter[str]], texts: Sequence[str]) -> set[str]:
    """Keys of one-word bodies that open a longer body's name the story describes as a body's part ("Tarnwell Velby
    Networks, its joint venture"): module docstring."""
    single = {k[1] for k in orgs if " " not in k[1]}
    out: set[str] = set()
    for k in orgs:
        if " " not in k[1] or (first := k[1].split()[0]) not in single:
            continue
        for form in {clean_name(f) for f in forms[k]}:
            named = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
            if any(_PART_AFTER.match(t, m.end()) for t in texts if form in t for m in named.finditer(t)):
                out.add(first)
                break
    return out
