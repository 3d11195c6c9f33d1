"""Two names of a list the model read as one: the last two joined by "and" ("Ashby, Corral, Vantage News and
TVQ": "Vantage News and TVQ", the other side an acronym or a name the story writes alone), or two run together
over the list's comma ("a partnership between the University of Wessex, Heritage Wessex, the …": "University of
Wessex, Heritage Wessex", the part after the comma a name the story writes alone, no place and no legal ending; after
a one-word name, a surname of the story's people: "IBM and Acme, Quarrow suggested"), or two bodies' names by their
form each ("the Tarn Congress, Department of Roads, and 48 states"). Neither is one actor's name: not listed (each is
listed where the story writes it alone)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..model import Analysis
from ..names import ORG_SUFFIXES, clean_name, display_form, name_key, org_by_form
from ..text import fold
from .shapes import LEGAL_SUFFIXES

_LIST_BEFORE = re.compile(r"[A-Z][\w.&'’-]*,[ \t]+(?:the[ \t]+)?$")  # "Corral, |", "Corral, the |"
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _list_end(name: str, keys: Collection[str]) -> bool:
    """"Vantage News and TVQ": two names by "and", one side an acronym or a name written alone."""
    left, sep, right = name.partition(" and ")
    return bool(sep) and bool(left) and right[:1].isupper() and (
        _ACRONYM.fullmatch(right) is not None or name_key(left) in keys or name_key(right) in keys)


def _comma_run(name: str, keys: Collection[str], places: Collection[str], surnames: Collection[str]) -> bool:
    """"University of Wessex, Heritage Wessex": the part after the comma a name of its own the story writes (after
    one word, a surname of its people: "Acme, Quarrow"); "Tarn Congress, Department of Roads": two bodies by form."""
    left, sep, right = name.partition(", ")
    if not sep or not right[:1].isupper():
        return False
    if comma_bodies(name):
        return True  # "the Tarn Congress, Department of Roads, and 48 states": two bodies of a list
    k = name_key(right)
    return (((k in keys and " " in left) or fold(right) in surnames) and k not in places
            and not any(w.lower().strip(".") in LEGAL_SUFFIXES for w in right.split()))


def comma_bodies(name: str) -> bool:
    """Is the name two bodies' names by their form over one comma ("Tarn Congress, Department of Roads")?"""
    left, sep, right = name.partition(", ")
    return bool(sep) and "," not in right and _body_form(left) and _body_form(right)


def plural_bodies(name: str) -> bool:
    """Is the name two or more bodies' names under one plural body noun ("the Departments of Roads and Health",
    "Ministries of Trade and Industry")? Each body is its own; none is the span's whole (ents50)."""
    words = name.split()
    if len(words) < 5 or words[1] != "of" or " and " not in name:
        return False
    head = words[0]
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else ""
    return singular in ORG_SUFFIXES


def _body_form(name: str) -> bool:
    """A body's name by its words: "Tarn Congress", "Department of Roads" (a body's noun before "of")."""
    words = name.split()
    return org_by_form(name) or (len(words) >= 3 and words[0] in ORG_SUFFIXES and words[1] == "of")


def run_together(analyses: Sequence[Analysis], keys: Collection[str], places: Collection[str],
                 surnames: Collection[str] = ()) -> set[str]:
    """Keys of names that are two names of a list (module docstring); ``keys``: every key of the story;
    ``places``: the keys of its placed names; ``surnames``: its people's (folded)."""
    out = set()
    for a in analyses:
        for m in a.mentions:
            if m.kind == "place":
                continue
            name = clean_name(display_form(m.text))
            listed = _LIST_BEFORE.search(a.doc.text, max(0, m.start - 40), m.start) is not None
            if (listed and _list_end(name, keys)) or _comma_run(name, keys, places, surnames):
                out.add(name_key(name))
    return out
