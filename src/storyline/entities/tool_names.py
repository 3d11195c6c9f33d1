"""A software tool's or a standard's name typed a body ("Acme's Tarn Command-Line Interface", "the Velbrook Transfer
Protocol"): a capitalised name of two words or more whose last word is a tool's noun (lexicon/tool_heads.txt) names a
made thing, no body nor person, and is not listed; so is the acronym the story spells out by such a name in brackets
("the Tarn Command-Line Interface (TCLI)": ``spelled_tool``). An acronym in capitals with a plural "s" ("attacking
IPs", "local NGOs") is a class of things or bodies, no one body (``plural_acronym``), and so is a name the story
spells such an acronym for ("supporting Small and Tiny Firms (STFs)": ``plural_spelled``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..names import defined_acronyms
from .cache_tags import PLURAL_SPELLED, SPELLED_TOOL

__all__ = ["plural_acronym", "plural_spelled", "spelled_tool", "tool_name"]

_HEADS = lexicon.words("tool_heads")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")


def tool_name(name: str, kind: EntityKind) -> bool:
    """Is the name, typed a body or a person, of two words or more and ending on a tool's noun (module docstring)?"""
    words = name.split()
    return kind != "place" and len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _HEADS


def plural_acronym(name: str) -> bool:
    """Is the name an acronym in capitals with a plural "s" ("IPs", "NGOs")?"""
    return _PLURAL_ACRONYM.fullmatch(name) is not None


def spelled_tool(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name an acronym the story spells out in brackets by a tool's name ("… Interface (CLI)")?"""
    if not name.isupper() or not name.isalpha():
        return False
    key = SPELLED_TOOL + name
    if key not in cache:
        cache[key] = int(any(tool_name(spelled, "org") for t in texts
                             if (spelled := defined_acronyms(t).get(name)) is not None))
    return bool(cache[key])


def plural_spelled(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name, of two words or more, written before a plural acronym in brackets ("Small and Tiny Firms
    (STFs)")? A class of bodies, no one body."""
    if " " not in name or not name.endswith("s"):
        return False
    key = PLURAL_SPELLED + name
    if key not in cache:
        after = re.compile(re.escape(name) + r"[ \t]+\([A-Z]{2,6}s\)")
        cache[key] = int(any(after.search(t) for t in texts))
    return bool(cache[key])
